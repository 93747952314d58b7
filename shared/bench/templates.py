# ruff: noqa: E501, RUF001
# (wire text in nine languages: long CJK lines and full-width punctuation are the point)
"""Sentence templates and word lists for the synthetic wire, written for this benchmark.

Every string here was written for chipwire; none is taken from a real dispatch. Templates use
``{slot}`` placeholders filled by :mod:`shared.bench.generator`; Korean templates may write
``{slot:이}``, ``{slot:은}``, ``{slot:을}``, ``{slot:과}`` or ``{slot:으로}`` to get the
particle that fits the last syllable of the value.

Slots: ``vendor product unit qty buyer buyer2 qty2 buyer3 money money2 country on_day dom
month pct rate n num year kr company person bank foundry nm ocity``.

Per language, the keys are:

``lead_ai_deal``/``lead_ai``/``lead_kr``/``lead_other``/``lead_snack``: first sentences (a
number comes early, so that the first words of two leads rarely coincide: agency plain text
has no id and is identified by its first words). ``head_*``: headlines for the same. ``body_*``:
follow-up paragraphs (``ai``: chip context without Korea; ``ai_kr``: Korean chip context;
``deal``: more deal sentences; ``kr``: Korea without chips; ``market``; ``other``; ``quote``).
"""

from __future__ import annotations

from typing import Any

LANGUAGES: tuple[str, ...] = ("fr", "en", "de", "ko", "es", "it", "ja", "nl", "pt")

# Language mix of the wire (share of stories), and of Korea stories (Korean is more likely).
LANGUAGE_WEIGHTS: dict[str, float] = {
    "en": 0.30, "fr": 0.20, "de": 0.16, "es": 0.08, "it": 0.07, "ja": 0.07, "nl": 0.06,
    "pt": 0.06,
}
KOREA_LANGUAGE_WEIGHTS: dict[str, float] = {
    "ko": 0.32, "en": 0.22, "fr": 0.13, "de": 0.10, "es": 0.05, "it": 0.05, "ja": 0.05,
    "nl": 0.04, "pt": 0.04,
}

# Agencies writing plain text in each language (name, weight).
AGENCIES: dict[str, tuple[tuple[str, float], ...]] = {
    "fr": (("ATS", 0.55), ("AFP", 0.45)),
    "en": (("Reuters", 0.45), ("AFP", 0.25), ("Yonhap", 0.15), ("dpa", 0.15)),
    "de": (("dpa", 0.55), ("SDA", 0.25), ("AFP", 0.20)),
    "ko": (("Yonhap", 1.0),),
    "es": (("EFE", 0.5), ("AFP", 0.3), ("Reuters", 0.2)),
    "it": (("ANSA", 0.6), ("ATS", 0.4)),
    "ja": (("Kyodo", 0.6), ("Reuters", 0.4)),
    "nl": (("ANP", 1.0),),
    "pt": (("Lusa", 0.5), ("AFP", 0.3), ("Reuters", 0.2)),
}

VENDORS: tuple[str, ...] = (
    "Nvidia", "AMD", "Intel", "Broadcom", "Cerebras", "Groq", "Qualcomm", "Marvell",
    "Tenstorrent", "Graphcore",
)
KOREAN_VENDORS: tuple[str, ...] = ("Samsung Electronics", "SK Hynix", "Rebellions", "FuriosaAI")
PRODUCTS: dict[str, tuple[str, ...]] = {
    "Nvidia": ("H100", "H200", "B200", "GB200", "Blackwell Ultra", "Rubin"),
    "AMD": ("MI300X", "MI325X", "MI355X", "MI400"),
    "Intel": ("Gaudi 3", "Jaguar Shores"),
    "Broadcom": ("Tomahawk 6", "custom XPU"),
    "Cerebras": ("WSE-3",),
    "Groq": ("LPU",),
    "Qualcomm": ("AI200", "AI250"),
    "Marvell": ("custom accelerator",),
    "Tenstorrent": ("Blackhole", "Wormhole"),
    "Graphcore": ("Bow IPU",),
    "Samsung Electronics": ("HBM4", "HBM3E", "Mach-1"),
    "SK Hynix": ("HBM4", "HBM3E"),
    "Rebellions": ("ATOM", "REBEL"),
    "FuriosaAI": ("RNGD", "Warboy"),
}
BUYERS: tuple[tuple[str, str], ...] = (
    ("Microsoft", "US"), ("Meta", "US"), ("Oracle", "US"), ("xAI", "US"), ("OpenAI", "US"),
    ("CoreWeave", "US"), ("Nebius", "NL"), ("Mistral AI", "FR"), ("Deutsche Telekom", "DE"),
    ("Swisscom", "CH"), ("SoftBank", "JP"), ("Sakura Internet", "JP"), ("Reliance Jio", "IN"),
    ("Humain", "SA"), ("G42", "AE"), ("Scaleway", "FR"), ("Telefonica", "ES"),
    ("Fastweb", "IT"), ("KPN", "NL"), ("Jülich Supercomputing Centre", "DE"),
    ("Amazon Web Services", "US"), ("Google Cloud", "US"), ("Lambda", "US"),
)
KOREAN_BUYERS: tuple[str, ...] = (
    "Samsung Electronics", "SK Group", "Hyundai Motor", "NAVER Cloud", "Kakao", "KT",
    "SK Telecom", "LG AI Research", "Samsung SDS", "LG Uplus",
)
KOREAN_NAMES: dict[str, str] = {
    "Samsung Electronics": "삼성전자", "SK Hynix": "SK하이닉스", "Rebellions": "리벨리온",
    "FuriosaAI": "퓨리오사AI", "SK Group": "SK그룹", "Hyundai Motor": "현대차",
    "NAVER Cloud": "네이버클라우드", "Kakao": "카카오", "KT": "KT", "SK Telecom": "SK텔레콤",
    "LG AI Research": "LG AI연구원", "Samsung SDS": "삼성SDS", "LG Uplus": "LG유플러스",
    "Nvidia": "엔비디아", "AMD": "AMD", "Intel": "인텔", "Broadcom": "브로드컴",
    "Cerebras": "세레브라스", "Groq": "그록", "Qualcomm": "퀄컴", "Marvell": "마벨",
    "Tenstorrent": "텐스토렌트", "Graphcore": "그래프코어", "Hanwha Ocean": "한화오션",
    "HD Hyundai": "HD현대", "LG Energy Solution": "LG에너지솔루션", "POSCO": "포스코",
    "Lotte": "롯데", "CJ": "CJ", "Kia": "기아", "Korean Air": "대한항공",
}
KOREAN_COMPANIES: tuple[str, ...] = (
    "Hanwha Ocean", "HD Hyundai", "LG Energy Solution", "POSCO", "Lotte", "CJ", "Kia",
    "Korean Air", "Hyundai Motor",
)
JAPANESE_NAMES: dict[str, str] = {
    "Nvidia": "エヌビディア", "AMD": "AMD", "Intel": "インテル", "Broadcom": "ブロードコム",
    "Cerebras": "セレブラス", "Groq": "グロック", "Qualcomm": "クアルコム", "Marvell": "マーベル",
    "Tenstorrent": "テンストレント", "Graphcore": "グラフコア", "Samsung Electronics": "サムスン電子",
    "SK Hynix": "SKハイニックス", "Rebellions": "リベリオン", "FuriosaAI": "フュリオサAI",
    "SoftBank": "ソフトバンク", "Sakura Internet": "さくらインターネット", "Microsoft": "マイクロソフト",
    "Meta": "メタ", "Oracle": "オラクル", "OpenAI": "オープンAI", "Amazon Web Services": "アマゾン・ウェブ・サービス",
    "Google Cloud": "グーグル・クラウド", "NAVER Cloud": "ネイバークラウド", "Kakao": "カカオ",
    "KT": "KT", "SK Telecom": "SKテレコム", "Hyundai Motor": "現代自動車", "SK Group": "SKグループ",
    "LG AI Research": "LG AI研究院", "Samsung SDS": "サムスンSDS", "LG Uplus": "LGユープラス",
    "Hanwha Ocean": "ハンファオーシャン", "HD Hyundai": "HD現代", "LG Energy Solution": "LGエナジーソリューション",
    "POSCO": "ポスコ", "Lotte": "ロッテ", "CJ": "CJ", "Kia": "起亜", "Korean Air": "大韓航空",
    "Toyota": "トヨタ自動車", "Sony": "ソニーグループ", "Hitachi": "日立製作所",
}
COMPANIES: dict[str, tuple[str, ...]] = {
    "fr": ("Renault", "Danone", "TotalEnergies", "Nestlé", "Holcim", "Airbus", "Carrefour",
           "Novartis", "Michelin", "Orange"),
    "en": ("Unilever", "Shell", "BP", "Barclays", "Rolls-Royce", "Boeing", "Ford", "Pfizer",
           "Walmart", "Diageo"),
    "de": ("Siemens", "Volkswagen", "BASF", "Bayer", "Lufthansa", "Continental", "ThyssenKrupp",
           "Henkel", "Adidas", "Zalando"),
    "ko": ("Hanwha Ocean", "HD Hyundai", "LG Energy Solution", "POSCO", "Lotte", "CJ", "Kia",
           "Korean Air"),
    "es": ("Iberdrola", "Inditex", "Repsol", "Telefonica", "Santander", "Mapfre", "Acciona",
           "Ferrovial"),
    "it": ("Enel", "Eni", "Stellantis", "Leonardo", "Pirelli", "UniCredit", "Ferrari",
           "Generali"),
    "ja": ("Toyota", "Sony", "Hitachi"),
    "nl": ("Philips", "Heineken", "ING", "Ahold Delhaize", "Shell", "KLM", "PostNL",
           "Randstad"),
    "pt": ("Petrobras", "Vale", "Galp", "EDP", "Embraer", "Sonae", "Jerónimo Martins",
           "Natura"),
}
BANKS: tuple[str, ...] = (
    "Morgan Stanley", "Goldman Sachs", "UBS", "Jefferies", "Bernstein", "Citi", "Nomura",
    "HSBC", "BNP Paribas", "Deutsche Bank",
)
FOUNDRIES: tuple[str, ...] = ("TSMC", "Samsung Foundry", "Intel Foundry")
PEOPLE: tuple[str, ...] = (
    "Anna Keller", "Marc Dubois", "Laura Bianchi", "Pedro Alves", "Sofia Martínez",
    "Jan de Vries", "Thomas Weber", "Claire Martin", "David Chen", "Emily Brooks",
    "Kim Ji-hoon", "Park Soo-jin", "Lee Min-ho", "Choi Yuna", "Tanaka Hiroshi",
    "Sato Yuki",
)
REPORTERS: tuple[str, ...] = (
    "Heekyong Yang", "Joyce Lee", "Max Cherney", "Stephen Nellis", "Ju-min Park", "Kate Holton",
    "Tom Sims", "Miyoung Kim", "Hyunjoo Jin", "Sudip Kar-Gupta", "Christoph Steitz",
)
EDITORS: tuple[str, ...] = (
    "Jamie Freed", "Edwina Gibbs", "Kenneth Maxwell", "Louise Heavens", "Mark Potter",
    "Sonali Paul", "Christopher Cushing",
)

