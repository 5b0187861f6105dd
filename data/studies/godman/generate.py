#!/usr/bin/env python3
"""Generate the fictional study `godman` (god man and förvaltare in the fictional Hjortsjö
kommun, överförmyndarnämnden / överförmyndarenheten): the eight transcripts, gold.csv,
codebook.csv and transcripts/participants.csv, all from the session lists below.

Python 3.11 stdlib + python-docx + openpyxl:  /work/main/.venv/bin/python generate.py

Each session is ONE list of turns in SESSIONS: `speaker|text` is a moderator / interviewer
turn (no gold row); `speaker|theme|stage|sentiment|kind|text` is a participant turn, `-` as
theme and stage for a backchannel or thanks. Files and gold are written from the same list;
every file is parsed back with a minimal parser for its layout and compared turn by turn;
codebook examples are asserted to be exact excerpts of turns of that theme only; .docx and
.xlsx are re-zipped with fixed timestamps so the output is byte-identical between runs.
"""

SESSIONS = r"""
## fokusgrupp-1.docx
M|Då kör vi. Välkomna allihop, och tack för att ni tog er hit en tisdagskväll. Jag heter Maria och jobbar med tjänstedesign här i kommunen, och vi försöker förstå hur det är att behöva en god man eller förvaltare till någon man står nära. Inga rätt eller fel. Kan vi börja med en runda: vem är du och vem gäller det?
D1|beh|need|0|n|Ja, jag kan börja. Lena heter jag. Det gäller min mamma, hon är 84 och har Alzheimer sen ett par år. Hon bodde kvar i lägenheten på Kvarngatan länge, för länge kanske. Det var räkningarna som avslöjade det. Hon hade betalat elräkningen tre gånger och hyran inte alls.
D2|beh|need|0|n|Göran. Min pappa, han har Parkinson och numera också en demens. Han var ju ekonom hela livet, så det var liksom… han som skötte allt. Och så en dag ringer banken och säger att det gått pengar till nån i Nigeria. Femtiotusen.
D1|-|-|-1|n|Nej men usch.
D2|beh|need|-1|p|Jo. Och då förstod vi ju att det här går inte längre.
D3|beh|need|0|n|Anneli. Jag är mamma till Elias som fyllde arton i våras. Han har en intellektuell funktionsnedsättning, måttlig, och autism. Och det var ingen som sa nånting om att allt förändras den dagen han fyller arton. Jag var hans förälder i går och i dag är jag ingenting. Juridiskt alltså.
D4|beh|need|0|n|Reza. Jag är lite annorlunda här kanske. Jag kom hit 2015 som ensamkommande, jag var femton, och jag hade en god man då. Nu är jag själv… jag funderar på att bli god man. Men jag är här mest för att berätta hur det var från andra hållet.
M|Välkommen, det är jättebra att du är här.
D5|beh|need|0|n|Birgitta. Min lillebror Tommy har schizofreni sen han var typ tjugo. Han har haft förvaltare i elva år nu. Och jag är den i familjen som har hållit i allt innan dess, så jag har sett hela resan, kan man säga. Alla turer.
M|Om vi stannar vid början. När förstod ni att det behövdes någon form av hjälp med ekonomin, och vad gjorde ni då?
D1|beh|need|-1|p|För mig var det inte ett ögonblick, det var mer som… det smög sig på. Jag hade fullmakt på mammas konto via internetbanken, så jag började betala hennes räkningar. Och det funkade ju, i ett år ungefär. Sen slutade banken acceptera det.
D2|bank|need|-1|p|Precis samma sak! Banken sa att fullmakten inte gäller när pappa inte längre förstår vad han har skrivit på. Jag stod där i kassan, eller det finns ju ingen kassa längre, jag satt i telefonkö i fyrtio minuter och sen sa de bara: ni behöver en god man. Och jag visste inte ens vad det var.
D3|beh|need|-1|p|Och för oss var det inte ens pengar. Det var vården. Elias skulle till tandläkaren och de ville att han skulle skriva under själv, för han är ju vuxen. Och han skrev under på vad som helst. Han skulle skriva under på en bil om man bad honom.
D1|-|-|1|n|(skratt)
D3|beh|need|-1|p|Nej men allvarligt. Det är det som är så läskigt.
M|Och hur fick ni veta vart man vänder sig?
D1|hitta_info|find_info|0|n|Det var biståndshandläggaren. Hon som gjorde hemtjänstbeslutet för mamma. Hon sa lite i förbigående att "ni kanske ska prata med överförmyndaren". Och jag tänkte att det är väl nån på tingsrätten. Jag hade ingen aning om att det var kommunen.
D2|hitta_info|find_info|-1|p|Jag googlade. Och på kommunens sida står det "Överförmyndarnämnden utövar tillsyn över ställföreträdare enligt föräldrabalken". Alltså, vad betyder det? För en vanlig människa? Jag fick läsa den meningen fem gånger.
D5|hitta_info|find_info|0|n|För Tommy var det kuratorn på psyk. Han låg inne på Hjortsjö sjukhus, det var 2014, och kuratorn där hade gjort det här hundra gånger, så hon hjälpte oss med allt. Vi hade tur. Det var väl det enda vi hade tur med, i och för sig.
D3|hitta_info|find_info|-1|p|Jag fick veta det av en annan mamma i Facebookgruppen. Inte från skolan, inte från habiliteringen. En mamma som skrev "glöm inte god man innan arton!!" med tre utropstecken. Då var Elias redan sjutton och tio månader.
D4|hitta_info|find_info|0|n|När jag kom hit fick jag ingen välja, jag fick bara en god man. Socialtjänsten ringde, sen kom en man som hette Lars. Jag förstod inte vad han var. Jag trodde han var polis först.
D2|-|-|0|n|Haha, nej.
D4|relation|use|1|pr|Ja, han hade en sån jacka. Men han var jättebra faktiskt. Han hjälpte mig med allt, Migrationsverket, skolan, bankkonto. Han var den första vuxna här som liksom… ja.
M|Vad hade ni velat få veta tidigare, eller från vem?
D3|hitta_info|find_info|0|s|Jag tycker att habiliteringen borde ta upp det när barnet är sexton. Ett papper, en checklista: det här händer vid arton. Försäkringskassan, god man, aktivitetsersättning. Det är så självklart, egentligen.
D1|hitta_info|find_info|0|s|Och banken. Om banken ändå vet att fullmakten inte gäller, så kan de väl säga vem man ska ringa. Inte bara "det är inte vårt bord".
D5|hitta_info|find_info|0|s|Ett telefonnummer till en människa. Det räcker.
M|Om vi går vidare till själva ansökan. Hur var det att söka, eller anmäla behovet?
D1|ansokan|apply|-1|p|Oj. Ja. Blanketten i sig var väl okej, men läkarintyget. Man ska ha ett särskilt läkarintyg, på en särskild blankett från Socialstyrelsen tror jag, och vårdcentralen hade aldrig hört talas om den. Det tog två månader att få en tid.
D2|ansokan|apply|-1|p|Vi fick betala för intyget också. Åttahundra kronor. Och sen var det fel på det. Läkaren hade inte kryssat i en ruta.
D1|-|-|-1|n|Typiskt.
D2|ansokan|apply|-1|p|Så det kom tillbaka från överförmyndaren, komplettering, och sen vidare till vårdcentralen igen. Tre veckor till. Under tiden betalade jag pappas hyra med mina egna pengar, för annars hade han blivit vräkt, helt ärligt.
D3|ansokan|apply|0|n|För oss var det samtycket som var konstigt. Elias skulle ju själv samtycka till att få en god man. Och han förstår ju inte vad det är, inte riktigt. Han skrev under, han var glad för att han fick skriva sin namnteckning.
D3|ansokan|apply|-1|p|Och sen frågade jag mig själv: är det här okej? Att han skriver under på något han inte förstår, så att nån annan ska skriva under åt honom? Det kändes… jag vet inte. Det skaver fortfarande.
D5|ansokan|apply|0|n|Med Tommy kunde han ju inte samtycka, han var för sjuk då, och han ville inte. Så det blev förvaltarskap, och det är ju en helt annan sak. Då tar tingsrätten ifrån honom rätten att bestämma över sina pengar. Det var en rättegång nästan.
M|Hur menar du rättegång?
D5|beslut|decision|-1|p|Alltså, inte på riktigt kanske. Men det var en förhandling, han fick ett offentligt biträde, och han satt där och skrek att vi ville ta hans pengar. Och jag satt mitt emot min lillebror. Det är nog det värsta jag varit med om, faktiskt.
M|Tack för att du delar det. Lena, du såg ut att vilja säga något?
D1|ansokan|apply|0|q|Ja, bara en fråga egentligen, till alla. Visste ni att man kunde ansöka själv? Jag trodde hela tiden att det var överförmyndaren som ansökte till tingsrätten och att jag bara skulle anmäla.
D2|ansokan|apply|0|n|Vi ansökte själva. Direkt till tingsrätten. Men överförmyndaren ska ju yttra sig ändå, så det blev samma sak.
D3|ansokan|apply|-1|p|Jag gjorde en anmälan till överförmyndaren. Det stod på sidan att man kunde göra båda. Ingen förklarade skillnaden.
M|Vad hände sen, efter att ni skickat in? Hur var väntan?
D1|utredning|processing|-1|p|Tystnad. Helt tystnad. Jag fick ett brev att de tagit emot ärendet, med ett diarienummer, och sen ingenting på nio veckor.
D2|utredning|processing|-1|p|Vi väntade fyra månader på att de skulle hitta en god man. Fyra månader. Och de sa att de inte hade nån lekman som kunde ta det, för pappa bor i Östby, och det är liksom ute på landet.
D5|utredning|processing|0|n|Ja, det är ju det som är problemet. Det finns inte tillräckligt många gode män. Det är ju ett ideellt uppdrag nästan.
D4|utredning|processing|0|n|När jag var god man-barn, alltså när jag hade god man, då fanns det jättemånga. 2015 ville alla hjälpa till. Lars hade tre killar till.
D2|utredning|processing|-1|p|Och vi fick frågan om jag själv ville bli god man åt pappa. Och det ville jag inte, för vi har… ja, min syster och jag är inte överens om allt. Jag ville att det skulle vara nån neutral. Men det innebar att vi fick vänta.
M|Fick ni någon information om var ärendet låg under tiden?
D1|kontakt|processing|-1|p|Jag ringde telefontiden. Den är tisdagar och torsdagar nio till elva. Jag jobbar i skolan, jag kan inte ringa nio till elva. Det är ju… vem är det gjort för?
D3|kontakt|processing|1|pr|Jag skickade mejl och fick faktiskt svar inom två dagar. Från Helena, handläggaren. Hon var jättebra, hon förklarade hela processen, vad tingsrätten gör, vad de gör. Det var första gången nån förklarade.
D1|-|-|0|n|Okej, du hade tur då.
D3|kontakt|processing|0|n|Ja, kanske. Eller jag var envis.
M|Om vi kommer till beslutet. Hur fick ni veta att det var klart?
D2|beslut|decision|-1|p|Ett brev från tingsrätten. Beslut, fyra sidor, med paragrafer. Och längst ner att det gäller omedelbart. Och sen stod det att god man är Kerstin Ahl och ingen telefonnummer, ingenting. Jag fick leta upp henne på Hitta.se.
D1|beslut|decision|0|n|För oss var det jag som blev god man till slut. Det tog fem månader från att vi skickade in. Och sen kom ett brev från tingsrätten och ett från överförmyndaren samma dag, med en bunt blanketter och ett registerutdrag.
D3|beslut|decision|1|pr|Vi fick beslutet två veckor efter Elias fyllt arton, och jag blev god man för honom. Jag var faktiskt lättad. Och registerutdraget, det var som ett körkort, plötsligt kunde jag göra saker igen.
D5|beslut|decision|-1|p|Tommy överklagade förvaltarskapet. Han förlorade i hovrätten. Det tog ett år, och under det året var det ett kaos med hans ekonomi. Ingen visste vem som fick betala vad.
M|Okej. Hur är det nu, när ni lever med godmanskapet? Ni som själva är gode män, och ni som har någon annan.
D1|arsrakning|use|-1|p|Förteckningen. Man ska göra en förteckning över alla tillgångar inom två månader. Mamma hade fyra bankkonton, ett fondkonto nån hade sålt henne 2008, en bostadsrätt… Jag satt kvällar i veckor. Och sen årsräkningen.
D3|arsrakning|use|-1|p|Årsräkningen är min fasa. Verifikationer, kontoutdrag, alla kvitton. Och Elias handlar på Ica med sitt kort och köper energidryck. Ska jag spara kvittot på varje Nocco?
D1|-|-|1|n|(skratt) Ja!
D2|-|-|1|n|Nocco-kvitton, ja.
D3|arsrakning|use|0|n|Jag skojar inte. Jag har en skokartong.
D1|arsrakning|use|1|pr|Men det blev lättare när e-tjänsten kom. Nu gör jag årsräkningen på nätet och laddar upp kontoutdragen som PDF. Det var mycket bättre än förra året när jag skickade en pärm med posten.
D2|relation|use|-1|p|Och för oss som inte är god man själva är det svårt på ett annat sätt. Kerstin bestämmer över pappas pengar, och jag får inte ens veta vad han har på kontot. Jag får fråga henne om han kan få en ny rullator. Min pappa.
D5|relation|use|0|n|Det är ju sekretess. Det förstår jag. Men det är svårt att vara syster och stå utanför. Tommys förvaltare är proffs, en byrå i stan, och de är korrekta, men han har bytt handläggare där fyra gånger på elva år.
M|Reza, hur var det för dig att ha god man, när du tänker tillbaka?
D4|relation|use|0|n|Jag förstod inte så mycket först. Att Lars inte var min pappa, och inte socialen. Han skulle se till att jag hade det jag behövde. Men han kunde inte bestämma var jag bodde. Det var boendet.
D4|relation|use|-1|p|Och sen fyllde jag arton, eller Migrationsverket sa att jag fyllde arton, det var en åldersbedömning. Och då bara slutade det. Samma dag. Lars kom och sa hejdå. Det var konstigt.
D5|-|-|-1|n|Åh, vad tråkigt.
D4|byte_avslut|follow_up|1|pr|Men vi har kontakt fortfarande. Han kom på min examen. Han var inte tvungen.
M|Har någon av er varit med om att det blev konflikt, eller att ni ville klaga?
D2|klagomal|follow_up|-1|p|Jag klagade på Kerstin. Hon svarade inte i telefon på tre veckor när pappa hade ramlat och behövde flytta till ett boende, och hyreskontraktet skulle sägas upp. Jag ringde överförmyndaren och de sa att de inte kan ingripa i hur en god man sköter kontakten.
D2|klagomal|follow_up|-1|p|Så jag skrev ett klagomål, ett långt mejl, och fick svar att de "tagit del av synpunkterna". Sen hände ingenting. Eller, Kerstin blev väl tillsagd, för hon ringde mig och var sur.
D1|klagomal|follow_up|0|n|Men vad kan de göra egentligen? Jag vet inte vad överförmyndaren får göra.
D5|klagomal|follow_up|0|n|De kan begära byte. Eller tingsrätten kan. Vi begärde byte en gång, 2019, och det gick igenom efter ett halvår.
M|Och det som kommer efter, att uppdraget tar slut. Har någon varit där?
D5|byte_avslut|follow_up|0|n|Inte slut, men byte då. Och när den gamla förvaltaren lämnade skulle hon göra en sluträkning, och den nya fick börja från noll. Det var pengar som inte stämde, tolv tusen som ingen kunde förklara. Det är inte utrett än.
D1|byte_avslut|follow_up|-1|p|Jag vet ju att det kommer. Mamma blir inte bättre. Och jag har läst att när hon dör upphör godmanskapet direkt, och då ska jag göra en sluträkning och lämna över till dödsboet. Till mig själv och min bror alltså. Det är lite absurt.
D3|byte_avslut|follow_up|0|q|Får man som förälder sluta vara god man? Om jag blir sjuk? Vem tar det då?
D5|byte_avslut|follow_up|0|n|Ja, man kan begära att bli entledigad. Men då ska det hittas nån ny, och där är vi tillbaka till väntan.
D3|-|-|-1|n|Ja. Precis.
M|Vi börjar närma oss slutet. Om ni fick ändra en sak i hela det här, vad skulle det vara?
D1|kontakt|use|0|s|Telefontid på kvällen. En gång i veckan. Det skulle räcka.
D2|utredning|processing|0|s|Att man får veta var i kön man står. Vecka ett, vecka fyra, vecka tolv. Inte bara tystnad.
D3|hitta_info|find_info|0|s|Den där checklistan vid sexton år. Och att nån säger det högt: du är inte längre förälder i juridisk mening.
D4|stod|use|0|s|Fler gode män som kan språk. Lars kunde inte dari, men det fanns andra som kunde. Det betyder mycket.
D5|arsrakning|use|0|s|Enklare årsräkning för små ekonomier. Tommy har sin sjukersättning och en hyra. Det borde inte ta en hel helg.
M|Tack. Något mer innan vi slutar?
D2|-|-|1|n|Nej, bara tack för kaffet. Och att nån lyssnar.
D1|-|-|1|n|Ja, tack.
M|Tack själva. Jag stänger av inspelningen nu.
## fokusgrupp-2.xlsx
T|Ja, då är vi igång. Välkomna hit. Jag heter Tobias och jobbar på kommunens utvecklingsenhet. Ni är alla gode män, eller förvaltare, och jag vill faktiskt börja i andra änden i kväll: årsräkningen. Det är mars och ni har precis lämnat in. Hur gick det?
Kjell|arsrakning|use|-1|p|(skratt) Ja, vad ska man säga. Jag har fyra huvudmän, och jag lämnade in den sista i söndags kväll, klockan elva. Så det gick. Men det tar tid. Jag räknade på det, det är nog fyrtio timmar för alla fyra.
Margareta|arsrakning|use|0|n|Fyrtio? Jag har sex och jag lägger nog mer. Men jag har ett system nu. En pärm per huvudman, en flik per månad. Kontoutdragen skrivs ut varje månad. Jag är gammal bankkvinna, det hjälper.
Sofia|arsrakning|use|-1|p|Jag har två och jag tycker att det är det tyngsta i hela uppdraget. Inte för att det är svårt, utan för att man är så rädd att göra fel. Det känns som en tenta, varje år.
Eva|arsrakning|use|-1|p|Det här var min första. Jag fick den tillbaka två gånger. Första gången saknades kontoutdrag för december, andra gången stämde inte summan i slutet med förteckningen. Det skilde elva kronor.
Kjell|-|-|-1|n|Elva kronor, ja. Det är typiskt.
Eva|arsrakning|use|-1|p|Och jag letade i tre kvällar. Det var en ränta. En ränta på ett sparkonto som jag hade missat.
Hassan|arsrakning|use|1|pr|Men jag tycker de är bra på granskningen faktiskt. När jag hade fel förra året ringde granskaren och förklarade. Hon tog tid med mig. Det var lärorikt.
T|Hur ser granskningen ut från ert håll? Vad får ni för besked?
Margareta|arsrakning|use|0|n|Man får ett brev, "årsräkningen är granskad utan anmärkning". Eller med anmärkning. Och då står det vad. Ibland får man en fråga först, per mejl.
Sofia|arsrakning|use|-1|p|Jag väntade åtta månader på att min förra skulle bli granskad. Och då kom frågor om saker som jag knappt kom ihåg. Ett uttag i april förra året. Vad var det? Ingen aning.
Kjell|arsrakning|use|0|s|De borde granska snabbare. Eller åtminstone titta på de stora sakerna först.
Hassan|kontakt|use|0|n|De har haft mycket personalomsättning, har jag hört. Det är tre nya handläggare sen i höstas.
T|Om vi backar lite. Hur blev ni gode män från början? Varför sa ni ja?
Kjell|stod|need|0|n|Jag gick i pension 2019 och var uttråkad. Min fru sa att jag skulle göra nåt nyttigt. Och så stod det en annons i Hjortsjö-Posten, "Bli god man – gör skillnad". Så det var väl den.
Sofia|stod|need|0|n|Jag var god man för ensamkommande 2015. Jag var tjugosex. Alla gjorde det då. Sen blev det vuxna huvudmän, och jag har fortsatt. Jag tycker om det, trots allt.
Margareta|stod|need|0|n|En väninna frågade. Hon var god man och skulle flytta och ville att hennes huvudman skulle få nån hon kände. Så jag tog över henne. Det var 2012. Sen har det bara blivit fler.
Hassan|stod|need|0|n|Jag pratar arabiska och somaliska, och överförmyndarenheten ringde mig och frågade. De hade en man som inte pratade svenska och ingen kunde prata med honom.
Eva|stod|need|0|n|Jag såg ett inlägg på kommunens Facebook. Jag är sjuksköterska och jobbar deltid, och jag tänkte att det här kan jag. Jag hade ingen aning.
Kjell|-|-|1|n|Ingen har nån aning.
Eva|-|-|1|n|Nej, eller hur.
T|Hur var det att bli rekryterad? Vad fick ni för utbildning?
Margareta|stod|processing|-1|p|På min tid fick man ingenting. En pärm och ett telefonnummer.
Eva|stod|processing|1|pr|Nu är det en grundutbildning, två kvällar, och sen ett test på nätet. Det var faktiskt bra. De gick igenom föräldrabalken, årsräkningen, vad man får och inte får. Och så fick man träffa andra gode män.
Sofia|stod|processing|0|n|Jag gick den i efterhand, 2020. Den var bra, men det hade varit bättre att gå den innan man fick sitt första uppdrag.
Hassan|utredning|processing|0|n|Och de gör en lämplighetsprövning. Kollar belastningsregistret, Kronofogden, allt. Det tog fem veckor för mig.
T|Och när ni fick ett uppdrag, hur gick det till? Hur fick ni veta vem huvudmannen var?
Kjell|utredning|processing|0|n|Handläggaren ringde och berättade lite, en kvinna i åttioårsåldern, demens, bor på Solgården. Fick jag frågan om jag ville ta det? Och sen var det tingsrätten, och sen kom beslutet.
Margareta|utredning|processing|-1|p|Man får ju veta väldigt lite. Man får en sammanfattning, och sen står man där hos huvudmannen och har ingen aning om att det finns en son som är arg för att han inte fick bli god man. Det har hänt mig. Två gånger.
Sofia|relation|use|-1|p|Ja, anhöriga. Det är… det är nog det svåraste, egentligen. Inte huvudmannen.
T|Berätta gärna mer.
Sofia|relation|use|-1|p|En av mina huvudmän har en dotter som tycker att jag är en tjuv. Hon ringer och skäller och har anmält mig till överförmyndaren två gånger. Och båda gångerna har de granskat och inte hittat nånting. Men det tar på en.
Kjell|relation|use|0|n|Jag har haft samma sak. Man får ha tjock hud.
Hassan|relation|use|1|pr|Jag har motsatsen. Min huvudmans bror är jättetacksam, han ringer och säger tack. Det gör att man orkar.
Margareta|-|-|1|n|Det är guld värt.
T|Ni har nämnt överförmyndarenheten några gånger. Hur är kontakten med dem?
Kjell|kontakt|use|-1|p|Telefontiden är ett skämt. Två timmar, två dagar i veckan, och då ringer alla gode män i hela kommunen samtidigt. Jag har suttit i kö och kommit fram precis när den stänger.
Eva|kontakt|use|1|pr|Jag mejlar bara. Och de svarar inom en vecka, oftast. Det funkar för mig.
Margareta|kontakt|use|0|n|Förr hade man en egen handläggare. Nu är det en funktionsbrevlåda, och man vet aldrig vem som svarar. Det var bättre förr, helt ärligt.
Kjell|-|-|0|n|Allt var bättre förr, Margareta.
Margareta|-|-|1|n|(skratt) Nej men det här var det.
Hassan|kontakt|use|0|s|Jag önskar att det fanns en chatt. Eller en FAQ med riktiga frågor. "Får min huvudman köpa en tv för tjugotusen?" Sånt.
Sofia|arvode|use|0|q|Får hon det då?
Hassan|arvode|use|0|n|Det beror på. (skratt) Det är alltid svaret.
T|Vi har pratat om pengar. Hur ser ni på arvodet?
Kjell|arvode|use|-1|p|Det är inte därför man gör det. Men jag fick elva tusen före skatt för ett helt år för en av mina huvudmän, och det var för allt: bank, Försäkringskassan, en flytt, en bostadsrätt som skulle säljas. Det är ju tjugo kronor i timmen.
Margareta|arvode|use|-1|p|Och huvudmannen betalar ju arvodet själv om hon har pengar. Det känns konstigt. Min huvudman har fyrtiotusen på banken och jag tar en tredjedel av det i arvode. Då ansöker jag om att kommunen betalar istället, men det är en annan blankett.
Eva|arvode|use|0|q|Var det ett schablonbelopp?
Margareta|arvode|use|0|n|Ja, de har en schablon, och sen kan man begära mer om man kan visa att det har varit mer jobb. Det kräver att man fört tidbok. Vilket jag inte gjorde första året.
Sofia|arvode|use|0|s|Det hade hjälpt om de sa i utbildningen: för tidbok från dag ett.
Eva|-|-|1|n|De sa det faktiskt. Men man lyssnar inte.
T|Om vi pratar om själva uppdraget. Vad gör ni, i praktiken, en vanlig månad?
Hassan|bank|use|0|n|Betalar räkningar, fixar fickpengar. Pratar med boendet. Pratar med Försäkringskassan om bostadstillägget. Det är mycket bostadstillägg.
Kjell|bank|use|-1|p|Banken. Varje ny huvudman är en kamp med banken. De ska ha registerutdraget i original, de ska ha legitimation, de ska ha ett möte på kontoret. Och Hjortsjö-kontoret har ju stängt, så man ska åka till Västerås.
Sofia|bank|use|-1|p|Och de ger mig inget BankID för huvudmannens räkning, så jag måste ha en sån där dosa för varje. Jag har fyra dosor i lådan. Med post-it-lappar.
Margareta|bank|use|1|pr|Handelsbanken i stan är bra. De har en person som kan gode män. Det gör hela skillnaden.
Eva|bank|use|-1|p|Skatteverket då. Jag skulle ändra adressen för min huvudman när hon flyttade till boendet, och det gick inte på nätet för att jag inte är hon. Jag fick skicka en blankett och registerutdraget och vänta en månad.
T|Vad händer när ni inte får tag på överförmyndaren och det är något bråttom?
Sofia|kontakt|use|-1|p|Då gör man som man tror, och hoppas att det är rätt. Och sen får man en anmärkning vid granskningen. Det har hänt mig. Jag köpte en säng för fjortontusen utan att fråga.
Kjell|-|-|0|n|Men sängen behövdes ju.
Sofia|kontakt|use|0|n|Den behövdes. Men jag skulle ha frågat.
T|Vad gäller gränserna för uppdraget? Vad gör ni inte?
Margareta|arvode|use|-1|p|Allt det som inte är vårt. Men det vet ju inte boendet. De ringer mig om att huvudmannen behöver en klippning, eller ska till tandläkaren, och vill att jag ska följa med. Det är inte mitt uppdrag, men vem ska annars?
Hassan|arvode|use|0|n|Jag följer med ibland. Det är inte uppdraget, men han har ingen annan.
Eva|arvode|use|0|q|Men får man arvode för det då?
Kjell|-|-|0|n|Nej. Nej, nej.
Hassan|arvode|use|0|n|Nej, men det spelar ingen roll för mig.
T|Några av er har varit med om att uppdrag tar slut. Hur var det?
Margareta|byte_avslut|follow_up|-1|p|Min huvudman dog i januari. Och samma dag som hon dog upphörde uppdraget. Men sen ska jag göra en sluträkning och lämna över till dödsbodelägarna, och de är tre barn som inte pratar med varandra. Jag har väntat sex veckor på att de ska säga vem som ska få handlingarna.
Kjell|byte_avslut|follow_up|0|n|Och arvodet för sista perioden, det ska dödsboet betala.
Margareta|byte_avslut|follow_up|-1|p|Ja. Och det vill de inte.
Sofia|byte_avslut|follow_up|0|n|Jag har begärt att bli entledigad från en. Det var den med dottern. Jag orkade inte. Det tog fyra månader innan de hittade nån ny, och under tiden var jag kvar.
Hassan|byte_avslut|follow_up|1|pr|En av mina ensamkommande har blivit svetsare. Han ringde när han fick jobbet. Det var uppdraget som slutade på bästa sätt.
T|Jag hoppade över en sak. När tingsrätten hade beslutat, hur fick ni veta att uppdraget började?
Eva|beslut|decision|-1|p|Jag fick beslutet från tingsrätten, men inget registerutdrag förrän en vecka senare. Och utan det kunde jag inte göra nånting på banken. Min huvudman hade en hyra som skulle betalas den sista.
Kjell|beslut|decision|0|n|Det är alltid så. Beslutet gäller direkt, men man kan inte visa det för nån.
Hassan|beslut|decision|0|n|Jag ringde enheten och de mejlade en kopia samma dag. Banken tog den. Ibland.
Margareta|beslut|decision|-1|p|Och beslutet, det är ju skrivet för jurister. Jag har läst hundra och jag förstår dem. Men huvudmannen får samma brev. Tänk dig att få det när man har en demens.
Sofia|beslut|decision|0|s|Man kunde skicka med ett brev på lätt svenska. Det här betyder beslutet, det här är din gode man, så här når du henne.
T|Och själva starten, första mötet med huvudmannen?
Hassan|relation|use|1|pr|Jag tog med en tolk första gången fast jag kunde språket, för att han skulle förstå att jag inte var från socialen. Det funkade. Han litade på mig efter det.
Eva|relation|use|0|n|Min huvudman trodde att jag var från hemtjänsten. Hon frågade när jag skulle dammsuga. (skratt)
Kjell|-|-|1|n|Ja, den har jag också fått.
T|Vad skulle ni vilja att överförmyndarenheten gjorde annorlunda?
Kjell|kontakt|use|0|s|Längre telefontid. Eller en tid man kan boka.
Sofia|stod|use|0|s|En mentor för nya. Någon att ringa som inte är myndigheten.
Margareta|arsrakning|use|0|s|Att e-tjänsten kan läsa in kontoutdrag direkt från banken. Det finns ju teknik för det.
Eva|stod|use|0|s|Och träffar för gode män. Ett nätverk. Jag kände mig så ensam första året.
Hassan|kontakt|use|0|s|Att de ringer tillbaka. Det är det enda.
T|Tack, det var mycket bra. Något sista?
Kjell|-|-|1|n|Nej, tack för mig. Nu ska jag hem och göra en tidbok.
Margareta|-|-|1|n|(skratt) Äntligen.
## intervju-1.csv
Fråga|Kan du börja med att säga vem du är och vad du gör?
Ingrid|stod|need|0|n|Ja. Jag heter Ingrid, jag är sextioåtta år och jag har varit god man i sex år. Jag har tre huvudmän just nu. Två äldre damer och en yngre man.
Fråga|Hur kom det sig att du blev god man?
Ingrid|stod|need|0|n|Jag hade jobbat på Försäkringskassan i trettio år. Och när jag gick i pension kände jag att jag kan ju det här med blanketter och myndigheter, det är ju mitt språk. Varför inte använda det.
Fråga|Och vad hände sen, när du hade anmält intresse?
Ingrid|utredning|processing|0|n|Det var en intervju på överförmyndarenheten, och de kollade mig i registren, och sen gick jag grundutbildningen. Och efter ungefär två månader ringde de och hade ett första uppdrag.
Fråga|Minns du det första uppdraget?
Ingrid|relation|use|1|pr|Ja, absolut. Gunborg. Hon var nittioett och bodde på Solgården, och det första hon sa var: är det du som ska ta mina pengar? (skratt) Och jag sa: nej, jag ska se till att du får dem. Vi blev vänner faktiskt.
Fråga|Kan du säga det där igen, lite kortare? Vi behöver den till filmen.
Ingrid|relation|use|1|pr|Ja. Hon frågade om jag skulle ta hennes pengar. Och jag sa: nej, jag ska se till att du får dem.
Fråga|Perfekt. Vad gör en god man, i vardagen?
Ingrid|bank|use|0|n|Mycket av det är ekonomi. Betala räkningar, se till att det finns pengar på kontot för fickpengar, söka bostadstillägg. Men det är också att bevaka rätten. Att huvudmannen får det hon har rätt till, från kommunen, från Försäkringskassan.
Ingrid|bank|use|-1|p|Och ibland är det banken som är det svåra. De är så rädda för bedrägerier att de inte litar på en när man kommer med registerutdraget. Jag har fått visa legitimation tre gånger i samma besök.
Fråga|Hur mycket tid tar det?
Ingrid|arvode|use|0|n|Det varierar. En lugn månad några timmar per huvudman. Men när det händer nåt, en flytt till boende eller en försäljning av en lägenhet, då kan det vara en heltid i ett par veckor.
Fråga|Och arvodet?
Ingrid|arvode|use|0|n|Man får ett arvode, ja. Men man gör inte det här för pengarna. Det säger alla, och det är sant. Det täcker bensinen och lite till.
Fråga|Vad är det svåraste?
Ingrid|arsrakning|use|-1|p|Årsräkningen, skulle jag säga. Inte för att den är svår, men den tar tid och den är så noggrann. Varje krona ska stämma. Och det är klart att det ska vara så, det är ju någon annans pengar. Men februari är inte min favoritmånad.
Fråga|(skratt) Kan du säga det en gång till utan att titta på mig?
Ingrid|arsrakning|use|-1|p|Årsräkningen. Varje krona ska stämma. Februari är inte min favoritmånad.
Fråga|Vad får du för stöd från överförmyndarenheten?
Ingrid|kontakt|use|1|pr|De har varit bra mot mig. När jag fick min första årsräkning tillbaka ringde handläggaren och gick igenom den med mig. Och det finns kvällsträffar ett par gånger om året där man kan fråga.
Ingrid|kontakt|use|-1|p|Men det är klart att de har för mycket att göra. Det märks. Ibland tar det två veckor att få svar på ett mejl, och då har man redan fått fatta beslutet själv.
Fråga|Har du varit med om något svårt med en huvudman?
Ingrid|relation|use|-1|p|Min yngre huvudman, han har en psykisk sjukdom, och när han mår dåligt vill han ha alla sina pengar på en gång. Och då blir jag den onda. Han har skrikit på mig i telefon. Det är inte roligt. Men jag vet att det inte är mig han är arg på, det är sjukdomen.
Fråga|Hur hanterar du det?
Ingrid|stod|use|0|n|Jag pratar med andra gode män. Vi har en grupp som träffas och fikar en gång i månaden, på biblioteket. Där kan man lätta på trycket. Utan att säga namn, förstås.
Fråga|Har något uppdrag avslutats?
Ingrid|byte_avslut|follow_up|0|n|Gunborg dog för två år sen. Då upphörde uppdraget samma dag, och jag gjorde sluträkningen och lämnade över allt till hennes brorson. Det var konstigt, att bara lämna över en pärm. Sex år av hennes liv i en pärm.
Ingrid|byte_avslut|follow_up|-1|p|Jag fick inte gå på begravningen. Eller, jag fick, men ingen berättade när den var. Det var lite tråkigt faktiskt.
Fråga|Vad skulle du säga till någon som funderar på att bli god man?
Ingrid|stod|use|1|pr|Gör det. Det behövs. Det finns människor som väntar i månader på att få en god man, och under tiden betalas inga räkningar. Och man får så mycket tillbaka, det låter klyschigt men det är sant.
Fråga|Och vad ska man vara beredd på?
Ingrid|stod|use|0|s|Att det tar mer tid än man tror. Och att man ska föra tidbok från första dagen. Det sa ingen till mig.
Fråga|Vill du att kommunen gör något annorlunda?
Ingrid|utredning|processing|0|s|Fler gode män, så att ingen behöver vänta. Och att de ser till att nya får en mentor. Jag fick ingen, jag fick klara mig själv.
Fråga|Tack Ingrid, det blir bra.
Ingrid|-|-|1|n|Tack själv. Var det okej? Jag pratar för mycket, det vet jag.
Fråga|Det var jättebra. Vi tar en bild när du går ut genom dörren också.
Ingrid|-|-|1|n|(skratt) Oj, då ska jag ta på kappan.
## intervju-2.md
Intervjuare|Tack för att du ställer upp. Kan du berätta lite om din pappa och hur det började?
Informant|beh|need|0|n|Ja. Pappa heter Arne, han är åttioåtta, och han har en blandad demens. Han bodde själv i huset i Östby ända tills i fjol. Mamma dog 2018 och sen dess har det gått utför. Det var väl främst ekonomin som vi märkte först.
Intervjuare|Hur märkte ni det?
Informant|beh|need|-1|p|Han köpte saker. Han prenumererade på sju tidningar. Och han hade gett en försäljare som ringde på dörren trettiotusen för en takrenovering som aldrig blev av. Det var grannen som ringde mig.
Intervjuare|Vad gjorde du då?
Informant|hitta_info|find_info|0|n|Jag ringde banken först, för att spärra kortet. Och de sa att de inte kunde prata med mig, att pappa själv måste ringa. Och sen, efter mycket om och men, sa en kvinna på banken att "ni kanske ska titta på framtidsfullmakt eller god man". Det var första gången jag hörde ordet framtidsfullmakt.
Intervjuare|Och vad valde ni?
Informant|ansokan|apply|-1|p|Det var för sent för framtidsfullmakt. Man måste ju kunna förstå vad man skriver under. Och pappa förstod inte längre. Så det fick bli god man. Och då var det jag som skulle ansöka, till tingsrätten.
Intervjuare|Hur var ansökan?
Informant|ansokan|apply|-1|p|Blanketten var okej. Läkarintyget var ett helvete, ärligt talat. Vårdcentralen hade inte tid, sen kom han till geriatriken och där sa de att det var vårdcentralens sak. Pingpong i sex veckor.
Informant|ansokan|apply|0|n|Sen var det yttrandet. Pappa skulle få säga vad han tyckte. Och han sa ju ja, för han gillar mig. Men han förstod inte vad han sa ja till.
Intervjuare|Fick du hjälp av någon där?
Informant|kontakt|apply|1|pr|Ja, faktiskt, jag ringde överförmyndarenheten och fick prata med en handläggare som hette Helena. Hon förklarade att jag kunde föreslå mig själv som god man, och att de skulle utreda om jag var lämplig. Det kändes som att någon äntligen höll i det.
Intervjuare|Och utredningen?
Informant|utredning|processing|0|n|De kollade mig. Belastningsregister, Kronofogden. Och de pratade med min syster, för hon måste ju få säga sitt också. Det tog två månader.
Informant|utredning|processing|-1|p|Och under de två månaderna hände det ingenting med pappas räkningar. Elbolaget skickade inkasso. Jag betalade själv, så att han inte skulle få en betalningsanmärkning. Det vet man inte om man får tillbaka.
Intervjuare|Fick du tillbaka pengarna?
Informant|bank|use|0|n|Ja, till slut. Men jag fick fråga överförmyndaren om lov att föra över från pappas konto till mitt. Det kändes som att jag var misstänkt. Fast jag förstår ju varför.
Intervjuare|Hur kom beslutet?
Informant|beslut|decision|0|n|Tingsrätten skickade beslutet med posten. Det var torrt. Men det var skönt att få det. Det var som en nyckel, liksom, nu kunde jag prata med banken.
Informant|bank|use|-1|p|Fast banken ville att jag skulle komma in på kontoret ändå, med registerutdraget och legitimation och pappas legitimation. Och pappa har ingen legitimation längre, körkortet gick ut 2019.
Intervjuare|Hur löste ni det?
Informant|bank|use|-1|p|Jag fick åka till polisen med honom och söka ett id-kort. I rullstol. Det tog en förmiddag. Allt för att banken ska få se hans ansikte på ett kort.
Intervjuare|Hur är det nu, att vara god man åt sin pappa?
Informant|relation|use|0|n|Det är två roller. Jag är hans son, och jag är hans god man. Och ibland krockar de. Han vill köpa en båt. (skratt) Han är åttioåtta och har inte haft båt på trettio år. Och jag måste säga nej. Som god man. Det är svårt att vara son då.
Intervjuare|Och förteckningen, årsräkningen?
Informant|arsrakning|use|0|n|Förteckningen gjorde jag på en helg. Det var mest att ringa runt till banker och försäkringsbolag. Och så huset, som skulle värderas.
Informant|arsrakning|use|1|pr|Årsräkningen har gått bra. Jag gör den i e-tjänsten och den blev godkänd utan anmärkning första året. Jag är nog lite stolt över det, faktiskt.
Intervjuare|Behövde du samtycke för något?
Informant|bank|use|-1|p|Huset. Pappa flyttade till särskilt boende i våras, och huset skulle säljas. Och då ska överförmyndaren ge samtycke till försäljningen. Det tog sju veckor. Under tiden hade köparna nästan hoppat av.
Intervjuare|Hur var kontakten med dem då?
Informant|kontakt|use|-1|p|Sämre. Helena hade slutat. Det var en ny handläggare varje gång jag ringde, och alla ville ha samma papper igen. Värderingen, budgivningslistan, mäklarens intyg. Jag skickade samma PDF fyra gånger.
Intervjuare|Har du haft något du varit missnöjd med och framfört?
Informant|klagomal|follow_up|0|n|Jag skrev till nämnden om handläggningstiden för samtycket. Fick ett svar att de hade en ansträngd personalsituation. Vilket jag tror på. Men det hjälper ju inte mig.
Intervjuare|Hur ser du på framtiden?
Informant|byte_avslut|follow_up|0|n|Pappa blir sämre. Och när han dör tar godmanskapet slut och då ska jag göra en sluträkning. Och så ska jag och min syster dela på dödsboet. Jag hoppas att det blir lugnt. Vi har varit överens hittills.
Intervjuare|Om du kunde ändra en sak?
Informant|hitta_info|find_info|0|s|Att banken, när de ändå säger nej, också ger en lapp med vad man ska göra. Ett nummer till överförmyndaren. Det hade sparat mig en månad.
Intervjuare|Något mer?
Informant|arvode|use|0|n|Nej… jo, en sak. Jag tar inget arvode. Man kan ju ta arvode även som anhörig, men det känns fel. Så det är gratis. Det ska kommunen veta.
Intervjuare|Tack så mycket.
Informant|-|-|1|n|Tack själv.
## intervju-3.txt
MÖ|Du är förvaltare, professionellt. Kan du berätta lite om hur du jobbar?
CH|arvode|use|0|n|Ja, jag driver en liten byrå med två kollegor. Vi har runt sjuttio huvudmän tillsammans, jag har tjugotvå själv. Det är de tyngre ärendena, som överförmyndaren inte hittar någon lekman till. Missbruk, psykisk ohälsa, skulder, hot.
MÖ|Hur kommer ni in i ett ärende?
CH|utredning|processing|0|n|Överförmyndarenheten ringer. "Vi har ett ärende som vi inte kan ge till en lekman." Ofta har det redan gått flera månader. Ibland har det varit en lekman som har sagt upp sig för att det blev för mycket.
MÖ|Vad möter du då?
CH|utredning|processing|-1|p|Kaos, i regel. Obetalda hyror, inkasso, en avstängd el. Och ofta en huvudman som inte vill ha mig. För förvaltarskap är ju inget man ber om, det är tingsrätten som har bestämt det. Så jag börjar med att vara fienden.
MÖ|Hur bygger du förtroende då?
CH|relation|use|1|pr|Tid. Och att vara förutsägbar. Jag sätter in pengar på samma dag varje vecka. Alltid. Om det är fredag är det fredag. Efter ett halvår ungefär brukar det släppa. Inte alltid, men ofta.
MÖ|Hur är det att samarbeta med överförmyndarenheten?
CH|kontakt|use|0|n|Det är blandat. Handläggarna kan sitt, men de är för få. Och de har olika uppfattningar. En handläggare godkänner en sak, nästa år säger en annan att det inte var okej.
CH|kontakt|use|-1|p|Jag hade ett ärende där jag fick samtycke att sälja en bil, muntligt, i telefon. Sen vid granskningen var det en ny granskare som skrev en anmärkning för att det inte fanns skriftligt samtycke. Och handläggaren som sa ja hade slutat.
MÖ|Vad gjorde du?
CH|klagomal|follow_up|-1|p|Jag skrev ett yttrande. Och sen fick jag ett brev att anmärkningen stod kvar. Det var ingen stor sak i sig, men det hamnar i akten. Och jag är beroende av att de ger mig nya uppdrag.
MÖ|Årsräkningen, hur ser den ut för dig med tjugotvå huvudmän?
CH|arsrakning|use|-1|p|Det är januari till mars, helt och hållet. Vi har ett eget system som exporterar transaktionerna, men e-tjänsten kan inte ta emot det. Så vi sitter och knappar in siffror från vårt system i deras formulär. För hand. Det är 2025.
MÖ|Vad skulle hjälpa?
CH|arsrakning|use|0|s|En import. En fil. Det finns standarder för bankdata. Det skulle spara oss hundratals timmar om året, och dem också, för granskningen blir enklare.
MÖ|Och arvodet, hur fungerar det för en professionell?
CH|arvode|use|-1|p|Vi får samma arvode som en lekman, i princip. Kommunen har en taxa. Sen kan vi begära mer för särskilt arbete. Men det är en förhandling varje år, och jag ska visa tidbok för allt. Om jag tar betalt efter vad det faktiskt tar, går det inte ihop.
MÖ|Hur går det ihop då?
CH|arvode|use|-1|p|Det gör det inte riktigt. Vi lever på att några ärenden är lugna. Det är inte ett bra system. Det är nog därför det finns så få av oss.
MÖ|Du nämnde banken tidigare. Hur är kontakten där?
CH|bank|use|1|pr|Vi har ett avtal med en bank där vi har alla huvudmännens konton. Så för mig är det enkelt. Jag har ett företags-BankID som funkar för alla. Det är lyxen med att vara professionell.
CH|bank|use|-1|p|Men när en huvudman har konto i en annan bank, då är det samma elände som för alla andra. Original, möten, väntan. En bank ville att jag skulle ta med huvudmannen fysiskt. Han sitter på rättspsyk.
MÖ|Skatteverket, Försäkringskassan?
CH|bank|use|0|n|Försäkringskassan har blivit bättre. De har ett ombudssystem nu. Skatteverket är okej. Kronofogden är faktiskt bäst, tro det eller ej. De förstår att det finns ställföreträdare.
MÖ|När tar ett förvaltarskap slut?
CH|byte_avslut|follow_up|0|n|Sällan genom att huvudmannen blir frisk, tyvärr. Oftast genom dödsfall. Eller att det omvandlas till godmanskap när personen har stabiliserats. Det har hänt tre gånger på tio år. Det är mina bästa dagar.
MÖ|Och när någon dör?
CH|byte_avslut|follow_up|-1|p|Då upphör uppdraget direkt, och jag får inte längre betala räkningar. Inte ens begravningen. Och om det inte finns några anhöriga, då ska kommunen göra en dödsboanmälan. Och under tiden ligger det räkningar och väntar, och hyresvärden ringer mig.
MÖ|Vad gör du då?
CH|byte_avslut|follow_up|0|n|Jag säger att jag inte längre är behörig. Och jag gör sluträkningen och skickar den till överförmyndaren och till dödsboet. Och sen är det slut. Det är en konstig känsla efter sju år.
MÖ|Om du fick önska något av överförmyndarenheten?
CH|kontakt|use|0|s|En fast handläggare per ställföreträdare. Och skriftliga besked. Alltid. Ett mejl räcker.
MÖ|Tack, Carina.
CH|-|-|1|n|Varsågod. Ring om du har fler frågor.
## intervju-4.docx
Maria Öberg|Du jobbar på överförmyndarenheten. Kan du beskriva ditt jobb?
Helena Strand|kontakt|processing|0|n|Ja, jag är handläggare, har varit det i fyra år. Vi är sex handläggare och två granskare, och vi har tillsyn över ungefär nittonhundra ställföreträdarskap. Jag tar emot nya ärenden, utreder, och sen har jag en del av tillsynen.
Maria Öberg|Hur kommer ett nytt ärende in?
Helena Strand|hitta_info|find_info|0|n|På alla möjliga sätt. En anmälan från socialtjänsten, från sjukhuset, från en bank ibland. Eller en anhörig som ringer och säger "jag har hört att man kan få en god man". Och ungefär hälften vet inte skillnaden mellan oss och tingsrätten.
Maria Öberg|Är det ett problem?
Helena Strand|hitta_info|find_info|-1|p|Det blir ju dubbelarbete. Folk skickar till tingsrätten, tingsrätten skickar till oss för yttrande, och ibland har de skickat till båda. Vår webbsida är inte bra på att förklara. Jag vet det. Den är skriven av jurister.
Maria Öberg|Vad är det första ni gör?
Helena Strand|ansokan|apply|0|n|Vi kollar att underlaget är komplett. Läkarintyget är nästan alltid det som saknas eller är fel. Det ska vara Socialstyrelsens blankett, och läkaren ska ha träffat personen nyligen. Det är kanske sextio procent som kommer in med fel intyg.
Maria Öberg|Varför tror du det blir så?
Helena Strand|ansokan|apply|0|n|Vårdcentralerna gör det sällan. De vet inte vilken blankett. Och de har inte tid. Vi har pratat med regionen om det, men det är inte vår sak att styra deras arbete.
Maria Öberg|Sen då, när underlaget är klart?
Helena Strand|utredning|processing|0|n|Då ska vi höra den enskilde, om det går, och de närmaste anhöriga. Och vi ska hitta en lämplig god man. Och det är där det tar tid.
Maria Öberg|Hur lång tid?
Helena Strand|utredning|processing|-1|p|Just nu är det i snitt fyra månader från anmälan till att vi har en föreslagen god man. För de svåra ärendena längre. Vi har nio ärenden nu där vi har letat i mer än ett halvår.
Maria Öberg|Vad händer med de personerna under tiden?
Helena Strand|utredning|processing|-1|p|Ibland kan vi begära en interimistisk god man hos tingsrätten, om det är akut. Men oftast är det anhöriga som håller det flytande, eller socialtjänsten. Och ibland är det ingen. Det är det som håller mig vaken på nätterna, om jag ska vara ärlig.
Maria Öberg|Varför är det så svårt att hitta gode män?
Helena Strand|stod|processing|0|n|Lekmännen blir äldre. Medelåldern är sextiosju. Och uppdragen blir tyngre, mer psykiatri, mer skulder, mer hot. Och arvodet är lågt. Vi rekryterar, vi har annonser och informationsträffar, men det räcker inte.
Maria Öberg|Vad fungerar bäst i rekryteringen?
Helena Strand|stod|processing|1|pr|Ärligt talat, när befintliga gode män berättar. Vi gjorde en film förra året med en av våra gode män, och efter det fick vi tjugo intresseanmälningar på en månad. Mer än på hela året innan.
Maria Öberg|När det gäller beslutet, hur ser samarbetet med tingsrätten ut?
Helena Strand|beslut|decision|0|n|Tingsrätten fattar beslutet, vi skickar vårt yttrande. Det funkar bra. Men det tar sin tid där också, fyra till sex veckor. Och beslutet skickas ut med juridiskt språk som vi inte styr över.
Maria Öberg|Anhöriga vi har pratat med säger att de inte fick något telefonnummer till den nya gode mannen.
Helena Strand|beslut|decision|0|q|Nej… Det stämmer nog. Det är tingsrättens beslut. Vi skickar ett eget brev med information, men det kommer kanske en vecka efter. Det kunde vi göra bättre, absolut. Får jag anteckna det?
Maria Öberg|Självklart. Hur ser tillsynen ut, årsräkningarna?
Helena Strand|arsrakning|use|0|n|Alla ställföreträdare ska lämna årsräkning senast första mars. Sen granskar vi dem. Vi har två granskare, och det är ungefär sextonhundra årsräkningar. Så granskningen pågår hela året, i praktiken.
Helena Strand|arsrakning|use|-1|p|Och vi vet att det tar för lång tid. Vissa får sin granskad i oktober, och då har de redan börjat på nästa års. Det är inte rimligt för dem. Vi försöker prioritera de som har stora förmögenheter eller där vi ser risk.
Maria Öberg|E-tjänsten, hur har den påverkat?
Helena Strand|arsrakning|use|1|pr|Mycket, positivt. Det blir färre räknefel eftersom systemet summerar. Och vi slipper skanna. Ungefär sjuttio procent lämnar digitalt nu. Men de professionella vill ha import av filer, och det har vi inte.
Maria Öberg|Kontakten med gode män och anhöriga, hur fungerar den från ert håll?
Helena Strand|kontakt|use|-1|p|Telefontiden är för kort, det vet vi. Två förmiddagar. Men om vi har mer telefontid hinner vi inte handlägga. Det är ett nollsummespel. Vi uppmuntrar mejl, och vi svarar inom fem arbetsdagar. I teorin.
Maria Öberg|I teorin?
Helena Strand|kontakt|use|-1|p|(skratt) Ja. Det blir ibland tio. Särskilt i mars.
Maria Öberg|Hur hanterar ni klagomål på gode män?
Helena Strand|klagomal|follow_up|0|n|Vi utreder varje klagomål. Vi begär in förklaring från ställföreträdaren och tittar på underlagen. Men vi kan bara granska det som rör ekonomin och att man fullgör uppdraget. Om det är en konflikt om hur man pratar med varandra är det svårt för oss.
Helena Strand|klagomal|follow_up|0|n|Och många anhöriga har förväntningar på att vi ska kunna ta bort en god man för att de inte tycker om henne. Det kan vi inte. Det måste vara att hon inte sköter sig, eller att hon själv vill sluta.
Maria Öberg|Byten och avslut, hur ser de ut?
Helena Strand|byte_avslut|follow_up|0|n|Byten är vanliga. Ofta för att en god man vill lämna ett uppdrag, och då ska vi hitta en ny innan den gamla kan entledigas. Och vid dödsfall upphör det direkt, och då ska sluträkningen in inom en månad. Den granskar vi också.
Helena Strand|byte_avslut|follow_up|-1|p|Det svåra är när det inte finns några dödsbodelägare som tar hand om det. Då blir handlingarna liggande. Vi har ett femtontal sådana just nu.
Maria Öberg|Om du fick ändra en sak?
Helena Strand|hitta_info|find_info|0|s|Webbsidan, på riktigt. En sida skriven för anhöriga, med ett flödesschema: du är här, det här händer sen. Vi har pratat om det i tre år.
Maria Öberg|Tack Helena.
Helena Strand|-|-|1|n|Tack själv. Skicka gärna rapporten.
## intervju-5.xlsx
TL|Vi kan börja med Viktor. Vem är han?
Susanne|beh|need|1|n|Viktor är nitton, han är världens gladaste kille. Han har Downs syndrom och en måttlig intellektuell funktionsnedsättning. Han gillar Melodifestivalen och pizza, och han jobbar på daglig verksamhet på Kaffestugan.
TL|Och när blev frågan om god man aktuell?
Susanne|beh|need|-1|p|När han fyllde arton. Eller, egentligen när han var sjutton och elva månader. Det var en kurator på gymnasiesärskolan som frågade om vi hade ordnat med god man. Och jag tänkte: vadå god man? Jag är ju hans mamma.
TL|Ingen hade sagt något innan?
Susanne|hitta_info|find_info|-1|p|Nej. Inte habiliteringen, inte LSS-handläggaren. Och det är ju så mycket som händer vid arton. Aktivitetsersättning, bostad, en egen bank. Och plötsligt får jag inte prata med hans läkare utan hans samtycke.
TL|Hur tog du reda på vad som gällde?
Susanne|hitta_info|find_info|0|n|Jag läste på kommunens sida, och sen ringde jag. Och jag fick veta att jag som förälder kunde bli god man, men att jag skulle ansöka, och att Viktor skulle samtycka. Och att det tar tid. Så vi var redan sena.
TL|Hur var ansökan?
Susanne|ansokan|apply|-1|p|Läkarintyget igen. Alla säger det säkert. Vi väntade fem veckor på habiliteringsläkaren. Och Viktor skulle skriva under en blankett där det stod att han samtyckte. Han skrev "VIKTOR" med stora bokstäver och ritade ett hjärta.
TL|(skratt)
Susanne|ansokan|apply|0|n|Ja, det var fint. Men jag undrade om det räknas. Det gjorde det.
TL|Hur var väntan?
Susanne|utredning|processing|-1|p|Han fyllde arton i augusti, och beslutet kom i november. Så i tre månader var han myndig och ingen kunde företräda honom. Försäkringskassan ville ha hans underskrift på ansökan om aktivitetsersättning. Det blev försenat, och vi fick ingen ersättning för september.
TL|Fick ni den retroaktivt?
Susanne|bank|use|1|n|Ja, till slut. Men det var ett hål i ekonomin under hösten. Han bor ju hemma, så det gick. Men jag tänker på dem som inte har en mamma som kan täcka upp.
TL|När beslutet kom, hur var det?
Susanne|beslut|decision|1|pr|En lättnad. Ett papper som säger att jag får. Jag kopierade det i tio exemplar. Jag har ett i handväskan fortfarande.
TL|Och hur är det att vara god man för sitt eget barn?
Susanne|relation|use|0|n|Konstigt. Jag är hans mamma, och samtidigt ska jag redovisa allt till kommunen. Att jag köpt hans kalsonger. Det är absurt ibland. Men jag förstår varför, det finns ju föräldrar som tar barnens pengar.
Susanne|arsrakning|use|-1|p|Förteckningen var lätt, han hade ju bara ett sparkonto med barnbidraget som vi sparat. Men årsräkningen. Jag fick den tillbaka för att jag hade blandat ihop hans konto och hushållskontot. Jag hade betalat hans mobilräkning från mitt konto och sen fört över.
TL|Vad sa de?
Susanne|arsrakning|use|0|n|Att jag inte får blanda. Hans pengar är hans. Det är klart. Men jag visste inte det. Och ingen förklarade det i början, jag fick lära mig genom att göra fel.
TL|Har du fått stöd av överförmyndarenheten?
Susanne|kontakt|use|1|pr|Ja, jag gick på en träff för föräldrar som är gode män. Det var jättebra. Vi var åtta föräldrar, och handläggaren gick igenom precis det här med att inte blanda pengar. Jag önskar att jag gått innan.
Susanne|kontakt|use|0|s|Kunde de inte ha den träffen innan beslutet? Som en del av utredningen?
TL|Tar du arvode?
Susanne|arvode|use|0|n|Nej. Man kan, men jag gör det inte. Det känns fel att ta betalt av sitt eget barn. Men jag vet föräldrar som gör det, och det är okej. Det är mycket jobb.
TL|Hur ser du på framtiden?
Susanne|byte_avslut|follow_up|-1|p|Det är det jag är mest rädd för. Vad händer när jag inte orkar, eller när jag dör? Då ska någon annan, en främling, bli hans god man. Och jag vet hur svårt det är att hitta.
Susanne|byte_avslut|follow_up|0|s|Jag vill att min dotter ska ta över en dag. Men hon är bara tjugotvå. Jag önskar det fanns ett sätt att förbereda det, att hon kunde vara med redan nu, som en ersättare.
TL|Är det något du vill lägga till?
Susanne|hitta_info|find_info|0|s|Att habiliteringen ska säga det vid sexton. Skriv in det i en rutin. Det är så enkelt.
TL|Tack Susanne.
Susanne|-|-|1|n|Tack. Det var skönt att prata.
## intervju-6.vtt
Maria Öberg|Tack för att du vill vara med, Yvonne. Du sa i telefon att det har varit en lång historia?
Yvonne|-|-|0|n|Ja. Det har det. Var ska jag börja.
Maria Öberg|Var du vill.
Yvonne|byte_avslut|follow_up|-1|p|Mamma dog i september. Och jag har fortfarande inte fått sluträkningen från hennes gode man. Det är fyra månader nu. Jag är dödsbodelägare, jag behöver den för bouppteckningen.
Maria Öberg|Oj. Vem var hennes gode man?
Yvonne|relation|use|0|n|En lekman, Bengt. Han hade henne i tre år. Mamma fick god man när hon fick sin stroke 2021, och då bodde jag i Göteborg. Så det var inte jag som ansökte, det var sjukhuset.
Maria Öberg|Så sjukhuset gjorde anmälan?
Yvonne|hitta_info|find_info|0|n|Kuratorn på strokeavdelningen. Hon ringde mig och sa att mamma inte kunde sköta sin ekonomi längre och att hon skulle göra en anmälan till överförmyndaren. Jag sa okej. Jag förstod inte vad det innebar.
Maria Öberg|Vad hände sen?
Yvonne|utredning|processing|0|n|Det kom ett brev där jag skulle yttra mig. Om jag hade något emot att mamma fick god man och om jag själv ville bli det. Och jag bodde fyrtio mil bort, så jag sa nej. Det ångrar jag idag.
Yvonne|beslut|decision|0|n|Sen fick jag en kopia på tingsrättens beslut. Bengt Lindqvist. Jag ringde honom och han var trevlig i telefon. Det verkade bra.
Maria Öberg|Men det blev inte bra?
Yvonne|relation|use|-1|p|Nej. Eller, det första året var okej. Sen flyttade jag hem till Hjortsjö igen, 2023, och började hälsa på mamma varje vecka. Och hon hade inga kläder. Hon hade samma tre tröjor. Och hon hade inga fickpengar på boendet.
Yvonne|relation|use|-1|p|Och hon hade ändå sin pension och lite sparpengar. Så jag ringde Bengt och frågade, och han sa att han skötte det han skulle och att jag inte hade rätt att veta hennes ekonomi.
Maria Öberg|Vad gjorde du då?
Yvonne|klagomal|follow_up|-1|p|Jag ringde överförmyndarenheten. Telefontiden, tisdag. Och de sa samma sak, sekretess, att de inte kan berätta något. Men att jag kunde skriva ett klagomål. Så jag skrev.
Maria Öberg|Och?
Yvonne|klagomal|follow_up|0|n|De begärde in en förklaring från Bengt, och sen fick jag ett brev att de inte funnit skäl att vidta åtgärder. Men det stod också att de hade påmint honom om att huvudmannen ska ha tillgång till fickpengar. Så nånting hände.
Yvonne|klagomal|follow_up|-1|p|Och sen blev Bengt sur på mig. Han slutade svara när jag ringde. Det blev ett krig. Och mamma satt mitt i.
Maria Öberg|Hur löste det sig?
Yvonne|byte_avslut|follow_up|0|n|Jag ansökte om att själv bli god man istället. Byte av god man. Och Bengt ville ju också sluta vid det laget. Så det gick på ett halvår. Jag fick ett nytt beslut från tingsrätten i maj.
Maria Öberg|Och sen dog din mamma i september.
Yvonne|byte_avslut|follow_up|-1|p|Ja. Fyra månader fick jag vara hennes god man. Och Bengts sluträkning för hans period, den har jag inte sett. Överförmyndaren säger att den är inlämnad och under granskning.
Maria Öberg|Och din egen sluträkning?
Yvonne|arsrakning|follow_up|0|n|Den gjorde jag på två kvällar och lämnade in i oktober. Den var ju bara fyra månader. Och den är godkänd. Så min är klar, men inte hans. Och bouppteckningen står och väntar.
Maria Öberg|Hur har kontakten med överförmyndarenheten varit under slutet?
Yvonne|kontakt|follow_up|1|pr|Faktiskt bra. Handläggaren, Helena, har varit vänlig och har ringt mig två gånger. Hon har förklarat att de granskar Bengts sluträkning noga, för att jag har klagat. Det uppskattar jag.
Yvonne|kontakt|follow_up|0|n|Men det hjälper inte att de är vänliga när det inte händer nåt. Jag vill bara veta vad som hände med mammas pengar.
Maria Öberg|Om du tänker på hela resan, vad hade behövts?
Yvonne|relation|use|0|s|Att anhöriga får veta mer. Inte allt, men något. En gång om året, en sammanfattning. Hur mycket hon har, vad pengarna gått till. Det hade förebyggt hela konflikten.
Yvonne|hitta_info|find_info|0|s|Och att någon förklarade för mig 2021 vad det innebar att säga nej till att bli god man. Att jag lämnade över allt.
Maria Öberg|Tack, Yvonne. Det var värdefullt.
Yvonne|-|-|0|n|Det var skönt att få säga det. Hoppas det hjälper någon.
"""


