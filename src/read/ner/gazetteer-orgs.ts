/**
 * Hand-written lists (general knowledge, written for this project): organisations, person titles and given names.
 * Entries are separated by `|` or newlines.
 */

/** International bodies, news agencies and outlets, parties, companies and agencies common in world news. */
export const ORGANIZATIONS = `
United Nations|UN|U.N.|UN Security Council|U.N. Security Council|Security Council|General Assembly|UNESCO|UNICEF|UNHCR
World Health Organization|WHO|World Bank|International Monetary Fund|IMF|World Trade Organization|WTO|NATO|OTAN
European Union|EU|E.U.|European Commission|European Parliament|European Central Bank|ECB|Council of Europe|OSCE
African Union|AU|ASEAN|APEC|BRICS|SCO|Shanghai Cooperation Organization|G7|G8|G20|G-20|G-7|OPEC|OPEC+|OECD|Arab League
Gulf Cooperation Council|GCC|Commonwealth|Interpol|Europol|International Criminal Court|ICC|International Court of Justice
ICJ|International Atomic Energy Agency|IAEA|Red Cross|International Committee of the Red Cross|ICRC|Red Crescent
Amnesty International|Human Rights Watch|Greenpeace|Doctors Without Borders|MSF|Oxfam|World Food Programme|WFP
International Olympic Committee|IOC|FIFA|UEFA|Eurasian Economic Union|CSTO|Mercosur|CELAC|Organization of American States
Xinhua|Xinhua News Agency|TASS|Sputnik|RIA Novosti|Interfax|Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg
BBC|CNN|Fox News|MSNBC|CBS|NBC|ABC|NPR|PBS|Al Jazeera|Al Arabiya|RT|CGTN|CCTV|China Daily|Global Times|People's Daily
Kyodo|Yonhap|KCNA|IRNA|Anadolu|Anadolu Agency|Press Trust of India|PTI|ANI|Dawn|The New York Times|New York Times
Washington Post|The Washington Post|Wall Street Journal|The Wall Street Journal|Financial Times|The Guardian|Guardian
The Times|The Economist|Economist|Le Monde|Der Spiegel|Spiegel|Deutsche Welle|DW|Euronews|Politico|Axios|Wikinews
Wikipedia|Wikimedia|Voice of America|VOA|Radio Free Europe|Times of India|South China Morning Post|Kommersant|Izvestia
White House|Kremlin|Pentagon|State Department|Congress|Senate|House of Representatives|Supreme Court|Parliament
Duma|State Duma|Knesset|Bundestag|Downing Street|Elysee|Foreign Ministry|Defense Ministry|Defence Ministry|Ministry
FBI|CIA|NSA|NASA|FDA|CDC|EPA|FEMA|DHS|Department of Justice|Justice Department|Treasury|Federal Reserve|Fed|SEC
Homeland Security|Department of Defense|KGB|FSB|GRU|Mossad|MI5|MI6|Scotland Yard|Roscosmos|ISRO|JAXA|ESA|Rosatom
Communist Party|Communist Party of China|CPC|CCP|Democratic Party|Republican Party|Democrats|Republicans|GOP
Labour|Labour Party|Conservative Party|Conservatives|Tories|Liberal Democrats|SNP|Likud|Hamas|Hezbollah|Fatah|PLO
Taliban|Taleban|al-Qaeda|al-Qaida|Al Qaeda|Islamic State|ISIS|ISIL|Daesh|Boko Haram|al-Shabab|Houthis|Houthi
Wagner|Wagner Group|PKK|IRA|ETA|Kurdistan Workers' Party|Muslim Brotherhood|Hamas|Islamic Jihad|Revolutionary Guard
IRGC|People's Liberation Army|PLA|Red Army|Armed Forces|Navy|Army|Air Force|Marine Corps|Coast Guard|National Guard
Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Twitter|X Corp|Tesla|SpaceX|OpenAI|Nvidia|Intel|IBM|Samsung
Huawei|ZTE|Alibaba|Tencent|Baidu|ByteDance|TikTok|Sony|Toyota|Honda|Nissan|Volkswagen|BMW|Mercedes-Benz|Daimler
General Motors|GM|Ford|Boeing|Airbus|Lockheed Martin|Raytheon|Gazprom|Rosneft|Lukoil|Aramco|Saudi Aramco|ExxonMobil
Exxon|Chevron|Shell|BP|TotalEnergies|Total|Siemens|Nokia|Ericsson|Pfizer|Moderna|AstraZeneca|Johnson & Johnson|Merck
Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|Visa|Mastercard|PayPal|Uber|Netflix
Disney|Walmart|McDonald's|Coca-Cola|PepsiCo|Starbucks|Nike|Adidas|Yahoo|YouTube|Instagram|WhatsApp|Telegram|LinkedIn
Oxford University|University of Oxford|Harvard|Harvard University|Yale|Stanford|MIT|Princeton|Cambridge University
Columbia University|Tsinghua University|Peking University|Sorbonne|Nobel Committee|Nobel Foundation
`;

/**
 * Titles and roles that precede names but are not part of them ("Foreign Minister Sergei Lavrov" → "Sergei Lavrov").
 * Lower-cased single words; multi-word titles are sequences of these.
 */