# Dateline places: key -> spelling per language (agency style: English capitals for Reuters/AFP
# English and Reuters, others as the language writes the name).
PLACES: dict[str, dict[str, str]] = {
    "seoul": {"en": "SEOUL", "fr": "Séoul", "de": "Seoul", "ko": "서울", "es": "Seúl",
              "it": "SEUL", "ja": "ソウル", "nl": "SEOEL", "pt": "Seul"},
    "busan": {"en": "BUSAN", "fr": "Busan", "de": "Busan", "ko": "부산", "es": "Busan",
              "it": "BUSAN", "ja": "釜山", "nl": "BUSAN", "pt": "Busan"},
    "taipei": {"en": "TAIPEI", "fr": "Taipei", "de": "Taipeh", "ko": "타이베이", "es": "Taipéi",
               "it": "TAIPEI", "ja": "台北", "nl": "TAIPEI", "pt": "Taipé"},
    "tokyo": {"en": "TOKYO", "fr": "Tokyo", "de": "Tokio", "ko": "도쿄", "es": "Tokio",
              "it": "TOKYO", "ja": "東京", "nl": "TOKIO", "pt": "Tóquio"},
    "sanfrancisco": {"en": "SAN FRANCISCO", "fr": "San Francisco", "de": "San Francisco",
                     "ko": "샌프란시스코", "es": "San Francisco", "it": "SAN FRANCISCO",
                     "ja": "サンフランシスコ", "nl": "SAN FRANCISCO", "pt": "San Francisco"},
    "newyork": {"en": "NEW YORK", "fr": "New York", "de": "New York", "ko": "뉴욕",
                "es": "Nueva York", "it": "NEW YORK", "ja": "ニューヨーク", "nl": "NEW YORK",
                "pt": "Nova York"},
    "paris": {"en": "PARIS", "fr": "Paris", "de": "Paris", "ko": "파리", "es": "París",
              "it": "PARIGI", "ja": "パリ", "nl": "PARIJS", "pt": "Paris"},
    "berlin": {"en": "BERLIN", "fr": "Berlin", "de": "Berlin", "ko": "베를린", "es": "Berlín",
               "it": "BERLINO", "ja": "ベルリン", "nl": "BERLIJN", "pt": "Berlim"},
    "frankfurt": {"en": "FRANKFURT", "fr": "Francfort", "de": "Frankfurt", "ko": "프랑크푸르트",
                  "es": "Fráncfort", "it": "FRANCOFORTE", "ja": "フランクフルト",
                  "nl": "FRANKFURT", "pt": "Frankfurt"},
    "zurich": {"en": "ZURICH", "fr": "Zurich", "de": "Zürich", "ko": "취리히", "es": "Zúrich",
               "it": "ZURIGO", "ja": "チューリッヒ", "nl": "ZÜRICH", "pt": "Zurique"},
    "geneva": {"en": "GENEVA", "fr": "Genève", "de": "Genf", "ko": "제네바", "es": "Ginebra",
               "it": "GINEVRA", "ja": "ジュネーブ", "nl": "GENÈVE", "pt": "Genebra"},
    "lausanne": {"en": "LAUSANNE", "fr": "Lausanne", "de": "Lausanne", "ko": "로잔",
                 "es": "Lausana", "it": "LOSANNA", "ja": "ローザンヌ", "nl": "LAUSANNE",
                 "pt": "Lausana"},
    "london": {"en": "LONDON", "fr": "Londres", "de": "London", "ko": "런던", "es": "Londres",
               "it": "LONDRA", "ja": "ロンドン", "nl": "LONDEN", "pt": "Londres"},
    "madrid": {"en": "MADRID", "fr": "Madrid", "de": "Madrid", "ko": "마드리드", "es": "Madrid",
               "it": "MADRID", "ja": "マドリード", "nl": "MADRID", "pt": "Madri"},
    "milan": {"en": "MILAN", "fr": "Milan", "de": "Mailand", "ko": "밀라노", "es": "Milán",
              "it": "MILANO", "ja": "ミラノ", "nl": "MILAAN", "pt": "Milão"},
    "rome": {"en": "ROME", "fr": "Rome", "de": "Rom", "ko": "로마", "es": "Roma", "it": "ROMA",
             "ja": "ローマ", "nl": "ROME", "pt": "Roma"},
    "amsterdam": {"en": "AMSTERDAM", "fr": "Amsterdam", "de": "Amsterdam", "ko": "암스테르담",
                  "es": "Ámsterdam", "it": "AMSTERDAM", "ja": "アムステルダム", "nl": "AMSTERDAM",
                  "pt": "Amsterdã"},
    "lisbon": {"en": "LISBON", "fr": "Lisbonne", "de": "Lissabon", "ko": "리스본",
               "es": "Lisboa", "it": "LISBONA", "ja": "リスボン", "nl": "LISSABON", "pt": "Lisboa"},
    "saopaulo": {"en": "SAO PAULO", "fr": "São Paulo", "de": "São Paulo", "ko": "상파울루",
                 "es": "São Paulo", "it": "SAN PAOLO", "ja": "サンパウロ", "nl": "SÃO PAULO",
                 "pt": "São Paulo"},
    "barcelona": {"en": "BARCELONA", "fr": "Barcelone", "de": "Barcelona", "ko": "바르셀로나",
                  "es": "Barcelona", "it": "BARCELLONA", "ja": "バルセロナ",
                  "nl": "BARCELONA", "pt": "Barcelona"},
}
HOME_PLACES: dict[str, tuple[str, ...]] = {
    "fr": ("paris", "geneva", "lausanne", "zurich"),
    "en": ("london", "newyork", "sanfrancisco", "taipei", "tokyo"),
    "de": ("berlin", "frankfurt", "zurich"),
    "ko": ("seoul", "busan"),
    "es": ("madrid", "barcelona"),
    "it": ("rome", "milan"),
    "ja": ("tokyo",),
    "nl": ("amsterdam",),
    "pt": ("lisbon", "saopaulo"),
}
TECH_PLACES: tuple[str, ...] = ("sanfrancisco", "taipei", "tokyo", "newyork", "london", "paris")

COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "KR": {"en": "South Korea", "fr": "la Corée du Sud", "de": "Südkorea", "ko": "한국",
           "es": "Corea del Sur", "it": "la Corea del Sud", "ja": "韓国", "nl": "Zuid-Korea",
           "pt": "a Coreia do Sul"},
    "US": {"en": "the United States", "fr": "les Etats-Unis", "de": "den USA", "ko": "미국",
           "es": "Estados Unidos", "it": "gli Stati Uniti", "ja": "米国", "nl": "de Verenigde Staten",
           "pt": "os Estados Unidos"},
    "NL": {"en": "the Netherlands", "fr": "les Pays-Bas", "de": "den Niederlanden", "ko": "네덜란드",
           "es": "los Países Bajos", "it": "i Paesi Bassi", "ja": "オランダ", "nl": "Nederland",
           "pt": "os Países Baixos"},
    "FR": {"en": "France", "fr": "la France", "de": "Frankreich", "ko": "프랑스", "es": "Francia",
           "it": "la Francia", "ja": "フランス", "nl": "Frankrijk", "pt": "a França"},
    "DE": {"en": "Germany", "fr": "l'Allemagne", "de": "Deutschland", "ko": "독일",
           "es": "Alemania", "it": "la Germania", "ja": "ドイツ", "nl": "Duitsland",
           "pt": "a Alemanha"},
    "CH": {"en": "Switzerland", "fr": "la Suisse", "de": "der Schweiz", "ko": "스위스",
           "es": "Suiza", "it": "la Svizzera", "ja": "スイス", "nl": "Zwitserland",
           "pt": "a Suíça"},
    "JP": {"en": "Japan", "fr": "le Japon", "de": "Japan", "ko": "일본", "es": "Japón",
           "it": "il Giappone", "ja": "日本", "nl": "Japan", "pt": "o Japão"},
    "IN": {"en": "India", "fr": "l'Inde", "de": "Indien", "ko": "인도", "es": "India",
           "it": "l'India", "ja": "インド", "nl": "India", "pt": "a Índia"},
    "SA": {"en": "Saudi Arabia", "fr": "l'Arabie saoudite", "de": "Saudi-Arabien",
           "ko": "사우디아라비아", "es": "Arabia Saudí", "it": "l'Arabia Saudita",
           "ja": "サウジアラビア", "nl": "Saudi-Arabië", "pt": "a Arábia Saudita"},
    "AE": {"en": "the United Arab Emirates", "fr": "les Emirats arabes unis",
           "de": "den Vereinigten Arabischen Emiraten", "ko": "아랍에미리트",
           "es": "Emiratos Árabes Unidos", "it": "gli Emirati Arabi Uniti", "ja": "アラブ首長国連邦",
           "nl": "de Verenigde Arabische Emiraten", "pt": "os Emirados Árabes Unidos"},
    "ES": {"en": "Spain", "fr": "l'Espagne", "de": "Spanien", "ko": "스페인", "es": "España",
           "it": "la Spagna", "ja": "スペイン", "nl": "Spanje", "pt": "a Espanha"},
    "IT": {"en": "Italy", "fr": "l'Italie", "de": "Italien", "ko": "이탈리아", "es": "Italia",
           "it": "l'Italia", "ja": "イタリア", "nl": "Italië", "pt": "a Itália"},
}

# Units: (singular, plural) per language; Korean/Japanese use one form.
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "gpu": {"en": ("GPU", "GPUs"), "fr": ("GPU", "GPU"), "de": ("Grafikprozessor",
            "Grafikprozessoren"), "ko": ("GPU", "GPU"), "es": ("GPU", "GPU"),
            "it": ("GPU", "GPU"), "ja": ("GPU", "GPU"), "nl": ("gpu", "gpu's"),
            "pt": ("GPU", "GPUs")},
    "chip": {"en": ("AI chip", "AI chips"), "fr": ("puce d'IA", "puces d'IA"),
             "de": ("KI-Chip", "KI-Chips"), "ko": ("AI 반도체", "AI 반도체"),
             "es": ("chip de IA", "chips de IA"), "it": ("chip per l'IA", "chip per l'IA"),
             "ja": ("AI半導体", "AI半導体"), "nl": ("AI-chip", "AI-chips"),
             "pt": ("chip de IA", "chips de IA")},
    "accelerator": {"en": ("AI accelerator", "AI accelerators"),
                    "fr": ("accélérateur d'IA", "accélérateurs d'IA"),
                    "de": ("KI-Beschleuniger", "KI-Beschleuniger"), "ko": ("AI 가속기", "AI 가속기"),
                    "es": ("acelerador de IA", "aceleradores de IA"),
                    "it": ("acceleratore IA", "acceleratori IA"), "ja": ("AIアクセラレーター",
                    "AIアクセラレーター"), "nl": ("AI-versneller", "AI-versnellers"),
                    "pt": ("acelerador de IA", "aceleradores de IA")},
    "server": {"en": ("AI server", "AI servers"), "fr": ("serveur d'IA", "serveurs d'IA"),
               "de": ("KI-Server", "KI-Server"), "ko": ("AI 서버", "AI 서버"),
               "es": ("servidor de IA", "servidores de IA"), "it": ("server IA", "server IA"),
               "ja": ("AIサーバー", "AIサーバー"), "nl": ("AI-server", "AI-servers"),
               "pt": ("servidor de IA", "servidores de IA")},
    "hbm": {"en": ("HBM stack", "HBM stacks"), "fr": ("pile de mémoire HBM",
            "piles de mémoire HBM"), "de": ("HBM-Stapel", "HBM-Stapel"),
            "ko": ("HBM", "HBM"), "es": ("módulo HBM", "módulos HBM"),
            "it": ("modulo HBM", "moduli HBM"), "ja": ("HBM", "HBM"),
            "nl": ("HBM-stack", "HBM-stacks"), "pt": ("módulo HBM", "módulos HBM")},
}
KOREAN_COUNTERS: dict[str, str] = {"gpu": "개", "chip": "개", "accelerator": "개", "server": "대",
                                   "hbm": "개"}
JAPANESE_COUNTERS: dict[str, str] = {"gpu": "基", "chip": "個", "accelerator": "基",
                                     "server": "台", "hbm": "個"}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
}
ON_DAY: dict[str, str] = {
    "en": "on {wd}", "fr": "{wd}", "de": "am {wd}", "es": "este {wd}", "it": "{wd}",
    "nl": "op {wd}", "pt": "nesta {wd}",
}
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "ko": tuple(f"{m}월" for m in range(1, 13)),
    "ja": tuple(f"{m}月" for m in range(1, 13)),
}
# Short month names in datelines.
MONTHS_SHORT: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
           "Dec"),
    "fr": ("janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov",
           "déc"),
    "de": ("Jan.", "Feb.", "März", "April", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "it": ("GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"),
    "pt": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}

