/** The 17 Sustainable Development Goals: number, UN colour and official short titles (from the team kit's sdgs.json). */
export interface SdgGoal {
  readonly n: number;
  readonly color: string;
  readonly en: string;
  readonly ar: string;
}

export const SDGS: readonly SdgGoal[] = [
  { n: 1, color: '#E5243B', en: 'No Poverty', ar: 'القضاء على الفقر' },
  { n: 2, color: '#DDA63A', en: 'Zero Hunger', ar: 'القضاء التام على الجوع' },
  { n: 3, color: '#4C9F38', en: 'Good Health and Well-being', ar: 'الصحة الجيدة والرفاه' },
  { n: 4, color: '#C5192D', en: 'Quality Education', ar: 'التعليم الجيد' },
  { n: 5, color: '#FF3A21', en: 'Gender Equality', ar: 'المساواة بين الجنسين' },
  { n: 6, color: '#26BDE2', en: 'Clean Water and Sanitation', ar: 'المياه النظيفة والنظافة الصحية' },
  { n: 7, color: '#FCC30B', en: 'Affordable and Clean Energy', ar: 'طاقة نظيفة وبأسعار معقولة' },
  { n: 8, color: '#A21942', en: 'Decent Work and Economic Growth', ar: 'العمل اللائق ونمو الاقتصاد' },
  {
    n: 9,
    color: '#FD6925',
    en: 'Industry, Innovation and Infrastructure',
    ar: 'الصناعة والابتكار والهياكل الأساسية',
  },
  { n: 10, color: '#DD1367', en: 'Reduced Inequalities', ar: 'الحد من أوجه عدم المساواة' },
  { n: 11, color: '#FD9D24', en: 'Sustainable Cities and Communities', ar: 'مدن ومجتمعات محلية مستدامة' },
  {
    n: 12,
    color: '#BF8B2E',
    en: 'Responsible Consumption and Production',
    ar: 'الاستهلاك والإنتاج المسؤولان',
  },
  { n: 13, color: '#3F7E44', en: 'Climate Action', ar: 'العمل المناخي' },
  { n: 14, color: '#0A97D9', en: 'Life Below Water', ar: 'الحياة تحت الماء' },
  { n: 15, color: '#56C02B', en: 'Life on Land', ar: 'الحياة في البر' },
  {
    n: 16,
    color: '#00689D',
    en: 'Peace, Justice and Strong Institutions',
    ar: 'السلام والعدل والمؤسسات القوية',
  },
  { n: 17, color: '#19486A', en: 'Partnerships for the Goals', ar: 'عقد الشراكات لتحقيق الأهداف' },
];

/** The goal with number `n`, or undefined when `n` is not 1–17. */
export function sdgByNumber(n: number): SdgGoal | undefined {
  return SDGS[n - 1];
}