# ---------------------------------------------------------------------------
# Code: parse the session lists, write the files, parse them back, check.
# ---------------------------------------------------------------------------
import csv, io, re, sys, zipfile, hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"
STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = {"p": "pain", "pr": "praise", "s": "suggestion", "q": "question", "n": "neutral"}
THEMES = {
    "beh": "behov_start", "hitta_info": "hitta_info", "ansokan": "ansokan_intyg",
    "utredning": "utredning_vantan", "beslut": "beslut_tingsratt", "bank": "bank_myndigheter",
    "arsrakning": "forteckning_arsrakning", "arvode": "arvode_uppdrag",
    "kontakt": "kontakt_enheten", "relation": "relation_konflikt", "klagomal": "relation_konflikt",
    "byte_avslut": "byte_avslut", "stod": "rekrytering_stod",
}
CODEBOOK = [
    ("behov_start", "När behovet uppstår",
     "Situationen före all kontakt med överförmyndaren: vem huvudmannen är (demens, Parkinson, intellektuell funktionsnedsättning, psykisk sjukdom, ensamkommande), hur det märktes (räkningar, bedrägerier, prenumerationer, vård som kräver underskrift), att ett barn fyller arton. Presentationsrundor hör hit. Gode mäns egna skäl att börja hör till rekrytering_stod."),
    ("hitta_info", "Hitta information och vägen in",
     "Hur man fick veta att god man finns och vart man vänder sig: biståndshandläggaren, kuratorn, banken som säger nej, webbsidan på juristspråk, Facebookgruppen, skillnaden mellan överförmyndaren och tingsrätten; önskemål om checklista vid sexton år, flödesschema, ett nummer till en människa."),
    ("ansokan_intyg", "Ansökan, anmälan, läkarintyg och samtycke",
     "Själva ansökan till tingsrätten eller anmälan till överförmyndaren: blanketten, Socialstyrelsens läkarintyg som saknas eller är fel, vårdcentralen, kompletteringar, huvudmannens samtycke eller yttrande, framtidsfullmakt som kom för sent, förvaltarskap i stället för godmanskap."),
    ("utredning_vantan", "Utredningen och väntan på en god man",
     "Överförmyndarens utredning och tiden innan beslut: lämplighetsprövning, att hitta en lekman, köer på månader, räkningar som ingen betalar under tiden, interimistisk god man, hur förvaltare får de svåra ärendena; önskemål om att få veta var i kön man står."),
    ("beslut_tingsratt", "Tingsrättens beslut",
     "Beslutet och hur det kom: brevet med paragrafer, registerutdraget som nyckel, god man utan telefonnummer, förhandling och överklagande av förvaltarskap, tiden hos tingsrätten."),
    ("bank_myndigheter", "Banken, Skatteverket och andra myndigheter",
     "Att företräda huvudmannen utåt: banken som kräver original, möten och legitimation, säkerhetsdosor och BankID, Skatteverket, Försäkringskassan, Kronofogden, samtycke till försäljning av hus, att få tillbaka utlägg, vardagens räkningar och fickpengar."),
    ("forteckning_arsrakning", "Förteckning, årsräkning och granskning",
     "Redovisningen till överförmyndaren: förteckningen inom två månader, årsräkningen och dess verifikationer, e-tjänsten, kompletteringar och anmärkningar, granskningstiden, att inte blanda pengar, sluträkningens eget arbete när det gäller själva redovisningen."),
    ("arvode_uppdrag", "Arvode, tid och uppdragets gränser",
     "Vad uppdraget omfattar och vad det ger: arvode och schablon, tidbok, vem som betalar, att anhöriga avstår arvode, professionella förvaltares ekonomi, tid per månad, det som inte ingår (klippning, tandläkare) men som ändå blir gjort."),
    ("kontakt_enheten", "Kontakt med överförmyndarenheten",
     "Att nå och få svar från enheten: telefontid två förmiddagar, funktionsbrevlåda, mejlsvar, handläggarbyten och olika besked, muntliga samtycken, handläggare som förklarar; önskemål om kvällstid, fast handläggare, chatt, skriftliga besked. Enhetens egen beskrivning av arbetet hör hit."),
    ("relation_konflikt", "Relationen till huvudmannen, anhöriga, konflikter och klagomål",
     "Livet mellan huvudman, god man och anhöriga: att vara både son och god man, anhöriga som står utanför sekretessen, huvudmän som blir arga, förtroende som byggs, klagomål och anmälningar till överförmyndaren och vad enheten kan göra."),
    ("byte_avslut", "Byte, dödsfall, sluträkning och avslut",
     "Det som följer: byte av god man och entledigande, att uppdraget upphör vid dödsfall, sluträkning och dödsbo, bouppteckning som väntar, när ett ensamkommande barn fyller arton, oron för vem som tar över efter en förälder."),
    ("rekrytering_stod", "Rekrytering, utbildning och stöd till gode män",
     "Hur lekmän blir gode män och orkar: annonser, film, pension, att tala språk, grundutbildning, träffar, mentorer, nätverk, fika med andra gode män, lekmännens ålder och brist."),
]


