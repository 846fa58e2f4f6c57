/**
 * More hand-written lists (general knowledge, written for this project): cities, regions and geographic features
 * beyond gazetteer-places.ts, and given names from many languages beyond gazetteer-orgs.ts. Names that are also
 * common words, given names or surnames (Reading, Split, Pierre, Jackson, Madison, Hull...) are left out.
 */

/** Cities, regions, geographic features; `_` joins the words of one name. */
export const MORE_PLACES = `
Zagreb Dubrovnik Belgrade Novi_Sad Tirana Skopje Sarajevo Banja_Luka Mostar Podgorica Pristina Ljubljana Maribor
Salzburg Innsbruck Graz Linz Gdansk Wroclaw Poznan Lodz Szczecin Lublin Katowice Brno Ostrava Kosice Debrecen Szeged
Cluj Cluj-Napoca Timisoara Iasi Constanta Varna Plovdiv Burgas Thessaloniki Patras Heraklion Crete Rhodes Corfu Limassol
Larnaca Bilbao Malaga Granada Zaragoza Palma Mallorca Majorca Ibiza Tenerife Cordoba Alicante Murcia Valladolid Vigo
Pamplona Porto Braga Coimbra Faro Algarve Azores Lille Nantes Rennes Montpellier Grenoble Dijon Reims Rouen Le_Havre
Calais Cannes Avignon Ajaccio Ghent Bruges Liege Charleroi Leuven Utrecht Eindhoven Groningen Maastricht Leiden Haarlem
Delft Luxembourg_City Gothenburg Malmo Uppsala Bergen Trondheim Stavanger Tromso Aarhus Odense Aalborg Tampere Turku
Oulu Tartu Daugavpils Kaunas Klaipeda Gdynia Kaliningrad Hanover Nuremberg Bremen Dusseldorf Dortmund Essen Duisburg
Bochum Wuppertal Bielefeld Mannheim Karlsruhe Wiesbaden Mainz Freiburg Heidelberg Augsburg Regensburg Wurzburg Potsdam
Rostock Magdeburg Erfurt Chemnitz Halle Kiel Lubeck Saxony Thuringia Brandenburg Hesse Westphalia Lower_Saxony
Baden-Wurttemberg Rhineland Schleswig-Holstein Genoa Bologna Palermo Verona Padua Trieste Bari Catania Pisa Siena
Perugia Parma Modena Bergamo Brescia Como Capri Piedmont Liguria Veneto Emilia-Romagna Umbria Calabria Apulia Campania
Lazio Abruzzo Zurich Lucerne Lugano Ticino Geneva Leeds Bristol Newcastle Nottingham Leicester Southampton Aberdeen
Dundee Inverness Swansea Wolverhampton Norwich Bath_Spa Belfast Yorkshire Lancashire Cornwall Devon Cumbria Merseyside
Midlands West_Midlands East_Anglia Highlands Shetland Orkney Hebrides Isle_of_Man Isle_of_Wight Guernsey Gibraltar
English_Channel Thames Seine Rhine Rhone Loire Danube Vistula Dnieper Dniester Volga Ural Urals Nile Congo_River
Niger_River Zambezi Limpopo Yangtze Yellow_River Mekong Ganges Brahmaputra Euphrates Jordan_River Amazon_River Orinoco
Rio_Grande Mississippi_River Missouri_River Colorado_River St._Lawrence Great_Lakes Lake_Michigan Lake_Superior
Lake_Erie Lake_Ontario Lake_Victoria Lake_Tanganyika Lake_Baikal Dead_Sea Sea_of_Galilee Everest Mount_Everest
Kilimanjaro Mont_Blanc Matterhorn Mount_Fuji Rockies Rocky_Mountains Appalachians Pyrenees Carpathians Apennines
Dolomites Atlas_Mountains Hindu_Kush Karakoram Tian_Shan Gobi Kalahari Namib Serengeti Sinai_Peninsula North_Sea
Irish_Sea Norwegian_Sea Barents_Sea Sea_of_Azov Adriatic Aegean Ionian_Sea Tyrrhenian_Sea Yellow_Sea Sea_of_Japan
Arabian_Sea Bay_of_Bengal Gulf_of_Aden Gulf_of_Oman Bosphorus Dardanelles Strait_of_Malacca Strait_of_Gibraltar
Bering_Strait Korean_Peninsula Arabian_Peninsula Iberian_Peninsula Balkan_Peninsula Crimean_Peninsula Kamchatka Sakhalin
Kuril_Islands Caribbean Central_America Gulf_Coast Midwest New_England Pacific_Northwest Bay_Area Deep_South Sun_Belt
Rust_Belt Appalachia Samara Rostov Rostov-on-Don Saransk Omsk Tomsk Krasnoyarsk Irkutsk Perm Ufa Chelyabinsk Murmansk
Arkhangelsk Voronezh Saratov Krasnodar Belgorod Kursk Bryansk Smolensk Pskov Novgorod Tver Yaroslavl Tula Ryazan
Khabarovsk Yakutsk Magadan Norilsk Tatarstan Bashkortostan Ingushetia Kabardino-Balkaria North_Ossetia South_Ossetia
Kherson Mykolaiv Dnipro Zaporizhzhia Poltava Sumy Chernihiv Zhytomyr Vinnytsia Uzhhorod Chernivtsi Ivano-Frankivsk
Ternopil Lutsk Rivne Bucha Irpin Avdiivka Melitopol Berdyansk Kramatorsk Sloviansk Severodonetsk Lysychansk Kharkov
Gomel Brest Grodno Vitebsk Mogilev Taichung Kaohsiung Tainan Hsinchu Keelung Incheon Daegu Gwangju Daejeon Ulsan Jeju
Pyeongchang Nagoya Sapporo Kobe Yokohama Sendai Fukuoka Kawasaki Nara Chiang_Mai Pattaya Penang Johor Sabah Sarawak
Surabaya Bandung Medan Makassar Yogyakarta Cebu Davao Quezon_City Luzon Visayas Da_Nang Haiphong Mandalay Naypyitaw
Chittagong Sylhet Rawalpindi Faisalabad Multan Hyderabad Pune Ahmedabad Jaipur Lucknow Kanpur Nagpur Surat Goa Varanasi
Agra Amritsar Srinagar Jammu Chandigarh Bhopal Patna Kochi Mysore Odisha Bihar Uttar_Pradesh Maharashtra Karnataka
Telangana Andhra_Pradesh Madhya_Pradesh Haryana Himachal_Pradesh Uttarakhand Jharkhand Chhattisgarh Manipur Nagaland
Mizoram Sikkim Arunachal_Pradesh Tripura Meghalaya Kandy Galle Jaffna Thimphu Pokhara Lanzhou Xian Xi'an Kunming Guiyang
Nanning Changsha Zhengzhou Jinan Qingdao Dalian Shenyang Changchun Hohhot Yinchuan Xining Taiyuan Shijiazhuang Hefei
Nanchang Fuzhou Suzhou Ningbo Wenzhou Dongguan Foshan Zhuhai Sanya Kashgar Inner_Mongolia Ningxia Qinghai Gansu Shaanxi
Shanxi Hebei Henan Anhui Jiangxi Guangxi Guizhou Liaoning Jilin Heilongjiang Tabriz Mashhad Shiraz Qom Ahvaz Kermanshah
Natanz Bushehr Najaf Karbala Ramadi Tikrit Samarra Sulaymaniyah Anbar Nineveh Deir_ez-Zor Latakia Tartus Daraa Palmyra
Kobani Afrin Manbij Sidon Tyre Baalbek Eilat Ashdod Ashkelon Sderot Beersheba Netanya Khan_Younis Jericho Bethlehem
Nazareth Aqaba Petra Sharm_el-Sheikh Luxor Aswan Giza Port_Said Suez Ismailia Misrata Sirte Sfax Sousse Oran Constantine
Marrakesh Marrakech Fez Tangier Agadir Dammam Khobar Taif Tabuk Sharjah Ajman Fujairah Salalah Kano Ibadan Kaduna
Maiduguri Port_Harcourt Enugu Benin_City Kinshasa Lubumbashi Goma Bukavu Kisangani Brazzaville Abidjan Ouagadougou
Nouakchott Bangui N'Djamena Ndjamena Libreville Malabo Windhoek Gaborone Maseru Mbabane Lilongwe Blantyre Antananarivo
Port_Louis Kismayo Hargeisa Puntland Somaliland Mekelle Tigray Amhara Oromia Eldoret Kisumu Nakuru Arusha Mwanza
Bulawayo Ndola Kitwe Cabo_Delgado Timbuktu Cotonou Porto-Novo Monrovia Sao_Tome Soweto Stellenbosch Port_Elizabeth
Gqeberha Bloemfontein Polokwane KwaZulu-Natal Gauteng Darfur Kordofan Port_Sudan Omdurman Malakal Juba Bahir_Dar Gondar
Dire_Dawa Asmara Massawa Djibouti_City Medellin Cali Cartagena Barranquilla Guayaquil Cuenca Cusco Arequipa Trujillo
Valparaiso Concepcion Antofagasta Rosario Mendoza La_Plata Mar_del_Plata Salvador Recife Fortaleza Belo_Horizonte
Porto_Alegre Curitiba Manaus Belem Florianopolis Brasília Goiania Campinas Cancun Acapulco Puebla Oaxaca Chiapas
Ciudad_Juarez Juarez Sinaloa Culiacan Michoacan Jalisco Veracruz Yucatan Chihuahua Sonora Tamaulipas Guerrero
Baja_California Merida San_Salvador Tegucigalpa San_Pedro_Sula Managua San_Jose Panama Port_of_Spain Nassau Montego_Bay
Bridgetown Castries Port_Moresby Honiara Noumea Papeete Apia Nuku'alofa Funafuti Tarawa Majuro Palau Saipan Winnipeg
Edmonton Halifax Quebec_City Saskatoon Mississauga Manitoba Saskatchewan Nova_Scotia New_Brunswick Newfoundland Labrador
Yukon Nunavut Northwest_Territories Prince_Edward_Island Adelaide Darwin Hobart Gold_Coast Cairns Townsville
Newcastle_upon_Tyne New_South_Wales NSW Queensland Western_Australia South_Australia Northern_Territory Christchurch
Dunedin Rotorua LA NYC D.C. DC Fort_Worth El_Paso Sacramento Oakland San_Jose Jacksonville Indianapolis Memphis
Milwaukee Albuquerque Tucson Fresno Kansas_City Omaha Raleigh Tampa Cincinnati Buffalo Newark Jersey_City Salt_Lake_City
Boise Spokane Tacoma Louisville Birmingham Montgomery Little_Rock Tulsa Oklahoma_City Wichita Des_Moines Ann_Arbor
Grand_Rapids Harrisburg Allentown Hartford Burlington Albany Syracuse Rochester Annapolis Charleston Tallahassee
Fort_Lauderdale Palm_Beach Key_West Baton_Rouge Shreveport Biloxi Knoxville Chattanooga Greensboro Virginia_Beach
Alexandria Bethesda Silver_Spring Reno Carson_City Santa_Fe Flagstaff Scottsdale Cheyenne Sioux_Falls Fairbanks Maui
Oahu Santa_Monica Long_Beach Cupertino Menlo_Park Redmond Santa_Barbara Santa_Clara Sacramento Yosemite Staten_Island
Long_Island Westchester Hoboken Cambridge Pittsburgh Roswell Uvalde Parkland Sandy_Hook Waco Galveston Corpus_Christi
Laredo Lubbock Puerto_Rico Virgin_Islands American_Samoa Guam Northern_Mariana_Islands
`;

