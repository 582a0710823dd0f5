/**
 * English names that are not the plain pinyin of the Chinese name: the forms English-language
 * sources actually use. Keyed by GB/T 2260 code. Kept small on purpose; everything else is
 * romanised by pinyin-pro (chinese.ts).
 */
export const ENGLISH_NAMES: Readonly<Record<string, { name: string; also?: string[] }>> = {
  // provincial level
  '150000': { name: 'Inner Mongolia', also: ['Nei Mongol', 'Neimenggu'] },
  '540000': { name: 'Tibet', also: ['Xizang'] },
  '450000': { name: 'Guangxi' },
  '640000': { name: 'Ningxia' },
  '650000': { name: 'Xinjiang' },
  '610000': { name: 'Shaanxi' },
  '810000': { name: 'Hong Kong', also: ['Hongkong', 'Xianggang'] },
  '820000': { name: 'Macao', also: ['Macau', 'Aomen'] },
  // prefecture level
  '610100': { name: "Xi'an" },
  '150600': { name: 'Ordos', also: ['Erdos'] },
  '650200': { name: 'Karamay' },
  '653200': { name: 'Hotan Prefecture', also: ['Hotan', 'Khotan'] },
  '150700': { name: 'Hulunbuir', also: ['Hulun Buir'] },
  '150800': { name: 'Bayannur', also: ['Bayan Nur'] },
  '150100': { name: 'Hohhot' },
  '650100': { name: 'Urumqi', also: ['Ürümqi'] },
  '230100': { name: 'Harbin' },
  '540100': { name: 'Lhasa' },
  '653100': { name: 'Kashgar Prefecture', also: ['Kashgar', 'Kashi'] },
  '540200': { name: 'Shigatse', also: ['Xigaze'] },
  '650400': { name: 'Turpan' },
  '650500': { name: 'Hami', also: ['Kumul'] },
  '152500': { name: 'Xilingol League', also: ['Xilingol'] },
  '652900': { name: 'Aksu Prefecture', also: ['Aksu'] },
  '654300': { name: 'Altay Prefecture', also: ['Altay'] },
  '654200': { name: 'Tacheng Prefecture', also: ['Tacheng', 'Qoqek'] },
  '654000': { name: 'Ili Kazakh Autonomous Prefecture', also: ['Ili'] },
  '652700': { name: 'Bortala Mongol Autonomous Prefecture', also: ['Bortala'] },
  '652800': { name: 'Bayingolin Mongol Autonomous Prefecture', also: ['Bayingolin'] },
  '652300': { name: 'Changji Hui Autonomous Prefecture', also: ['Changji'] },
};
