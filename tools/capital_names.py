"""The capitals of Natural Earth's populated places, by the English name it gives them: the
country each is the capital of, and their names in Italian, Russian and Kazakh (Cyrillic) for
the capitals of Europe, the Caucasus, Central Asia, the Middle East and the great neighbours
of Kazakhstan. Capitals not translated here keep their English name in every language."""

from __future__ import annotations

RENAMED = {
    "Nur-Sultan": "Astana",  # its name again since 2022
    "København": "Copenhagen",
    "Andorra": "Andorra la Vella",
    "Washington,  D.C.": "Washington, D.C.",
    "Chi?in?u": "Chișinău",  # the source's encoding lost the letters
}
"""English names corrected before anything else is looked up."""

NOT_CAPITALS = frozenset(
    [
        "?saka",
        "Atlanta",
        "Auckland",
        "Baguio",
        "Bengaluru",
        "Bloemfontein",
        "Casablanca",
        "Chengdu",
        "Chicago",
        "Denver",
        "Dubai",
        "Geneva",
        "Houston",
        "Istanbul",
        "Johannesburg",
        "Kolkata",
        "Kyoto",
        "Lagos",
        "Melbourne",
        "Miami",
        "Monterrey",
        "Mumbai",
        "Shanghai",
        "Sydney",
        "Toronto",
        "Vancouver",
        "Valparaíso",
        "Ürümqi",
        "Lobamba",
    ]
) | {
    "Bir Lehlou",
    "Cape Town",
    "Dar es Salaam",
    "Hargeisa",
    "Hong Kong",
    "Laayoune",
    "Los Angeles",
    "New York",
    "Rio de Janeiro",
    "San Francisco",
    "São Paulo",
    "Tel Aviv",
}
"""Places in the source that are large cities or seats of a disputed or second government,
not the capital of a country on the map."""

COUNTRY = dict(
    line.rsplit(" ", 1)
    for line in """Abidjan CI|Abu Dhabi AE|Abuja NG|Accra GH|Addis Ababa ET|Algiers DZ|Amman JO
Amsterdam NL|Andorra la Vella AD|Ankara TR|Antananarivo MG|Apia WS|Ashgabat TM|Asmara ER
Asunción PY|Astana KZ|Athens GR|Baghdad IQ|Baku AZ|Bamako ML|Bandar Seri Begawan BN
Bangkok TH|Bangui CF|Banjul GM|Basseterre KN|Beijing CN|Beirut LB|Belgrade RS|Belmopan BZ
Berlin DE|Bern CH|Bishkek KG|Bissau GW|Bogota CO|Brasília BR|Bratislava SK|Brazzaville CG
Bridgetown BB|Brussels BE|Bucharest RO|Budapest HU|Buenos Aires AR|Bujumbura BI|Cairo EG
Canberra AU|Caracas VE|Castries LC|Chișinău MD|Colombo LK|Conakry GN|Copenhagen DK
Cotonou BJ|Dakar SN|Damascus SY|Dhaka BD|Dili TL|Djibouti DJ|Dodoma TZ|Doha QA|Dublin IE
Dushanbe TJ|Freetown SL|Funafuti TV|Gaborone BW|Georgetown GY|Guatemala City GT|Hanoi VN
Harare ZW|Havana CU|Helsinki FI|Honiara SB|Islamabad PK|Jakarta ID|Jerusalem IL|Juba SS
Kabul AF|Kampala UG|Kathmandu NP|Khartoum SD|Kigali RW|Kingston JM|Kingstown VC
Kinshasa CD|Kuala Lumpur MY|Kuwait City KW|Kyiv UA|La Paz BO|Libreville GA|Lilongwe MW
Lima PE|Lisbon PT|Ljubljana SI|Lomé TG|London GB|Luanda AO|Lusaka ZM|Luxembourg LU
Madrid ES|Majuro MH|Malabo GQ|Malé MV|Managua NI|Manama BH|Manila PH|Maputo MZ|Maseru LS
Mbabane SZ|Melekeok PW|Mexico City MX|Minsk BY|Mogadishu SO|Monaco MC|Monrovia LR
Montevideo UY|Moroni KM|Moscow RU|Muscat OM|N'Djamena TD|Nairobi KE|Nassau BS|Naypyidaw MM
New Delhi IN|Niamey NE|Nicosia CY|Nouakchott MR|Nuku'alofa TO|Oslo NO|Ottawa CA
Ouagadougou BF|Palikir FM|Panama City PA|Paramaribo SR|Paris FR|Phnom Penh KH
Podgorica ME|Port Louis MU|Port Moresby PG|Port Vila VU|Port-au-Prince HT
Port-of-Spain TT|Porto-Novo BJ|Prague CZ|Praia CV|Pretoria ZA|Pristina XK|Putrajaya MY
Pyongyang KP|Quito EC|Rabat MA|Reykjavík IS|Riga LV|Riyadh SA|Rome IT|Roseau DM
Saint George's GD|Saint John's AG|San José CR|San Marino SM|San Salvador SV|Sanaa YE
Santiago CL|Santo Domingo DO|Sarajevo BA|Seoul KR|Singapore SG|Skopje MK|Sofia BG
Sri Jayawardenepura Kotte LK|Stockholm SE|Sucre BO|Suva FJ|São Tomé ST|Taipei TW
Tallinn EE|Tarawa KI|Tashkent UZ|Tbilisi GE|Tegucigalpa HN|Tehran IR|The Hague NL
Thimphu BT|Tirana AL|Tokyo JP|Tripoli LY|Tunis TN|Ulaanbaatar MN|Vaduz LI|Valletta MT
Vatican City VA|Victoria SC|Vienna AT|Vientiane LA|Vilnius LT|Warsaw PL
Washington, D.C. US|Wellington NZ|Windhoek NA|Yamoussoukro CI|Yangon MM|Yaoundé CM
Yerevan AM|Zagreb HR""".replace("\n", "|").split("|")
)
"""The country (ISO 3166-1 alpha-2) each capital is the capital of."""

