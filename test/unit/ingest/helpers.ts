import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

export const ARTICLES = {
  suining: '000_4006a6802a36d9e6',
  huzhou: '001_543d1f73dcbce008',
  huangshi: '002_2c275d147a3184f6',
  dazhou: '003_ff94119c8289c4e6',
  wuhan: '004_082a931f3e294f16',
} as const;

export function rawArticle(stem: string): string {
  return readFileSync(`${SEEDS_DIR}${stem}.txt`, 'utf8');
}
