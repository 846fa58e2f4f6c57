/**
 * Hand-written place lists (general knowledge, written for this project). One country per line:
 * `Country|alias...;demonym|demonym...` — aliases are other names of the same place, demonyms the nationality
 * adjectives and plural nouns that refer to it.
 */
export const COUNTRIES = `
Afghanistan;Afghan|Afghans|Afghani
Albania;Albanian|Albanians
Algeria;Algerian|Algerians
Andorra;Andorran
Angola;Angolan|Angolans
Argentina;Argentine|Argentinian|Argentines|Argentinians
Armenia;Armenian|Armenians
Australia;Australian|Australians|Aussie
Austria;Austrian|Austrians
Azerbaijan;Azerbaijani|Azeri|Azerbaijanis
Bahamas;Bahamian
Bahrain;Bahraini|Bahrainis
Bangladesh;Bangladeshi|Bangladeshis
Barbados;Barbadian
Belarus;Belarusian|Belarusians
Belgium;Belgian|Belgians
Belize;Belizean
Benin;Beninese
Bhutan;Bhutanese
Bolivia;Bolivian|Bolivians
Bosnia and Herzegovina|Bosnia;Bosnian|Bosnians
Botswana;Botswanan
Brazil;Brazilian|Brazilians
Brunei;Bruneian
Bulgaria;Bulgarian|Bulgarians
Burkina Faso;Burkinabe
Burundi;Burundian
Cambodia;Cambodian|Cambodians
Cameroon;Cameroonian|Cameroonians
Canada;Canadian|Canadians
Cape Verde;Cape Verdean
Central African Republic;Central African
Chad;Chadian|Chadians
Chile;Chilean|Chileans
China|PRC|Mainland China;Chinese
Colombia;Colombian|Colombians
Comoros;Comoran
Congo|Democratic Republic of the Congo|DRC|DR Congo;Congolese
Costa Rica;Costa Rican
Croatia;Croatian|Croat|Croats|Croatians
Cuba;Cuban|Cubans
Cyprus;Cypriot|Cypriots
Czech Republic|Czechia;Czech|Czechs
Denmark;Danish|Dane|Danes
Djibouti;Djiboutian
Dominican Republic;Dominican|Dominicans
East Timor|Timor-Leste;Timorese
Ecuador;Ecuadorian|Ecuadorians
Egypt;Egyptian|Egyptians
El Salvador;Salvadoran|Salvadorans
Equatorial Guinea;Equatoguinean
Eritrea;Eritrean|Eritreans
Estonia;Estonian|Estonians
Eswatini|Swaziland;Swazi
Ethiopia;Ethiopian|Ethiopians
Fiji;Fijian|Fijians
Finland;Finnish|Finn|Finns
France;French|Frenchman|Frenchmen
Gabon;Gabonese
Gambia;Gambian
Georgia;Georgian|Georgians
Germany;German|Germans
Ghana;Ghanaian|Ghanaians
Greece;Greek|Greeks
Guatemala;Guatemalan|Guatemalans
Guinea;Guinean|Guineans
Guinea-Bissau;Bissau-Guinean
Guyana;Guyanese
Haiti;Haitian|Haitians
Honduras;Honduran|Hondurans
Hungary;Hungarian|Hungarians
Iceland;Icelandic|Icelander|Icelanders
India;Indian|Indians
Indonesia;Indonesian|Indonesians
Iran;Iranian|Iranians|Persian
Iraq;Iraqi|Iraqis
Ireland;Irish|Irishman
Israel;Israeli|Israelis
Italy;Italian|Italians
Ivory Coast|Cote d'Ivoire;Ivorian|Ivorians
Jamaica;Jamaican|Jamaicans
Japan;Japanese
Jordan;Jordanian|Jordanians
Kazakhstan;Kazakh|Kazakhstani|Kazakhs
Kenya;Kenyan|Kenyans
Kosovo;Kosovar|Kosovan|Kosovars
Kuwait;Kuwaiti|Kuwaitis
Kyrgyzstan;Kyrgyz
Laos;Laotian|Lao
Latvia;Latvian|Latvians
Lebanon;Lebanese
Lesotho;Basotho
Liberia;Liberian|Liberians
Libya;Libyan|Libyans
Liechtenstein;Liechtensteiner
Lithuania;Lithuanian|Lithuanians
Luxembourg;Luxembourgish|Luxembourger
Madagascar;Malagasy
Malawi;Malawian|Malawians
Malaysia;Malaysian|Malaysians
Maldives;Maldivian
Mali;Malian|Malians
Malta;Maltese
Mauritania;Mauritanian|Mauritanians
Mauritius;Mauritian
Mexico;Mexican|Mexicans
Moldova;Moldovan|Moldovans
Monaco;Monegasque
Mongolia;Mongolian|Mongolians
Montenegro;Montenegrin
Morocco;Moroccan|Moroccans
Mozambique;Mozambican|Mozambicans
Myanmar|Burma;Burmese|Myanmarese
Namibia;Namibian|Namibians
Nepal;Nepali|Nepalese
Netherlands|Holland;Dutch|Dutchman
New Zealand;New Zealander|New Zealanders|Kiwi
Nicaragua;Nicaraguan|Nicaraguans
Niger;Nigerien
Nigeria;Nigerian|Nigerians
North Korea|DPRK;North Korean|North Koreans
North Macedonia|Macedonia;Macedonian|Macedonians
Norway;Norwegian|Norwegians
Oman;Omani|Omanis
Pakistan;Pakistani|Pakistanis
Palestine|Palestinian Territories;Palestinian|Palestinians
Panama;Panamanian|Panamanians
Papua New Guinea;Papua New Guinean
Paraguay;Paraguayan|Paraguayans
Peru;Peruvian|Peruvians
Philippines;Filipino|Philippine|Filipinos
Poland;Polish|Pole|Poles
Portugal;Portuguese
Qatar;Qatari|Qataris
Romania;Romanian|Romanians
Russia|Russian Federation;Russian|Russians
Rwanda;Rwandan|Rwandans
Saudi Arabia;Saudi|Saudis
Senegal;Senegalese
Serbia;Serbian|Serb|Serbs|Serbians
Sierra Leone;Sierra Leonean
Singapore;Singaporean|Singaporeans
Slovakia;Slovak|Slovakian|Slovaks
Slovenia;Slovenian|Slovene|Slovenians
Somalia;Somali|Somalis
South Africa;South African|South Africans
South Korea|Korea|Republic of Korea|ROK;South Korean|South Koreans|Korean|Koreans
South Sudan;South Sudanese
Spain;Spanish|Spaniard|Spaniards
Sri Lanka;Sri Lankan|Sri Lankans
Sudan;Sudanese
Suriname;Surinamese
Sweden;Swedish|Swede|Swedes
Switzerland;Swiss
Syria;Syrian|Syrians
Taiwan;Taiwanese
Tajikistan;Tajik|Tajiks
Tanzania;Tanzanian|Tanzanians
Thailand;Thai|Thais
Togo;Togolese
Trinidad and Tobago;Trinidadian
Tunisia;Tunisian|Tunisians
Turkey|Turkiye|Türkiye;Turkish|Turk|Turks
Turkmenistan;Turkmen
Uganda;Ugandan|Ugandans
Ukraine;Ukrainian|Ukrainians
United Arab Emirates|UAE|Emirates;Emirati|Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons|Brit
United States|US|U.S.|USA|U.S.A.|America|United States of America;American|Americans
Uruguay;Uruguayan|Uruguayans
Uzbekistan;Uzbek|Uzbeks
Venezuela;Venezuelan|Venezuelans
Vietnam|Viet Nam;Vietnamese
Yemen;Yemeni|Yemenis
Zambia;Zambian|Zambians
Zimbabwe;Zimbabwean|Zimbabweans
England;English|Englishman
Scotland;Scottish|Scot|Scots
Wales;Welsh
Northern Ireland;Northern Irish
Tibet;Tibetan|Tibetans
Hong Kong;Hongkonger
Macau|Macao;Macanese
Europe;European|Europeans
Africa;African|Africans
Asia;Asian|Asians
Latin_America;Latin American|Latin Americans
Middle_East;Middle Eastern
Arctic;Arctic
Antarctica;Antarctic
Crimea;Crimean
Chechnya;Chechen|Chechens
Kurdistan;Kurdish|Kurd|Kurds
Gaza|Gaza Strip;Gazan|Gazans
Catalonia;Catalan|Catalans
Bavaria;Bavarian
Texas;Texan|Texans
California;Californian|Californians
Quebec;Quebecois
Sicily;Sicilian
Siberia;Siberian
Balkans;Balkan
Caribbean;Caribbean
Scandinavia;Scandinavian|Scandinavians
`;