/** More given names from many languages (capitalised forms only). */
export const MORE_GIVEN = `
Ted|Mitt|Jeb|Newt|Chuck|Dick|Rick|Jon|Ron|Ed|Hal|Beth|Liz|Meg|Tina|Jill|Lynn|Sally|Tracy|Wendy|Allen|Andy|Brad|Brent|Craig
Curt|Doug|Greg|Harry|Jake|Kirk|Kurt|Lou|Luke|Marty|Matt|Mitch|Nate|Nick|Pete|Phil|Seth|Shawn|Steve|Todd|Vince|Walt|Zach
Reince|Carly|Rudy|Kellyanne|Huma|Ivanka|Melania|Tiffany|Barron|Jared
Aaliyah|Abdel|Abdelaziz|Abdallah|Abdulaziz|Abdulla|Abebe|Abhishek|Abigail|Ada|Adama|Adebayo|Adeline|Adnan|Adriana|Adrian
Agnes|Agnieszka|Ahmet|Aidan|Aileen|Ajay|Akash|Akiko|Aleksandr|Aleksander|Alessandro|Alessandra|Alexandra|Alexandre
Alfonso|Alfred|Alicia|Alina|Alison|Allison|Alma|Alois|Amadou|Amal|Amanda|Amelia|Amina|Aminata|Amir|Amira|Amit|Ananya
Anastasia|Anders|Andrea|Andreas|Andrej|Andrew|Angelica|Angelo|Anil|Anita|Anja|Anjali|Ankit|Anne|Annette|Ansel|Anton
Antoine|Antonella|Anya|Arash|Arjun|Armando|Arnold|Arturo|Arvind|Ashok|Asma|Astrid|Ayesha|Ayaan|Aziz|Babajide|Bakary
Barack|Barry|Bartosz|Bastian|Beatrice|Beatriz|Ben|Benedikt|Bernard|Bernardo|Bernie|Bertrand|Bianca|Bilal|Bjorn|Blessing
Bogdan|Boubacar|Bradley|Brendan|Brett|Bridget|Bruno|Camila|Camille|Candice|Carla|Carlo|Carmen|Caroline|Cassandra|Cathy
Cecilia|Celine|Cesar|Chad|Chang|Chantal|Charlie|Chelsea|Chi|Chiara|Chinedu|Chioma|Chloe|Chris|Christoph|Christophe
Chukwuemeka|Claire|Clara|Claude|Claudia|Claudio|Clement|Connor|Conor|Constance|Cristian|Cristiano|Curtis|Dalia|Damian
Damien|Dan|Dana|Daniela|Danny|Dario|Darius|Darren|Dave|Davide|Dawit|Deepak|Delphine|Demetrius|Derek|Desmond|Diego
Dimitri|Dimitris|Dinesh|Dmytro|Dominic|Dominique|Don|Dong|Duc|Dustin|Eamon|Eddie|Eden|Edgar|Eduardo|Edwin|Ekaterina
Elena|Eleni|Eli|Elias|Elif|Elisa|Elisabeth|Ella|Ellen|Elliot|Emeka|Emil|Emilia|Emilio|Emine|Emir|Enrique|Enzo|Erdogan
Erik|Erika|Ernesto|Esther|Ethan|Eva|Evan|Ewa|Fabian|Fabio|Fahad|Farah|Farid|Fatih|Federico|Felipe|Felix|Fernanda|Filip
Fiona|Florian|Francesca|Francesco|Franco|Franz|Fred|Frederick|Fredrik|Gabriele|Gareth|Gavin|Geoffrey|Georg|Georgios
Gerard|Gerardo|Giacomo|Gianluca|Gilbert|Gilles|Gina|Giovanni|Giulia|Giulio|Glenn|Gordon|Graham|Greta|Guillaume|Gunnar
Gustav|Habib|Hadi|Hai|Hakan|Hamza|Hana|Hani|Hannes|Hans|Haruki|Hassan|Hector|Heidi|Heinz|Helga|Henrik|Herbert|Hiroshi
Hoang|Hong|Horst|Howard|Hugh|Hung|Huw|Ian|Ibrahima|Ida|Ignacio|Ilya|Imran|Ines|Ingrid|Ioannis|Irene|Isabel|Isabelle
Ismail|Issa|Ivan|Ivana|Jaden|Jaime|Jakub|Jamal|Jan|Jana|Janet|Jannik|Jaroslav|Jasmine|Javed|Jay|Jean-Claude|Jean-Luc
Jean-Pierre|Jeff|Jelena|Jennifer|Jens|Jeremiah|Jerome|Jiang|Jin|Joachim|Joanna|Joao|Joaquin|Joel|Johan|Johannes|Jonas
Jorge|Josef|Joseph|Josephine|Josh|Juan|Judith|Julian|Juliana|Julien|Julio|Julius|Jun|Jurgen|Kai|Kaito|Kamal|Kamil|Karim
Karin|Karl|Karthik|Kasia|Kate|Katarzyna|Katharina|Katie|Kazuo|Keiko|Ken|Kenneth|Kerry|Khaled|Kiran|Kirsten|Klaus|Kofi
Konstantin|Krishna|Krzysztof|Kumar|Kwame|Lamine|Lars|Laszlo|Laurent|Lea|Leah|Lena|Leon|Leonardo|Leonid|Leticia|Liam
Lilian|Lina|Lorenzo|Luca|Lucas|Lucia|Luciana|Ludwig|Luigi|Luis|Luka|Lukas|Lukasz|Lydia|Magdalena|Mahmoud|Malik|Mamadou
Manoj|Manuel|Marc|Marcel|Marco|Marcos|Marcus|Margarita|Margot|Mariam|Mariana|Marianne|Marina|Mario|Marius|Marko|Markus
Marta|Martin|Martina|Marwan|Maryam|Massimo|Mathias|Matthias|Maurice|Max|Maxim|Maximilian|Mehmet|Mei|Melanie|Mia|Michal
Michele|Mikael|Mila|Milan|Milos|Min|Ming|Mirko|Miriam|Mohsen|Monika|Moses|Nadia|Nadine|Naomi|Nasser|Natasha|Neil|Nikita
Nikola|Nikolaos|Nils|Nina|Nkosi|Noor|Nora|Norbert|Nour|Obinna|Oksana|Olivier|Omar|Oscar|Oskar|Otto|Ousmane|Owen|Pablo
Pascal|Patrice|Patrik|Pavel|Pawel|Penelope|Petra|Philippe|Pierre|Pietro|Piotr|Pooja|Prakash|Priya|Rafael|Rafal|Rahul
Rajesh|Ramon|Rania|Rashid|Raul|Ravi|Rebecca|Reza|Ricardo|Rita|Roberto|Rodrigo|Roman|Ronaldo|Rosa|Rosalind|Ruben|Rui
Rustam|Saad|Sabine|Sadiq|Said|Saleh|Salim|Sam|Samir|Samuel|Sandeep|Sandro|Sanjay|Santiago|Sasha|Saul|Sebastian|Sebastien
Selim|Seo|Seung|Shanthi|Sharif|Sheila|Shin|Shlomo|Siddharth|Simon|Simone|Sipho|Sofia|Sonja|Soo|Stanislav|Stefan|Stefano
Steffen|Stella|Sunil|Suresh|Susanne|Sven|Sylvia|Takashi|Tamara|Tanja|Tariq|Tatyana|Thabo|Theo|Thierry|Thomas|Tiago|Tim
Timo|Tobias|Tomas|Tomasz|Toshiro|Tran|Ulrich|Umar|Usman|Uwe|Valentin|Valentina|Valeria|Valerie|Vanessa|Vasily|Vera
Veronica|Vijay|Vikram|Vincenzo|Vivek|Vladislav|Walid|Werner|Wim|Wojciech|Xavier|Yaw|Yasmin|Yasser|Yevgeny|Yoshiro|Younes
Yusuf|Zainab|Zara|Zeynep|Zhen|Zoe|Zoltan|Zoran|Zuzana|Marcel|Kylian
`;
