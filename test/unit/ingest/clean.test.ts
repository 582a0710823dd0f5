import { describe, expect, it } from 'vitest';
import {
  cleanPage,
  dropStrayReplacementMarks,
  repairConverterGarbles,
  repairMangledEntities,
  splitPage,
  stripPinyinGlosses,
} from '../../../src/ingest/clean.js';
import { ARTICLES, rawArticle } from './helpers.js';

const GLOSS = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/gu;

describe('stripPinyinGlosses', () => {
  it.each([ARTICLES.huangshi, ARTICLES.wuhan])('removes every pinyin gloss from %s and keeps the characters', (stem) => {
    const raw = rawArticle(stem);
    expect(raw.match(GLOSS)?.length ?? 0).toBeGreaterThan(50);
    const out = stripPinyinGlosses(raw);
    expect(out.match(GLOSS)).toBeNull();
    expect(out).toContain('知識產權');
  });

  it('keeps parentheses that are part of the text', () => {
    const wuhan = stripPinyinGlosses(rawArticle(ARTICLES.wuhan));
    expect(wuhan).toContain('(記者吳采平)');
    expect(wuhan).toContain('(武漢市知識產權局)');
    const huangshi = stripPinyinGlosses(rawArticle(ARTICLES.huangshi));
    expect(huangshi).toContain('培訓(黃石)基地');
    expect(huangshi).toContain('72個城市(城區)入選');
    expect(stripPinyinGlosses('湖北省知识产权培训（黄石）基地')).toBe('湖北省知识产权培训（黄石）基地');
  });
});

describe('repairConverterGarbles and dropStrayReplacementMarks', () => {
  it('restores 當地經濟 in 004', () => {
    const out = stripPinyinGlosses(repairConverterGarbles(rawArticle(ARTICLES.wuhan)));
    expect(out).toContain('助力當地經濟高質量創新發展');
    expect(out).not.toContain('?');
  });

  it('drops the lost-character mark in 002 but keeps real question marks', () => {
    expect(dropStrayReplacementMarks('為契機,?不斷提升')).toBe('為契機,不斷提升');
    expect(dropStrayReplacementMarks('如何立足实际?启动仪式上')).toBe('如何立足实际?启动仪式上');
  });
});

describe('repairMangledEntities', () => {
  it('turns u0026 ldquo;/rdquo; in 001 into the quotation marks they stood for', () => {
    const out = repairMangledEntities(rawArticle(ARTICLES.huzhou));
    expect(out).not.toContain('u0026');
    expect(out).toContain('Carry out “law enforcement business training courses”');
    expect(out).toContain('open “12330” Intellectual property');
  });

  it('decodes other named and numeric entities with the same damage', () => {
    expect(repairMangledEntities('A u0026 amp; B u0026 #8212; C')).toBe('A & B — C');
  });
});

describe('splitPage', () => {
  it('finds the headline on pages that have one, and none on 004', () => {
    expect(cleanPage(rawArticle(ARTICLES.suining)).title).toBe(
      'Good news!Suining passed the national intellectual property pilot city examination and acceptance',
    );
    expect(cleanPage(rawArticle(ARTICLES.huzhou)).title).toBe('Huzhou City Demonstration City’s results are among the best');
    expect(cleanPage(rawArticle(ARTICLES.huangshi)).title).toBe('國家級試點城市名單公布!黃石榜上有名');
    expect(cleanPage(rawArticle(ARTICLES.dazhou)).title).toBe('建设周期三年 四川达州启动国家知识产权强市建设试点城市创建');
    expect(cleanPage(rawArticle(ARTICLES.wuhan)).title).toBeNull();
  });

  it('keeps datelines as page metadata, and the 001 listing date as chrome', () => {
    const huzhou = cleanPage(rawArticle(ARTICLES.huzhou));
    expect(huzhou.meta).toEqual(['Sep 30, 2022']);
    expect(huzhou.boilerplate).toContain('• 2023-03-21');
    expect(huzhou.body).not.toContain('2023-03-21');
    expect(cleanPage(rawArticle(ARTICLES.huangshi)).meta).toEqual(['2022-08-14 07:23:00 來源: 黃石發布']);
  });

  it('separates navigation, teaser lists, the 报料 line and footers of 003 from its body', () => {
    const page = cleanPage(rawArticle(ARTICLES.dazhou));
    for (const chrome of ['服务粉丝', '当前位置', '报料', '相关阅读', '热门文章', '最新文章', '广西', '德州', '缙云', '广元', '春节联欢晚会']) {
      expect(page.body).not.toContain(chrome);
      expect(page.boilerplate).toContain(chrome);
    }
    expect(page.body.startsWith('1月18日,四川达州举行')).toBe(true);
    expect(page.body.endsWith('作出达州贡献。')).toBe(true);
  });

  it('separates the dated teaser list and account links of 004 from its body', () => {
    const page = cleanPage(rawArticle(ARTICLES.wuhan));
    for (const teaser of ['臺州', '紹興', '阜新', '北京東城', '官方微信公眾號', '2024-07-10']) {
      expect(page.body).not.toContain(teaser);
      expect(page.boilerplate).toContain(teaser);
    }
    expect(page.body.endsWith('同比增長21.33%。')).toBe(true);
  });

  it('separates the editor credits and recommendation lists of 002 from its body', () => {
    const page = cleanPage(rawArticle(ARTICLES.huangshi));
    for (const credit of ['編輯丨', '審核丨', '為你推薦', '熱點推薦', '即時新聞']) {
      expect(page.body).not.toContain(credit);
      expect(page.boilerplate).toContain(credit);
    }
    expect(page.body).toContain('以知識產權賦能黃石高質量發展。');
  });

  it('keeps a page without boilerplate whole', () => {
    expect(splitPage('Title\n\nA body line.').body).toBe('A body line.');
  });
});