def load_sessions(text):
    sessions, cur = [], None
    for line in text.strip("\n").split("\n"):
        if line.startswith("## "):
            cur = {"file": line[3:].strip(), "turns": []}
            sessions.append(cur)
            continue
        parts = line.split("|")
        if len(parts) == 2:
            cur["turns"].append(dict(speaker=parts[0], text=parts[1], mod=True))
        else:
            spk, th, st, se, ki, txt = parts
            assert ki in KINDS, line
            t = dict(speaker=spk, text=txt, mod=False, kind=KINDS[ki], sentiment=int(se))
            if th == "-":
                t["theme"], t["stage"] = "", ""
            else:
                t["theme"], t["stage"] = THEMES[th], st
                assert st in STAGES, line
            prev = cur["turns"][-1] if cur["turns"] else None
            if prev is not None and not prev["mod"] and prev["speaker"] == spk:
                # two participant turns in a row: the interviewer's backchannel between them is a turn
                mod = cur["turns"][0]["speaker"]
                cur["turns"].append(dict(speaker=mod, text=BACKCHANNELS[len(cur["turns"]) % len(BACKCHANNELS)], mod=True))
            cur["turns"].append(t)
    return sessions


BACKCHANNELS = ("Mm.", "Okej.", "Ja.", "Mm, jag förstår.", "Ja, precis.")