export const TITLES = `
mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|prof|prof.|sir|dame|lord|lady|madam|madame|monsieur|herr|sen.|rep.|gov.|gen.|lt.|col.
capt.|sgt.|maj.|adm.|rev.|fr.|hon.|st.|president|vice|prime|minister|ministers|premier|chancellor|secretary|secretary-general
general|spokesman|spokeswoman|spokesperson|spokespeople|ambassador|envoy|consul|deputy|foreign|defense|defence|interior
finance|trade|justice|health|education|economy|energy|chairman|chairwoman|chair|chairperson|ceo|cfo|coo|cto|founder
co-founder|director|director-general|head|chief|commander|commander-in-chief|king|queen|prince|princess|emperor|empress
sheikh|emir|sultan|crown|pope|cardinal|archbishop|bishop|imam|ayatollah|rabbi|pastor|father|sister|brother|senator
congressman|congresswoman|representative|governor|mayor|lawmaker|legislator|judge|justice|attorney|prosecutor
lawyer|counsel|speaker|leader|officer|official|colonel|lieutenant|captain|sergeant|major|admiral|marshal|corporal
private|professor|doctor|coach|manager|striker|midfielder|defender|goalkeeper|captain|actor|actress|singer|writer
author|journalist|reporter|correspondent|photographer|editor|analyst|economist|scientist|researcher|expert|activist
candidate|nominee|former|late|acting|incumbent|then|first|assistant|associate|senior|junior|executive|managing|state
national|security|adviser|advisor|councillor|councilor|councilman|commissioner|inspector|superintendent|sheriff|chief
delegate|diplomat|attaché|counsellor|undersecretary|under-secretary|permanent|special|representative|high|supreme
grand|leader|president-elect|premier-elect|mp|mep|dprk|party|opposition|ruling|veteran|billionaire|tycoon|businessman
businesswoman|entrepreneur|star|legend|champion|player|director|producer|filmmaker|artist|poet|novelist|composer
`;

/** Common given names from many languages; a weak signal that a capitalised sequence is a person. */
export const GIVEN_NAMES = `
John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|Donald
Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric
Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Alexander|Frank|Patrick|Raymond|Jack|Dennis|Jerry
Tyler|Aaron|Jose|Adam|Nathan|Henry|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|Harold|Keith|Christian|Roger|Noah
Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert|Willie|Gabriel|Logan
Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Bill|Tom|Tony|Mike|Jim|Bob
Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|Ashley|Kimberly
Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Shirley
Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|Rachel|Catherine|Carolyn|Janet|Ruth
Maria|Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|Lauren|Joan|Evelyn|Judith|Megan|Cheryl|Andrea
Hannah|Martha|Jacqueline|Frances|Gloria|Ann|Teresa|Kathryn|Sara|Janice|Jean|Alice|Madison|Doris|Abigail|Julia|Judy
Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia|Marie|Diana|Brittany|Natalie|Isabella|Charlotte|Rose|Alexis
Kamala|Hillary|Angela|Theresa|Ursula|Emmanuel|Olaf|Boris|Rishi|Keir|Justin|Narendra|Vladimir|Sergei|Sergey|Dmitry
Dmitri|Alexei|Alexey|Mikhail|Nikolai|Ivan|Igor|Andrei|Yuri|Oleg|Viktor|Volodymyr|Petro|Olena|Yulia|Natalia|Olga
Tatiana|Svetlana|Irina|Elena|Anatoly|Gennady|Maria|Xi|Li|Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu
Guo|He|Lin|Luo|Gao|Qin|Jinping|Keqiang|Qiang|Yi|Kim|Lee|Park|Choi|Jung|Moon|Yoon|Shinzo|Fumio|Yoshihide|Taro|Hiroshi
Takeshi|Kenji|Yuki|Akira|Mohammed|Muhammad|Mohamed|Mohammad|Ahmed|Ahmad|Ali|Hassan|Hussein|Omar|Abdullah|Abdul|Ibrahim
Khalid|Mahmoud|Mustafa|Yusuf|Youssef|Hamid|Hamdullah|Ashraf|Recep|Tayyip|Bashar|Hosni|Anwar|Saddam|Osama|Ayman|Fatima
Aisha|Leila|Salman|Faisal|Tamim|Benjamin|Yair|Naftali|Isaac|Moshe|Shimon|Yitzhak|Ariel|Ehud|Golda|Luiz|Inacio|Jair
Dilma|Javier|Carlos|Luis|Jorge|Pedro|Manuel|Miguel|Francisco|Fernando|Antonio|Alejandro|Andres|Pablo|Nicolas|Hugo
Gustavo|Alberto|Ricardo|Mauricio|Cristina|Gabriela|Lula|Fidel|Raul|Evo|Angela|Olaf|Gerhard|Helmut|Wolfgang|Frank-Walter
Jurgen|Klaus|Hans|Friedrich|Emmanuel|Francois|Jacques|Nicolas|Marine|Jean|Pierre|Michel|Giorgia|Mario|Matteo|Silvio
Giuseppe|Sergio|Pedro|Mariano|Jose|Recep|Viktor|Andrzej|Mateusz|Donald|Lech|Jens|Mark|Pope|Francis|Benedict|Narendra
Rahul|Sonia|Indira|Manmohan|Amit|Imran|Nawaz|Shehbaz|Benazir|Asif|Sheikh|Hasina|Joko|Prabowo|Rodrigo|Ferdinand|Bongbong
Cyril|Jacob|Nelson|Thabo|Paul|Uhuru|William|Abiy|Yoweri|Robert|Emmerson|Bola|Muhammadu|Goodluck|Kofi|Ban|Antonio|Tedros
Jens|Mark|Ursula|Charles|Josep|Kaja|Elon|Jeff|Bill|Mark|Tim|Sundar|Satya|Sam|Warren|Jamie|Rupert|Oprah|Taylor|Lionel
Cristiano|Neymar|Kylian|Roger|Rafael|Novak|Serena|Venus|Usain|Dean|Hamdullah|Ghulam|Abdul|Ashraf|Hamid|Zalmay
`;
