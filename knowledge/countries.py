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
Antigua and Barbuda|antiguan|
Argentina|argentine,argentinian,argentinians|buenos aires
Armenia|armenian,armenians|yerevan
Australia|australian,australians|canberra
Austria|austrian,austrians|vienna
Azerbaijan|azerbaijani,azerbaijanis,azeri|baku
Bahamas|bahamian,the bahamas|
Bahrain|bahraini|manama
Bangladesh|bangladeshi|dhaka
Barbados|barbadian|bridgetown
Belgium|belgian,belgians|
Belize|belizean|belmopan
Benin|beninese|porto-novo
Bhutan|bhutanese|thimphu
Bolivia|bolivian,bolivians|la paz
Bosnia and Herzegovina|bosnia,bosnian,bosnians|sarajevo
Botswana|botswanan,motswana|gaborone
Brazil|brazilian,brazilians|brasilia,brasília
Brunei|bruneian|
Bulgaria|bulgarian,bulgarians|
Burkina Faso|burkinabe,burkinabé|ouagadougou
Burundi|burundian|gitega
Cabo Verde|cape verde,cape verdean|praia
Cambodia|cambodian|phnom penh
Cameroon|cameroonian|yaounde
Canada|canadian,canadians|ottawa
Central African Republic||bangui
Chile|chilean,chileans|
Colombia|colombian,colombians|bogota,bogotá
Comoros|comorian|moroni
Costa Rica|costa rican|
Croatia|croatian,croatians,croat,croats|zagreb
Cuba|cuban,cubans|havana
Cyprus|cypriot,cypriots|nicosia
Czech Republic|czechia,czech,czechs|prague
Democratic Republic of the Congo|drc,dr congo,congo-kinshasa|kinshasa
Denmark|danish,danes|copenhagen
Djibouti|djiboutian|
Dominican Republic||santo domingo
Ecuador|ecuadorian|quito
Egypt|egyptian,egyptians|cairo
El Salvador|salvadoran|san salvador
Equatorial Guinea|equatoguinean|malabo
Eritrea|eritrean,eritreans|asmara
Estonia|estonian,estonians|tallinn
Eswatini|swazi,swaziland|mbabane
Ethiopia|ethiopian,ethiopians|addis ababa
Fiji|fijian|suva
Gabon|gabonese|libreville
Gambia|gambian,the gambia|banjul
Georgia|georgian,georgians|tbilisi
Ghana|ghanaian,ghanaians|accra
Greece|greek,greeks|athens
Grenada|grenadian|
Guatemala|guatemalan|guatemala city
Guinea-Bissau|bissau-guinean|bissau
Guyana|guyanese|
Haiti|haitian,haitians|port-au-prince
Honduras|honduran|tegucigalpa
Hungary|hungarian,hungarians|budapest
Iceland|icelandic,icelanders|reykjavik
India|indian,indians|new delhi,delhi
Indonesia|indonesian,indonesians|jakarta
Iran|iranian,iranians|tehran
Iraq|iraqi,iraqis|baghdad
Ireland|irish|dublin
Israel|israeli,israelis|jerusalem
Jamaica|jamaican|
Japan|japanese|tokyo
Jordan|jordanian,jordanians|amman
Kazakhstan|kazakh,kazakhs,kazakhstani|astana
Kenya|kenyan,kenyans|nairobi
Kiribati|i-kiribati|tarawa
Kosovo|kosovar,kosovars|pristina
Kuwait|kuwaiti|
Kyrgyzstan|kyrgyz|bishkek
Laos|laotian,lao|vientiane
Latvia|latvian,latvians|riga
Lebanon|lebanese|beirut
Lesotho|basotho|maseru
Liberia|liberian|monrovia
Libya|libyan,libyans|tripoli
Liechtenstein||vaduz
Lithuania|lithuanian,lithuanians|vilnius
Luxembourg|luxembourgish|
Madagascar|malagasy|antananarivo
Malawi|malawian|lilongwe
Malaysia|malaysian,malaysians|kuala lumpur
Maldives|maldivian|
Mali|malian,malians|bamako
Malta|maltese|valletta
Marshall Islands|marshallese|majuro
Mauritania|mauritanian|nouakchott
Mauritius|mauritian|port louis
Mexico|mexican,mexicans|
Micronesia|micronesian|palikir
Moldova|moldovan,moldovans|chisinau,chișinău
Monaco|monegasque|
Mongolia|mongolian|ulaanbaatar
Montenegro|montenegrin|podgorica
Morocco|moroccan,moroccans|rabat
Mozambique|mozambican|maputo
Myanmar|burma,burmese,myanmar's|naypyidaw
Namibia|namibian|windhoek
Nauru|nauruan|
Nepal|nepali,nepalese|kathmandu
Netherlands|the netherlands,holland,dutch|amsterdam,the hague
New Zealand|new zealander,new zealanders|
Nicaragua|nicaraguan|managua
Niger|nigerien|niamey
Nigeria|nigerian,nigerians|abuja
North Korea|north korean,north koreans,dprk|pyongyang
North Macedonia|macedonia,macedonian,macedonians|skopje
Norway|norwegian,norwegians|oslo
Oman|omani|muscat
Pakistan|pakistani,pakistanis|islamabad
Palau|palauan|ngerulmud
Palestine|palestinian,palestinians|ramallah
Panama|panamanian|panama city
Papua New Guinea|papua new guinean|port moresby
Paraguay|paraguayan|asuncion,asunción
Peru|peruvian|
Philippines|filipino,filipinos,philippine|manila
Portugal|portuguese|lisbon
Qatar|qatari,qataris|doha
Republic of the Congo|congo-brazzaville|brazzaville
Romania|romanian,romanians|bucharest
Rwanda|rwandan,rwandans|kigali
Saint Kitts and Nevis|kittitian|basseterre
Saint Lucia|saint lucian|castries
Saint Vincent and the Grenadines|vincentian|kingstown
Samoa|samoan|apia
San Marino|sammarinese|
Sao Tome and Principe|sao tomean|
Saudi Arabia|saudi,saudis|riyadh
Senegal|senegalese|dakar
Serbia|serbian,serbians,serb,serbs|belgrade
Seychelles|seychellois|
Sierra Leone|sierra leonean|freetown
Singapore|singaporean,singaporeans|
Slovakia|slovak,slovaks,slovakian|bratislava
Slovenia|slovenian,slovenians,slovene|ljubljana
Solomon Islands|solomon islander|honiara
Somalia|somali,somalis|mogadishu
South Africa|south african,south africans|pretoria
South Korea|south korean,south koreans,republic of korea|seoul
South Sudan|south sudanese|juba
Spain|spanish,spaniards|madrid
Sri Lanka|sri lankan|
Sudan|sudanese|khartoum
Suriname|surinamese|paramaribo
Sweden|swedish,swedes|stockholm
Switzerland|swiss|bern,berne
Syria|syrian,syrians|damascus
Taiwan|taiwanese|taipei
Tajikistan|tajik,tajiks|dushanbe
Tanzania|tanzanian,tanzanians|dodoma
Thailand|thai|bangkok
Timor-Leste|east timor,timorese|dili
Togo|togolese|lome,lomé
Tonga|tongan|nuku'alofa
Trinidad and Tobago|trinidadian,tobagonian|
Tunisia|tunisian,tunisians|tunis
Turkmenistan|turkmen|ashgabat
Tuvalu|tuvaluan|funafuti
Uganda|ugandan,ugandans|kampala
United Arab Emirates|uae,emirati,emiratis,emirates|abu dhabi
Uruguay|uruguayan|montevideo
Uzbekistan|uzbek,uzbeks|tashkent
Vanuatu|ni-vanuatu|port vila
Venezuela|venezuelan,venezuelans|caracas
Vietnam|vietnamese|hanoi
Yemen|yemeni,yemenis|sanaa
Zambia|zambian,zambians|lusaka
Zimbabwe|zimbabwean,zimbabweans|harare
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