def sentences(text):
    """Split a turn at sentence ends (joining the pieces with one space gives it back)."""
    out = re.split(r"(?<=[.?!])\s+(?=[A-ZÅÄÖ(\"])", text)
    assert " ".join(out) == text
    return out


def halves(text):
    s = sentences(text)
    if len(s) < 2:
        return [text]
    k = (len(s) + 1) // 2
    return [" ".join(s[:k]), " ".join(s[k:])]


def chunks(text, limit):
    """Sentences packed into pieces of at most `limit` characters (a sentence may exceed)."""
    out, cur = [], ""
    for s in sentences(text):
        if cur and len(cur) + 1 + len(s) > limit:
            out.append(cur)
            cur = s
        else:
            cur = f"{cur} {s}" if cur else s
    out.append(cur)
    return out


class Clock:
    """Deterministic times: each turn lasts by its length, a small fixed pause after."""
    def __init__(self, start=3.0):
        self.t = start
        self.n = 0

    def span(self, text):
        self.n += 1
        d = max(1.2, len(text.split()) * 0.42) + (self.n % 3) * 0.3
        a, self.t = self.t, self.t + d
        self.t += 0.6 + (self.n % 4) * 0.2
        return a, a + d


def hms(s):
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def tc25(s):
    f = int(round(s * 25))
    return f"{f // 90000:02d}:{f // 1500 % 60:02d}:{f // 25 % 60:02d}:{f % 25:02d}"