NAMES = {
    english: dict(zip(("it", "ru", "kk"), names.split("|"), strict=True))
    for english, names in (
        line.split(" = ")
        for line in """Amsterdam = Amsterdam|Амстердам|Амстердам
Andorra la Vella = Andorra la Vella|Андорра-ла-Велья|Андорра-ла-Велья
Athens = Atene|Афины|Афины
Belgrade = Belgrado|Белград|Белград
Berlin = Berlino|Берлин|Берлин
Bern = Berna|Берн|Берн
Bratislava = Bratislava|Братислава|Братислава
Brussels = Bruxelles|Брюссель|Брюссель
Bucharest = Bucarest|Бухарест|Бухарест
Budapest = Budapest|Будапешт|Будапешт
Chișinău = Chișinău|Кишинёв|Кишинев
Copenhagen = Copenaghen|Копенгаген|Копенгаген
Dublin = Dublino|Дублин|Дублин
Helsinki = Helsinki|Хельсинки|Хельсинки
Kyiv = Kiev|Киев|Киев
Lisbon = Lisbona|Лиссабон|Лиссабон
Ljubljana = Lubiana|Любляна|Любляна
London = Londra|Лондон|Лондон
Luxembourg = Lussemburgo|Люксембург|Люксембург
Madrid = Madrid|Мадрид|Мадрид
Minsk = Minsk|Минск|Минск
Monaco = Monaco|Монако|Монако
Moscow = Mosca|Москва|Мәскеу
Nicosia = Nicosia|Никосия|Никосия
Oslo = Oslo|Осло|Осло
Paris = Parigi|Париж|Париж
Podgorica = Podgorica|Подгорица|Подгорица
Prague = Praga|Прага|Прага
Pristina = Pristina|Приштина|Приштина
Reykjavík = Reykjavík|Рейкьявик|Рейкьявик
Riga = Riga|Рига|Рига
Rome = Roma|Рим|Рим
San Marino = San Marino|Сан-Марино|Сан-Марино
Sarajevo = Sarajevo|Сараево|Сараево
Skopje = Skopje|Скопье|Скопье
Sofia = Sofia|София|София
Stockholm = Stoccolma|Стокгольм|Стокгольм
Tallinn = Tallinn|Таллин|Таллин
The Hague = L'Aia|Гаага|Гаага
Tirana = Tirana|Тирана|Тирана
Vaduz = Vaduz|Вадуц|Вадуц
Valletta = La Valletta|Валлетта|Валлетта
Vatican City = Città del Vaticano|Ватикан|Ватикан
Vienna = Vienna|Вена|Вена
Vilnius = Vilnius|Вильнюс|Вильнюс
Warsaw = Varsavia|Варшава|Варшава
Zagreb = Zagabria|Загреб|Загреб
Baku = Baku|Баку|Баку
Tbilisi = Tbilisi|Тбилиси|Тбилиси
Yerevan = Erevan|Ереван|Ереван
Astana = Astana|Астана|Астана
Ashgabat = Aşgabat|Ашхабад|Ашғабат
Bishkek = Biškek|Бишкек|Бішкек
Dushanbe = Dušanbe|Душанбе|Душанбе
Tashkent = Tashkent|Ташкент|Ташкент
Ankara = Ankara|Анкара|Анкара
Tehran = Teheran|Тегеран|Тегеран
Baghdad = Baghdad|Багдад|Бағдат
Damascus = Damasco|Дамаск|Дамаск
Beirut = Beirut|Бейрут|Бейрут
Amman = Amman|Амман|Амман
Jerusalem = Gerusalemme|Иерусалим|Иерусалим
Riyadh = Riad|Эр-Рияд|Эр-Рияд
Kuwait City = Kuwait|Эль-Кувейт|Кувейт
Doha = Doha|Доха|Доха
Abu Dhabi = Abu Dhabi|Абу-Даби|Әбу-Даби
Manama = Manama|Манама|Манама
Muscat = Mascate|Маскат|Маскат
Sanaa = Sana'a|Сана|Сана
Cairo = Il Cairo|Каир|Каир
Kabul = Kabul|Кабул|Кабул
Islamabad = Islamabad|Исламабад|Исламабад
New Delhi = Nuova Delhi|Нью-Дели|Нью-Дели
Beijing = Pechino|Пекин|Бейжің
Tokyo = Tokyo|Токио|Токио
Ulaanbaatar = Ulan Bator|Улан-Батор|Ұлан-Батор
Seoul = Seul|Сеул|Сеул
Pyongyang = Pyongyang|Пхеньян|Пхеньян
Kathmandu = Kathmandu|Катманду|Катманду
Dhaka = Dacca|Дакка|Дакка""".splitlines()
    )
}
"""Italian, Russian and Kazakh names of capitals, by their English name."""
