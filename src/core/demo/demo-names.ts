// Names for the demo organization, from an international pool including non-Latin scripts, with
// the ASCII transliteration used for email addresses.
import type { Rng } from './prng.js';
import { tableRows } from './text-table.js';

type NamePart = readonly [native: string, latin: string];

interface Culture {
  weight: number;
  /** East Asian order: family name first, no space. */
  familyFirst: boolean;
  female: NamePart[];
  male: NamePart[];
  family: NamePart[];
}

// weight | order | female given names | male given names | family names. Entries written
// "native=latin" carry the ASCII transliteration used for email addresses (Latin-script names are
// transliterated by stripping accents); "Смирнов+а" is a family name that takes -а for women.
const CULTURE_TABLE = `
16 | given-first  | Amelia Charlotte Sophie Emily Grace Hannah Lucy Olivia Chloe Megan | Oliver James Harry Thomas Jack Daniel Samuel George Ethan Liam | Smith Taylor Brown Wilson Evans Walker Wright Hughes Clarke Turner O'Brien Murphy
7  | given-first  | Inês Beatriz Mariana Ana Leonor Matilde | João Tiago Duarte Gonçalo Rui Afonso | Silva Santos Ferreira Costa Oliveira Rodrigues Martins Sousa Gonçalves
7  | given-first  | Lena Anna Mia Laura Johanna Greta | Lukas Felix Jonas Maximilian Paul Jürgen | Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Weiß
7  | given-first  | Sofía Valentina Camila Lucía Martina Daniela | Mateo Santiago Diego Javier Alejandro Andrés | García Fernández López Martínez Rodríguez Hernández Pérez Sánchez Núñez
9  | given-first  | Priya Ananya Kavya Aditi Sneha Divya Meera | Arjun Rohan Vikram Rahul Karthik Aditya Sanjay | Sharma Patel Iyer Reddy Nair Gupta Singh Mehta Rao Chatterjee
7  | given-first  | Ngozi Adaeze Folake Ama Yetunde Chiamaka Abena | Chinedu Oluwaseun Emeka Kwame Tunde Kofi Ikenna | Okafor Adeyemi Okonkwo Balogun Mensah Eze Nwosu Boateng Owusu
6  | family-first | 芳=Fang 静=Jing 敏=Min 婷=Ting 雪=Xue 佳怡=Jiayi 欣怡=Xinyi 秀英=Xiuying | 伟=Wei 磊=Lei 军=Jun 浩=Hao 宇航=Yuhang 子轩=Zixuan 建华=Jianhua 志强=Zhiqiang | 王=Wang 李=Li 张=Zhang 刘=Liu 陈=Chen 杨=Yang 黄=Huang 赵=Zhao 周=Zhou 吴=Wu
4  | given-first  | Мария=Maria Анна=Anna Ольга=Olga Екатерина=Ekaterina Наталья=Natalya Татьяна=Tatiana | Алексей=Aleksei Дмитрий=Dmitry Сергей=Sergei Иван=Ivan Никита=Nikita Андрей=Andrei | Смирнов+а=Smirnov+a Иванов+а=Ivanov+a Кузнецов+а=Kuznetsov+a Попов+а=Popov+a Волков+а=Volkov+a Соколов+а=Sokolov+a Морозов+а=Morozov+a
5  | given-first  | فاطمة=Fatima ليلى=Layla نور=Nour مريم=Mariam سارة=Sara ياسمين=Yasmin | محمد=Mohammed أحمد=Ahmed عمر=Omar يوسف=Youssef خالد=Khalid كريم=Karim | حداد=Haddad منصور=Mansour خوري=Khoury ناصر=Nasser سعيد=Saeed العلي=Al-Ali الشامي=Al-Shami
4  | family-first | 結衣=Yui 葵=Aoi 美咲=Misaki 陽菜=Hina | 陽翔=Haruto 蓮=Ren 大輝=Daiki 翔太=Shota | 佐藤=Sato 鈴木=Suzuki 高橋=Takahashi 田中=Tanaka 渡辺=Watanabe 伊藤=Ito
4  | family-first | 서연=Seoyeon 하은=Haeun 수아=Sua 지우=Jiwoo | 민준=Minjun 지호=Jiho 도윤=Doyun 현우=Hyunwoo | 김=Kim 이=Lee 박=Park 최=Choi 정=Jung 강=Kang
4  | given-first  | Elif Zeynep Ayşe Selin | Emre Mehmet Can Burak | Yılmaz Kaya Demir Şahin Çelik Öztürk
3  | given-first  | Zofia Agnieszka Katarzyna Małgorzata | Łukasz Piotr Tomasz Michał | Nowak Wójcik Kowalczyk Mazur Krawczyk Zając
3  | given-first  | Astrid Ebba Saga Ingrid | Erik Lars Oskar Bjørn | Andersson Johansson Lindqvist Bergström Hansen Nørgaard
`;

const nameParts = (list = ''): NamePart[] =>
  list.split(' ').map((entry) => {
    const [native = entry, latin = native] = entry.split('=');
    return [native, latin];
  });

const CULTURES: readonly Culture[] = tableRows(CULTURE_TABLE).map(([weight, order, female, male, family]) => ({
  weight: Number(weight),
  familyFirst: order === 'family-first',
  female: nameParts(female),
  male: nameParts(male),
  family: nameParts(family),
}));

export interface PersonName {
  display: string;
  given: string;
  family: string;
}

export function pickName(rng: Rng): PersonName {
  const culture = rng.weighted(CULTURES.map((c) => [c, c.weight] as const));
  const female = rng.chance(0.5);
  const given = rng.pick(female ? culture.female : culture.male);
  // Keep the suffix after "+" for women, drop it for men.
  const inflect = (name: string) => (female ? name.replace('+', '') : name.replace(/\+.*$/, ''));
  const family = rng.pick(culture.family).map(inflect) as [string, string];
  const display = culture.familyFirst ? `${family[0]}${given[0]}` : `${given[0]} ${family[0]}`;
  return { display, given: given[1], family: family[1] };
}

// Letters that Unicode decomposition does not reduce to ASCII.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ı: 'i', ø: 'o', æ: 'ae', đ: 'd' };

export function asciiSlug(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[ßłıøæđ]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .normalize('NFD')
    .replace(/[^a-z0-9-]/g, '');
}
