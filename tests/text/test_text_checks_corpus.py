"""Clean Korean articles must pass the pre-publish checks without a single finding.

A false error blocks publishing and a noisy warning teaches people to click
warnings away, so this corpus collects what correct local-news copy really
contains: curly and straight quotes (nested too), 낫표, parentheses with
numbers and units, "1)" lists, Markdown links and photos, relative dates,
leap days, clock times, percentages, English with apostrophes and https URLs
with parentheses.
"""

from __future__ import annotations

import pytest

from newsdesk.text.checks import ArticleCheckInput, PhotoCheckInput, check_article

PHOTO = PhotoCheckInput(
    caption="시흥시청 전경. 시는 오는 29일 새 청사 설계안을 공개한다.",
    credit="시흥시 제공",
    alt_text="유리 외벽의 시흥시청 본관 건물",
)

COUNCIL = """\
시흥시의회가 내년도 예산안 심사를 마무리했다. 시의회는 지난 10일 본회의를 열고 \
총 2조 1,430억 원 규모의 2025년도 예산안을 원안대로 의결했다고 밝혔다.

김영수 의장은 “시민의 삶과 직결되는 예산인 만큼 꼼꼼히 살폈다”며 \
“특히 ‘생활밀착형 사업’에 무게를 뒀다”고 말했다.

![본회의장에서 예산안을 의결하는 시의원들](photo:1)

이번 예산의 주요 특징은 다음과 같다.

1) 교통: 시내버스 노선 개편(12개 노선) 및 환승센터 설계
2) 복지: 어르신 일자리 3,200개(전년 대비 8.5% 증가)
3) 환경: 미세먼지 저감 숲 조성(4곳)

자세한 내용은 [시흥시의회 누리집](https://www.siheungcouncil.go.kr/)에서 볼 수 있다. \
한편 의회는 오는 29일 오후 2시 정례회를 폐회한다.

예산결산특별위원회 위원장은 "심사 과정에서 삭감된 42억 원(전체의 0.2%)은 \
대부분 행사성 경비"라며 "추경에서 꼭 필요한 사업을 다시 살피겠다"고 덧붙였다.
"""

AIR = """\
## 배곧신도시 악취 민원 잇따라

배곧신도시 주민들이 여름철 악취 문제를 호소하고 있다. 경기도 보건환경연구원 측정 결과 \
지난 7월 31일 오전 6시 황화수소 농도는 0.021ppm으로, 엄격한 기준(0.02ppm)을 넘었다.

주민 박모(45) 씨는 "새벽마다 창문을 열 수 없을 정도"라며 "시가 '근본 대책'을 \
내놓아야 한다"고 말했다. 시 관계자는 "원인 시설을 특정하는 중"이라고 답했다.

시는 8월 한 달간 (1) 24시간 측정망 운영, (2) 사업장 합동 점검, (3) 주민 신고 \
창구(☎ 031-310-2114) 운영 등 3대 대책을 시행한다. 측정 결과는 매주 월요일 \
https://www.siheung.go.kr/air 에 공개된다.

환경단체 관계자도 “기준치를 0.001ppm 넘긴 것도 넘긴 것”이라며 꾸준한 감시를 주문했다. \
시는 다음 달 중간 결과를 발표할 예정이다.
"""

FESTIVAL = """\
제15회 「갯골 축제」가 오는 9월 27일부터 사흘간 갯골생태공원에서 열린다.

올해 주제는 『바람이 머무는 갯골』이다. 축제추진위원회는 “지난해 방문객이 \
12만 명(추산)을 넘어 올해는 셔틀버스를 2배로 늘렸다”고 밝혔다.

주요 프로그램은 아래와 같다.

- 개막 공연: 27일(금) 오후 7시, 주무대
- 갯벌 체험: 28일(토) 오전 10시~오후 4시 (사전 예약제, 회당 40명)
- 폐막 불꽃놀이: 29일(일) 밤 9시

체험 신청은 [축제 누리집](https://festival.siheung.go.kr/apply?year=2025&type=(gaetgol)) 에서 \
받는다. 문의는 축제추진위원회(031-310-0000)로 하면 된다.

주최 측은 “쓰레기 되가져가기에 동참해 달라”며 ‘친환경 축제’를 강조했다.

축제 기간 갯골생태공원 주차장(1,200면)은 유료로 운영되며, 시는 인근 학교 운동장 \
3곳을 임시 주차장으로 개방한다. 자세한 교통 안내는 행사 당일 현장에서 받을 수 있다.
"""