T: dict[str, dict[str, Any]] = {}

T["en"] = {
    "lead_ai_deal": (
        "{vendor} will supply {qty} {unit} to {buyer} under an agreement announced {on_day}, "
        "the companies said, in one of the largest orders of its kind this year.",
        "{buyer} has ordered {qty} {product} {unit} from {vendor} for new data centres in "
        "{country}, the company said {on_day}.",
        "A {money} order for {qty} {unit} from {vendor} will go to {buyer}, people familiar "
        "with the matter said {on_day}, as the race for computing power intensifies.",
        "{buyer} said {on_day} it would buy at least {qty} {unit} from {vendor} over the next "
        "{n} years to expand its artificial intelligence computing capacity.",
    ),
    "lead_ai": (
        "{vendor} expects its {product} AI accelerator to deliver {pct} percent more performance "
        "per watt than its predecessor, the company said {on_day} at a developer conference.",
        "Shares of {vendor} rose {pct} percent {on_day} as investors bet that demand for AI "
        "chips would outlast worries about how much big tech companies spend on data centres.",
        "A plan worth {money} to build domestic capacity for artificial intelligence "
        "semiconductors was approved by the government of {country} {on_day}.",
        "{vendor} reported a {pct} percent rise in quarterly revenue from data-centre chips "
        "{on_day}, beating analyst forecasts as cloud providers kept buying accelerators.",
    ),
    "lead_kr": (
        "South Korea's exports rose {pct} percent in {month} from a year earlier, led by "
        "shipments of cars and ships, the trade ministry in Seoul said {on_day}.",
        "{kr} won a {money} order to build {n} liquefied natural gas carriers for a European "
        "shipping group, the South Korean company said {on_day}.",
        "The Bank of Korea held its benchmark interest rate at {rate} percent {on_day}, citing "
        "household debt and the weakness of the won against the dollar.",
        "Some {num} people attended a rally in central Seoul {on_day} calling for shorter "
        "working hours, South Korean police said.",
    ),
    "lead_other": (
        "{company} will cut {num} jobs over the next {n} years as it tries to lower costs amid "
        "weak demand in Europe, the company said {on_day}.",
        "Euro zone retail sales fell {pct} percent in {month} from the previous month, official "
        "data showed {on_day}, strengthening the case for another cut in interest rates.",
        "About {num} commuters were stranded {on_day} after heavy rain flooded rail lines "
        "around {ocity}, forcing the closure of {n} stations.",
        "{company} agreed to buy a smaller rival for {money} in cash, creating one of the "
        "largest groups in its sector, the two companies said {on_day}.",
    ),
    "lead_snack": (
        "Prices of potato chips and crisps will rise by {pct} percent after a poor harvest "
        "pushed up the cost of potatoes, a British snack maker said {on_day}.",
    ),
    "head_ai_deal": (
        "{vendor} to supply {qty} {unit} to {buyer}",
        "{buyer} orders {qty} {vendor} {unit}",
        "{buyer} in {money} deal for {vendor} chips",
    ),
    "head_ai": (
        "{vendor} touts {pct}% efficiency gain for {product}",
        "{vendor} shares up {pct}% on AI chip demand",
        "{country} earmarks {money} for AI chips",
    ),
    "head_kr": (
        "South Korea exports up {pct}% in {month}",
        "{kr} wins {money} ship order",
        "Bank of Korea holds rate at {rate}%",
        "{num} rally in Seoul for shorter hours",
    ),
    "head_other": (
        "{company} to cut {num} jobs",
        "Euro zone retail sales fall {pct}%",
        "{num} commuters stranded by floods",
        "{company} agrees {money} takeover",
    ),
    "head_snack": ("Snack maker raises crisp prices {pct}%",),
    "body_ai": (
        "Demand for accelerators used to train and run large language models has outstripped "
        "supply for more than two years, and lead times for the most advanced parts remain long.",
        "{vendor} relies on {foundry} to manufacture its most advanced chips, which are packaged "
        "together with stacks of high-bandwidth memory.",
        "Analysts at {bank} estimate that spending on AI data centres will reach {money} this "
        "year, up {pct} percent from last year.",
        "The {product} is made on a {nm}-nanometre process and combines several compute dies in "
        "a single package, according to the company.",
        "Export controls imposed by Washington limit sales of the most powerful AI chips to "
        "China, and several vendors have designed slower versions for that market.",
        "Power has become the main constraint for new data centres, and operators are signing "
        "long-term electricity contracts before they order hardware.",
    ),
    "body_ai_kr": (
        "South Korea is home to Samsung Electronics and SK Hynix, the two largest makers of "
        "memory chips, and the government in Seoul wants a domestic industry for AI processors "
        "as well.",
        "Korean start-ups such as Rebellions and FuriosaAI design neural processing units for "
        "data centres and have raised money from local investors and telecom operators.",
        "The South Korean government plans to open a national AI computing centre and has "
        "promised subsidies to companies that build data centres outside the capital region.",
    ),
    "body_deal": (
        "Under the agreement, {buyer2} will receive about {qty2} {unit}, while the rest will go "
        "to {buyer3}.",
        "The order is worth about {money2}, according to people familiar with the matter, "
        "although neither company disclosed the price.",
        "Deliveries are due to start in the coming months and be completed by the end of "
        "{year}, {vendor} said.",
        "{buyer2} also plans to install {qty2} {unit} from {vendor} in a second facility, a "
        "spokesperson said.",
    ),
    "body_kr": (
        "The government in Seoul has promised to support exporters facing higher tariffs in the "
        "United States, the country's second-largest market after China.",
        "The won has weakened about {pct} percent against the dollar this year, making South "
        "Korean goods cheaper abroad but raising the cost of imported energy.",
        "Officials at the finance ministry said they expected growth of about {rate} percent this "
        "year, below an earlier forecast by the Bank of Korea.",
        "Business groups in Seoul welcomed the announcement but said smaller companies were "
        "still struggling with high borrowing costs.",
    ),
    "body_market": (
        "Shares of {company} rose {pct} percent in early trading, outperforming the broader "
        "market.",
        "The benchmark index closed {pct} percent higher on the day, with industrial stocks "
        "among the main gainers.",
        "The company will publish its quarterly results next month, when analysts expect it to "
        "report revenue of about {money2}.",
    ),
    "body_other": (
        "A spokesperson declined to comment further, saying more details would be given in the "
        "coming weeks.",
        "Unions criticised the decision and called for talks with management, while local "
        "authorities said they would monitor the situation closely.",
        "The figures were broadly in line with the forecasts of economists polled before the "
        "release.",
        "Officials said about {num} people had been affected and that emergency services would "
        "remain on alert overnight.",
    ),
    "quote": (
        '"We are seeing demand like never before," {person}, the chief executive, told '
        "reporters.",
        '"This is an important step for our customers and for the whole industry," {person} '
        "said in a statement.",
    ),
}

T["fr"] = {
    "lead_ai_deal": (
        "{vendor} livrera {qty} {unit} à {buyer}, selon un accord présenté {on_day}, l'une des "
        "plus grosses commandes de ce type cette année.",
        "{buyer} a commandé {qty} {unit} {product} à {vendor} pour de nouveaux centres de "
        "données en {country}, a indiqué l'entreprise {on_day}.",
        "Une commande de {money} portant sur {qty} {unit} de {vendor} ira à {buyer}, ont "
        "indiqué {on_day} des sources proches du dossier.",
        "{buyer} achètera au moins {qty} {unit} à {vendor} au cours des {n} prochaines années "
        "pour accroître sa puissance de calcul en intelligence artificielle.",
    ),
    "lead_ai": (
        "{vendor} promet {pct}% de performance par watt en plus avec son accélérateur {product} "
        "par rapport à la génération précédente, a annoncé l'entreprise {on_day}.",
        "L'action {vendor} a gagné {pct}% {on_day}, les investisseurs pariant sur une demande "
        "durable de puces pour l'intelligence artificielle.",
        "Un plan de {money} destiné à développer une industrie nationale des semi-conducteurs "
        "pour l'intelligence artificielle a été adopté {on_day} par le gouvernement.",
        "{vendor} a annoncé {on_day} une hausse de {pct}% de son chiffre d'affaires trimestriel "
        "dans les puces pour centres de données, au-delà des attentes des analystes.",
    ),
    "lead_kr": (
        "Les exportations de la Corée du Sud ont progressé de {pct}% en {month} sur un an, "
        "portées par les automobiles et les navires, a indiqué {on_day} le ministère du "
        "commerce à Séoul.",
        "{kr} a décroché une commande de {money} pour la construction de {n} méthaniers "
        "destinés à un armateur européen, a annoncé {on_day} le groupe sud-coréen.",
        "La Banque de Corée a maintenu {on_day} son taux directeur à {rate}%, invoquant "
        "l'endettement des ménages et la faiblesse du won.",
        "Quelque {num} personnes ont manifesté {on_day} dans le centre de Séoul pour réclamer "
        "une réduction du temps de travail, selon la police sud-coréenne.",
    ),
    "lead_other": (
        "{company} va supprimer {num} emplois au cours des {n} prochaines années afin de "
        "réduire ses coûts face à une demande atone en Europe, a annoncé le groupe {on_day}.",
        "L'inflation dans la zone euro a ralenti à {rate}% en {month}, selon les chiffres "
        "publiés {on_day}, ce qui renforce l'hypothèse d'une nouvelle baisse des taux.",
        "Environ {num} pendulaires ont été bloqués {on_day} après des pluies diluviennes qui ont "
        "inondé des voies ferrées autour de {ocity}, entraînant la fermeture de {n} gares.",
        "{company} rachète un concurrent plus petit pour {money} en numéraire, créant l'un des "
        "plus grands groupes du secteur, ont annoncé {on_day} les deux entreprises.",
    ),
    "lead_snack": (
        "Les prix des chips vont augmenter de {pct}% après une mauvaise récolte de pommes de "
        "terre, a annoncé {on_day} un fabricant d'en-cas.",
    ),
    "head_ai_deal": (
        "{vendor} livrera {qty} {unit} à {buyer}",
        "{buyer} commande {qty} {unit} à {vendor}",
        "Commande de {money} pour {vendor}",
    ),
    "head_ai": (
        "{vendor} promet {pct}% d'efficacité en plus",
        "L'action {vendor} bondit de {pct}%",
        "Un plan de {money} pour les puces d'IA",
    ),
    "head_kr": (
        "Corée du Sud: exportations en hausse de {pct}%",
        "{kr} décroche une commande de {money}",
        "La Banque de Corée maintient son taux à {rate}%",
        "{num} manifestants à Séoul",
    ),
    "head_other": (
        "{company} supprime {num} emplois",
        "Zone euro: l'inflation ralentit à {rate}%",
        "Inondations: {num} pendulaires bloqués",
        "{company} rachète un concurrent pour {money}",
    ),
    "head_snack": ("Les chips plus chères de {pct}%",),
    "body_ai": (
        "La demande d'accélérateurs servant à entraîner et à faire tourner les grands modèles de "
        "langage dépasse l'offre depuis plus de deux ans, et les délais de livraison restent "
        "longs.",
        "{vendor} fait fabriquer ses puces les plus avancées par {foundry}, qui les assemble "
        "avec des piles de mémoire à haute bande passante.",
        "Les analystes de {bank} estiment que les dépenses consacrées aux centres de données "
        "d'IA atteindront {money} cette année, soit {pct}% de plus que l'an dernier.",
        "Le {product} est gravé en {nm} nanomètres et réunit plusieurs puces de calcul dans un "
        "même boîtier, selon l'entreprise.",
        "Les restrictions imposées par Washington limitent les ventes des puces d'IA les plus "
        "puissantes à la Chine, et plusieurs fabricants ont conçu des versions bridées.",
        "L'électricité est devenue la principale contrainte pour les nouveaux centres de "
        "données, dont les exploitants signent des contrats d'approvisionnement à long terme.",
    ),
    "body_ai_kr": (
        "La Corée du Sud abrite Samsung Electronics et SK Hynix, les deux plus grands fabricants "
        "de mémoire au monde, et Séoul veut aussi développer une industrie nationale de "
        "processeurs d'IA.",
        "Des jeunes pousses coréennes comme Rebellions et FuriosaAI conçoivent des processeurs "
        "neuronaux pour les centres de données et ont levé des fonds auprès d'investisseurs "
        "locaux.",
        "Le gouvernement sud-coréen prévoit d'ouvrir un centre national de calcul d'IA et "
        "promet des subventions aux entreprises qui s'installent hors de la région de Séoul.",
    ),
    "body_deal": (
        "Selon l'accord, {buyer2} recevra environ {qty2} {unit}, le reste allant à {buyer3}.",
        "La commande avoisine {money2}, selon des personnes au fait du dossier, mais aucune des "
        "deux entreprises n'a communiqué de prix.",
        "Les livraisons doivent commencer dans les prochains mois et s'achever d'ici fin "
        "{year}, a précisé {vendor}.",
        "{buyer2} prévoit en outre d'installer {qty2} {unit} de {vendor} dans un second site, a "
        "indiqué un porte-parole.",
    ),
    "body_kr": (
        "Le gouvernement de Séoul a promis de soutenir les exportateurs confrontés à la hausse "
        "des droits de douane aux Etats-Unis, deuxième marché du pays après la Chine.",
        "Le won a perdu environ {pct}% face au dollar depuis le début de l'année, ce qui rend "
        "les produits sud-coréens moins chers à l'étranger.",
        "Le ministère des finances table sur une croissance d'environ {rate}% cette année, "
        "moins que ce que prévoyait la Banque de Corée.",
        "Les organisations patronales ont salué l'annonce, tout en soulignant que les petites "
        "entreprises restaient pénalisées par le coût du crédit.",
    ),
    "body_market": (
        "L'action {company} prenait {pct}% en début de séance, faisant mieux que le marché.",
        "L'indice de référence a terminé la séance en hausse de {pct}%, porté par les valeurs "
        "industrielles.",
        "Le groupe publiera ses résultats trimestriels le mois prochain; les analystes tablent "
        "sur un chiffre d'affaires d'environ {money2}.",
    ),
    "body_other": (
        "Un porte-parole s'est refusé à tout autre commentaire, précisant que des détails "
        "seraient donnés dans les semaines à venir.",
        "Les syndicats ont critiqué la décision et réclamé des négociations avec la direction, "
        "tandis que les autorités locales suivent la situation de près.",
        "Ces chiffres sont globalement conformes aux prévisions des économistes interrogés avant "
        "leur publication.",
        "Selon les autorités, environ {num} personnes ont été touchées et les services de "
        "secours restaient mobilisés pendant la nuit.",
    ),
    "quote": (
        '"Nous observons une demande sans précédent", a déclaré aux journalistes {person}, '
        "directeur général.",
        '"C\'est une étape importante pour nos clients et pour toute la branche", a souligné '
        "{person} dans un communiqué.",
    ),
}

