// 附表一「推行職業安全衛生優良單位自薦(推薦)表」之評分標準（一至七項，共34細項），
// 轉錄自《推行職業安全衛生優良單位及人員選拔作業要點》（勞動部112年1月19日
// 勞職安字第11102074091號令修正），來源檔 docs/source/113-osh-selection.txt。
// 各等第給分標準文字逐字照錄（含半形/全形標點與給分註記），僅以 "\n" 分隔編號
// 子項（一、二、…）並刪除 PDF 表格換行所產生之空白；來源之不一致處照錄並以
// sourceNote 註明。
import type { Rubric } from './types.ts';

export const oshUnit113: Rubric = {
  id: 'osh-unit-113',
  edition: '勞動部112年1月19日勞職安字第11102074091號令修正',
  firstSelectionYear: 113,
  sections: [
    {
      id: '1',
      numeral: '一',
      title: '推動安全衛生政策及組織運作。',
      weight: 0.08,
      items: [
        {
          id: '1.1',
          title: '安全衛生政策及各級主管之權責劃分。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '訂有安全衛生政策及承諾,建立自主管理之安全衛生組織,提高企業持續改善及全球競爭力。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '一、訂有各級主管安全衛生權責區分之書面資料。\n二、前項安全衛生政策分發至領班以上人員。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、安全衛生政策每年均檢討修正並公告週知。\n三、強調領班以上人員職務執行之評估分析。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
        {
          id: '1.2',
          title: '職業安全衛生管理單位及人員之設置及其功能。',
          points: 1.5,
          levels: [
            {
              label: '可',
              text: '依規定設置職業安全衛生管理單位或職業安全衛生人員,並報檢查機構備查。(0.5分)',
              scoring: { kind: 'fixed', points: 0.5 },
            },
            {
              label: '良',
              text: '一、以職業安全衛生管理單位名稱正式運作,職業安全衛生業務主管為兼任。\n二、職業安全衛生人員有一人以上為專任。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '優',
              text: '一、以職業安全衛生管理單位名稱正式運作,職業安全衛生業務主管為專任。\n二、職業安全衛生人員有二人以上為專任,並確已發揮其應有之功能。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
          ],
        },
        {
          id: '1.3',
          title: '職業安全衛生委員會之設置、會議召開及研議事項追蹤。',
          points: 2.5,
          levels: [
            {
              label: '可',
              text: '一、設置職業安全衛生委員會並定期召開會議,主任委員親自主持會議達一次(每年)以上。\n二、每次會議研議事項達六件以上,且有七成以上追蹤處理完成。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '良',
              text: '一、設置職業安全衛生委員會並定期召開會議,主任委員親自主持會議達二次(每年)以上。\n二、每次會議研議事項達八件以上,且有八成以上追蹤處理完成。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '優',
              text: '一、設置職業安全衛生委員會並定期召開會議,主任委員親自主持會議達三次(每年)以上。\n二、每次會議研議事項達十件以上,且有九成以上追蹤處理完成。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
          ],
        },
        {
          id: '1.4',
          title: '安全衛生經費。',
          points: 1,
          levels: [
            {
              label: '可',
              text: '依職業安全衛生管理計畫編列預算。(0.5分)',
              scoring: { kind: 'fixed', points: 0.5 },
            },
            {
              label: '良',
              text: '除依職業安全衛生管理計畫編列預算外，每年成長百分之五以上。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
          ],
          sourceNote: '來源附表一本項未列「優」等第，僅有「可」、「良」兩級。',
        },
      ],
    },
    {
      id: '2',
      numeral: '二',
      title: '推動安全衛生管理計畫。',
      weight: 0.20,
      items: [
        {
          id: '2.1',
          title: '訂定安全衛生管理計畫、安全衛生管理規章。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '訂有安全衛生管理計畫，大部分依計畫執行。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '訂有周詳之安全衛生管理計畫及規章，除安全衛生管理計畫外，尚包括動火管制作業、高處作業、入槽(孔)作業、修理停車作業、停電作業等各項重點管制規章。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '優',
              text: '同「良」事項，並確實落實執行，均備有執行紀錄可稽。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
        {
          id: '2.2',
          title: '風險評估及緊急應變措施。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '一、訂有危害辨識、評估及控制之風險評估措施。\n二、訂有緊急應變措施。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '一、訂定之風險評估措施，已落實執行，並備有紀錄可稽。\n二、訂定之緊急應變措施，已依計畫執行。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
            {
              label: '優',
              text: '一、確實依所訂之風險評估及緊急應變措施執行，已有良好控制並教導員工遵行，及每年定期檢討修正。\n二、處理緊急事故人員責任分明。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
        {
          id: '2.3',
          title: '安全衛生自動檢查計畫。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '一、已訂定全事業單位自動檢查計畫。\n二、現場各部門均訂定自動檢查計畫。(視狀況給分，最高1.5分)',
              scoring: { kind: 'band', max: 1.5 },
            },
            {
              label: '良',
              text: '現場各部門均依自動檢查計畫確實有效執行。(僅有檢查報告，未實際實施檢查，視狀況給分，最高2.0分)',
              scoring: { kind: 'band', max: 2 },
            },
            {
              label: '優',
              text: '同「良」事項外，檢查之缺失有提出改善計畫。(視實際狀況給分，最高3.0分)',
              scoring: { kind: 'band', max: 3 },
            },
          ],
        },
        {
          id: '2.4',
          title: '強化承攬管理及採購管理。',
          points: 4,
          levels: [
            {
              label: '可',
              text: '一、訂有承攬管理及採購管理辦法。\n二、推動訪客、承攬商入廠安全管理系統。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '除「可」之情形外，\n一、於開工前召集承攬商開會說明，強化工作現場危害認知及工作守則之遵守。(視實際狀況加給分數，最高3.0分)。\n二、將安全衛生具體規範納入採購或租賃契約，據以驗收。',
              scoring: { kind: 'band', max: 3 },
            },
            {
              label: '優',
              text: '一、同「良」事項外，並督導承攬商及採購、驗收部門確實遵守。\n二、隨時檢討及修正承攬管理及採購管理辦法。\n(視前二項之實際狀況加給分數，最高4.0分)',
              scoring: { kind: 'band', max: 4 },
            },
          ],
        },
        {
          id: '2.5',
          title: '工作安全分析教導及安全觀察與懇談。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '一、部分工作已實施工作安全分析。\n二、各級主管不定期與勞工討論安全問題。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '同「可」事項外，各部門主管經常實施安全教導。(視實際狀況加給分數，最高2.0分)',
              scoring: { kind: 'band', max: 2 },
            },
            {
              label: '優',
              text: '同「良」事項外，各部門主管經常實施安全觀察及懇談，以互動型、主動型替代被動型教導。(視實際狀況加給分數，最高3.0分)',
              scoring: { kind: 'band', max: 3 },
            },
          ],
        },
        {
          id: '2.6',
          title: '各項計畫實施稽核及檢討。',
          points: 4,
          levels: [
            {
              label: '可',
              text: '一、推動事業單位內相互稽核系統，強化現場管理體系。\n二、僅對部分計畫實施稽核。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '一、對全部計畫實施稽核。\n二、實施內部稽核及置備紀錄外，並檢討修正。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '優',
              text: '同「良」外，並建立安全衛生外部稽核及評鑑制度。(4.0分)',
              scoring: { kind: 'fixed', points: 4 },
            },
          ],
        },
      ],
    },
    {
      id: '3',
      numeral: '三',
      title: '職業災害預防設施',
      weight: 0.20,
      items: [
        {
          id: '3.1',
          title: '採光、照明、通風及換氣、整理、整頓、整潔、清掃、環境美化、舒適及物料搬運處置措施等。',
          points: 4,
          levels: [
            {
              label: '可',
              text: '一、現場尚稱整潔物料儲存尚待加強。\n二、上述場地雖有部份防護。但不完善。\n三、有部份管制措施但欠完整有效。\n四、在勞工暴露場所之通風、換氣量符合最低要求。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '一、現場整潔、物料堆積整齊。\n二、上述場所安全防護措施依法設置。\n三、人力搬運限於小型物料，重物處理一律使用機械。\n四、除「可」之情形外，通風量都定期測定、記錄，並保持於規定水準以上。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
            {
              label: '優',
              text: '一、場地整潔，通道明確，物料器材放置有條不紊，環境美化、舒適。\n二、上述場所之各項安全防護措施非常完善，人員不虞傷害。\n三、除對人力及機械運搬有嚴格之規定與限制外尚對其他工作人員及物料搬運訂有適當防止撞擊事故之措施。\n四、通風換氣量，除「良」之情形外並備有適當選擇之儀器並保持其接近最高之效率。(4.0分)',
              scoring: { kind: 'fixed', points: 4 },
            },
          ],
        },
        {
          id: '3.2',
          title: '危險性機械、設備及機械、設備、器具等防護良好，依規定實施自動檢查及使用。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '一、部分機械雖有防護但不適當及缺乏效力，危險機械、設備檢查尚待加強。\n二、有部份保養維護計畫但欠完整、有效。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '一、各種機械雖依規定設置防護設施但仍待加強，危險機械、設備已檢查。\n二、有適當之保養維護計畫、動力工具分發使用前均經測試檢查。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、機械防護設施完善足以防止人員傷害，危險機械、設備均已檢查。\n三、作業人員安全為機械設計之主要考慮因素。\n四、危險性機械、設備及機械、設備、器具等均有預防保養計畫。\n五、異常情形均設有檔案及紀錄異常情形並可隨時提供安全部門查詢。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
        {
          id: '3.3',
          title: '個人防護具。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '備有適當個人防護具。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '一、特殊危險作業之個人防護具均有明確標示。\n二、教導及訓練勞工使用適當個人防護具。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、確實要求勞工必須使用個人防護具，逐漸建立安全旅程，將安全視為工作及生活的一部分。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
        },
        {
          id: '3.4',
          title: '危害性化學品之管理。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '依規定分類圖式及明顯標示，工作場所中置有安全資料表。(2分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '一、同「可」事項，並訂有危害通識計畫及危害物質清單。\n二、購入危害物質，依危害通識計畫予管制。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、以建立管理規章或計畫，並落實 PDCA 之精神，隨時要求勞工遵守安全作業標準，並強化作業人員處置危害物質之能力。(3分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
        {
          id: '3.5',
          title: '消防安全設備、標示。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '消防安全設備合於最低要求，存放地點有標示。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '除「可」外消防安全設備均有定期保養檢查，安全門、梯位置、疏散路線均繪圖懸掛於勞工經常出入場所。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、有消防知識並施以緊急應變及消防器材使用之訓練。\n三、緊急照明系統良好。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
        {
          id: '3.6',
          title: '溫濕環境、噪音、振動防制。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '現場溫濕環境、噪音、振動等因素均符合法令規定。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '平時實施各項測定，並作紀錄。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
          ],
          sourceNote: '來源附表一本項標題配分為2.0分，但未列「優」等第，最高等第「良」僅給1.5分，致本項永遠無法取得標題配分，本檔照錄來源數字不予更正。',
        },
        {
          id: '3.7',
          title: '作業環境監測及防止職業病之措施。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '一、定期實施作業環境監測。\n二、定期實施特殊健康檢查。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '一、已進行作業環境改善。\n二、定期實施作業環境監測、監測結果紀錄確實。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、防止職業病措施完善。\n三、依測定結果，改善作業環境，具具體成效者。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
      ],
    },
    {
      id: '4',
      numeral: '四',
      title: '職場健康管理及健康保護',
      weight: 0.12,
      items: [
        {
          id: '4.1',
          title: '健康管理與健康促進',
          points: 4,
          levels: [
            {
              label: '可',
              text: '一、訂定健康管理計畫並依計畫內容實施。\n二、勞工均有體格檢查與定期健康檢查，並依需要實施特殊健康檢查。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '一、同「可」事項，且健康管理計畫內容包含工作相關疾病預防、健康風險評估等。\n二、依健康檢查結果實施分析及做為工作適性分配與改善作業環境之依據。\n三、依員工健康異常分析結果擬訂健康促進計畫，並逐年追蹤成效，調整計畫。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、推動全方位的健康管理計畫(包含營造健康友善工作環境、勞工身心健康促進及健康管理政策等)。\n三、提供勞工健檢趨勢分析與健康諮詢、配合中央衛生福利主管機關推動菸害防制、癌症篩檢等服務。\n四、實施重返職場計畫，使員工在傷病癒後得以回到工作崗位。(4.0分)',
              scoring: { kind: 'fixed', points: 4 },
            },
          ],
        },
        {
          id: '4.2',
          title: '未滿十八歲者、女性勞工之健康保護。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '一、未使未滿十八歲者從事法令禁止之工作。\n二、未使妊娠中或分娩後未滿一年之女性勞工從事法令禁止之工作。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '一、同「可」事項。\n二、依女性勞工母性健康保護實施辦法，實施母性健康保護措施。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、有良好福利措施輔導未滿十八歲者進修、照顧女性勞工安全、衛生。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
        },
        {
          id: '4.3',
          title: '「重複性之作業等促發肌肉骨骼疾病」預防。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '已參照中央主管機關公告之相關指引，訂定因人因性危害預防計畫，屬勞工人數未滿一百人事業單位，已訂定紀錄表件。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '已依因人因性危害預防計畫或紀錄表件，落實執行。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
          sourceNote: '來源附表一本項未列「優」等第，僅有「可」、「良」兩級。',
        },
        {
          id: '4.4',
          title: '「輪班、夜間工作、長時間工作等作業等異常工作負荷促發疾病」預防。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '已參照中央主管機關公告之相關指引，訂定異常工作負荷促發疾病預防計畫，屬勞工人數未滿一百人事業單位，已訂定紀錄表件。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '已依異常工作負荷促發疾病預防計畫或紀錄表件，落實執行。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
          sourceNote: '來源附表一本項未列「優」等第，僅有「可」、「良」兩級。',
        },
        {
          id: '4.5',
          title: '「執行職務，因他人行為致遭受身體或精神上不法侵害」預防。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '已參照中央主管機關公告之相關指引，訂定執行職務遭受不法侵害預防計畫，屬勞工人數未滿一百人事業單位，已訂定紀錄表件。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '已依執行職務遭受不法侵害預防計畫或紀錄表件，落實執行。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
          sourceNote: '來源附表一本項未列「優」等第，僅有「可」、「良」兩級。',
        },
      ],
    },
    {
      id: '5',
      numeral: '五',
      title: '安全衛生教育訓練及活動',
      weight: 0.10,
      items: [
        {
          id: '5.1',
          title: '一般職業安全衛生訓練及各級主管安全衛生教育訓練(含承攬人)。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '一般職業安全衛生訓練及各級主管安全衛生教育訓練，已依法令規定實施教育訓練。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '一、除「可」事項外對於各級主管均接受部門安全衛生訓練至少每年一次。\n二、對於在職勞工實施再教育佔全部勞工百分之二十以上。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '優',
              text: '一、除「良」外，對於承攬人勞工實施相關安全衛生教育訓練。\n二、平時推動工作前三分鐘安全教育預知危險活動。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
        },
        {
          id: '5.2',
          title: '安全衛生相關作業主管之安全衛生教育訓練。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '安全衛生相關作業主管之安全衛生教育訓練，均已依法令規定實施教育訓練及在職教育訓練。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '同「可」外，相關作業主管並確實執行安全衛生管理工作。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '優',
              text: '一、同「良」事項。\n二、主管人員平時推動工作前三分鐘安全教育預知危險活動。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
        },
        {
          id: '5.3',
          title: '特殊作業人員、危險性機械、設備操作人員訓練。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '特殊作業人員、危險性機械、設備操作人員，均已依法令規定實施教育訓練及在職教育訓練。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '同「可」事項外，對相關人員實施再教育。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '優',
              text: '除「良」外，平時推動工作前三分鐘安全教育預知危險活動。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
        },
        {
          id: '5.4',
          title: '安全衛生提案制度(含虛驚事故)。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '已實施(含虛驚事故)，並建立虛驚事故陳報制度。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '同「可」事項外，並依提案所獲成效給予獎勵。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '優',
              text: '除「良」事項外，設有特殊安全展示櫥窗，經常辦理各種展覽競賽以激勵員工共同參與。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
        },
        {
          id: '5.5',
          title: '安全衛生促進活動及預知危險活動等。',
          points: 2,
          levels: [
            {
              label: '可',
              text: '平時推動事業單位整理、整頓運動，並辦理各項獎勵措施。(1.0分)',
              scoring: { kind: 'fixed', points: 1 },
            },
            {
              label: '良',
              text: '同「可」事項外，廠內平時或定期推行零災害運動或其他有關預知危險活動，有績效者。(1.5分)',
              scoring: { kind: 'fixed', points: 1.5 },
            },
            {
              label: '優',
              text: '除「良」事項外，並推行本單位職場安全健康週(工安週)等有關活動者。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
          ],
        },
      ],
    },
    {
      id: '6',
      numeral: '六',
      title: '職業災害調查統計與報告',
      weight: 0.10,
      items: [
        {
          id: '6.1',
          title: '職業災害調查、分析及記錄(含承攬人)。',
          points: 4,
          levels: [
            {
              label: '可',
              text: '工作場所發生職業災害均實施調查分析及記錄，並採取預防措施。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
            {
              label: '良',
              text: '一、同「可」事項外，各級主管均重視職業災害調查報告，提出改進措施。\n二、如有承攬作業，對承攬人發生之災害均實施調查分析及記錄，並採取預防措施。(3.5分)',
              scoring: { kind: 'fixed', points: 3.5 },
            },
            {
              label: '優',
              text: '除「良」事項外，並建立虛驚事故陳報制度。(4.0分)',
              scoring: { kind: 'fixed', points: 4 },
            },
          ],
        },
        {
          id: '6.2',
          title: '職業災害統計陳報。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '統計陳報本單位之職業災害相關統計。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '同「可」事項外，每年做災害統計與歷年比較，並採取降低災害之策略。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
            {
              label: '優',
              text: '除「良」外，如有承攬作業，並協助承攬人統計分析，並採取降低災害之策略。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
        {
          id: '6.3',
          title: '推動無災害工時制度。',
          points: 3,
          levels: [
            {
              label: '可',
              text: '辦理事業單位內無災害工時活動。(2.0分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '良',
              text: '辦理事業單位內無災害工時活動，對績優單位予以獎勵。(2.5分)',
              scoring: { kind: 'fixed', points: 2.5 },
            },
            {
              label: '優',
              text: '有推動廠內無災害工時看板顯示制度。(3.0分)',
              scoring: { kind: 'fixed', points: 3 },
            },
          ],
        },
      ],
    },
    {
      id: '7',
      numeral: '七',
      title: '職業安全衛生自主管理',
      weight: 0.2,
      items: [
        {
          id: '7.1',
          title: '推動職業安全衛生管理系統。',
          points: 10,
          levels: [
            {
              label: '良',
              text: '符合職業安全衛生管理辦法第十二條之二規定應建置職業安全衛生管理系統之事業單位：通過臺灣職業安全衛生管理系統(TOSHMS)驗證，且在有效期間內者，並提供佐證文件。(6.0分)',
              scoring: { kind: 'fixed', points: 6 },
            },
            {
              label: '優',
              text: '一、符合職業安全衛生管理辦法第十二條之二規定應建置職業安全衛生管理系統之事業單位：通過職業安全衛生管理系統績效審查，且在有效期間內者，並提供佐證文件。\n二、非符合職業安全衛生管理辦法第十二條之二規定應建置職業安全衛生管理系統之事業單位：通過臺灣職業安全衛生管理系統(TOSHMS)驗證，且在有效期間內者，並提供佐證文件。(10.0分)',
              scoring: { kind: 'fixed', points: 10 },
            },
          ],
          sourceNote: '來源附表一本項未列「可」等第，僅有「良」、「優」兩級。',
        },
        {
          id: '7.2',
          title: '推動安全衛生責任照顧制度。',
          points: 3,
          levels: [
            {
              label: '優',
              text: '有無推動母公司對子公司、上游廠商對下游廠商，原事業單位對承攬商、事業單位對附近社區大眾等責任照顧制度。(本項視推動項目多寡，每增加二家事業單位，酌給1.0分，最高3.0分)',
              scoring: { kind: 'band', max: 3 },
            },
          ],
          count: { per: 2, step: 1, max: 3, unit: '事業單位' },
          sourceNote: '來源附表一本項未列「可」、「良」等第，僅於「優」欄以每增加二家事業單位酌給1.0分之計數規則給分。',
        },
        {
          id: '7.3',
          title: '參與政府推動各項活動。',
          points: 2,
          levels: [
            {
              label: '優',
              text: '參與政府推動各種安全衛生宣導、研習及活動(例如工安週活動)，使活動圓滿成功或成績優者。(本項視事業單位之規模及參與活動項目，每增加二項活動，酌給1.0分，最高2.0分)',
              scoring: { kind: 'band', max: 2 },
            },
          ],
          count: { per: 2, step: 1, max: 2, unit: '活動' },
          sourceNote: '來源附表一本項未列「可」、「良」等第，僅於「優」欄以每增加二項活動酌給1.0分之計數規則給分。',
        },
        {
          id: '7.4',
          title: '提報全國職場安全健康週實施計畫',
          points: 5,
          levels: [
            {
              label: '可',
              text: '有提報參選當年度全國職場安全健康週實施計畫者。(2分)',
              scoring: { kind: 'fixed', points: 2 },
            },
            {
              label: '優',
              text: '有提報參選當年度全國職場安全健康週實施計畫，並提送執行成果經本部職業安全衛生署提供參與證明文件者。(5分)',
              scoring: { kind: 'fixed', points: 5 },
            },
          ],
          sourceNote: '來源附表一本項未列「良」等第，僅有「可」、「優」兩級。',
        },
      ],
    },
  ],
};