/** Regions, states, cities and capitals often in international news. */
export const PLACES = `
Kabul Tirana Algiers Luanda Buenos_Aires Yerevan Canberra Sydney Melbourne Brisbane Perth Vienna Baku Manama Dhaka
Minsk Brussels Antwerp La_Paz Sarajevo Brasilia Rio_de_Janeiro Sao_Paulo Sofia Phnom_Penh Yaounde Ottawa Toronto Montreal
Vancouver Calgary Santiago Beijing Shanghai Guangzhou Shenzhen Wuhan Chengdu Tianjin Chongqing Nanjing Hangzhou Xiamen
Harbin Urumqi Lhasa Xinjiang Guangdong Fujian Sichuan Yunnan Hubei Hunan Zhejiang Jiangsu Shandong Hainan Tibet
Bogota Havana Nicosia Prague Copenhagen Santo_Domingo Quito Cairo Alexandria Asmara Tallinn Addis_Ababa Suva Helsinki
Paris Marseille Lyon Nice Toulouse Bordeaux Strasbourg Tbilisi Berlin Munich Hamburg Frankfurt Cologne Stuttgart Dresden
Leipzig Bonn Accra Athens Thessaloniki Guatemala_City Conakry Port-au-Prince Tegucigalpa Budapest Reykjavik New_Delhi Delhi
Mumbai Kolkata Chennai Bangalore Bengaluru Hyderabad Kashmir Punjab Jakarta Bali Tehran Isfahan Baghdad Basra Mosul
Fallujah Kirkuk Erbil Dublin Belfast Jerusalem Tel_Aviv Haifa West_Bank Golan_Heights Rome Milan Naples Turin Venice
Florence Kingston Tokyo Osaka Kyoto Hiroshima Nagasaki Fukushima Okinawa Amman Astana Almaty Nairobi Mombasa Pristina
Kuwait_City Bishkek Vientiane Riga Beirut Tripoli Benghazi Vilnius Kuala_Lumpur Bamako Valletta Mexico_City Guadalajara
Monterrey Tijuana Chisinau Ulaanbaatar Podgorica Rabat Casablanca Maputo Naypyidaw Yangon Rangoon Kathmandu Amsterdam
Rotterdam The_Hague Wellington Auckland Managua Niamey Abuja Lagos Pyongyang Skopje Oslo Muscat Islamabad Karachi Lahore
Peshawar Quetta Panama_City Asuncion Lima Manila Warsaw Krakow Lisbon Porto Doha Bucharest Moscow St._Petersburg Saint_Petersburg
Kazan Novosibirsk Vladivostok Sochi Kaliningrad Yekaterinburg Kigali Riyadh Jeddah Mecca Medina Dakar Belgrade Freetown
Bratislava Ljubljana Mogadishu Johannesburg Cape_Town Pretoria Durban Seoul Busan Juba Madrid Barcelona Valencia Seville
Colombo Khartoum Darfur Stockholm Geneva Zurich Bern Basel Davos Lausanne Damascus Aleppo Homs Idlib Raqqa Taipei Dushanbe
Dodoma Dar_es_Salaam Bangkok Phuket Tunis Ankara Istanbul Izmir Ashgabat Kampala Kyiv Kiev Kharkiv Odesa Odessa Lviv
Donetsk Luhansk Mariupol Bakhmut Kherson Zaporizhzhia Donbas Abu_Dhabi Dubai London Manchester Liverpool Birmingham
Edinburgh Glasgow Cardiff Oxford Cambridge Washington Washington_D.C. New_York New_York_City Los_Angeles Chicago Houston
Phoenix Philadelphia San_Antonio San_Diego Dallas San_Francisco Seattle Boston Atlanta Miami Detroit Denver Las_Vegas
Baltimore Portland Nashville New_Orleans Pittsburgh Cleveland Minneapolis St._Louis Honolulu Anchorage Brooklyn Manhattan
Queens Bronx Harlem Hollywood Silicon_Valley Wall_Street Pentagon Capitol_Hill Montevideo Tashkent Samarkand Caracas Hanoi
Ho_Chi_Minh_City Saigon Sanaa Aden Lusaka Harare Singapore Hong_Kong Macau Gaza Rafah Ramallah Hebron Nablus Jenin
Kandahar Herat Helmand Mazar-i-Sharif Jalalabad Kunduz Crimea Sevastopol Chechnya Grozny Dagestan Siberia Xinjiang
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada New_Hampshire New_Jersey New_Mexico North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island
South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia West_Virginia Wisconsin Wyoming Ontario Quebec
British_Columbia Alberta Scotland Wales England Northern_Ireland Bavaria Catalonia Andalusia Sicily Sardinia Corsica
Normandy Brittany Provence Tuscany Lombardy Flanders Wallonia Kurdistan Punjab Sindh Balochistan Bengal Kerala Gujarat
Rajasthan Tamil_Nadu Assam Mindanao Java Sumatra Borneo Papua Aceh Okinawa Hokkaido Kyushu Patagonia Amazon Andes Alps
Himalayas Sahara Sahel Mediterranean Atlantic Pacific Indian_Ocean Arctic Antarctica Red_Sea Black_Sea Baltic_Sea
Caspian_Sea South_China_Sea East_China_Sea Persian_Gulf Gulf_of_Mexico Strait_of_Hormuz Taiwan_Strait Suez_Canal
Panama_Canal Horn_of_Africa Middle_East Asia-Pacific Southeast_Asia Central_Asia East_Asia South_Asia Eastern_Europe
Western_Europe Latin_America North_America South_America Sub-Saharan_Africa West_Africa East_Africa North_Africa
Scandinavia Balkans Caucasus Eurasia Oceania Europe Asia Africa Americas Antarctica Greenland Hawaii Puerto_Rico Guam
Bermuda Tasmania Zanzibar Madeira Canary_Islands Falkland_Islands Kashmir Ladakh Kurdistan Nagorno-Karabakh Abkhazia
Transnistria Sinai Negev Galilee Lebanon Vatican Vatican_City Jerusalem Kosovo Srebrenica Chernobyl Fukushima Vladivostok
`;