T["de"] = {
    "lead_ai_deal": (
        "{vendor} liefert {qty} {unit} an {buyer}, wie die Unternehmen {on_day} mitteilten - "
        "einer der größten Aufträge dieser Art in diesem Jahr.",
        "{buyer} hat bei {vendor} {qty} {unit} vom Typ {product} für neue Rechenzentren in "
        "{country} bestellt, teilte das Unternehmen {on_day} mit.",
        "Ein Auftrag über {money} für {qty} {unit} von {vendor} geht an {buyer}, wie "
        "Insider {on_day} berichteten.",
        "{buyer} will in den kommenden {n} Jahren mindestens {qty} {unit} von {vendor} kaufen, "
        "um seine Rechenkapazität für künstliche Intelligenz auszubauen.",
    ),
    "lead_ai": (
        "{vendor} verspricht für seinen KI-Beschleuniger {product} {pct} Prozent mehr Leistung "
        "pro Watt als beim Vorgänger, wie der Konzern {on_day} auf einer Entwicklerkonferenz "
        "mitteilte.",
        "Die Aktie von {vendor} legte {on_day} um {pct} Prozent zu, weil Anleger auf eine "
        "anhaltend hohe Nachfrage nach KI-Chips setzen.",
        "Ein Programm über {money} für den Aufbau einer heimischen Halbleiterfertigung für "
        "künstliche Intelligenz hat die Regierung {on_day} beschlossen.",
        "{vendor} hat {on_day} ein Umsatzplus von {pct} Prozent im Geschäft mit Chips für "
        "Rechenzentren gemeldet und damit die Erwartungen der Analysten übertroffen.",
    ),
    "lead_kr": (
        "Die Exporte Südkoreas sind im {month} um {pct} Prozent zum Vorjahr gestiegen, getragen "
        "von Autos und Schiffen, wie das Handelsministerium in Seoul {on_day} mitteilte.",
        "{kr} hat einen Auftrag über {money} für den Bau von {n} Flüssiggastankern für eine "
        "europäische Reederei erhalten, teilte der südkoreanische Konzern {on_day} mit.",
        "Die Bank of Korea hat ihren Leitzins {on_day} bei {rate} Prozent belassen und dies mit "
        "der hohen Verschuldung der Haushalte begründet.",
        "Rund {num} Menschen haben {on_day} im Zentrum von Seoul für kürzere Arbeitszeiten "
        "demonstriert, wie die südkoreanische Polizei mitteilte.",
    ),
    "lead_other": (
        "{company} will in den nächsten {n} Jahren {num} Stellen streichen, um angesichts der "
        "schwachen Nachfrage in Europa Kosten zu senken, wie der Konzern {on_day} mitteilte.",
        "Die Inflation im Euroraum ist im {month} auf {rate} Prozent gesunken, wie aus {on_day} "
        "veröffentlichten Daten hervorgeht.",
        "Etwa {num} Pendler saßen {on_day} fest, nachdem Starkregen Bahnstrecken rund um "
        "{ocity} überflutet hatte; {n} Bahnhöfe wurden geschlossen.",
        "{company} übernimmt einen kleineren Konkurrenten für {money} in bar, wie die beiden "
        "Unternehmen {on_day} mitteilten.",
    ),
    "lead_snack": (
        "Kartoffelchips werden um {pct} Prozent teurer, weil eine schlechte Ernte die "
        "Kartoffelpreise getrieben hat, wie ein Snackhersteller {on_day} mitteilte.",
    ),
    "head_ai_deal": (
        "{vendor} liefert {qty} {unit} an {buyer}",
        "{buyer} bestellt {qty} {unit} bei {vendor}",
        "Auftrag über {money} für {vendor}",
    ),
    "head_ai": (
        "{vendor} verspricht {pct} Prozent mehr Effizienz",
        "{vendor}-Aktie steigt um {pct} Prozent",
        "{money} für heimische KI-Chips",
    ),
    "head_kr": (
        "Südkoreas Exporte steigen um {pct} Prozent",
        "{kr} erhält Auftrag über {money}",
        "Bank of Korea belässt Leitzins bei {rate} Prozent",
        "{num} Menschen demonstrieren in Seoul",
    ),
    "head_other": (
        "{company} streicht {num} Stellen",
        "Inflation im Euroraum sinkt auf {rate} Prozent",
        "{num} Pendler nach Unwetter gestrandet",
        "{company} übernimmt Rivalen für {money}",
    ),
    "head_snack": ("Chips werden um {pct} Prozent teurer",),
    "body_ai": (
        "Die Nachfrage nach Beschleunigern für das Training und den Betrieb großer Sprachmodelle "
        "übersteigt seit mehr als zwei Jahren das Angebot, die Lieferzeiten sind lang.",
        "{vendor} lässt seine modernsten Chips bei {foundry} fertigen, wo sie mit Stapeln aus "
        "Speicher mit hoher Bandbreite verbaut werden.",
        "Analysten von {bank} schätzen, dass die Ausgaben für KI-Rechenzentren in diesem Jahr "
        "{money} erreichen werden, {pct} Prozent mehr als im Vorjahr.",
        "Der {product} wird im {nm}-Nanometer-Verfahren gefertigt und vereint mehrere "
        "Rechenchips in einem Gehäuse, wie das Unternehmen erklärte.",
        "Exportkontrollen der US-Regierung beschränken den Verkauf der leistungsfähigsten "
        "KI-Chips nach China; mehrere Hersteller haben langsamere Varianten entwickelt.",
        "Strom ist zum wichtigsten Engpass für neue Rechenzentren geworden, deren Betreiber "
        "langfristige Lieferverträge abschließen.",
    ),
    "body_ai_kr": (
        "In Südkorea sitzen mit Samsung Electronics und SK Hynix die beiden größten "
        "Speicherchiphersteller der Welt; die Regierung in Seoul will auch eine eigene "
        "Industrie für KI-Prozessoren aufbauen.",
        "Koreanische Start-ups wie Rebellions und FuriosaAI entwickeln neuronale Prozessoren für "
        "Rechenzentren und haben Geld von heimischen Investoren eingesammelt.",
        "Die südkoreanische Regierung plant ein nationales KI-Rechenzentrum und verspricht "
        "Zuschüsse für Firmen, die außerhalb der Hauptstadtregion bauen.",
    ),
    "body_deal": (
        "Nach der Vereinbarung erhält {buyer2} rund {qty2} {unit}, der Rest geht an {buyer3}.",
        "Der Auftrag hat Insidern zufolge einen Wert von etwa {money2}; die Unternehmen nannten "
        "keinen Preis.",
        "Die Lieferungen sollen in den kommenden Monaten beginnen und bis Ende {year} "
        "abgeschlossen sein, erklärte {vendor}.",
        "{buyer2} will zudem {qty2} {unit} von {vendor} in einem zweiten Standort installieren, "
        "sagte ein Sprecher.",
    ),
    "body_kr": (
        "Die Regierung in Seoul hat Exporteuren Unterstützung zugesagt, die mit höheren Zöllen "
        "in den USA konfrontiert sind.",
        "Der Won hat seit Jahresbeginn rund {pct} Prozent gegenüber dem Dollar verloren, was "
        "südkoreanische Waren im Ausland verbilligt.",
        "Das Finanzministerium rechnet für dieses Jahr mit einem Wachstum von etwa {rate} "
        "Prozent, weniger als die Notenbank zuvor erwartet hatte.",
        "Wirtschaftsverbände in Seoul begrüßten die Ankündigung, kleinere Firmen litten aber "
        "weiter unter hohen Kreditkosten.",
    ),
    "body_market": (
        "Die Aktie von {company} gewann im frühen Handel {pct} Prozent und entwickelte sich damit "
        "besser als der Gesamtmarkt.",
        "Der Leitindex schloss {pct} Prozent fester, Industriewerte gehörten zu den größten "
        "Gewinnern.",
        "Das Unternehmen legt seine Quartalszahlen im kommenden Monat vor; Analysten erwarten "
        "einen Umsatz von etwa {money2}.",
    ),
    "body_other": (
        "Ein Sprecher wollte sich darüber hinaus nicht äußern und verwies auf Einzelheiten in "
        "den kommenden Wochen.",
        "Gewerkschaften kritisierten die Entscheidung und forderten Gespräche mit der "
        "Geschäftsführung, die Behörden beobachten die Lage.",
        "Die Zahlen lagen weitgehend im Rahmen der Prognosen von Volkswirten, die vorab befragt "
        "worden waren.",
        "Nach Angaben der Behörden waren etwa {num} Menschen betroffen; die Rettungskräfte "
        "blieben über Nacht im Einsatz.",
    ),
    "quote": (
        '"Wir erleben eine Nachfrage wie nie zuvor", sagte Vorstandschef {person} vor '
        "Journalisten.",
        '"Das ist ein wichtiger Schritt für unsere Kunden und die ganze Branche", erklärte '
        "{person} in einer Mitteilung.",
    ),
}

