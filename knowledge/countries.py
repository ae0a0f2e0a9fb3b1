"""The world's countries as parties: each one's names, adjectives and seat of government, one line a country.

``actors`` merges this table with its hand-kept one (institutions, buildings, the talks' own parties), so that a
role question works for any country and office ("Belgian PM?", "Latvia's president?") and a demand by any
government is that government's, not a neighbour's or nobody's. Names that are also common first names or words
("Jordan", "Chad", "Guinea" alone) are left to their adjectives, which are not: a false party is worse than none.
A capital is listed only where it is not also a common name or word.
"""

from __future__ import annotations

# Country | its other names and adjectives (lower case, comma separated) | its capital, or nothing
_TABLE = """
Afghanistan|afghan,afghans|kabul
Albania|albanian,albanians|tirana
Algeria|algerian,algerians|algiers
Andorra|andorran|
Angola|angolan,angolans|luanda
Argentina|argentine,argentinian,argentinians|buenos aires
Armenia|armenian,armenians|yerevan
Australia|australian,australians|canberra
Austria|austrian,austrians|vienna
Azerbaijan|azerbaijani,azerbaijanis,azeri|baku
Bahrain|bahraini|manama
Bangladesh|bangladeshi|dhaka
Belgium|belgian,belgians|
Bolivia|bolivian|
Bosnia and Herzegovina|bosnia,bosnian,bosnians|sarajevo
Brazil|brazilian,brazilians|brasilia,brasília
Bulgaria|bulgarian,bulgarians|
Cambodia|cambodian|phnom penh
Cameroon|cameroonian|yaounde
Canada|canadian,canadians|ottawa
Chile|chilean,chileans|
Colombia|colombian,colombians|bogota,bogotá
Croatia|croatian,croatians,croat,croats|zagreb
Cuba|cuban,cubans|havana
Cyprus|cypriot,cypriots|nicosia
Czech Republic|czechia,czech,czechs|prague
Denmark|danish,danes|copenhagen
Egypt|egyptian,egyptians|cairo
Estonia|estonian,estonians|tallinn
Ethiopia|ethiopian,ethiopians|addis ababa
Georgia|georgian,georgians|tbilisi
Ghana|ghanaian,ghanaians|accra
Greece|greek,greeks|athens
Hungary|hungarian,hungarians|budapest
Iceland|icelandic,icelanders|reykjavik
India|indian,indians|new delhi,delhi
Indonesia|indonesian,indonesians|jakarta
Iran|iranian,iranians|tehran
Iraq|iraqi,iraqis|baghdad
Ireland|irish|dublin
Israel|israeli,israelis|jerusalem
Japan|japanese|tokyo
Jordan|jordanian,jordanians|amman
Kazakhstan|kazakh,kazakhs,kazakhstani|astana
Kenya|kenyan,kenyans|nairobi
Kosovo|kosovar,kosovars|pristina
Kuwait|kuwaiti|
Kyrgyzstan|kyrgyz|bishkek
Latvia|latvian,latvians|riga
Lebanon|lebanese|beirut
Libya|libyan,libyans|tripoli
Liechtenstein||vaduz
Lithuania|lithuanian,lithuanians|vilnius
Luxembourg|luxembourgish|
Malaysia|malaysian,malaysians|kuala lumpur
Malta|maltese|valletta
Mexico|mexican,mexicans|
Moldova|moldovan,moldovans|chisinau,chișinău
Monaco|monegasque|
Mongolia|mongolian|ulaanbaatar
Montenegro|montenegrin|podgorica
Morocco|moroccan,moroccans|rabat
Netherlands|the netherlands,holland,dutch|amsterdam,the hague
New Zealand|new zealander,new zealanders|
Nigeria|nigerian,nigerians|abuja
North Korea|north korean,north koreans,dprk|pyongyang
North Macedonia|macedonia,macedonian,macedonians|skopje
Norway|norwegian,norwegians|oslo
Oman|omani|muscat
Pakistan|pakistani,pakistanis|islamabad
Palestine|palestinian,palestinians|ramallah
Peru|peruvian|
Philippines|filipino,filipinos,philippine|manila
Portugal|portuguese|lisbon
Qatar|qatari,qataris|doha
Romania|romanian,romanians|bucharest
San Marino|sammarinese|
Saudi Arabia|saudi,saudis|riyadh
Serbia|serbian,serbians,serb,serbs|belgrade
Singapore|singaporean,singaporeans|
Slovakia|slovak,slovaks,slovakian|bratislava
Slovenia|slovenian,slovenians,slovene|ljubljana
South Africa|south african,south africans|pretoria
South Korea|south korean,south koreans,republic of korea|seoul
Spain|spanish,spaniards|madrid
Sri Lanka|sri lankan|
Sweden|swedish,swedes|stockholm
Switzerland|swiss|bern,berne
Syria|syrian,syrians|damascus
Taiwan|taiwanese|taipei
Tajikistan|tajik,tajiks|dushanbe
Thailand|thai|bangkok
Tunisia|tunisian,tunisians|tunis
Turkmenistan|turkmen|ashgabat
United Arab Emirates|uae,emirati,emiratis,emirates|abu dhabi
Uzbekistan|uzbek,uzbeks|tashkent
Venezuela|venezuelan,venezuelans|caracas
Vietnam|vietnamese|hanoi
Yemen|yemeni,yemenis|sanaa
"""


_NOT_ALONE = frozenset({"jordan"})  # a first name as often as a country: its adjective and capital name it


def _parse(table: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    aliases: dict[str, tuple[str, ...]] = {}
    capitals: set[str] = set()
    for line in table.strip().splitlines():
        country, others, capital = line.split("|")
        own = [] if country.lower() in _NOT_ALONE else [country.lower()]
        names = [*own, *(n for n in others.split(",") if n)]
        seats = [c for c in capital.split(",") if c]
        aliases[country] = tuple(dict.fromkeys(names + seats))
        capitals.update(seats)
    return aliases, frozenset(capitals)


COUNTRY_ALIASES, CAPITALS = _parse(_TABLE)
