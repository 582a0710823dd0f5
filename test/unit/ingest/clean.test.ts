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

  it('moves registration, copyright and contact lines to boilerplate wherever they stand (held-out set 2, g3 and g6)', () => {
    const page = splitPage(
      [
        'SIPO announced the 2012 national IPR model cities',
        '',
        'On April 27, 2012, SIPO announced the list.',
        'Tel:86-10-62119266    Fax:86-10-62110146',
        'E-mail: mail@justalen.com          京ICP备09085994号-2',
        'Copyright © Beijing Justalen Intellectual Property Law Firm',
        '  联系电话:010-62083312 62086080',
        '  传 真:010-62083094',
        '  邮 箱:shifanchengshi@126.com',
        '  通讯地址:北京市海淀区蓟门桥西土城路6号',
        '  邮 编:100088',
        '版权所有 国家知识产权局 京公网安备11010802030208号',
      ].join('\n'),
    );
    expect(page.body).toBe('On April 27, 2012, SIPO announced the list.');
    for (const chrome of ['Tel:86-10', 'ICP备', 'Copyright ©', '联系电话', '传 真', '邮 箱', '通讯地址', '邮 编', '版权所有']) {
      expect(page.body).not.toContain(chrome);
      expect(page.boilerplate).toContain(chrome);
    }
  });

  it('keeps a line about copyrights: only a copyright notice is chrome', () => {
    const page = splitPage('Headline\n\n18,868 Copyrights registered in 2021.\nCopyright protection was strengthened.\n© 2022 Example Daily. All rights reserved.');
    expect(page.body).toBe('18,868 Copyrights registered in 2021.\nCopyright protection was strengthened.');
    expect(page.boilerplate).toContain('© 2022 Example Daily');
  });

  it('keeps a blank line between paragraphs, so a list ends where the page ends it', () => {
    const page = splitPage('公示名单\n\n附件\n北京市海淀区\n江苏省南京市\n\n\n\n第二批国家知识产权示范城市评定工作领导小组办公室');
    expect(page.body).toBe('附件\n北京市海淀区\n江苏省南京市\n\n第二批国家知识产权示范城市评定工作领导小组办公室');
  });

  it('drops a logo, an advertisement slot, an image placeholder and a breadcrumb above the headline (held-out set 3, t1 and t3)', () => {
    const t1 = splitPage('logo\n\n列表头部广告一条\n\n新闻 新闻> 连云港新闻\n\n连云港市国家知识产权试点城市顺利通过验收\n\n12月12日,连云港市通过验收。\n\n相关新闻\n另一条新闻');
    expect(t1.title).toBe('连云港市国家知识产权试点城市顺利通过验收');
    expect(t1.body).toBe('12月12日,连云港市通过验收。');
    expect(t1.boilerplate).toContain('列表头部广告一条');
    expect(t1.boilerplate).toContain('另一条新闻');
    const t3 = splitPage('图片名称\n图片名称\n\n南京成为国家知识产权工作示范城市\n\n发布时间:\n\n2010-09-14 15:50\n\n  日前,国家知识产权局正式批复。\n  【责任编辑 郑强】');
    expect(t3.title).toBe('南京成为国家知识产权工作示范城市');
    expect(t3.meta).toEqual(['发布时间:', '2010-09-14 15:50']);
    expect(t3.body).toBe('日前,国家知识产权局正式批复。');
  });

  it('keeps a page without boilerplate whole', () => {
    expect(splitPage('Title\n\nA body line.').body).toBe('A body line.');
  });
});
