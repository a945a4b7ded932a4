/**
 * Traditional → simplified pairs for the Han characters that occur in the lexicon's Chinese
 * terms and place names, so 北韓勞工 and 北韩劳工 (and 丹東/丹东) fold to one form. It is a
 * deliberately small table: folding only has to agree between the lexicon and the page.
 */
const PAIRS =
  '鮮鲜韓韩勞劳動动東东輸输匯汇滙汇賺赚簽签證证學学務务國国義义際际區区遼辽寧宁龍龙濱滨爾尔' +
  '羅罗薩萨蘇苏烏乌們们滿满綠绿鴨鸭琿珲聯联議议決决製制約约開开發发員员業业場场廠厂館馆廳厅' +
  '線线車车鐵铁橋桥邊边關关來来進进過过還还協协會会黨党團团軍军隊队戰战彈弹導导飛飞試试經经' +
  '濟济貿贸觀观遊游實实現现萬万億亿幣币資资費费權权農农漁渔產产廣广處处號号報报記记說说據据' +
  '稱称將将對对從从這这個个為为與与後后時时間间問问題题無无當当應应級级歐欧亞亚灣湾華华僑侨' +
  '陸陆機机護护僱雇傭佣貨货紡纺織织縫缝紉纫築筑設设營营監监視视違违遞递參参駐驻邊边領领館馆' +
  '統统爭争韃鞑靼靼薩萨斯斯納纳達达連连雲云擊击兵兵庫库爾尔蘭兰剋克馬马來来遷迁訪访團团勢势' +
  '寮寮撾挝蒙蒙拉拉聖圣彼彼得得堡堡達达濱滨邊边麗丽總总書书記记勤勤雜杂階阶層层輪轮換换徵征' +
  '傳传義义邀邀興兴趣趣組组織织處处勞劳動动歸归僑侨體体專专門门職职業业種种類类' +
  '裝装繳缴錢钱給给樓楼盤盘廚厨師师頭头兩两讓让點点賣卖買买價价術术標标準准險险調调鄉乡縣县鎮镇' +
  '單单雙双離离難难顯显驗验黃黄戶户療疗醫医藥药魷鱿蝦虾運运輛辆鋼钢銷销稅税帳账質质條条規规範范' +
  '聞闻認认識识讀读語语論论談谈謝谢寫写歲岁錄录續续絕绝練练壓压緊紧響响幾几';

/** Maps a traditional code unit to its simplified form; other characters map to themselves. */
export function hanziPairs(): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    const from = PAIRS.charCodeAt(i);
    const to = PAIRS.charCodeAt(i + 1);
    if (from !== to) pairs.push([from, to]);
  }
  return pairs;
}