LEAP = """\
윤년에만 돌아오는 2월 29일에 태어난 시민들이 한자리에 모였다.

시흥시는 2024년 2월 29일 시청 대회의실에서 '4년 만의 생일잔치'를 열었다. \
참석자 중 최고령인 이순자(84) 할머니는 "이번이 스물한 번째 진짜 생일"이라며 웃었다.

행사에는 1940년대생부터 2020년생까지 29명이 참석했다. 시 관계자는 \
“내년에도 비슷한 행사를 고민 중이지만, 진짜 생일은 2028년 2월 29일”이라고 말했다.

![생일 케이크 앞에 모인 참석자들](photo:1 "2024년 2월 29일 행사")

한편 행사장 한쪽에는 '윤년의 과학' 전시(지구 공전 주기 약 365.2422일)도 마련돼 \
눈길을 끌었다. 시는 지난 100일 동안 참석자를 모집했다.

행사를 기획한 민원여권과 직원은 “신청서를 받아 보니 생일을 4년에 한 번만 \
챙긴다는 분이 많았다”며 “오늘만큼은 마음껏 축하받으셨으면 한다”고 말했다.
"""

ENGLISH = """\
시흥 배곧의 한 국제학교 학생들이 지역 청소년과 함께 영어 연극을 무대에 올렸다.

작품은 셰익스피어의 '한여름 밤의 꿈'을 각색한 "A Midsummer Night's Dream in Siheung"이다. \
학생 대표 제인 오닐(Jane O'Neill·17) 양은 "Don't be afraid, just play!"라는 대사가 \
가장 좋았다고 했다. 지도교사는 "the students' energy was amazing"이라고 평가했다.

공연은 '90s 팝송 메들리로 막을 내렸다. 이 학교는 2019년 개교 이후 매년 \
연극을 무대에 올려 왔으며, 관객은 올해 처음으로 300명(좌석 기준 100%)을 채웠다.

공연 영상은 [유튜브](https://www.youtube.com/watch?v=abc123) 와 학교 누리집 \
(https://school.example.kr/news/view?id=42) 에서 볼 수 있다.
"""

COURT = """\
수원지방법원 안산지원은 지난 3일 업무상 횡령 혐의로 기소된 전 시흥시 산하기관 직원 \
A(52) 씨에게 징역 2년에 집행유예 3년을 선고했다.

재판부는 "피고인이 3년간 17차례에 걸쳐 공금 4,800만 원을 빼돌렸다"며 \
"다만 피해액 전액을 변제한 점을 고려했다"고 판시했다. 검찰은 앞서 징역 3년을 \
구형했다.

A씨 측 변호인은 "'생활고 때문'이라는 피고인의 진술을 재판부가 일부 받아들였다"고 \
설명했다. 검찰은 판결문을 검토한 뒤 항소 여부를 결정할 방침이다.

[관련 기사: 시흥시 산하기관 감사 결과 발표](https://news.example.kr/articles/301) \
(2024.11.20)

시는 판결과 별도로 산하기관 회계 시스템을 전면 점검하고, 지출 결의 단계마다 \
이중 확인 절차를 두기로 했다. 감사관실은 "재발 방지책을 연말까지 내놓겠다"고 밝혔다.

※ 이 기사는 「형법」 제356조(업무상 횡령)와 관련된 내용입니다.
"""

SCHOOL = """\
### 무지개초, '학교 숲' 준공

무지개초등학교(교장 정미경)가 운동장 한쪽에 '학교 숲'을 조성하고 지난 15일 \
준공식을 열었다. 학생과 학부모 200여 명이 참석했다.

> “나무 이름표는 아이들이 직접 만들었어요.”
> — 정미경 교장

숲에는 느티나무, 산수유 등 12종 340그루가 심어졌다. 사업비 1억 5천만 원은 \
시(70%)와 교육청(30%)이 나눠 냈다.

6학년 김하늘 양은 "쉬는 시간마다 숲에서 놀 수 있어 좋다"며 \
"친구들과 '나무 지킴이'를 하기로 했다"고 말했다. 학교는 다음 달 1일부터 \
주민에게도 숲을 개방한다(평일 오후 5시~7시, 주말 오전 9시~오후 6시).

교육청은 올해 관내 초등학교 5곳에 같은 사업을 벌였으며, 내년에는 8곳으로 \
늘릴 계획이다. 학부모회는 "아이들이 흙을 밟고 노는 시간이 늘었다"며 반겼다.
"""

TRAFFIC = """\
서해선 시흥시청역~원시역 구간 열차 운행이 이달 31일 새벽 첫차부터 \
20분 간격에서 15분 간격으로 단축된다.

국가철도공단은 "출퇴근 시간대(오전 7~9시, 오후 6~8시) 혼잡도가 \
평균 128%에 이른다"며 증편 배경을 설명했다. 이에 따라 하루 운행 횟수는 \
76회에서 98회로 22회(약 29%) 늘어난다.

시민 이모(38) 씨는 “출근길에 두 대씩 보내는 일이 줄 것 같다”면서도 \
“주말 배차도 함께 늘려야 한다”고 지적했다.

변경된 시간표는 [코레일 누리집](https://www.letskorail.com/) 과 역사 안내판에 \
게시된다. 공단은 오는 11월 30일까지 시범 운행한 뒤 12월 1일부터 정식 시행한다.

시흥시는 역 주변 마을버스 배차도 열차 시간에 맞춰 조정하기로 했다. \
시 관계자는 “환승 대기 시간을 평균 5분 이내로 줄이는 것이 목표”라고 말했다.

```
시흥시청 05:30 -> 원시 05:48  (첫차)
```
"""