T["ko"] = {
    "lead_ai_deal": (
        "{vendor:이} {buyer}에 {unit} {qty}{counter}를 공급하기로 했다고 {dom}일 밝혔다.",
        "{buyer:은} {vendor}의 {product} {unit} {qty}{counter}를 도입해 {country} 내 데이터센터를 "
        "확충한다고 {dom}일 발표했다.",
        "{vendor:이} {buyer}로부터 {money} 규모의 {unit} {qty}{counter} 공급 계약을 따냈다고 업계가 "
        "{dom}일 전했다.",
        "{buyer:은} 앞으로 {n}년간 {vendor}의 {unit}를 최소 {qty}{counter} 구매해 인공지능 연산 "
        "능력을 키울 계획이라고 {dom}일 밝혔다.",
    ),
    "lead_ai": (
        "{vendor:이} 차세대 AI 가속기 {product}의 전력 대비 성능을 이전 세대보다 {pct}% 높였다고 "
        "{dom}일 밝혔다.",
        "정부가 {money}를 투입해 국산 AI 반도체 생태계를 키우는 계획을 {dom}일 확정했다.",
        "{vendor}의 주가가 {dom}일 {pct}% 올랐다. AI 반도체 수요가 계속될 것이라는 기대가 "
        "반영됐다.",
    ),
    "lead_kr": (
        "{month} 수출이 자동차와 선박 호조에 힘입어 작년 같은 달보다 {pct}% 증가했다고 "
        "산업통상자원부가 {dom}일 밝혔다.",
        "{kr:이} 유럽 선사로부터 {money} 규모의 액화천연가스 운반선 {n}척을 수주했다고 {dom}일 "
        "공시했다.",
        "한국은행이 {dom}일 기준금리를 연 {rate}%로 동결했다. 가계부채와 원화 약세가 고려됐다.",
        "근로시간 단축을 요구하는 집회에 {num}명이 참가했다고 경찰이 {dom}일 밝혔다.",
    ),
    "head_ai_deal": (
        "{vendor}, {buyer}에 {unit} {qty}{counter} 공급",
        "{buyer}, {vendor} {unit} {qty}{counter} 도입",
        "{vendor}, {money} 규모 AI 반도체 수주",
    ),
    "head_ai": (
        "{vendor}, 차세대 가속기 {product} 공개…효율 {pct}%↑",
        "정부, AI 반도체에 {money} 투입",
        "{vendor} 주가 {pct}% 상승",
    ),
    "head_kr": (
        "{month} 수출 {pct}% 증가",
        "{kr}, {money} 규모 LNG선 수주",
        "한은, 기준금리 연 {rate}% 동결",
        "근로시간 단축 요구 집회에 {num}명",
    ),
    "body_ai": (
        "대규모 언어모델을 학습하고 운영하는 데 쓰이는 가속기 수요는 2년 넘게 공급을 웃돌고 있다.",
        "{vendor:은} 최첨단 칩 생산을 {foundry}에 맡기고 있으며, 칩은 고대역폭메모리와 함께 "
        "패키징된다.",
        "{bank}는 올해 AI 데이터센터 투자가 {money}에 이르러 작년보다 {pct}% 늘어날 것으로 "
        "내다봤다.",
        "미국 정부의 수출 통제로 최고 성능 AI 칩의 중국 판매가 제한되고 있다.",
    ),
    "body_ai_kr": (
        "한국에는 세계 1, 2위 메모리 반도체 기업인 삼성전자와 SK하이닉스가 있으며, 정부는 AI "
        "프로세서 산업도 키우겠다는 방침이다.",
        "리벨리온과 퓨리오사AI 같은 국내 스타트업은 데이터센터용 신경망처리장치(NPU)를 개발하고 "
        "있다.",
        "정부는 국가 AI 컴퓨팅 센터를 세우고 수도권 밖에 데이터센터를 짓는 기업에 보조금을 "
        "지원할 계획이다.",
    ),
    "body_deal": (
        "계약에 따라 {buyer2:이} 약 {qty2}{counter}를 받고 나머지는 {buyer3}에 돌아간다.",
        "업계는 계약 규모를 약 {money2}로 추산했으나 두 회사는 금액을 공개하지 않았다.",
        "공급은 수개월 안에 시작돼 {year}년 말까지 마무리될 예정이다.",
        "{buyer2:은} 두 번째 데이터센터에도 {vendor}의 {unit} {qty2}{counter}를 설치할 계획이다.",
    ),
    "body_kr": (
        "정부는 미국의 관세 인상에 직면한 수출 기업을 지원하겠다고 약속했다.",
        "원화는 올해 들어 달러 대비 약 {pct}% 약세를 보여 수출품의 가격 경쟁력이 높아졌다.",
        "기획재정부는 올해 경제성장률을 {rate}% 안팎으로 전망했다.",
        "경제단체들은 발표를 환영하면서도 중소기업의 금융 부담이 여전히 크다고 지적했다.",
    ),
    "body_market": (
        "이날 유가증권시장에서 {company} 주가는 장 초반 {pct}% 올랐다.",
        "코스피는 이날 {pct}% 오른 채 거래를 마쳤다.",
    ),
    "body_other": (
        "회사 측은 구체적인 내용은 앞으로 몇 주 안에 공개하겠다고 설명했다.",
        "노동조합은 결정을 비판하며 경영진과의 대화를 요구했다.",
    ),
    "quote": (
        "{person} 대표는 \"이렇게 큰 수요는 처음\"이라고 말했다.",
        "{person} 대표는 \"고객과 산업 전체에 중요한 한 걸음\"이라고 강조했다.",
    ),
}
# Korean copy is about Korea: no foreign "other" leads; the generator uses lead_kr.
T["ko"]["lead_other"] = T["ko"]["lead_kr"]
T["ko"]["head_other"] = T["ko"]["head_kr"]
T["ko"]["lead_snack"] = T["ko"]["lead_kr"]
T["ko"]["head_snack"] = T["ko"]["head_kr"]

T["es"] = {
    "lead_ai_deal": (
        "{vendor} suministrará {qty} {unit} a {buyer} en virtud de un acuerdo anunciado "
        "{on_day}, uno de los mayores pedidos de este tipo en lo que va de año.",
        "{buyer} ha encargado {qty} {unit} {product} a {vendor} para nuevos centros de datos en "
        "{country}, informó la empresa {on_day}.",
        "Un pedido de {money} por {qty} {unit} de {vendor} será para {buyer}, según fuentes "
        "conocedoras de la operación.",
    ),
    "lead_ai": (
        "{vendor} asegura que su acelerador {product} ofrece un {pct} % más de rendimiento por "
        "vatio que la generación anterior, anunció la compañía {on_day}.",
        "Las acciones de {vendor} subieron un {pct} % {on_day} ante la expectativa de que la "
        "demanda de chips para inteligencia artificial se mantenga.",
    ),
    "lead_kr": (
        "Las exportaciones de Corea del Sur crecieron un {pct} % interanual en {month}, "
        "impulsadas por los automóviles y los barcos, informó {on_day} el Ministerio de "
        "Comercio en Seúl.",
        "El Banco de Corea mantuvo {on_day} su tipo de interés de referencia en el {rate} %, "
        "preocupado por el endeudamiento de los hogares.",
    ),
    "lead_other": (
        "{company} eliminará {num} empleos en los próximos {n} años para reducir costes ante la "
        "débil demanda en Europa, anunció el grupo {on_day}.",
        "La inflación de la eurozona se moderó hasta el {rate} % en {month}, según los datos "
        "publicados {on_day}.",
        "Unos {num} viajeros quedaron atrapados {on_day} después de que las lluvias inundaran "
        "las vías cerca de {ocity}.",
    ),
    "lead_snack": (
        "El precio de las patatas fritas subirá un {pct} % tras una mala cosecha, anunció "
        "{on_day} un fabricante de aperitivos.",
    ),
    "head_ai_deal": ("{vendor} suministrará {qty} {unit} a {buyer}",
                     "{buyer} encarga {qty} {unit} a {vendor}"),
    "head_ai": ("{vendor} promete un {pct} % más de eficiencia",
                "Las acciones de {vendor} suben un {pct} %"),
    "head_kr": ("Las exportaciones surcoreanas crecen un {pct} %",
                "El Banco de Corea mantiene los tipos en el {rate} %"),
    "head_other": ("{company} eliminará {num} empleos", "La inflación baja al {rate} %",
                   "{num} viajeros atrapados por las lluvias"),
    "head_snack": ("Las patatas fritas subirán un {pct} %",),
    "body_ai": (
        "La demanda de aceleradores para entrenar y ejecutar grandes modelos de lenguaje supera "
        "a la oferta desde hace más de dos años.",
        "{vendor} encarga la fabricación de sus chips más avanzados a {foundry}, que los "
        "integra con memoria de alto ancho de banda.",
        "Los analistas de {bank} calculan que el gasto en centros de datos de inteligencia "
        "artificial alcanzará {money} este año, un {pct} % más que el anterior.",
        "Los controles de exportación de Washington limitan la venta a China de los chips de "
        "inteligencia artificial más potentes.",
    ),
    "body_ai_kr": (
        "Corea del Sur es la sede de Samsung Electronics y SK Hynix, los dos mayores fabricantes "
        "de memoria del mundo, y el Gobierno quiere crear también una industria de procesadores "
        "de inteligencia artificial.",
        "Empresas emergentes coreanas como Rebellions y FuriosaAI diseñan procesadores "
        "neuronales para centros de datos.",
    ),
    "body_deal": (
        "Según el acuerdo, {buyer2} recibirá unos {qty2} {unit} y el resto será para {buyer3}.",
        "El pedido ronda los {money2}, según personas conocedoras del asunto, aunque ninguna de "
        "las dos empresas reveló el precio.",
        "Las entregas comenzarán en los próximos meses y concluirán a finales de {year}, "
        "precisó {vendor}.",
    ),
    "body_kr": (
        "El Gobierno de Seúl prometió apoyar a los exportadores afectados por los aranceles de "
        "Estados Unidos.",
        "El won se ha depreciado alrededor de un {pct} % frente al dólar en lo que va de año.",
        "El Ministerio de Finanzas prevé un crecimiento de alrededor del {rate} % este año.",
    ),
    "body_market": (
        "Las acciones de {company} subían un {pct} % en las primeras operaciones.",
        "El índice de referencia cerró con una subida del {pct} %, impulsado por los valores "
        "industriales.",
    ),
    "body_other": (
        "Un portavoz declinó hacer más comentarios y dijo que se darán detalles en las próximas "
        "semanas.",
        "Los sindicatos criticaron la decisión y pidieron negociar con la dirección.",
        "Las cifras coinciden en líneas generales con las previsiones de los economistas.",
    ),
    "quote": (
        '"Vemos una demanda como nunca antes", declaró a la prensa {person}, consejero delegado.',
        '"Es un paso importante para nuestros clientes y para todo el sector", afirmó {person} '
        "en un comunicado.",
    ),
}