def vtt_time(s):
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


# ---------------------------------------------------------------- docx helpers
FIXED_DT = (2025, 12, 1, 9, 0, 0)


def normalise_zip(path):
    """Re-zip with sorted names and a fixed timestamp so the bytes do not change between runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    order = {"[Content_Types].xml": 0, "_rels/.rels": 1}
    items.sort(key=lambda kv: (order.get(kv[0], 2), kv[0]))
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def fix_core(doc, title, author):
    import datetime as dt
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = dt.datetime(2025, 11, 28, 10, 0, 0)
    cp.revision = 1
    cp.comments = ""


# ---------------------------------------------------------------- writers
def write_fg1_docx(turns, path):
    """Skrivbyrå's Word table: no header row, cell 1 = bold code + time below, cell 2 = text."""
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    fix_core(d, "Fokusgrupp 1 anhöriga", "Skrivbyrån Ordet AB")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Skrivbyrån Ordet AB\tUppdrag 2025-118\tKONFIDENTIELLT"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ")
    for code in ("PAGE",):
        r = fp.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {code} "; r._r.append(it)
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    p = d.add_paragraph(); r = p.add_run("TRANSKRIPTION – FOKUSGRUPP 1"); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph("Beställare: Hjortsjö kommun, Utvecklingsenheten. Inspelning: FG1_anhoriga_251104.m4a (1 h 31 min).")
    d.add_paragraph("Datum för samtalet: 2025-11-04. Plats: Kommunhuset, sal Mälaren. Transkriberat ordagrant, utfyllnadsljud delvis borttagna. Namn på tredje person har inte avidentifierats på beställarens begäran.")
    d.add_paragraph("Talarkoder:")
    key = d.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    key.rows[0].cells[0].text, key.rows[0].cells[1].text = "Kod", "Beskrivning"
    for c, dsc in [("M", "Moderator"), ("D1–D5", "Deltagare i den ordning de presenterade sig")]:
        row = key.add_row().cells
        row[0].text, row[1].text = c, dsc
    d.add_paragraph("")
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    clock = Clock(12.0)
    two_par = {32, 77}          # turns typed as two paragraphs in the text cell
    pause_before = 44           # the coffee break row, merged across the table
    for i, t in enumerate(turns):
        if i == pause_before:
            row = tab.add_row()
            m = row.cells[0].merge(row.cells[1])
            m.text = "[Paus för kaffe, ca 10 minuter]"
            clock.t += 600
        a, _ = clock.span(t["text"])
        row = tab.add_row().cells
        c0 = row[0].paragraphs[0]
        rr = c0.add_run(t["speaker"]); rr.bold = True
        tp = row[0].add_paragraph(); tr = tp.add_run(hms(a)); tr.font.size = Pt(8); tr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        pieces = halves(t["text"]) if i in two_par else [t["text"]]
        row[1].paragraphs[0].text = pieces[0]
        for pc in pieces[1:]:
            row[1].add_paragraph(pc)
    for row in tab.rows:
        row.cells[0].width = Cm(2.2)
    d.add_paragraph("[Inspelningen slutar]")
    d.save(path)
    normalise_zip(path)