CORPUS = {
    "council": ("시흥시의회, 2조 1430억 원 내년 예산안 의결", "정치", COUNCIL),
    "air": ('배곧 악취 "창문 못 열어"…기준 초과 확인', "사회", AIR),
    "festival": ("「갯골 축제」 오는 27일 개막…셔틀 2배로", "문화", FESTIVAL),
    "leap": ("'4년 만의 생일' 2월 29일생 시민 한자리에", "사회", LEAP),
    "english": ("국제학교 학생들 'Don't be afraid' 영어 연극", "교육", ENGLISH),
    "court": ("공금 4800만 원 횡령 전 산하기관 직원 집유", "사회", COURT),
    "school": ("무지개초 '학교 숲' 준공…주민에게도 개방", "교육", SCHOOL),
    "traffic": ("서해선 시흥시청~원시 15분 간격으로 단축", "경제", TRAFFIC),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_clean_article_has_no_findings(name: str) -> None:
    headline, section, body = CORPUS[name]
    article = ArticleCheckInput(
        headline=headline,
        subheadline="시 “주민 의견 더 듣겠다”…(가칭) 협의체 구성",
        byline="홍길동 기자",
        section=section,
        body=body,
        summary=body.split("\n\n")[0],
        photos=(PHOTO,),
        published_year=2024,
    )
    assert check_article(article) == []


def test_corpus_bodies_are_long_enough_to_test_the_whole_pipeline() -> None:
    # Guards the corpus itself: a short body would hide behind body-too-short.
    from newsdesk.text.counts import count_text

    for _, _, body in CORPUS.values():
        assert count_text(body).chars_no_spaces >= 300


CLEAN_PARAGRAPHS = [
    "(사진=시흥시 제공) [사진=연합뉴스] 【서울=뉴시스】 ㈜시흥 (주)배곧 A씨(42)",
    "4.19 혁명과 6·25 전쟁, 5.18 민주화운동을 기리는 행사가 3~4월에 열린다.",
    "24시 편의점은 1년 365일 문을 연다. 연말정산은 '13월의 월급'으로 불린다.",
    "지난 365일 내내, 지난 100일간, 지난 1000일의 기록, 오는 100일 동안 이어진다.",
    "행사는 오후 12시 30분에 시작해 밤 12시에 끝난다. 24시간 운영한다.",
    "제출 기간은 2월 27~28일이다. 2024.2.29와 2024-02-29도 맞는 날짜다.",
    "안건은 가) 예산 나) 조례 다) 청원 순으로, 1) 보고 2) 토론 3) 표결을 거친다.",
    "근거 조항[^1]을 확인했다.\n\n[^1]: 지방자치법 제47조(지방의회의 의결사항)",
    '[시흥시 누리집][home]을 참고하라.\n\n[home]: https://www.siheung.go.kr/ "시흥시"',
    "첫 줄 끝에 줄바꿈 공백  \n둘째 줄이다. 글은 이렇게 끝났다...<끝>",
    "| 구분  | 2023년 | 2024년 |\n|------|-------:|-------:|\n| 예산  | 1,980 | 2,143 |",
    "그는 \"'안전'이 우선\"이라고 말했다. 선수의 키는 5'10\"(178cm)로 알려졌다.",
    "밴드는 rock 'n' roll을 외쳤다. McDonald’s와 Moody's도 언급됐다. ’90년대 얘기다.",
    "자세한 설명은 https://ko.wikipedia.org/wiki/시흥시_(동음이의) 를 보라.",
    "- 첫째 항목\n\n    항목에 딸린 두 번째 문단(들여쓰기 4칸)\n\n- 둘째 항목",
    '예시는 다음과 같다.\n\n```text\nhttp://old.example.kr  "열린 따옴표 (괄호\n'
    "2월 30일\n```\n\n끝.",
    '코드 `print("(")`와 `a  b`는 검사하지 않는다. <br> <span class="x">강조</span>',
    "> 인용문 첫 문단이다.\n>\n> “둘째 문단”이다.",
    '이미지 ![사진 (1) "설명](photo:1)과 링크 [“인용” 기사](https://a.kr/x_(y)) 가 있다.',
    "제1차(2021~2025년) 계획에 이어 제2차(2026~2030년) 계획을 세운다. (3)항 참고.",
]


@pytest.mark.parametrize("body", CLEAN_PARAGRAPHS)
def test_clean_paragraph_has_no_findings(body: str) -> None:
    from newsdesk.text.checks import CheckLimits

    article = ArticleCheckInput(
        headline="제목",
        subheadline="",
        byline="기자",
        section="사회",
        body=body,
        published_year=2025,
    )
    assert check_article(article, CheckLimits(body_min_chars=0)) == []