T["it"] = {
    "lead_ai_deal": (
        "{vendor} fornirà {qty} {unit} a {buyer} in base a un accordo annunciato {on_day}, "
        "uno dei maggiori ordini di questo tipo dell'anno.",
        "{buyer} ha ordinato {qty} {unit} {product} a {vendor} per nuovi centri dati in "
        "{country}, ha reso noto la società {on_day}.",
        "Un ordine da {money} per {qty} {unit} di {vendor} andrà a {buyer}, secondo fonti "
        "vicine al dossier.",
    ),
    "lead_ai": (
        "{vendor} promette un aumento del {pct}% delle prestazioni per watt con il suo "
        "acceleratore {product}, ha annunciato {on_day} la società.",
        "Le azioni di {vendor} sono salite del {pct}% {on_day}, con gli investitori che "
        "scommettono su una domanda duratura di chip per l'intelligenza artificiale.",
    ),
    "lead_kr": (
        "Le esportazioni della Corea del Sud sono cresciute del {pct}% su base annua a "
        "{month}, trainate da auto e navi, ha reso noto {on_day} il ministero del commercio di "
        "Seul.",
        "La Banca di Corea ha lasciato {on_day} il tasso di riferimento al {rate}%, citando "
        "l'indebitamento delle famiglie.",
    ),
    "lead_other": (
        "{company} taglierà {num} posti di lavoro nei prossimi {n} anni per ridurre i costi a "
        "fronte di una domanda debole in Europa, ha annunciato il gruppo {on_day}.",
        "L'inflazione nell'eurozona è scesa al {rate}% a {month}, secondo i dati diffusi "
        "{on_day}.",
        "Circa {num} pendolari sono rimasti bloccati {on_day} dopo che le piogge hanno allagato "
        "i binari vicino a {ocity}.",
    ),
    "lead_snack": (
        "Il prezzo delle patatine salirà del {pct}% dopo un cattivo raccolto di patate, ha "
        "annunciato {on_day} un produttore di snack.",
    ),
    "head_ai_deal": ("{vendor} fornirà {qty} {unit} a {buyer}",
                     "{buyer} ordina {qty} {unit} a {vendor}"),
    "head_ai": ("{vendor} promette il {pct}% di efficienza in più",
                "{vendor} sale del {pct}% in Borsa"),
    "head_kr": ("Corea del Sud, export in crescita del {pct}%",
                "La Banca di Corea lascia i tassi al {rate}%"),
    "head_other": ("{company} taglia {num} posti", "Eurozona, inflazione al {rate}%",
                   "Maltempo, {num} pendolari bloccati"),
    "head_snack": ("Patatine più care del {pct}%",),
    "body_ai": (
        "La domanda di acceleratori per addestrare e far funzionare i grandi modelli linguistici "
        "supera l'offerta da oltre due anni.",
        "{vendor} affida la produzione dei suoi chip più avanzati a {foundry}, che li assembla "
        "con memoria ad alta larghezza di banda.",
        "Gli analisti di {bank} stimano che la spesa per i centri dati dedicati all'intelligenza "
        "artificiale raggiungerà {money} quest'anno, il {pct}% in più rispetto all'anno scorso.",
        "I controlli sulle esportazioni decisi da Washington limitano la vendita alla Cina dei "
        "chip più potenti.",
    ),
    "body_ai_kr": (
        "La Corea del Sud ospita Samsung Electronics e SK Hynix, i due maggiori produttori di "
        "memorie al mondo, e il governo vuole sviluppare anche un'industria di processori per "
        "l'intelligenza artificiale.",
        "Start-up coreane come Rebellions e FuriosaAI progettano processori neurali per i centri "
        "dati.",
    ),
    "body_deal": (
        "In base all'accordo, {buyer2} riceverà circa {qty2} {unit}, mentre il resto andrà a "
        "{buyer3}.",
        "L'ordine vale circa {money2}, secondo persone informate, anche se nessuna delle due "
        "società ha indicato il prezzo.",
        "Le consegne inizieranno nei prossimi mesi e si concluderanno entro la fine del {year}, "
        "ha precisato {vendor}.",
    ),
    "body_kr": (
        "Il governo di Seul ha promesso sostegno agli esportatori colpiti dai dazi statunitensi.",
        "Il won ha perso circa il {pct}% sul dollaro dall'inizio dell'anno.",
        "Il ministero delle finanze prevede una crescita di circa il {rate}% quest'anno.",
    ),
    "body_market": (
        "Le azioni di {company} guadagnavano il {pct}% in avvio di seduta.",
        "L'indice di riferimento ha chiuso in rialzo del {pct}%, sostenuto dai titoli "
        "industriali.",
    ),
    "body_other": (
        "Un portavoce non ha voluto aggiungere altro, spiegando che i dettagli saranno resi noti "
        "nelle prossime settimane.",
        "I sindacati hanno criticato la decisione e chiesto un incontro con i vertici "
        "dell'azienda.",
        "I dati sono in linea con le previsioni degli economisti.",
    ),
    "quote": (
        '"Vediamo una domanda mai vista prima", ha detto ai giornalisti {person}, amministratore '
        "delegato.",
        '"È un passo importante per i nostri clienti e per tutto il settore", ha dichiarato '
        "{person} in una nota.",
    ),
}

T["ja"] = {
    "lead_ai_deal": (
        "{vendor}は{dom}日、{buyer}に{unit}{qty}{counter}を供給すると発表した。今年最大級の受注となる。",
        "{buyer}は{dom}日、{vendor}の{product}{unit}{qty}{counter}を導入し、{country}のデータセンターを"
        "増強すると明らかにした。",
        "{vendor}が{buyer}から{unit}{qty}{counter}、総額{money}の受注を獲得したことが{dom}日、関係者の"
        "話で分かった。",
    ),
    "lead_ai": (
        "{vendor}は{dom}日、次世代AIアクセラレーター「{product}」の電力効率が前世代より{pct}%向上すると"
        "発表した。",
        "{vendor}の株価が{dom}日、{pct}%上昇した。AI半導体の需要が続くとの見方が広がった。",
    ),
    "lead_kr": (
        "韓国の{month}の輸出は前年同月比{pct}%増加した。自動車と船舶がけん引したと、韓国政府が{dom}日"
        "発表した。",
        "韓国銀行は{dom}日、政策金利を{rate}%に据え置いた。家計債務とウォン安を考慮した。",
    ),
    "lead_other": (
        "{company}は{dom}日、今後{n}年で{num}人の人員を削減すると発表した。欧州の需要低迷に対応する。",
        "ユーロ圏の{month}の物価上昇率は{rate}%に鈍化したと、{dom}日発表の統計で分かった。",
        "大雨で線路が冠水し、{dom}日、約{num}人の通勤客が足止めされた。",
    ),
    "lead_snack": (
        "スナック菓子メーカーは{dom}日、ジャガイモの不作を受けてポテトチップスを{pct}%値上げすると発表した。",
    ),
    "head_ai_deal": ("{vendor}、{buyer}に{unit}{qty}{counter}供給", "{buyer}、{vendor}製{unit}を"
                     "{qty}{counter}導入"),
    "head_ai": ("{vendor}、新型AI半導体を発表　効率{pct}%向上", "{vendor}株が{pct}%上昇"),
    "head_kr": ("韓国の輸出、{pct}%増", "韓国銀行、政策金利を{rate}%に据え置き"),
    "head_other": ("{company}、{num}人削減", "ユーロ圏物価上昇率、{rate}%に鈍化",
                   "大雨で{num}人足止め"),
    "head_snack": ("ポテトチップス{pct}%値上げ",),
    "body_ai": (
        "大規模言語モデルの学習や運用に使うアクセラレーターは、2年以上にわたり需要が供給を上回っている。",
        "{vendor}は最先端の半導体の生産を{foundry}に委託しており、高帯域幅メモリーと組み合わせて"
        "実装している。",
        "{bank}は、今年のAIデータセンター投資が{money}に達し、前年比{pct}%増えると予測している。",
        "米政府の輸出規制により、高性能AI半導体の中国向け販売は制限されている。",
    ),
    "body_ai_kr": (
        "韓国にはメモリー大手のサムスン電子とSKハイニックスがあり、政府はAIプロセッサー産業の育成も"
        "目指している。",
        "リベリオンやフュリオサAIなど韓国の新興企業は、データセンター向けのNPUを開発している。",
    ),
    "body_deal": (
        "契約に基づき、{buyer2}が約{qty2}{counter}を受け取り、残りは{buyer3}に納入される。",
        "契約額は約{money2}とみられるが、両社は金額を明らかにしていない。",
        "納入は数カ月以内に始まり、{year}年末までに完了する予定だ。",
    ),
    "body_kr": (
        "韓国政府は、米国の関税引き上げに直面する輸出企業を支援すると約束した。",
        "ウォンは年初からドルに対して約{pct}%下落している。",
        "韓国の財政当局は、今年の成長率を{rate}%前後と見込んでいる。",
    ),
    "body_market": (
        "{company}の株価は取引開始直後に{pct}%上昇した。",
        "日経平均株価は{pct}%高で取引を終えた。",
    ),
    "body_other": (
        "広報担当者は、詳細は今後数週間以内に公表するとしている。",
        "労働組合は決定を批判し、経営陣との協議を求めた。",
        "数字は事前の市場予想とほぼ一致した。",
    ),
    "quote": (
        "{person}社長は記者団に「これほどの需要は初めてだ」と語った。",
        "{person}社長は声明で「顧客と業界全体にとって重要な一歩だ」と述べた。",
    ),
}

T["nl"] = {
    "lead_ai_deal": (
        "{vendor} levert {qty} {unit} aan {buyer}, zo maakten de bedrijven {on_day} bekend. Het "
        "is een van de grootste orders van dit jaar.",
        "{buyer} heeft {qty} {unit} van het type {product} besteld bij {vendor} voor nieuwe "
        "datacenters in {country}, meldde het bedrijf {on_day}.",
        "Een order van {money} voor {qty} {unit} van {vendor} gaat naar {buyer}, zeggen "
        "ingewijden.",
    ),
    "lead_ai": (
        "{vendor} belooft met zijn AI-versneller {product} {pct} procent meer prestaties per "
        "watt dan de vorige generatie, maakte het bedrijf {on_day} bekend.",
        "Het aandeel {vendor} steeg {on_day} {pct} procent doordat beleggers rekenen op "
        "aanhoudende vraag naar chips voor kunstmatige intelligentie.",
    ),
    "lead_kr": (
        "De export van Zuid-Korea is in {month} met {pct} procent gestegen ten opzichte van een "
        "jaar eerder, dankzij auto's en schepen, meldde het ministerie in Seoel {on_day}.",
        "De Bank of Korea heeft de rente {on_day} op {rate} procent gehouden vanwege de hoge "
        "schulden van huishoudens.",
    ),
    "lead_other": (
        "{company} schrapt de komende {n} jaar {num} banen om de kosten te verlagen nu de vraag "
        "in Europa zwak is, maakte het concern {on_day} bekend.",
        "De inflatie in de eurozone is in {month} gedaald tot {rate} procent, blijkt uit {on_day} "
        "gepubliceerde cijfers.",
        "Ongeveer {num} reizigers strandden {on_day} nadat hevige regen het spoor bij {ocity} "
        "onder water had gezet.",
    ),
    "lead_snack": (
        "Chips worden {pct} procent duurder na een slechte aardappeloogst, maakte een "
        "snackfabrikant {on_day} bekend.",
    ),
    "head_ai_deal": ("{vendor} levert {qty} {unit} aan {buyer}",
                     "{buyer} bestelt {qty} {unit} bij {vendor}"),
    "head_ai": ("{vendor} belooft {pct} procent zuiniger chip", "Aandeel {vendor} {pct} procent hoger"),
    "head_kr": ("Export Zuid-Korea {pct} procent hoger", "Bank of Korea houdt rente op {rate} procent"),
    "head_other": ("{company} schrapt {num} banen", "Inflatie eurozone daalt tot {rate} procent",
                   "{num} reizigers gestrand door wateroverlast"),
    "head_snack": ("Chips {pct} procent duurder",),
    "body_ai": (
        "De vraag naar versnellers voor het trainen en draaien van grote taalmodellen is al meer "
        "dan twee jaar groter dan het aanbod.",
        "{vendor} laat zijn meest geavanceerde chips maken door {foundry}, waar ze worden "
        "gecombineerd met geheugen met een hoge bandbreedte.",
        "Analisten van {bank} verwachten dat de uitgaven aan AI-datacenters dit jaar {money} "
        "bereiken, {pct} procent meer dan vorig jaar.",
        "Exportbeperkingen van Washington beperken de verkoop van de krachtigste AI-chips aan "
        "China.",
    ),
    "body_ai_kr": (
        "Zuid-Korea is de thuisbasis van Samsung Electronics en SK Hynix, de twee grootste "
        "geheugenchipmakers ter wereld, en de regering wil ook een eigen industrie voor "
        "AI-processors opbouwen.",
        "Koreaanse start-ups als Rebellions en FuriosaAI ontwerpen neurale processors voor "
        "datacenters.",
    ),
    "body_deal": (
        "Volgens de afspraak krijgt {buyer2} ongeveer {qty2} {unit}, de rest gaat naar {buyer3}.",
        "De order is volgens ingewijden ongeveer {money2} waard, maar de bedrijven noemden geen "
        "prijs.",
        "De leveringen beginnen de komende maanden en moeten eind {year} klaar zijn, aldus "
        "{vendor}.",
    ),
    "body_kr": (
        "De regering in Seoel heeft exporteurs steun beloofd nu de Verenigde Staten de "
        "importheffingen verhogen.",
        "De won is dit jaar ongeveer {pct} procent minder waard geworden ten opzichte van de "
        "dollar.",
        "Het ministerie van Financiën verwacht dit jaar een groei van ongeveer {rate} procent.",
    ),
    "body_market": (
        "Het aandeel {company} won in de vroege handel {pct} procent.",
        "De AEX sloot {pct} procent hoger, met industriële fondsen bij de grootste stijgers.",
    ),
    "body_other": (
        "Een woordvoerder wilde verder niet reageren en zei dat de komende weken meer details "
        "volgen.",
        "Vakbonden bekritiseerden het besluit en willen overleg met de directie.",
        "De cijfers kwamen grotendeels overeen met de verwachtingen van economen.",
    ),
    "quote": (
        '"We zien een vraag als nooit tevoren", zei topman {person} tegen journalisten.',
        '"Dit is een belangrijke stap voor onze klanten en de hele sector", aldus {person} in '
        "een verklaring.",
    ),
}