def read_fg1_docx(path):
    import docx
    d = docx.Document(path)
    tab = d.tables[1]
    out = []
    for row in tab.rows:
        cells = row.cells
        if cells[0]._tc is cells[1]._tc:
            continue  # merged note row
        spk = cells[0].paragraphs[0].text
        out.append((spk, " ".join(p.text for p in cells[1].paragraphs)))
    return out


def write_fg2_xlsx(turns, path):
    """ATLAS.ti Quotation Manager exported to Excel; speaker auto-coded as `Talare: Namn`."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Quotations"
    hdr = ["ID", "Quotation Name", "Document", "Codes", "Start", "End", "Quotation Content", "Comment", "Created by"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    split = {14, 28, 52, 71}            # turns the typist broke into two paragraphs
    thematic = {1: "Årsräkning", 4: "Årsräkning", 26: "Anhöriga", 48: "Arvode", 53: "Bank", 73: "Dödsfall"}
    comments = {9: "ta upp med enheten", 26: "jfr FG1 Göran", 48: "räkna!", 73: "sluträkning – dödsbo"}
    note_after = 57
    qn, para = 0, 2
    for i, t in enumerate(turns):
        pieces = halves(t["text"]) if i in split else [t["text"]]
        for k, pc in enumerate(pieces):
            qn += 1
            codes = [f"Talare: {t['speaker']}"]
            if k == 0 and i in thematic:
                codes.append(thematic[i])
            name = pc if len(pc) <= 30 else pc[:30].rstrip() + "…"
            ws.append([f"2:{qn}", name, "2: Fokusgrupp 2 gode män.docx", "\n".join(codes),
                       f"¶ {para}", f"¶ {para}", pc, comments.get(i, "") if k == 0 else "", "Tobias L"])
            para += 1
        if i == note_after:
            qn += 1
            pc = "(Kjell går ut och svarar i telefon, kommer tillbaka efter en stund)"
            ws.append([f"2:{qn}", pc[:30].rstrip() + "…", "2: Fokusgrupp 2 gode män.docx", "Anteckning",
                       f"¶ {para}", f"¶ {para}", pc, "", "Tobias L"])
            para += 1
    for col, w in zip("ABCDEFGHI", (7, 34, 30, 22, 8, 8, 90, 22, 12)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2):
        row[6].alignment = Alignment(wrap_text=True, vertical="top")
        row[3].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    save_xlsx(wb, path, "Tobias L")


def save_xlsx(wb, path, author):
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 11, 28, 10, 0, 0)
    wb.save(path)
    # openpyxl writes the save time into docProps/core.xml; pin it
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for n, data in items:
        if n == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2025-11-28T10:00:00Z\g<2>", data)
        fixed.append((n, data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in fixed:
            zi = zipfile.ZipInfo(n, FIXED_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def read_fg2_xlsx(path):
    from openpyxl import load_workbook
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    out = []
    for r in rows:
        codes = (r[3] or "").split("\n")
        spk = [c[len("Talare: "):] for c in codes if c.startswith("Talare: ")]
        if not spk:
            continue
        if out and out[-1][0] == spk[0]:
            out[-1] = (spk[0], out[-1][1] + " " + r[6])
        else:
            out.append((spk[0], r[6]))
    return out


def write_premiere_csv(turns, path):
    """Premiere Pro, File > Export > Markers (CSV): UTF-16 LE with BOM, tab-separated, CRLF."""
    lines = ["Marker Name\tDescription\tIn\tOut\tDuration\tMarker Type"]
    clock = Clock(4.0)
    base = 3600.0  # the sequence starts at 01:00:00:00
    extra = {6: "Tagning 2", 20: "Byt minneskort"}
    for i, t in enumerate(turns):
        if i in extra:
            a = base + clock.t
            lines.append(f"{extra[i]}\t\t{tc25(a)}\t{tc25(a)}\t00:00:00:00\tChapter")
            clock.t += 40 if i == 20 else 3
        for pc in chunks(t["text"], 150):
            a, b = clock.span(pc)
            lines.append(f"{t['speaker']}\t{pc}\t{tc25(base + a)}\t{tc25(base + b)}\t{tc25(b - a)}\tComment")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))


def read_premiere_csv(path):
    raw = path.read_bytes()
    assert raw[:2] == b"\xff\xfe"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-16"), newline=""), delimiter="\t"))
    assert rows[0][0] == "Marker Name"
    out = []
    for r in rows[1:]:
        if r[5] != "Comment":
            continue
        if out and out[-1][0] == r[0]:
            out[-1] = (r[0], out[-1][1] + " " + r[1])
        else:
            out.append((r[0], r[1]))
    return out


def write_pandoc_md(turns, path):
    """A researcher's Markdown for pandoc: one fenced div per turn, the speaker only in custom-style."""
    out = ["---",
           "title: \"Intervju 2 – son till man med demens\"",
           "author: Maria Öberg",
           "date: 2025-11-12",
           "lang: sv-SE",
           "reference-doc: transkriptmall-hjortsjo.docx",
           "---", "",
           "Intervju i informantens kök i Östby, ca 50 minuter. Mina frågor har formatmallen",
           "*Intervjuare*, svaren *Informant*; kommentarer i *Anteckning*. Konverteras med",
           "`pandoc intervju-2.md -o intervju-2.docx`.", ""]
    two_par = {21}
    for i, t in enumerate(turns):
        if i == 27:
            out += ["::: {custom-style=\"Anteckning\"}", "(Telefonen ringer, vi pausar ett par minuter.)", ":::", ""]
        out.append(f"::: {{custom-style=\"{t['speaker']}\"}}")
        pieces = halves(t["text"]) if i in two_par else [t["text"]]
        for k, pc in enumerate(pieces):
            if k:
                out.append("")
            out += wrap(pc, 78)
        out += [":::", ""]
    path.write_text("\n".join(out), encoding="utf-8", newline="\n")