T["pt"] = {
    "lead_ai_deal": (
        "A {vendor} vai fornecer {qty} {unit} à {buyer} ao abrigo de um acordo anunciado "
        "{on_day}, uma das maiores encomendas do género este ano.",
        "A {buyer} encomendou {qty} {unit} {product} à {vendor} para novos centros de dados em "
        "{country}, informou a empresa {on_day}.",
        "Uma encomenda de {money} para {qty} {unit} da {vendor} vai para a {buyer}, segundo "
        "fontes próximas do negócio.",
    ),
    "lead_ai": (
        "A {vendor} promete {pct}% mais desempenho por watt com o acelerador {product} face à "
        "geração anterior, anunciou a empresa {on_day}.",
        "As ações da {vendor} subiram {pct}% {on_day}, com os investidores a apostar numa procura "
        "duradoura de chips para inteligência artificial.",
    ),
    "lead_kr": (
        "As exportações da Coreia do Sul cresceram {pct}% em {month} face ao mesmo mês do ano "
        "passado, impulsionadas por automóveis e navios, informou {on_day} o ministério do "
        "comércio em Seul.",
        "O Banco da Coreia manteve {on_day} a taxa de juro de referência em {rate}%, devido ao "
        "endividamento das famílias.",
    ),
    "lead_other": (
        "A {company} vai cortar {num} postos de trabalho nos próximos {n} anos para reduzir "
        "custos perante a fraca procura na Europa, anunciou o grupo {on_day}.",
        "A inflação na zona euro abrandou para {rate}% em {month}, segundo dados divulgados "
        "{on_day}.",
        "Cerca de {num} passageiros ficaram retidos {on_day} depois de chuvas fortes terem "
        "inundado a linha férrea perto de {ocity}.",
    ),
    "lead_snack": (
        "O preço das batatas fritas vai subir {pct}% depois de uma má colheita, anunciou "
        "{on_day} um fabricante de aperitivos.",
    ),
    "head_ai_deal": ("{vendor} vai fornecer {qty} {unit} à {buyer}",
                     "{buyer} encomenda {qty} {unit} à {vendor}"),
    "head_ai": ("{vendor} promete mais {pct}% de eficiência", "Ações da {vendor} sobem {pct}%"),
    "head_kr": ("Exportações sul-coreanas crescem {pct}%", "Banco da Coreia mantém juros em {rate}%"),
    "head_other": ("{company} corta {num} empregos", "Inflação na zona euro abranda para {rate}%",
                   "{num} passageiros retidos pelas chuvas"),
    "head_snack": ("Batatas fritas {pct}% mais caras",),
    "body_ai": (
        "A procura de aceleradores para treinar e executar grandes modelos de linguagem supera a "
        "oferta há mais de dois anos.",
        "A {vendor} encomenda o fabrico dos seus chips mais avançados à {foundry}, que os "
        "combina com memória de elevada largura de banda.",
        "Os analistas do {bank} estimam que o investimento em centros de dados de inteligência "
        "artificial chegue a {money} este ano, mais {pct}% do que no ano passado.",
        "Os controlos de exportação de Washington limitam a venda dos chips mais potentes à "
        "China.",
    ),
    "body_ai_kr": (
        "A Coreia do Sul é a sede da Samsung Electronics e da SK Hynix, os dois maiores "
        "fabricantes de memória do mundo, e o Governo quer criar também uma indústria de "
        "processadores de inteligência artificial.",
        "Empresas emergentes coreanas como a Rebellions e a FuriosaAI desenvolvem processadores "
        "neuronais para centros de dados.",
    ),
    "body_deal": (
        "Segundo o acordo, a {buyer2} vai receber cerca de {qty2} {unit} e o restante vai para "
        "a {buyer3}.",
        "A encomenda vale cerca de {money2}, segundo pessoas a par do assunto, embora nenhuma "
        "das empresas tenha revelado o preço.",
        "As entregas começam nos próximos meses e devem estar concluídas até ao final de "
        "{year}, precisou a {vendor}.",
    ),
    "body_kr": (
        "O Governo de Seul prometeu apoiar os exportadores afetados pelas tarifas dos Estados "
        "Unidos.",
        "O won desvalorizou cerca de {pct}% face ao dólar desde o início do ano.",
        "O ministério das finanças prevê um crescimento de cerca de {rate}% este ano.",
    ),
    "body_market": (
        "As ações da {company} subiam {pct}% no início da sessão.",
        "O principal índice fechou em alta de {pct}%, com as empresas industriais entre as que "
        "mais ganharam.",
    ),
    "body_other": (
        "Um porta-voz recusou fazer mais comentários, afirmando que serão dados pormenores nas "
        "próximas semanas.",
        "Os sindicatos criticaram a decisão e pediram negociações com a administração.",
        "Os números ficaram em linha com as previsões dos economistas.",
    ),
    "quote": (
        '"Estamos a ver uma procura como nunca", disse aos jornalistas {person}, presidente '
        "executivo.",
        '"É um passo importante para os nossos clientes e para todo o setor", afirmou {person} '
        "em comunicado.",
    ),
}

# Background paragraphs that fit most business stories, and more chip context.
_MORE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "body_bg": (
            "The announcement comes at a time of slowing growth in several large economies, "
            "with companies cautious about new investment until the outlook for trade becomes "
            "clearer.",
            "Central banks have cut interest rates {n} times since the start of last year, but "
            "borrowing costs for smaller companies remain well above their pre-pandemic level.",
            "In its latest outlook, the International Monetary Fund forecast world growth of "
            "{rate} percent this year and warned that higher tariffs could weigh on trade.",
            "The group employs about {num} people worldwide and generated revenue of {money2} "
            "last year, according to its annual report.",
            "Investors will be watching whether the company confirms its guidance for the full "
            "year when it reports results in the coming weeks.",
            "Consumer confidence improved slightly in {month}, according to a survey published "
            "earlier this week, although households remain worried about prices.",
        ),
        "body_ai2": (
            "Large cloud providers have said they will keep raising capital spending on AI "
            "infrastructure this year, even as some investors question the returns.",
            "A single rack of the latest accelerators can draw more than 100 kilowatts, which "
            "forces data-centre operators to switch to liquid cooling.",
            "Rivals are trying to win customers with chips designed for inference, the stage "
            "at which trained models answer users' requests.",
        ),
    },
    "fr": {
        "body_bg": (
            "L'annonce intervient alors que la croissance ralentit dans plusieurs grandes "
            "économies et que les entreprises hésitent à investir tant que les perspectives "
            "commerciales restent floues.",
            "Les banques centrales ont abaissé leurs taux {n} fois depuis le début de l'an "
            "dernier, mais le crédit reste cher pour les petites entreprises.",
            "Dans ses dernières prévisions, le Fonds monétaire international table sur une "
            "croissance mondiale de {rate}% cette année et met en garde contre les droits de "
            "douane.",
            "Le groupe emploie quelque {num} personnes dans le monde et a réalisé l'an dernier "
            "un chiffre d'affaires de {money2}, selon son rapport annuel.",
            "Les investisseurs surveilleront si l'entreprise confirme ses objectifs annuels lors "
            "de la publication de ses résultats dans les prochaines semaines.",
            "Le moral des ménages s'est légèrement amélioré en {month}, selon une enquête "
            "publiée cette semaine, même si les prix restent leur principale inquiétude.",
        ),
        "body_ai2": (
            "Les grands fournisseurs de services en nuage ont promis d'augmenter encore leurs "
            "investissements dans l'IA cette année, malgré les doutes de certains investisseurs.",
            "Une seule baie des accélérateurs les plus récents peut consommer plus de 100 "
            "kilowatts, ce qui oblige les exploitants à passer au refroidissement liquide.",
            "Les concurrents tentent de séduire avec des puces conçues pour l'inférence, "
            "l'étape où les modèles entraînés répondent aux requêtes des utilisateurs.",
        ),
    },
    "de": {
        "body_bg": (
            "Die Ankündigung fällt in eine Zeit schwächeren Wachstums in mehreren großen "
            "Volkswirtschaften; viele Unternehmen halten sich mit Investitionen zurück.",
            "Die Notenbanken haben die Zinsen seit Anfang vergangenen Jahres {n} Mal gesenkt, "
            "doch für kleinere Firmen bleiben Kredite teuer.",
            "Der Internationale Währungsfonds rechnet in seiner jüngsten Prognose mit einem "
            "weltweiten Wachstum von {rate} Prozent und warnt vor den Folgen höherer Zölle.",
            "Der Konzern beschäftigt weltweit rund {num} Mitarbeiter und setzte im vergangenen "
            "Jahr {money2} um, wie aus dem Geschäftsbericht hervorgeht.",
            "Anleger dürften genau verfolgen, ob das Unternehmen bei der Vorlage seiner Zahlen "
            "in den kommenden Wochen seine Jahresziele bestätigt.",
            "Die Verbraucherstimmung hellte sich im {month} leicht auf, wie eine in dieser Woche "
            "veröffentlichte Umfrage zeigt.",
        ),
        "body_ai2": (
            "Große Cloud-Anbieter wollen ihre Investitionen in KI-Infrastruktur in diesem Jahr "
            "weiter erhöhen, auch wenn manche Anleger an den Renditen zweifeln.",
            "Ein einziges Rack mit den neuesten Beschleunigern kann mehr als 100 Kilowatt "
            "verbrauchen, weshalb Betreiber auf Flüssigkeitskühlung umstellen.",
            "Konkurrenten werben mit Chips für die Inferenz, also für die Phase, in der "
            "trainierte Modelle die Anfragen der Nutzer beantworten.",
        ),
    },
    "ko": {
        "body_bg": (
            "이번 발표는 주요국의 경기 둔화로 기업들이 신규 투자에 신중한 모습을 보이는 가운데 나왔다. "
            "업계에서는 무역 환경이 분명해질 때까지 관망세가 이어질 것으로 보고 있다.",
            "한국은행은 작년 초 이후 기준금리를 {n}차례 내렸지만 중소기업의 대출 금리는 여전히 높은 "
            "수준이다.",
            "국제통화기금(IMF)은 올해 세계 경제성장률을 {rate}%로 전망하면서 관세 인상이 교역을 "
            "위축시킬 수 있다고 경고했다.",
            "회사는 전 세계에서 약 {num}명을 고용하고 있으며 작년 매출은 {money2}였다고 연차보고서에서 "
            "밝혔다.",
            "투자자들은 회사가 다음 달 실적 발표에서 연간 목표를 유지할지 주목하고 있다.",
            "{month} 소비자심리지수는 소폭 개선됐지만 가계는 여전히 물가를 가장 큰 걱정거리로 꼽았다.",
            "정부는 내수 회복을 위해 하반기에 재정 지출을 앞당겨 집행하겠다고 밝혔다. 전문가들은 "
            "수출 호조가 얼마나 이어질지가 관건이라고 지적했다.",
            "서울 아파트 가격은 {n}주 연속 올랐으며, 금융당국은 가계대출 관리를 강화하겠다고 밝혔다.",
        ),
        "body_ai2": (
            "대형 클라우드 기업들은 일부 투자자의 우려에도 올해 AI 인프라 투자를 더 늘리겠다고 "
            "밝혔다.",
            "최신 가속기를 탑재한 서버 랙 하나가 100킬로와트 이상의 전력을 쓰기 때문에 데이터센터 "
            "운영사들은 액체 냉각 방식으로 전환하고 있다.",
            "경쟁사들은 학습된 모델이 사용자 요청에 답하는 추론 단계에 특화된 칩으로 고객을 공략하고 "
            "있다.",
            "반도체 업계는 고대역폭메모리(HBM) 수요가 내년에도 공급을 웃돌 것으로 내다보고 있다.",
        ),
    },
    "es": {
        "body_bg": (
            "El anuncio llega en un momento de desaceleración en varias grandes economías, con "
            "empresas prudentes a la hora de invertir hasta que se aclare el panorama comercial.",
            "Los bancos centrales han bajado los tipos {n} veces desde principios del año "
            "pasado, pero el crédito sigue siendo caro para las pequeñas empresas.",
            "El Fondo Monetario Internacional prevé un crecimiento mundial del {rate} % este año "
            "y advierte de que los aranceles podrían frenar el comercio.",
            "El grupo emplea a unas {num} personas en todo el mundo y facturó {money2} el año "
            "pasado, según su informe anual.",
            "Los inversores estarán atentos a si la empresa confirma sus objetivos anuales cuando "
            "presente resultados en las próximas semanas.",
            "La confianza del consumidor mejoró ligeramente en {month}, según una encuesta "
            "publicada esta semana.",
        ),
        "body_ai2": (
            "Los grandes proveedores de servicios en la nube aseguran que seguirán aumentando su "
            "inversión en infraestructura de inteligencia artificial este año.",
            "Un solo bastidor con los aceleradores más recientes puede consumir más de 100 "
            "kilovatios, lo que obliga a los operadores a recurrir a la refrigeración líquida.",
            "Los competidores intentan atraer clientes con chips diseñados para la inferencia, "
            "la fase en la que los modelos entrenados responden a los usuarios.",
        ),
    },
    "it": {
        "body_bg": (
            "L'annuncio arriva in una fase di rallentamento della crescita in diverse grandi "
            "economie, con le imprese caute sui nuovi investimenti.",
            "Le banche centrali hanno tagliato i tassi {n} volte dall'inizio dell'anno scorso, "
            "ma il credito resta caro per le piccole imprese.",
            "Il Fondo monetario internazionale prevede una crescita mondiale del {rate}% "
            "quest'anno e avverte che i dazi potrebbero frenare il commercio.",
            "Il gruppo impiega circa {num} persone nel mondo e l'anno scorso ha registrato "
            "ricavi per {money2}, secondo il bilancio annuale.",
            "Gli investitori guarderanno se la società confermerà gli obiettivi annuali alla "
            "presentazione dei conti nelle prossime settimane.",
            "La fiducia dei consumatori è leggermente migliorata a {month}, secondo un sondaggio "
            "pubblicato questa settimana.",
        ),
        "body_ai2": (
            "I grandi fornitori di servizi cloud hanno annunciato che aumenteranno ancora gli "
            "investimenti in infrastrutture per l'intelligenza artificiale quest'anno.",
            "Un singolo rack con gli acceleratori più recenti può assorbire oltre 100 kilowatt, "
            "costringendo i gestori a passare al raffreddamento a liquido.",
            "I concorrenti puntano su chip progettati per l'inferenza, la fase in cui i modelli "
            "addestrati rispondono alle richieste degli utenti.",
        ),
    },
    "ja": {
        "body_bg": (
            "今回の発表は、主要国の景気減速を受けて企業が新規投資に慎重になる中で行われた。市場関係者の"
            "間では、通商環境が明確になるまで様子見が続くとの見方が多い。",
            "各国の中央銀行は昨年初め以降、{n}回にわたり利下げを実施したが、中小企業の借り入れコストは"
            "依然として高い水準にある。",
            "国際通貨基金（IMF）は最新の見通しで、今年の世界経済の成長率を{rate}%と予測し、関税引き上げが"
            "貿易を冷え込ませる恐れがあると警告した。",
            "同社は世界で約{num}人の従業員を抱え、昨年の売上高は{money2}だったと年次報告書で明らかにして"
            "いる。",
            "投資家は、同社が来月の決算発表で通期の業績見通しを維持するかどうかに注目している。",
            "{month}の消費者態度指数はわずかに改善したが、家計は引き続き物価の上昇を懸念している。",
            "政府は景気を下支えするため、公共投資の前倒し執行を検討していると関係者は話した。",
            "円相場は1ドル＝150円前後で推移しており、輸出企業の収益を押し上げている。",
        ),
        "body_ai2": (
            "大手クラウド企業は、一部の投資家の懸念をよそに、今年もAIインフラへの設備投資を増やす方針を"
            "示している。",
            "最新のアクセラレーターを搭載したサーバーラック1台で100キロワットを超える電力を消費するため、"
            "データセンター事業者は液体冷却への切り替えを進めている。",
            "競合各社は、学習済みモデルが利用者の要求に応える推論処理向けの半導体で顧客の獲得を狙って"
            "いる。",
            "半導体業界では、高帯域幅メモリー（HBM）の需要が来年も供給を上回るとの見方が強い。",
        ),
    },
    "nl": {
        "body_bg": (
            "De aankondiging komt op een moment dat de groei in verschillende grote economieën "
            "vertraagt en bedrijven voorzichtig zijn met nieuwe investeringen.",
            "Centrale banken hebben de rente sinds begin vorig jaar {n} keer verlaagd, maar "
            "lenen blijft duur voor kleinere bedrijven.",
            "Het Internationaal Monetair Fonds verwacht dit jaar een wereldwijde groei van "
            "{rate} procent en waarschuwt voor de gevolgen van hogere importheffingen.",
            "Het concern heeft wereldwijd ongeveer {num} medewerkers en behaalde vorig jaar een "
            "omzet van {money2}, blijkt uit het jaarverslag.",
            "Beleggers letten erop of het bedrijf bij de cijfers in de komende weken zijn "
            "jaardoelen bevestigt.",
            "Het consumentenvertrouwen verbeterde in {month} licht, blijkt uit een deze week "
            "gepubliceerde enquête.",
        ),
        "body_ai2": (
            "Grote cloudbedrijven zeggen dit jaar nog meer te investeren in AI-infrastructuur, "
            "ook al twijfelen sommige beleggers aan het rendement.",
            "Eén rek met de nieuwste versnellers kan meer dan 100 kilowatt verbruiken, waardoor "
            "exploitanten overstappen op vloeistofkoeling.",
            "Concurrenten proberen klanten te winnen met chips voor inferentie, de fase waarin "
            "getrainde modellen vragen van gebruikers beantwoorden.",
        ),
    },
    "pt": {
        "body_bg": (
            "O anúncio surge numa altura de abrandamento do crescimento em várias grandes "
            "economias, com as empresas cautelosas nos novos investimentos.",
            "Os bancos centrais cortaram os juros {n} vezes desde o início do ano passado, mas o "
            "crédito continua caro para as pequenas empresas.",
            "O Fundo Monetário Internacional prevê um crescimento mundial de {rate}% este ano e "
            "alerta que as tarifas podem travar o comércio.",
            "O grupo emprega cerca de {num} pessoas em todo o mundo e faturou {money2} no ano "
            "passado, segundo o relatório anual.",
            "Os investidores vão acompanhar se a empresa confirma as metas anuais quando "
            "apresentar resultados nas próximas semanas.",
            "A confiança dos consumidores melhorou ligeiramente em {month}, segundo um inquérito "
            "publicado esta semana.",
        ),
        "body_ai2": (
            "Os grandes fornecedores de serviços na nuvem afirmam que vão continuar a aumentar o "
            "investimento em infraestrutura de inteligência artificial este ano.",
            "Um único bastidor com os aceleradores mais recentes pode consumir mais de 100 "
            "quilowatts, o que obriga os operadores a recorrer ao arrefecimento líquido.",
            "Os concorrentes tentam conquistar clientes com chips concebidos para a inferência, "
            "a fase em que os modelos treinados respondem aos utilizadores.",
        ),
    },
}
for _lang, _pools in _MORE.items():
    T[_lang].update(_pools)

# More Korea and AI leads where the first lists are short, each with a number early.
T["ko"]["lead_kr"] = (
    *T["ko"]["lead_kr"],
    "올해 {n}번째 대형 수주로, {kr:이} 중동 발주처와 {money} 규모의 플랜트 공사 계약을 맺었다고 "
    "{dom}일 공시했다.",
    "{num}명이 몰린 가운데 부산에서 열린 국제 해양산업 박람회가 {dom}일 개막했다.",
    "지난달 취업자 수가 1년 전보다 {num}명 늘었다고 통계청이 {dom}일 발표했다.",
)
T["ko"]["head_kr"] = (
    *T["ko"]["head_kr"],
    "{kr}, {money} 규모 플랜트 수주",
    "부산 해양산업 박람회에 {num}명",
    "취업자 {num}명 증가",
)
for _lang, _extra_kr, _extra_head in (
    ("ja", ("韓国の{month}の就業者数は前年同月比{num}人増えたと、韓国統計庁が{dom}日発表した。",
            "{kr}は{dom}日、中東の発注先と{money}規模のプラント工事契約を結んだと発表した。"),
     ("韓国の就業者、{num}人増", "{kr}、{money}のプラント受注")),
    ("es", ("Unas {num} personas se manifestaron {on_day} en el centro de Seúl para pedir una "
            "jornada laboral más corta, según la policía surcoreana.",),
     ("{num} manifestantes en Seúl",)),
    ("it", ("Circa {num} persone hanno manifestato {on_day} nel centro di Seul per chiedere un "
            "orario di lavoro più breve, secondo la polizia sudcoreana.",),
     ("{num} manifestanti a Seul",)),
    ("nl", ("Ongeveer {num} mensen demonstreerden {on_day} in het centrum van Seoel voor kortere "
            "werktijden, aldus de Zuid-Koreaanse politie.",),
     ("{num} demonstranten in Seoel",)),
    ("pt", ("Cerca de {num} pessoas manifestaram-se {on_day} no centro de Seul por horários de "
            "trabalho mais curtos, segundo a polícia sul-coreana.",),
     ("{num} manifestantes em Seul",)),
):
    T[_lang]["lead_kr"] = (*T[_lang]["lead_kr"], *_extra_kr)
    T[_lang]["head_kr"] = (*T[_lang]["head_kr"], *_extra_head)
T["ja"]["lead_ai"] = (
    *T["ja"]["lead_ai"],
    "{money}を投じてAI半導体の国内生産を拡大する計画を、政府が{dom}日決定した。",
    "{vendor}の{dom}日発表の決算で、データセンター向け半導体の売上高が前年同期比{pct}%増えた。",
)
T["ja"]["head_ai"] = (*T["ja"]["head_ai"], "AI半導体に{money}", "{vendor}、データセンター向け{pct}%増収")
T["ja"]["lead_other"] = (
    *T["ja"]["lead_other"],
    "{company}は{dom}日、{money}で同業の中堅企業を買収すると発表した。",
)
T["ja"]["head_other"] = (*T["ja"]["head_other"], "{company}、{money}で同業買収")