def wrap(text, width, first="", rest=""):
    words, lines, cur, fresh = text.split(" "), [], first, True
    for w in words:
        if not fresh and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = rest + w
        else:
            cur = cur + w if fresh else cur + " " + w
        fresh = False
    lines.append(cur)
    return lines


def read_pandoc_md(path):
    text = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r'^::: \{custom-style="([^"]+)"\}\n(.*?)\n:::$', text, re.S | re.M):
        if m.group(1) == "Anteckning":
            continue
        body = " ".join(p.replace("\n", " ") for p in m.group(2).split("\n\n"))
        out.append((m.group(1), body))
    return out


def write_fixed_txt(turns, path):
    """Typescript in a monospaced layout: initials in an 8-column margin, text wrapped at 72."""
    hdr = ["HJORTSJÖ KOMMUN – STUDIEN OM GOD MAN OCH FÖRVALTARE",
           "Intervju 3, 2025-11-14, Förvaltarbyrån Holm & Partners, Storgatan",
           "MÖ = Maria Öberg (intervjuare)   CH = Carina Holm (förvaltare)",
           "Utskrift: MÖ, från diktafon. Ej ordagrant i upprepningar.",
           "=" * 72, ""]
    body = []
    for t in turns:
        body += wrap(t["text"], 72, first=f"{t['speaker']:<8}", rest=" " * 8)
        body.append("")
    lines, page = hdr[:], 1
    per_page = 56
    for k, ln in enumerate(body):
        if k and k % per_page == 0:
            page += 1
            lines.append(f"\f{'Intervju 3 – förvaltare':<60}Sida {page}")
            lines.append("")
        lines.append(ln)
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def read_fixed_txt(path):
    text = path.read_bytes().decode("cp1252")
    lines = text.split("\r\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("====")) + 1
    out = []
    for l in lines[start:]:
        if l.startswith("\f"):
            continue
        if not l.strip():
            continue
        if l[:8].strip():
            out.append([l[:8].strip(), l[8:]])
        else:
            out[-1][1] += " " + l[8:]
    return [tuple(x) for x in out]


EMAILS = {"Maria Öberg": "maria.oberg@hjortsjo.se", "Helena Strand": "helena.strand@hjortsjo.se"}


def add_chip(paragraph, name):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    rid = paragraph.part.relate_to("mailto:" + EMAILS[name], RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); rp = OxmlElement("w:rPr")
    col = OxmlElement("w:color"); col.set(qn("w:val"), "1155CC"); rp.append(col)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rp.append(u)
    r.append(rp)
    tx = OxmlElement("w:t"); tx.text = name; tx.set(qn("xml:space"), "preserve"); r.append(tx)
    h.append(r)
    paragraph._p.append(h)


def write_chips_docx(turns, path):
    """Google Docs note with people chips (@name), downloaded as .docx: chips become mailto links."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    fix_core(d, "Intervju 4 handläggare", "")
    p = d.add_paragraph(); r = p.add_run("Intervju 4 – handläggare, överförmyndarenheten"); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph("Datum: 18 nov. 2025 · Plats: Överförmyndarenheten, Hjortsjö kommunhus · Deltagare: ")
    add_chip(p, "Maria Öberg"); p.add_run(" "); add_chip(p, "Helena Strand")
    d.add_paragraph("Inspelad i Google Meet (rummet på enheten), utskriven i efterhand av Maria. Chippen före varje replik = vem som talar.")
    d.add_paragraph("")
    for t in turns:
        p = d.add_paragraph()
        add_chip(p, t["speaker"])
        p.add_run(": " + t["text"])
    d.save(path)
    normalise_zip(path)


def read_chips_docx(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    out = []
    for p in d.paragraphs[4:]:
        kids = list(p._p)
        if not kids:
            continue
        h = [k for k in kids if k.tag == qn("w:hyperlink")]
        if not h:
            continue
        name = "".join(t.text for t in h[0].iter(qn("w:t")))
        rest = "".join(t.text for k in kids if k.tag == qn("w:r") for t in k.iter(qn("w:t")))
        assert rest.startswith(": ")
        out.append((name, rest[2:]))
    return out


BLUE = "FF1F4E79"


def write_colour_xlsx(turns, path):
    """Interviewer's Excel: no speaker column; her questions in blue font, answers in black; key in row 2."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "Intervju Susanne"
    ws["A1"] = "Intervju 5 – mamma till Viktor (19), hemma hos familjen, 2025-11-20"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Blå text = mina frågor (TL). Svart = Susanne."
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(["Tid", "Vad som sades", "Mina anteckningar"])
    for c in ws[4]:
        c.font = Font(bold=True)
    clock = Clock(8.0)
    two_rows = {9, 25}
    notes = {9: "kurator gymnasiesärskolan", 12: "visar teckningen", 22: "viktigt – blanda pengar", 34: "oro för framtiden"}
    for i, t in enumerate(turns):
        pieces = halves(t["text"]) if i in two_rows else [t["text"]]
        for k, pc in enumerate(pieces):
            a, _ = clock.span(pc)
            ws.append([hms(a) if k == 0 else None, pc, notes.get(i, "") if k == 0 else None])
            cell = ws.cell(row=ws.max_row, column=2)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if t["mod"]:
                cell.font = Font(color=BLUE)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 95
    ws.column_dimensions["C"].width = 28
    ws.freeze_panes = "A5"
    info = wb.create_sheet("Om intervjun")
    for row in [("Intervjuare", "Tobias Ljung (TL)"), ("Deltagare", "Susanne, mamma och god man till sin son Viktor"),
                ("Inspelning", "Mobil, 44 min"), ("Skrivet", "TL, 2025-11-24")]:
        info.append(row)
    save_xlsx(wb, path, "Tobias Ljung")


def read_colour_xlsx(path):
    from openpyxl import load_workbook
    ws = load_workbook(path)["Intervju Susanne"]
    out = []
    for row in ws.iter_rows(min_row=5):
        c = row[1]
        if c.value is None:
            continue
        spk = "TL" if (c.font.color is not None and c.font.color.rgb == BLUE) else "Susanne"
        if out and out[-1][0] == spk and row[0].value is None:
            out[-1] = (spk, out[-1][1] + " " + c.value)
        else:
            out.append((spk, c.value))
    return out


VOICE = {"Maria Öberg": "intervjuare", "Yvonne": "deltagare"}


def write_classes_vtt(turns, path):
    """Captioner's WebVTT: cue settings, `<v.class Name>` on a turn's first cue only, 2 × 42 characters."""
    out = ["WEBVTT - Intervju 6, Hjortsjö kommun", "",
           "NOTE",
           "Textning: Textbyrån Norr för Hjortsjö kommun, 2025-11-27.",
           "Röster: intervjuare = Maria Öberg, deltagare = Yvonne.",
           "",
           "STYLE",
           "::cue(v.intervjuare) { color: yellow; }",
           ""]
    clock = Clock(2.0)
    n = 0
    for t in turns:
        lines = wrap(t["text"], 42)
        cues = [lines[k:k + 2] for k in range(0, len(lines), 2)]
        for k, cl in enumerate(cues):
            n += 1
            a, b = clock.span(" ".join(cl))
            out.append(f"c{n:03d}")
            out.append(f"{vtt_time(a)} --> {vtt_time(b)} line:84% align:center")
            body = "\n".join(cl)
            if k == 0:
                body = f"<v.{VOICE[t['speaker']]} {t['speaker']}>{body}"
            if k == len(cues) - 1:
                body += "</v>" if len(cues) == 1 else ""
            out.append(body)
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8", newline="\n")


def read_classes_vtt(path):
    text = path.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    out = []
    for b in blocks:
        ls = [x for x in b.split("\n") if x]
        if len(ls) < 3 or "-->" not in ls[1]:
            continue
        body = " ".join(ls[2:]).replace("</v>", "")
        m = re.match(r"<v\.[a-z]+ ([^>]+)>(.*)", body)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out[-1] = (out[-1][0], out[-1][1] + " " + body)
    return out


LAYOUTS = {
    "fokusgrupp-1.docx": (write_fg1_docx, read_fg1_docx),
    "fokusgrupp-2.xlsx": (write_fg2_xlsx, read_fg2_xlsx),
    "intervju-1.csv": (write_premiere_csv, read_premiere_csv),
    "intervju-2.md": (write_pandoc_md, read_pandoc_md),
    "intervju-3.txt": (write_fixed_txt, read_fixed_txt),
    "intervju-4.docx": (write_chips_docx, read_chips_docx),
    "intervju-5.xlsx": (write_colour_xlsx, read_colour_xlsx),
    "intervju-6.vtt": (write_classes_vtt, read_classes_vtt),
}

PARTICIPANTS = [
    # speaker, segment, roll, relation, sessions
    ("M", "moderator", "samtalsledare fokusgrupp 1 (Maria Öberg, tjänstedesigner, Hjortsjö kommun)", "", ""),
    ("D1", "anhorig", "dotter, god man för sin mamma (Lena)", "förälder med demens", "55-64"),
    ("D2", "anhorig", "son, pappan har lekmannagod man (Göran)", "förälder med Parkinson och demens", "55-64"),
    ("D3", "forälder", "mamma och god man för sin son, 18 (Anneli)", "vuxet barn med intellektuell funktionsnedsättning", "45-54"),
    ("D4", "tidigare_huvudman", "hade god man som ensamkommande 2015–2018 (Reza)", "egen erfarenhet", "25-34"),
    ("D5", "anhorig", "syster till man med förvaltare (Birgitta)", "syskon med schizofreni", "55-64"),
    ("T", "moderator", "samtalsledare fokusgrupp 2 (Tobias Ljung, Hjortsjö kommun)", "", ""),
    ("Kjell", "lekman", "god man för fyra huvudmän, pensionär", "lekmannagod man", "65-74"),
    ("Margareta", "lekman", "god man för sex huvudmän sedan 2012", "lekmannagod man", "65-74"),
    ("Sofia", "lekman", "god man för två huvudmän, tidigare för ensamkommande", "lekmannagod man", "35-44"),
    ("Hassan", "lekman", "god man för tre huvudmän, arabisk- och somalisktalande", "lekmannagod man", "45-54"),
    ("Eva", "lekman", "ny god man, en huvudman, sjuksköterska", "lekmannagod man", "45-54"),
    ("Fråga", "moderator", "intervjuare bakom kameran, intervju 1 (Tobias Ljung)", "", ""),
    ("Ingrid", "lekman", "god man för tre huvudmän, pensionerad från Försäkringskassan", "lekmannagod man", "65-74"),
    ("Intervjuare", "moderator", "intervjuare, intervju 2 (Maria Öberg)", "", ""),
    ("Informant", "anhorig", "son och god man för sin pappa, 88, med demens (Patrik)", "förälder med demens", "55-64"),
    ("MÖ", "moderator", "intervjuare, intervju 3 (Maria Öberg)", "", ""),
    ("CH", "professionell", "professionell förvaltare, 22 huvudmän (Carina Holm)", "förvaltare", "45-54"),
    ("Maria Öberg", "moderator", "intervjuare, intervju 4 och 6", "", ""),
    ("Helena Strand", "personal", "handläggare, överförmyndarenheten", "personal", "35-44"),
    ("TL", "moderator", "intervjuare, intervju 5 (Tobias Ljung)", "", ""),
    ("Susanne", "forälder", "mamma och god man för sin son Viktor, 19", "vuxet barn med intellektuell funktionsnedsättning", "45-54"),
    ("Yvonne", "anhorig", "dotter; mamman hade lekmannagod man, sedan Yvonne själv; mamman död 2025", "förälder efter stroke", "55-64"),
]


def main():
    sessions = load_sessions(SESSIONS)
    assert [s["file"] for s in sessions] == list(LAYOUTS)
    TDIR.mkdir(exist_ok=True)
    gold = []
    problems = []
    for s in sessions:
        w, r = LAYOUTS[s["file"]]
        path = TDIR / s["file"]
        w(s["turns"], path)
        back = r(path)
        want = [(t["speaker"], t["text"]) for t in s["turns"]]
        if back != want:
            for k, (x, y) in enumerate(zip(back, want)):
                if x != y:
                    problems.append(f"{s['file']} turn {k}: {x!r} != {y!r}")
                    break
            if len(back) != len(want):
                problems.append(f"{s['file']}: {len(back)} turns read, {len(want)} written")
        for i, t in enumerate(s["turns"]):
            if not t["mod"]:
                gold.append([s["file"], i, t["speaker"], t["theme"], t["stage"], t["sentiment"], t["kind"], t["text"]])
    if problems:
        sys.exit("parse-back failed:\n" + "\n".join(problems))
    spk_all = {t["speaker"] for s in sessions for t in s["turns"]}
    mods = {t["speaker"] for s in sessions for t in s["turns"] if t["mod"]}
    labels = [p[0] for p in PARTICIPANTS]
    assert set(labels) == spk_all, (set(labels) ^ spk_all)
    assert {p[0] for p in PARTICIPANTS if p[1] == "moderator"} == mods
    buf = io.StringIO()
    cw = csv.writer(buf, lineterminator="\n")
    cw.writerow(["speaker", "segment", "roll", "situation", "age_group"])
    for p in PARTICIPANTS:
        cw.writerow(p)
    (TDIR / "participants.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
    buf = io.StringIO()
    cw = csv.writer(buf, lineterminator="\n")
    cw.writerow(["source", "turn", "speaker", "theme", "journey_stage", "sentiment", "kind", "text"])
    cw.writerows(gold)
    (HERE / "gold.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
    # codebook: examples are the first sentence of chosen turns, checked to be in that theme only
    by_theme = {}
    for g in gold:
        by_theme.setdefault(g[3], []).append(g[7])
    ids = [c[0] for c in CODEBOOK]
    assert set(ids) == set(by_theme) - {""}, set(ids) ^ set(by_theme)
    buf = io.StringIO()
    cw = csv.writer(buf, lineterminator="\n")
    cw.writerow(["id", "label", "description", "examples"])
    for tid, label, desc in CODEBOOK:
        ex = []
        for text in by_theme[tid]:
            for sent in sentences(text):
                if len(sent.split()) < 5 or len(sent) > 110:
                    continue
                if any(sent in g[7] for g in gold if g[3] != tid):
                    continue
                ex.append(sent)
                break
            if len(ex) == 3:
                break
        assert len(ex) == 3, tid
        for e in ex:
            assert any(e in g[7] for g in gold if g[3] == tid)
            assert not any(e in g[7] for g in gold if g[3] != tid)
        cw.writerow([tid, label, desc, "|".join(ex)])
    (HERE / "codebook.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
    for s in sessions:
        n = len(s["turns"]); p = sum(not t["mod"] for t in s["turns"])
        print(f"{s['file']:22s} turns {n:3d}  participant {p:3d}")
    print("gold rows", len(gold))


if __name__ == "__main__":
    main()
