#!/usr/bin/env python3
"""Generate the fictional färdtjänst study (Åsby kommun): transcripts, gold.csv,
codebook.csv and participants.csv, all from the structured session lists below.

Standard library only. Run:  python3 generate.py
Every session is one list of turns. A moderator turn is (speaker, text); a
participant turn is (speaker, text, theme, journey_stage, sentiment, kind).
Transcript files and gold rows are written from the same list, so turn
indices cannot drift.
"""
from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "transcripts"

STAGES = {"need", "find_info", "apply", "processing", "decision", "use", "follow_up"}
KINDS = {"pain", "praise", "suggestion", "question", "neutral"}

# --------------------------------------------------------------------------
# Codebook (written before coding; examples are excerpts from the transcripts)
# --------------------------------------------------------------------------
CODEBOOK = [
    ("behov_vardag", "Behov, livssituation och vad resorna betyder",
     "Situationen bakom behovet (sjukdom, skada, ålder, förlust av den som körde, "
     "avstånd till kollektivtrafik) och vad resorna gör möjligt i vardagen: arbete, "
     "studier, fritid, socialt liv, att kunna bo kvar hemma. Inte upplevelser av "
     "handläggningen eller av enskilda resor.",
     ["Jag klarar inte backen upp till busshållplatsen längre",
      "Han har alltid varit den som kör.",
      "För många är det det som gör att de kan bo kvar hemma."]),
    ("ansokan_intyg", "Ansökan och läkarintyg",
     "Att fylla i och lämna in ansökan (papper eller e-tjänst), fullmakt och ombud, "
     "att beskriva sina svårigheter med egna ord, att skaffa läkarintyg eller andra "
     "utlåtanden och vad de behöver innehålla, ny ansökan vid flytt från en annan kommun.",
     ["Beskriv dina svårigheter.” Ja, var ska man börja?",
      "Så vi fick skriva en fullmakt",
      "sen skulle läkarintyget skickas separat, på papper, per post"]),
    ("utredning_beslut", "Utredning, bedömning och beslut",
     "Handläggningstid, bedömningssamtal per telefon och hembesök, om bedömningen fångar "
     "en förmåga som varierar, beslutets innehåll och villkor (ledsagare, fordonstyp, "
     "ensamåkning, giltighetstid), motivering, avslag och överklagande, samt ny prövning "
     "när ett tidsbegränsat tillstånd löper ut.",
     ["jag hade en bra dag just den dagen",
      "Och med MS finns det inget ”oftast”.",
      "Sju veckor utan färdtjänst"]),
    ("bestallning", "Beställa resor",
     "Att boka, ändra och avboka resor per telefon eller i appen: telefonkö, appens "
     "funktioner och tillgänglighet, framförhållning, vilka tider som erbjuds, stående "
     "beställningar, anhöriga som bokar åt någon, olika nummer för olika slags resor, "
     "att planera en riksfärdtjänstresa.",
     ["Knapparna har inga namn",
      "”Vi kan erbjuda 19.40.” Fast filmen börjar sju.",
      "Ett telefonnummer. Ett. För allt."]),
    ("punktlighet", "Sena och uteblivna bilar",
     "Att vänta på bilen, hämtfönstret, förseningar, bilar som inte kommer eller kommer "
     "med fel fordon, besked om var bilen är, och följderna: missade tider, sen till "
     "arbetet, att stå ute i kylan.",
     ["det är en halvtimme man står i hallen med jackan på",
      "de sa att resan var ”utförd”. Utförd!",
      "Att de ringer när de är sena."]),
    ("forare_bemotande", "Förare och hjälp under resan",
     "Förarnas bemötande och kunnande: hjälp till och från dörren, fastspänning av "
     "rullstol, ramp, körsätt, tålamod och stress, kunskap om olika funktionsnedsättningar, "
     "språk och att känna igen resenären, fast förare.",
     ["han bär alltid upp mina kassar till dörren",
      "En sa ”du gick ju förra veckan”.",
      "Med Parkinson kan man inte stressa"]),
    ("samakning_restid", "Samåkning och restid",
     "Att dela bil med andra resenärer: omvägar och förlängd restid, ovisshet om när man "
     "är framme, sällskap i bilen, villkor om ensamåkning i praktiken, medresenärers beteende.",
     ["och då är det plötsligt en och en halv timme",
      "Man pratar lite. Det blir lite sällskap.",
      "Vi brukar prata om vädret."]),
    ("avgifter", "Egenavgift och kostnader",
     "Vad resorna kostar (egenavgift, avgift för uteblivna resor, riksfärdtjänst), "
     "högkostnadsskydd, avgift för läkarintyg, egna utlägg för taxi när färdtjänsten inte "
     "fungerar, att avstå från resor av ekonomiska skäl.",
     ["Femtiofem nu. De höjde i januari.",
      "Jag väljer bort saker.",
      "Hundra kronor."]),
    ("kontakt_information", "Kontakt och information",
     "Tvärgående över hela resan: att hitta och förstå information om regler och vem som "
     "har rätt till färdtjänst, skillnaden mot sjukresor, att nå handläggare och få besked "
     "om sitt ärende, besked inför att tillståndet går ut, en fast kontaktperson, "
     "samverkan mellan vården och kommunen.",
     ["Är jag väsentlig?",
      "Ingen namn, inget datum.",
      "Att de skickar ett brev innan tillståndet går ut."]),
    ("synpunkter_klagomal", "Synpunkter, klagomål och ersättning",
     "Att lämna synpunkter eller klaga (formulär, app, telefon, mejl), vilket svar och "
     "vilken återkoppling man får, ersättning för uteblivna resor, att låta bli att klaga.",
     ["Det är som att skicka ut i rymden.",
      "Jag har slutat klaga.",
      "De är rädda att de ska bli av med färdtjänsten om de klagar."]),
]
THEMES = {c[0] for c in CODEBOOK}

# --------------------------------------------------------------------------
# Participants
# --------------------------------------------------------------------------
PARTICIPANTS = [
    # speaker;segment;age_group;district;situation
    ("Elin Forsberg", "moderator", "", "", ""),
    ("Gunnel Axelsson", "tillståndshavare", "75+", "Kvarnbacken", "KOL"),
    ("Ramin Ahmadi", "tillståndshavare", "30-44", "Hagalund", "ryggmärgsskada, rullstol"),
    ("Berit Sandgren", "anhörig", "45-64", "Ekeby", "dotter till tillståndshavare med demens"),
    ("Oskar Lind", "tillståndshavare", "18-29", "Sjövik", "blind"),
    ("Marita Holm", "tillståndshavare", "65-74", "Tallmo", "reumatism"),
    ("Daniel Berg", "moderator", "", "", ""),
    ("Siv Karlsson", "tillståndshavare", "75+", "Centrum", "höftfraktur, rollator"),
    ("Johan Ekström", "anhörig", "45-64", "Hagalund", "förälder till vuxen son med autism"),
    ("Leyla Demir", "tillståndshavare", "30-44", "Ekeby", "MS, ibland rullstol"),
    ("Torsten Wiklund", "tillståndshavare", "65-74", "Sjövik", "amputation, dialys"),
    ("Elin", "moderator", "", "", ""),
    ("Anneli", "anhörig", "65-74", "Hagalund", "maka till tillståndshavare med Parkinson"),
    ("DANIEL", "moderator", "", "", ""),
    ("MAJA", "tillståndshavare", "18-29", "Lövsta", "CP, elrullstol, student"),
    ("Intervjuare", "moderator", "", "", ""),
    ("IP3", "yrkesverksam", "45-64", "Kvarnbacken", "arbetsterapeut i primärvården"),
    ("Holger", "tillståndshavare", "75+", "Lillsjö", "hjärtsvikt, nedsatt syn"),
]

# --------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------
N, FI, AP, PR, DE, US, FU = "need", "find_info", "apply", "processing", "decision", "use", "follow_up"

FG1 = [
    ("Elin Forsberg", "Hej allihop och välkomna. Jag heter Elin Forsberg och jobbar med verksamhetsutveckling på Åsby kommun. Vi spelar in och transkriberar det här, men inga namn kommer med i rapporten. Går det bra för alla?"),
    ("Gunnel Axelsson", "Ja då.", "", "", 0, "neutral"),
    ("Ramin Ahmadi", "Det går bra.", "", "", 0, "neutral"),
    ("Elin Forsberg", "Bra. Då tar vi en kort runda först. Säg vad du heter och lite om varför du har färdtjänst, så mycket du vill berätta. Gunnel, vill du börja?"),
    ("Gunnel Axelsson", "Ja, Gunnel heter jag, jag är sjuttionio och bor i Kvarnbacken. Jag har KOL, och, eh, det har blivit sämre de senaste åren. Jag klarar inte backen upp till busshållplatsen längre, jag får stanna och hämta andan var tionde meter. Så det var väl därför.", "behov_vardag", N, -1, "neutral"),
    ("Ramin Ahmadi", "Ramin. Jag bor i Hagalund och jobbar på ett lager... eller, jobbade, nu är jag på kontoret där. Jag fick en ryggmärgsskada för fyra år sen, en mc-olycka, och sitter i rullstol. Bussen funkar ibland, men vintern, asså, det går inte med snövallarna vid hållplatserna.", "behov_vardag", N, -1, "neutral"),
    ("Berit Sandgren", "Berit heter jag. Jag är här för min pappas skull egentligen, han är åttiosex och har demens, och han kan inte åka själv alls. Jag bor i Ekeby och han bor kvar i lägenheten i centrum, så det är jag som sköter allt med färdtjänsten åt honom.", "behov_vardag", N, -1, "neutral"),
    ("Oskar Lind", "Oskar, tjugofyra, bor i Sjövik. Jag är blind sen födseln i princip, har en liten synrest men den är inte mycket att hänga i julgranen. Jag pluggar på halvfart och så spelar jag goalball, så jag åker ganska mycket faktiskt.", "behov_vardag", N, 0, "neutral"),
    ("Marita Holm", "Och jag är Marita, jag bor ute i Tallmo. Jag har haft reumatism i många år, och det är lederna, händerna, knäna... Och där ute går bussen två gånger om dagen, så det är liksom inget alternativ ens för den som är frisk.", "behov_vardag", N, -1, "neutral"),
    ("Elin Forsberg", "Tack. Om vi går tillbaka till början, hur fick ni veta att färdtjänst fanns och att ni kunde söka?"),
    ("Gunnel Axelsson", "Det var min distriktssköterska. Jag hade ingen aning om att man kunde få det bara för att man har svårt att andas, jag trodde det var för rullstolar och sånt.", "kontakt_information", FI, 0, "neutral"),
    ("Marita Holm", "Samma här, fast för mig var det en granne. Hon sa ”men du måste ju söka”, och jag sa att det har jag väl inte rätt till. Så jag gick in på kommunens hemsida och där stod det ”väsentliga svårigheter” och, ja, vad betyder det? Är jag väsentlig?", "kontakt_information", FI, -1, "pain"),
    ("Ramin Ahmadi", "För mig var det kuratorn på rehab som fixade liksom allt. Jag skrev bara under. Så jag har ärligt talat ingen aning om hur ansökan ser ut. [skratt]", "ansokan_intyg", AP, 1, "praise"),
    ("Oskar Lind", "Jag hittade inget på webben som funkade med skärmläsaren, det var en pdf som bara var en bild, typ. Så jag fick ringa och be dem läsa upp.", "kontakt_information", FI, -1, "pain"),
    ("Elin Forsberg", "Mm. Och själva ansökan, hur var den?"),
    ("Marita Holm", "Ja, blanketten var väl inte så farlig. Men läkarintyget. Jag fick ringa vårdcentralen tre gånger innan jag fick en tid, och sen kostade intyget fyrahundra kronor, som man ju inte räknar med.", "ansokan_intyg", AP, -1, "pain"),
    ("Gunnel Axelsson", "Fyrahundra? Jag tror inte att jag betalade nånting för mitt.", "avgifter", AP, 0, "neutral"),
    ("Berit Sandgren", "Det beror nog på vårdcentral. Men för pappa var det ett helt projekt, alltså. Läkaren skrev att han har ”kognitiv svikt” och sen inget mer, och då kom det ett brev från kommunen att intyget inte räckte, de ville veta hur långt han kan gå och om han hittar själv. Så vi fick börja om med en ny tid.", "ansokan_intyg", PR, -1, "pain"),
    ("Elin Forsberg", "Hur lång tid tog det, från att ni skickade in tills ni fick beslut?"),
    ("Ramin Ahmadi", "Tre veckor kanske. Det gick snabbt.", "utredning_beslut", PR, 1, "praise"),
    ("Berit Sandgren", "Två månader för oss. Och det var med kompletteringen då.", "utredning_beslut", PR, -1, "pain"),
    ("Elin Forsberg", "Hörde ni något under tiden?"),
    ("Berit Sandgren", "Inte ett ljud. Jag ringde handläggaren två gånger och fick lämna meddelande, och hon ringde tillbaka en gång, när jag satt i ett möte på jobbet.", "kontakt_information", PR, -1, "pain"),
    ("Gunnel Axelsson", "Jag har aldrig fått något namn på någon handläggare. Jag vet inte ens om jag har en. [skratt]", "kontakt_information", PR, -1, "pain"),
    ("Elin Forsberg", "Och hur gick själva utredningen till, hade ni samtal eller besök?"),
    ("Gunnel Axelsson", "Det var en dam som ringde och frågade om allt möjligt, hur jag tar mig till affären och om jag har trappor och så. Det kändes lite som ett förhör, men hon var snäll.", "utredning_beslut", PR, 0, "neutral"),
    ("Marita Holm", "Jag fick hembesök. Och det var ju bra egentligen, men jag hade en bra dag just den dagen, så jag gick runt i köket och visade och tänkte efteråt, åh nej, nu tror hon att jag är frisk.", "utredning_beslut", PR, -1, "pain"),
    ("Oskar Lind", "[skratt] Ja, det känner jag igen. Man vill ju inte verka hjälplös när det sitter någon i soffan och antecknar.", "utredning_beslut", PR, 0, "neutral"),
    ("Marita Holm", "Nej, precis. Och sen fick jag bara tillstånd i två år, fast reumatism inte går över. Varför ska jag behöva söka igen?", "utredning_beslut", DE, -1, "pain"),
    ("Elin Forsberg", "Fick ni någon förklaring i beslutet, till hur de hade kommit fram till det?"),
    ("Berit Sandgren", "Ett stycke lagtext, typ. Och sen ”beviljas färdtjänst med ledsagare”. Det var inget fel med det, vi fick ju det vi behövde, men man förstod inte varför det tog två månader att skriva tre rader.", "utredning_beslut", DE, 0, "pain"),
    ("Ramin Ahmadi", "Mitt var okej faktiskt. Det stod vad jag fick, att jag har rätt till stor bil med ramp och att jag får ta med en medresenär.", "utredning_beslut", DE, 1, "praise"),
    ("Oskar Lind", "Jag fick avslag först.", "utredning_beslut", DE, -1, "pain"),
    ("Elin Forsberg", "Oj. Berätta."),
    ("Oskar Lind", "Ja, det var liksom att eftersom jag kan gå, och jag åker buss till skolan, så ansåg de att jag inte hade väsentliga svårigheter. Men grejen är ju att jag klarar en sträcka som jag har tränat in, inte en ny adress i en annan del av stan. Och det stod ingenting om det i beslutet, det var som att de inte hade läst vad jag skrev.", "utredning_beslut", DE, -1, "pain"),
    ("Elin Forsberg", "Överklagade du?"),
    ("Oskar Lind", "Ja, med hjälp av mamma och synpedagogen. Och då, efter typ tre månader, ändrade de sig själva innan det gick vidare till förvaltningsrätten. Så det slutade bra, men det var så onödigt.", "utredning_beslut", DE, 0, "pain"),
    ("Elin Forsberg", "Om vi går vidare till själva resorna. Hur beställer ni?"),
    ("Ramin Ahmadi", "Jag kör appen. Den är, asså, den är okej. Det bästa är att man ser när bilen är på väg, kartan med den lilla bilen. Fast den hoppar ibland, den står still i fem minuter och sen står den plötsligt utanför.", "bestallning", US, 0, "praise"),
    ("Gunnel Axelsson", "Jag ringer. Jag har ingen sån där smart telefon. Och det är kö, det är alltid kö. I morse satt jag tjugo minuter med den där musiken och när de väl svarade hade jag glömt vad jag skulle säga. [skratt] Nej, men nästan.", "bestallning", US, -1, "pain"),
    ("Berit Sandgren", "Jag ringer åt pappa, och det funkar inte alltid att jag ringer, för de vill att det är han, eller att jag har hans kundnummer och personnummer och allt. En gång fick jag inte boka för att han inte var med i telefonen. Han kan inte prata i telefon!", "bestallning", US, -1, "pain"),
    ("Oskar Lind", "Appen är inte tillgänglig för mig. Knapparna har inga namn, så skärmläsaren säger bara ”knapp, knapp, knapp”. Så jag ringer också, och det tar ju tid.", "bestallning", US, -1, "pain"),
    ("Marita Holm", "Och man ska ju boka en timme innan, minst. Men ska man till sjukhuset så tar det en timme bara att åka dit från Tallmo, så egentligen får man boka kvällen innan, annars blir det ingen bil.", "bestallning", US, -1, "pain"),
    ("Elin Forsberg", "Och när ni väl har bokat, hur funkar det med att bilen kommer?"),
    ("Ramin Ahmadi", "Ja, där är det. [skratt]", "punktlighet", US, -1, "pain"),
    ("Gunnel Axelsson", "Den kommer ju, för det mesta. Men man vet aldrig när. De säger att man ska vara klar femton minuter innan och sen kan de komma femton minuter efter, så det är en halvtimme man står i hallen med jackan på. Och med min andning, jag blir svettig och trött bara av att stå.", "punktlighet", US, -1, "pain"),
    ("Ramin Ahmadi", "Och det är ju mitt problem med jobbet, asså. Jag börjar åtta. Om bilen kommer kvart över sju eller tjugo i åtta, det är skillnad. Jag har kommit för sent, vad, fem gånger i höstas? Och min chef är schysst, men ändå.", "punktlighet", US, -1, "pain"),
    ("Berit Sandgren", "Vi hade en gång när bilen inte kom alls. Pappa skulle till tandläkaren och han satt i hallen, hemtjänsten hade gått, och ingen bil. Han ringde mig, helt förvirrad, och jag ringde beställningscentralen och de sa att resan var ”utförd”. Utförd! Han satt ju där.", "punktlighet", US, -1, "pain"),
    ("Oskar Lind", "Oj.", "", "", 0, "neutral"),
    ("Berit Sandgren", "Ja. Det visade sig sen att chauffören hade ringt på fel port och sen åkt därifrån.", "punktlighet", US, -1, "pain"),
    ("Elin Forsberg", "Har fler av er varit med om att bilen inte kommer?"),
    ("Marita Holm", "Ja. Två gånger. Och den ena gången missade jag en tid på reumatologen som jag hade väntat på i fyra månader. Så då fick jag boka om och vänta igen.", "punktlighet", US, -1, "pain"),
    ("Gunnel Axelsson", "Inte helt, men en gång var den en timme sen.", "punktlighet", US, -1, "pain"),
    ("Oskar Lind", "För mig är det nästan värre när de kommer för tidigt. De står där tio minuter innan och är sura för att jag inte står ute, och jag har ju ingen aning om att bilen redan är där.", "punktlighet", US, -1, "pain"),
    ("Marita Holm", "Och på hemvägen från sjukhuset, då sitter man där. Man bokar hemresan till tre och sen sitter man i entrén till kvart i fyra. Jag har lärt mig att alltid ha med en smörgås.", "punktlighet", US, -1, "pain"),
    ("Ramin Ahmadi", "Ja, hemresan är värst. Till jobbet kommer den oftast ändå, det är hem man blir stående.", "punktlighet", US, -1, "pain"),
    ("Elin Forsberg", "Får ni veta när bilen är försenad?"),
    ("Berit Sandgren", "Aldrig. Man får ringa själv och fråga.", "punktlighet", US, -1, "pain"),
    ("Gunnel Axelsson", "Nej. Och när man ringer och frågar var den är, då hamnar man i samma kö som alla som ska boka.", "punktlighet", US, -1, "pain"),
    ("Elin Forsberg", "Hur är det med chaufförerna då?"),
    ("Oskar Lind", "Väldigt olika. Vissa är guld, de kliver ur, säger vem de är och tar min arm på rätt sätt. Andra sitter kvar i bilen och tutar. Och jag ser ju inte vilken bil som tutar, det kan vara vem som helst.", "forare_bemotande", US, 0, "pain"),
    ("Gunnel Axelsson", "Det finns en, jag vet inte vad han heter, men han bär alltid upp mina kassar till dörren. Han behöver inte det, men han gör det. Han är en ängel.", "forare_bemotande", US, 1, "praise"),
    ("Ramin Ahmadi", "Mm, de flesta är bra. Men fastspänningen av rullstolen, den måste sitta rätt. En gång satt den inte ordentligt och jag rullade bakåt i en rondell. Sen dess kollar jag själv varje gång.", "forare_bemotande", US, -1, "pain"),
    ("Berit Sandgren", "För pappa är det viktigt att de pratar lugnt och inte stressar, han blir rädd annars. Och vissa gör det, de är helt fantastiska, medan andra... det blir missförstånd, han förstår inte vart de ska åka och tror att han har hamnat fel.", "forare_bemotande", US, 0, "pain"),
    ("Elin Forsberg", "Ni som åker med andra i bilen, samåkning, hur funkar det?"),
    ("Marita Holm", "Det är ju det som tar tid. Jag ska till sjukhuset, det är fyrtio minuter normalt, men sen ska vi hämta någon i Ekeby och lämna någon på vårdcentralen, och då är det plötsligt en och en halv timme. Med mina knän.", "samakning_restid", US, -1, "pain"),
    ("Gunnel Axelsson", "Jag tycker faktiskt att det är trevligt ibland. Man pratar lite. Det blir lite sällskap.", "samakning_restid", US, 1, "praise"),
    ("Ramin Ahmadi", "Men det är inte lika trevligt när man ska till jobbet. [skratt]", "samakning_restid", US, -1, "pain"),
    ("Berit Sandgren", "Pappa får inte samåka, det står i beslutet, och det är bra. Han skulle inte klara att bilen stannar hos andra, han skulle tro att han satt i fel bil.", "samakning_restid", US, 1, "praise"),
    ("Elin Forsberg", "Och kostnaden? Egenavgiften?"),
    ("Oskar Lind", "Det är ju dyrare än buss. Jag har studentkort på bussen, och färdtjänsten, är det femtio kronor per resa? Om jag ska till träningen tre gånger i veckan blir det ju mycket.", "avgifter", US, -1, "pain"),
    ("Ramin Ahmadi", "Femtiofem nu. De höjde i januari.", "avgifter", US, 0, "neutral"),
    ("Marita Holm", "För mig är det långa resor, det går på kilometer eller zoner, jag vet inte riktigt. Men en tur till sjukhuset och hem är nästan tvåhundra kronor. Och dit åker jag ju inte för att det är kul.", "avgifter", US, -1, "pain"),
    ("Gunnel Axelsson", "Jag har hört att sjukresor är nåt annat, att det är regionen som betalar då. Men ingen har förklarat skillnaden för mig, jag ringer ju samma nummer och det kommer samma bil.", "kontakt_information", US, -1, "pain"),
    ("Elin Forsberg", "Ja, det är en bra fråga. Har någon av er lämnat synpunkter eller klagat?"),
    ("Berit Sandgren", "Ja, efter den där gången med tandläkaren. Jag skrev i formuläret på hemsidan. Och fick svar efter tre veckor, ett standardsvar, ”vi beklagar och har tagit upp det med utföraren”. Och sen? Jag vet inte om något hände.", "synpunkter_klagomal", FU, -1, "pain"),
    ("Ramin Ahmadi", "Jag har slutat klaga. Det händer ju ingenting.", "synpunkter_klagomal", FU, -1, "pain"),
    ("Marita Holm", "Jag fick faktiskt tillbaka pengarna en gång, när bilen inte kom. Men då fick jag själv ringa och tjata och skicka in taxikvittot.", "synpunkter_klagomal", FU, 0, "pain"),
    ("Elin Forsberg", "Om ni fick bestämma, vad är det första ni skulle ändra?"),
    ("Oskar Lind", "En app som funkar med skärmläsare. Det är inte svårt, alltså, det handlar om att märka upp knapparna.", "bestallning", US, 0, "suggestion"),
    ("Gunnel Axelsson", "Att de ringer när de är på väg. Ett samtal, ”nu kommer vi om fem minuter”, så jag hinner gå ner.", "punktlighet", US, 0, "suggestion"),
    ("Ramin Ahmadi", "Ja, det. Eller ett sms.", "punktlighet", US, 0, "suggestion"),
    ("Marita Holm", "Att man inte ska behöva förnya när man har en sjukdom som inte går över.", "utredning_beslut", FU, 0, "suggestion"),
    ("Berit Sandgren", "Att det finns en person. En person man kan ringa som känner till pappa, i stället för en ny röst varje gång.", "kontakt_information", US, 0, "suggestion"),
    ("Elin Forsberg", "Tack, allihop. Det här var jättevärdefullt."),
    ("Gunnel Axelsson", "Tack själv. Det var trevligt att bli tillfrågad.", "", "", 1, "praise"),
]

FG2 = [
    ("Daniel Berg", "Då är vi igång. Välkomna, och tack för att ni ställer upp. Jag heter Daniel och jobbar på kommunens kvalitetsenhet. Ni har alla färdtjänst, eller har någon i familjen som har det. Kan vi börja med en kort presentation? Siv?"),
    ("Siv Karlsson", "Ja, hej. Siv Karlsson. Jag är åttiotvå och bor i centrum. Jag bröt höften för tre år sen, och sen dess går jag med rollator, och det blev liksom... jag vågade inte åka buss längre, efter att jag ramlade när bussen bromsade en gång.", "behov_vardag", N, -1, "neutral"),
    ("Johan Ekström", "Johan heter jag. Det är min son som har färdtjänst, Viktor, han är tjugo och har autism och en intellektuell funktionsnedsättning. Han åker till daglig verksamhet i Ekeby varje dag. Och jag är väl den som, ja, bokar och bråkar. [skratt]", "behov_vardag", N, 0, "neutral"),
    ("Leyla Demir", "Leyla. Jag har MS, fick diagnosen för sju år sen. Det går upp och ner, vissa dagar går jag nästan normalt, andra dagar behöver jag rullstol. Och jag har två barn, så det är mycket lämningar och hämtningar.", "behov_vardag", N, -1, "neutral"),
    ("Torsten Wiklund", "Torsten Wiklund, Sjövik. Jag har diabetes och blev av med vänsterbenet för två år sen, under knät. Och så går jag på dialys tre gånger i veckan på sjukhuset. Så jag åker en hel del, kan man säga.", "behov_vardag", N, -1, "neutral"),
    ("Daniel Berg", "Tack. Hur kom det sig att ni sökte? Var det någon som tipsade, eller?"),
    ("Torsten Wiklund", "Det var dialysavdelningen. Men det konstiga är att dialysresorna är sjukresor, så de går inte på färdtjänsten. Det tog mig ett halvår att begripa det.", "kontakt_information", FI, -1, "pain"),
    ("Siv Karlsson", "Jag visste inte heller att det var två olika saker. Det var min son som fick reda på det, när han ringde regionen om nåt helt annat. Och det var han som sökte åt mig. Jag hade aldrig klarat det själv, med alla inloggningar.", "kontakt_information", FI, -1, "pain"),
    ("Daniel Berg", "Johan, hur var det för er?"),
    ("Johan Ekström", "För oss var det skolan. När Viktor gick ut gymnasiesärskolan sa kuratorn att vi behövde söka färdtjänst till dagliga verksamheten. Och det var ett bra tips, men ingen sa att det tar två månader. Så han började i september och vi hade inget tillstånd förrän i november. Jag körde honom varje morgon.", "utredning_beslut", PR, -1, "pain"),
    ("Leyla Demir", "Jag sökte själv, i e-tjänsten. Och den var, ärligt talat, okej. BankID och sen några frågor. Men sen skulle läkarintyget skickas separat, på papper, per post. Det är ju 2024.", "ansokan_intyg", AP, 0, "pain"),
    ("Daniel Berg", "Hur gick det att få läkarintyget?"),
    ("Leyla Demir", "Min neurolog skrev det, det var inga problem. Men han skrev om hur jag mådde den dagen han träffade mig, och det var en bra dag.", "ansokan_intyg", AP, 0, "pain"),
    ("Torsten Wiklund", "Inga konstigheter för mig. Ett ben mindre syns ju. [skratt]", "ansokan_intyg", AP, 1, "praise"),
    ("Johan Ekström", "Vi fick be om ett nytt intyg, för det första var från barnläkaren och han var ju över arton då. Så det blev en ny läkare som aldrig hade träffat honom och som skulle skriva om hur han klarar sig i trafiken. Hon fick ju bara gå på vad jag sa.", "ansokan_intyg", AP, -1, "pain"),
    ("Daniel Berg", "Hur var kontakten med handläggaren under tiden?"),
    ("Johan Ekström", "Vilken handläggare? [skratt] Nej, men jag ringde och fick veta att ärendet ”låg i kö”. Ingen namn, inget datum.", "kontakt_information", PR, -1, "pain"),
    ("Siv Karlsson", "Jag fick en tjej som ringde hem och pratade länge. Hon var väldigt trevlig. Hon frågade om jag kunde gå till Ica själv och sånt.", "utredning_beslut", PR, 1, "praise"),
    ("Leyla Demir", "Min ringde också, och det kändes okej, men hon frågade bara om hur det var ”oftast”. Och med MS finns det inget ”oftast”. Jag sa det, och hon skrev nog ner det, men sen fick jag avslag på rullstolsbil, bara vanlig bil.", "utredning_beslut", PR, -1, "pain"),
    ("Daniel Berg", "Mm. Vad hände då?"),
    ("Leyla Demir", "Jag överklagade. Jag skrev själv, två sidor. Och det tog fyra månader, och under tiden fick jag ta taxi för egna pengar de dagar jag behövde rullstolen. Det blev flera tusen.", "utredning_beslut", DE, -1, "pain"),
    ("Torsten Wiklund", "Fy fan. Ursäkta.", "", "", 0, "neutral"),
    ("Leyla Demir", "Nej, men precis så. Och till slut ändrade de beslutet, så jag fick rätt. Men ingen sa förlåt.", "utredning_beslut", DE, 0, "pain"),
    ("Daniel Berg", "Om vi pratar om resorna nu, vardagen. Hur går det?"),
    ("Torsten Wiklund", "För mig funkar det faktiskt bra. Jag åker till pensionärsföreningen på tisdagar, och till min bror. Chaufförerna känner igen mig nu, de vet att protesen ska in först. Det är bra.", "forare_bemotande", US, 1, "praise"),
    ("Siv Karlsson", "Ja, det är ju mest det att man väntar. Jag satt ute på bänken vid vårdcentralen i fyrtio minuter i oktober, det var kallt, och jag ringde två gånger och de sa bara att bilen var ”på väg”.", "punktlighet", US, -1, "pain"),
    ("Torsten Wiklund", "Samma sak vid sjukhuset. Fast där kan man i alla fall sitta inne och vänta, det är värre att sitta ute som du gjorde.", "punktlighet", US, 0, "neutral"),
    ("Johan Ekström", "För Viktor är förutsägbarheten allt. Om bilen kommer tio minuter sent är hela dagen förstörd, han får ångest, han vägrar gå ut. Och om det kommer en annan bil än vanligt, en vit i stället för en svart, då går han inte in.", "punktlighet", US, -1, "pain"),
    ("Daniel Berg", "Har ni fått något gehör för det?"),
    ("Johan Ekström", "Ja, faktiskt, efter mycket tjat. Nu har han en fast chaufför på morgnarna, och det har gjort enorm skillnad. Det var en handläggare som ordnade det, som verkligen lyssnade. Så det går, när rätt person sitter i andra änden.", "kontakt_information", US, 1, "praise"),
    ("Leyla Demir", "Det låter ju fantastiskt. Kan man be om det, en fast chaufför?", "forare_bemotande", US, 0, "question"),
    ("Daniel Berg", "Det vet jag faktiskt inte, men jag tar med mig frågan. Hur är det för er andra, kommer bilarna i tid?"),
    ("Leyla Demir", "Sådär. Morgnarna är okej, men eftermiddagarna när alla ska hem från sjukhuset, då är det kaos. Jag har kommit sent till förskolan så att personalen fått stanna kvar med barnen.", "punktlighet", US, -1, "pain"),
    ("Torsten Wiklund", "Jag har nog haft tur. Bara några gånger som det har varit riktigt sent.", "punktlighet", US, 0, "neutral"),
    ("Daniel Berg", "Och bemötandet i bilen, Leyla, du ser ut att vilja säga något?"),
    ("Leyla Demir", "Ja. Jag har det tvärtom mot Viktor, jag har haft chaufförer som suckar när jag har rullstolen med mig. En sa ”du gick ju förra veckan”. Som att jag fuskar.", "forare_bemotande", US, -1, "pain"),
    ("Siv Karlsson", "Oj, nej.", "", "", 0, "neutral"),
    ("Torsten Wiklund", "Det är ju oförskämt. Men det är inte alla, ska sägas. Jag har aldrig varit med om nåt sånt.", "forare_bemotande", US, 0, "neutral"),
    ("Daniel Berg", "Hur gör ni när ni bokar?"),
    ("Siv Karlsson", "Jag ringer. Och de är trevliga, de som svarar, men det tar lång tid innan man kommer fram. Halv åtta på morgonen, då är det värst.", "bestallning", US, 0, "pain"),
    ("Leyla Demir", "Appen. Men jag hatar att man inte kan boka tur och retur i samma, man måste göra två bokningar. Och ändrar jag tiden för hemresan så måste jag ringa ändå.", "bestallning", US, -1, "pain"),
    ("Johan Ekström", "Vi har stående beställning, samma tid varje dag, och det är guld. Men när verksamheten är stängd, klämdagar och så, glömmer vi ibland att avboka, och då kommer det en faktura för uteblivande. Hundra kronor.", "avgifter", US, 0, "pain"),
    ("Torsten Wiklund", "Jag har också stående till dialysen, men det är sjukresor, och det är ett annat nummer. Två nummer, två regelverk, samma bilar. Det förstår inte jag.", "bestallning", US, -1, "pain"),
    ("Daniel Berg", "Och samåkningen, hur upplever ni den?"),
    ("Leyla Demir", "Och man vet inte. Det står i appen ”beräknad ankomst” och sen läggs det till någon och så blir det en halvtimme till. Jag har kommit för sent till mina barns utvecklingssamtal.", "samakning_restid", US, -1, "pain"),
    ("Torsten Wiklund", "Mm.", "", "", 0, "neutral"),
    ("Daniel Berg", "Vad kostar det för er? Hur tänker ni kring egenavgiften?"),
    ("Torsten Wiklund", "Jag tycker den är rimlig. Det är som en buss fast lite mer. Och så har jag ju högkostnadsskydd också, eller hur det nu funkar.", "avgifter", US, 1, "praise"),
    ("Leyla Demir", "Högkostnadsskydd? Finns det för färdtjänst?", "avgifter", US, 0, "question"),
    ("Torsten Wiklund", "Jag trodde det. Jag vet inte. Det är kanske bara för sjukresorna.", "avgifter", US, 0, "neutral"),
    ("Daniel Berg", "Det kan vi ta reda på. Har någon av er åkt riksfärdtjänst, alltså längre resor utanför länet?"),
    ("Siv Karlsson", "Jag åkte till min syster i Karlstad i somras. Det var en hel procedur. Man ska ansöka för varje resa, och sen fick jag åka tåg med ledsagare och taxi från stationen. Men det gick. Och det var skönt att komma dit.", "bestallning", US, 0, "neutral"),
    ("Torsten Wiklund", "Det är dyrare också, riksfärdtjänsten. Det är som ett tågbiljettpris.", "avgifter", US, 0, "neutral"),
    ("Daniel Berg", "Avslutningsvis, om ni kunde ändra en sak?"),
    ("Leyla Demir", "Ett tillstånd som passar en sjukdom som varierar. Att man får rullstolsbil de dagar man behöver, utan att behöva bevisa det varje gång.", "utredning_beslut", DE, 0, "suggestion"),
    ("Johan Ekström", "Fast chaufför för dem som behöver det. Det borde inte hänga på att man har en förälder som tjatar.", "forare_bemotande", US, 0, "suggestion"),
    ("Siv Karlsson", "Att de ringer när de är sena. Mer begär jag inte.", "punktlighet", US, 0, "suggestion"),
    ("Torsten Wiklund", "Ett telefonnummer. Ett. För allt.", "bestallning", US, 0, "suggestion"),
    ("Daniel Berg", "Tack så mycket allihop."),
    ("Siv Karlsson", "Tack.", "", "", 0, "neutral"),
]

IV1 = [
    ("Elin", "Tack för att du tar dig tid, Anneli. Kan du börja med att berätta lite om er situation?"),
    ("Anneli", "Ja. Min man Kjell har Parkinson, han fick diagnosen för nio år sen. Och de första åren var det inga problem, han körde bil och allt. Men för två år sen tog de körkortet, och det var... det var tufft för honom. Han har alltid varit den som kör.", "behov_vardag", N, -1, "neutral"),
    ("Elin", "Mm."),
    ("Anneli", "Och jag har ju inget körkort själv, så då blev det plötsligt så att vi satt fast. Vi bor i Hagalund och bussen går, men han fryser, alltså han stelnar, i dörrarna och i trappor, så det är ingen idé.", "behov_vardag", N, -1, "neutral"),
    ("Elin", "Hur kom ni fram till att söka färdtjänst?"),
    ("Anneli", "Det var arbetsterapeuten på neurologen som sa det. Och sen letade jag på kommunens sida, och där var det en lång text om ”väsentliga svårigheter att förflytta sig på egen hand” och att det ska vara varaktigt, minst tre månader. Och jag tänkte, ja men Parkinson går ju inte över, det är ju varaktigt om något.", "kontakt_information", FI, 0, "neutral"),
    ("Elin", "Hur var det att fylla i ansökan?"),
    ("Anneli", "Jag gjorde det på papper, för Kjell har inget BankID längre, han klarar inte telefonen. Och då tänkte jag att jag skriver under åt honom, men det fick jag inte. Det måste vara han eller en fullmakt. Så vi fick skriva en fullmakt, och han skakar ju så att namnteckningen blev... ja.", "ansokan_intyg", AP, -1, "pain"),
    ("Elin", "Fick ni hjälp med det?"),
    ("Anneli", "Nej. Jag ringde kommunen och frågade hur vi skulle göra, och hon var trevlig, men hon visste inte heller riktigt. Hon sa ”skicka in det ni har så får vi se”.", "kontakt_information", AP, -1, "pain"),
    ("Elin", "Och läkarintyget?"),
    ("Anneli", "Det gick smidigt, neurologen hade det klart på en vecka. Det var faktiskt det enklaste i hela processen.", "ansokan_intyg", AP, 1, "praise"),
    ("Elin", "Vad hände sen, efter att ni hade skickat in?"),
    ("Anneli", "Ingenting. I sex veckor. Jag ringde efter fyra och då hade de inte ens registrerat den, den låg i en hög någonstans.", "utredning_beslut", PR, -1, "pain"),
    ("Elin", "Oj."),
    ("Anneli", "Ja. Men sen kom det en handläggare hem till oss, och hon var jättebra. Hon såg ju hur det var, hon såg när han skulle resa sig ur fåtöljen. Och hon sa att hon skulle föreslå ledsagare också, och det fick vi.", "utredning_beslut", PR, 1, "praise"),
    ("Elin", "Så beslutet blev positivt?"),
    ("Anneli", "Ja. Tillstånd i fem år, med ledsagare, och han får sitta fram. Det stod väldigt kortfattat, men vi fick ju allt vi bad om, så jag klagade inte.", "utredning_beslut", DE, 1, "praise"),
    ("Elin", "Hur funkar resorna i vardagen?"),
    ("Anneli", "Det är jag som bokar allt. Jag ringer oftast kvällen innan. Och jag måste säga att de som svarar är vänliga, de har tålamod när jag förklarar att han behöver tid att komma ut. Men kön... på måndagsmorgnarna kan man sitta i tjugo, tjugofem minuter.", "bestallning", US, 0, "pain"),
    ("Elin", "Vart åker ni mest?"),
    ("Anneli", "Sjukhuset, sjukgymnastiken, och så försöker vi åka till kyrkan på söndagar. Han sjunger i kören fortfarande, eller, han är med i alla fall. Det är typ det enda som är hans eget nu.", "behov_vardag", US, 1, "neutral"),
    ("Elin", "Och hur fungerar det med chaufförerna?"),
    ("Anneli", "Mest bra. Men det är en sak, och det är att de stressar. Med Parkinson kan man inte stressa, då fryser han totalt. Och då står chauffören och tittar på klockan och säger ”vi har fler att hämta”, och då blir det ännu värre.", "forare_bemotande", US, -1, "pain"),
    ("Elin", "Mm. Har det hänt att bilen inte har kommit?"),
    ("Anneli", "En gång på julafton. [skratt] Det var inte roligt då. Vi skulle till hans syster, och vi stod där i hallen, och efter fyrtiofem minuter ringde jag och då hade de ingen bil. De hade bokningen men ingen bil. Så vi missade julmiddagen.", "punktlighet", US, -1, "pain"),
    ("Elin", "Och i vanliga fall?"),
    ("Anneli", "I vanliga fall kommer de, men sällan på minuten. Det är det där fönstret, att de får komma upp till tjugo minuter efter. Och för honom, att stå och vänta med ytterkläderna på, han blir stel av det.", "punktlighet", US, -1, "pain"),
    ("Elin", "Klagade ni på julafton?"),
    ("Anneli", "Ja, jag skrev ett mejl. Och fick svar, faktiskt ganska snabbt, en ursäkt och att vi skulle få resan gratis. Men det var ju inte resan som var problemet.", "synpunkter_klagomal", FU, 0, "pain"),
    ("Elin", "Nej."),
    ("Anneli", "Fast jag ska säga att det var en riktig människa som skrev, inte ett standardsvar. Det uppskattade jag.", "synpunkter_klagomal", FU, 1, "praise"),
    ("Elin", "Vad tycker du om kostnaden?"),
    ("Anneli", "Det är två avgifter, hans och min. Nej vänta, ledsagaren åker gratis, det är rätt. Så det är bara hans. Det går väl an. Men det blir ju många resor i månaden.", "avgifter", US, 0, "neutral"),
    ("Elin", "Har tillståndet behövt förnyas?"),
    ("Anneli", "Inte än, det går ut nästa höst. Och jag bävar lite, för ingen har sagt om vi behöver ett nytt läkarintyg eller om de hör av sig själva.", "kontakt_information", FU, -1, "pain"),
    ("Elin", "Vad skulle du vilja förändra, om du fick välja?"),
    ("Anneli", "Att anhöriga får boka utan att det blir ett krångel. Att man kan vara registrerad som, vad heter det, kontaktperson, och att de litar på det. Och kanske att chaufförerna får lära sig lite om olika sjukdomar. Det är inte deras fel att de inte vet.", "bestallning", US, 0, "suggestion"),
    ("Elin", "Tack. Är det något mer du vill lägga till?"),
    ("Anneli", "Nej, jag tror inte det. Eller, om ni har fler frågor kan ni ringa mig på 070-174 06 15, jag är hemma på dagarna.", "", "", 0, "neutral"),
    ("Elin", "Tack, det är snällt. Då avslutar vi här."),
]

IV2 = [
    ("DANIEL", "Då spelar vi in. Hej Maja, tack för att du ville vara med."),
    ("MAJA", "Hej! Inga problem.", "", "", 0, "neutral"),
    ("DANIEL", "Kan du berätta lite om dig själv, och hur du använder färdtjänsten?"),
    ("MAJA", "Ja, jag är tjugotvå och pluggar till socionom på högskolan. Jag har CP, cerebral pares, och kör elrullstol. Och jag bor själv i en lägenhet i Lövsta, med assistans. Så färdtjänsten är, asså, den är typ hela mitt sociala liv.", "behov_vardag", N, 0, "neutral"),
    ("DANIEL", "Hela ditt sociala liv?"),
    ("MAJA", "Ja, men alltså, till skolan kan jag ta bussen ibland, den är låggolv. Men kvällar och helger, träffa kompisar, gå på bio, åka på fest, det är färdtjänst. Och det är just då det är svårast att få en bil.", "behov_vardag", US, -1, "pain"),
    ("DANIEL", "Vad händer då?"),
    ("MAJA", "Man bokar och får en tid som är, typ, en timme från den man ville. ”Vi kan erbjuda 19.40.” Fast filmen börjar sju. Så då får man åka dit jättetidigt och sitta och vänta. Eller så går man från festen klockan elva för att det bara fanns en bil då.", "bestallning", US, -1, "pain"),
    ("DANIEL", "Hur bokar du?"),
    ("MAJA", "Appen. Den är bra, ärligt. Jag kan boka medan jag sitter på föreläsningen, och jag kan se bilen på kartan. Det enda är att man inte kan skriva ett meddelande, typ att jag har en elrullstol som väger hundrafemtio kilo.", "bestallning", US, 0, "praise"),
    ("DANIEL", "Varför behöver du skriva det?"),
    ("MAJA", "För att det ändå kommer bilar utan ramp ibland, fast det står i mitt tillstånd. Det har hänt kanske fem, sex gånger. Och då står chauffören där och säger ”det här går inte”, och så ska det beställas en ny, och då blir det en timme till. En gång var det minus femton och jag satt utanför gymmet.", "punktlighet", US, -1, "pain"),
    ("DANIEL", "Oj."),
    ("MAJA", "Ja, men de flesta chaufförer är jättebra med rampen och spänner fast ordentligt. Det är några nya som inte vet hur man gör, och då får jag instruera. Jag är typ utbildare också. [skratt]", "forare_bemotande", US, 0, "praise"),
    ("DANIEL", "Hur ofta kommer bilen i tid, skulle du säga?"),
    ("MAJA", "Till skolan, oftast. På kvällen, typ hälften av gångerna. Men jag har slutat räkna, asså, jag lägger bara in en halvtimme extra för allt.", "punktlighet", US, -1, "pain"),
    ("DANIEL", "Hur var det när du sökte färdtjänst från början?"),
    ("MAJA", "Det var mina föräldrar som sökte, jag var sexton, så jag minns inte så mycket. Men när jag flyttade hit från Norrköping fick jag söka igen, för tillståndet gällde inte här. Och det förstod jag inte, jag har ju samma CP.", "ansokan_intyg", AP, -1, "pain"),
    ("DANIEL", "Hur fick du veta det?"),
    ("MAJA", "Jag ringde för att boka min första resa här, och då fanns jag inte i systemet. Så jag satt där bland flyttkartongerna utan färdtjänst. Ingen hade sagt nåt, varken Norrköping eller Åsby.", "kontakt_information", FI, -1, "pain"),
    ("DANIEL", "Och hur gick den nya ansökan?"),
    ("MAJA", "Den gick ganska snabbt. Jag skickade in allt i e-tjänsten, intyget från habiliteringen också, som pdf, och fick beslut efter tre veckor. Inget hembesök, ingenting. Det räckte med papperna.", "utredning_beslut", PR, 1, "praise"),
    ("DANIEL", "Och kostnaden, hur påverkar den dig?"),
    ("MAJA", "Asså, jag är student. Jag lever på studiemedel och, ja. Femtiofem kronor gånger två, varje gång jag ska träffa någon, det blir mycket i månaden. Jag väljer bort saker. Ibland stannar jag hemma för att jag inte har råd att åka.", "avgifter", US, -1, "pain"),
    ("DANIEL", "Mm. Finns det något sätt att... har du kollat om det finns rabatt eller så?"),
    ("MAJA", "Jag frågade en gång och då fanns det ingen studentrabatt, men jag kunde söka försörjningsstöd, sa hon. Och det vill jag ju inte. Jag vill bara att det ska kosta som ett busskort. I Norrköping fanns det ett månadskort.", "avgifter", US, -1, "suggestion"),
    ("DANIEL", "Samåkning, hur är det?"),
    ("MAJA", "Det är sällan för mig, det är inte så många bilar som tar elrullstol plus en till. Och när det händer är det oftast okej. Det värsta var en gång när det satt en kille bredvid som var full och sa konstiga saker hela vägen. Chauffören sa ingenting.", "samakning_restid", US, -1, "pain"),
    ("DANIEL", "Har du lämnat synpunkter någon gång?"),
    ("MAJA", "Ja, massor. [skratt] Jag gör det i appen, det finns en knapp. Men man får aldrig veta vad som händer. Det är som att skicka ut i rymden.", "synpunkter_klagomal", FU, -1, "pain"),
    ("DANIEL", "Så du får inget svar alls?"),
    ("MAJA", "Ibland ett automatiskt, ”tack för din synpunkt”. Jag skulle vilja veta, typ, fick chauffören veta? Ändrades något?", "synpunkter_klagomal", FU, 0, "suggestion"),
    ("DANIEL", "Och riksfärdtjänst, har du använt den?"),
    ("MAJA", "Ja, när jag åker hem till mamma och pappa. Då måste jag ansöka för varje resa, flera veckor innan. Så om jag vill åka hem en helg spontant, det går inte. Och de ville att jag skulle ta tåget med ledsagare, men jag har ingen ledsagare, jag har assistenter, och de jobbar inte gratis.", "bestallning", US, -1, "pain"),
    ("DANIEL", "Mm. Om du fick ändra en sak?"),
    ("MAJA", "Att kvällar och helger funkar. Att det finns bilar. Jag är tjugotvå, jag vill kunna vara ute till ett.", "bestallning", US, 0, "suggestion"),
    ("DANIEL", "Och en sak till, kanske?"),
    ("MAJA", "Att chaufförerna lär sig rampen. Och att man kan skriva meddelanden i appen. Det blev två. [skratt]", "forare_bemotande", US, 0, "suggestion"),
    ("DANIEL", "Det räknas. Tack så mycket, Maja."),
    ("MAJA", "Tack själv!", "", "", 0, "neutral"),
]

IV3 = [
    ("Intervjuare", "Tack för att du ställer upp. Kan du berätta om din roll och hur du kommer i kontakt med färdtjänsten?"),
    ("IP3", "Ja, jag är arbetsterapeut på vårdcentralen i Kvarnbacken sen elva år. Och färdtjänst kommer upp hela tiden, våra patienter är ofta äldre, multisjuka, många bor ensamma. Jag hjälper till med ansökan, och ibland skriver jag ett utlåtande som komplement till läkarintyget.", "ansokan_intyg", AP, 0, "neutral"),
    ("Intervjuare", "Vad är det vanligaste du ser hos dem som behöver färdtjänst?"),
    ("IP3", "Det är ofta att nånting har hänt. En fraktur, en stroke, eller att man har blivit änka eller änkling och den som körde är borta. Det sista glöms nog ofta bort. Mycket av behovet handlar om att man har tappat sitt nätverk, inte bara om kroppen.", "behov_vardag", N, -1, "neutral"),
    ("Intervjuare", "Mm. Och hur upplever du att det är för patienterna att söka?"),
    ("IP3", "Ja, alltså, det är svårt. Blanketten är inte så lång, men den förutsätter att man kan beskriva sina svårigheter i ord, och det kan många inte. De skriver ”jag har ont i benen” och sen inget mer. Och de underskattar sig. Det är en generation som inte vill klaga.", "ansokan_intyg", AP, -1, "pain"),
    ("Intervjuare", "Hur ser du på läkarintyget?"),
    ("IP3", "Där har vi ett problem. Läkarna har ju inte tid, och intyget blir ofta väldigt kort. Diagnos, och ”bedöms ha svårt att gå längre sträckor”. Men handläggarna vill veta hur långt, med vilket hjälpmedel, om det är varaktigt. Så det kommer tillbaka för komplettering, och så har det gått en månad.", "ansokan_intyg", AP, -1, "pain"),
    ("Intervjuare", "Vad gör du då?"),
    ("IP3", "Jag har börjat skriva ett eget utlåtande, en halv sida ungefär, där jag beskriver vad jag har sett när vi har gått ut tillsammans. Gångsträcka, trappor, balans, hur de klarar en busshållplats. Och det har blivit bättre sen dess, handläggarna har sagt att det hjälper.", "ansokan_intyg", AP, 1, "praise"),
    ("Intervjuare", "Hur är kontakten med handläggarna på kommunen?"),
    ("IP3", "Den är bra, när man väl når dem. De har telefontid en timme om dagen, och det krockar med mina patienttider. Så det blir mejl, och mejl tar några dagar. Men de är kunniga och de lyssnar.", "kontakt_information", PR, 0, "pain"),
    ("Intervjuare", "Upplever du att bedömningarna blir rimliga?"),
    ("IP3", "Oftast. Men det är skillnad på telefonbedömning och hembesök. På telefon säger folk ”jo, det går bra” för att de vill vara till lags. Ett hembesök visar mycket mer. Jag skulle önska att man gjorde fler hembesök hos de allra äldsta.", "utredning_beslut", PR, 0, "suggestion"),
    ("Intervjuare", "Och när det blir avslag?"),
    ("IP3", "Då hjälper jag ibland till med överklagandet. Men det är få som orkar. Jag tror att en hel del som har fått avslag hade fått rätt om de hade överklagat. De ser beslutet, det är juridiskt språk, och de tänker att, ja, då var det så.", "utredning_beslut", DE, -1, "pain"),
    ("Intervjuare", "Hör du något om hur resorna fungerar sen?"),
    ("IP3", "Ja, hela tiden. [skratt] Det vanligaste är väntan. Att de är beställda till oss och så kommer bilen fyrtio minuter sent, och de har missat sin tid, och då får vi boka om. Vi har patienter som har slutat komma för att det blir för jobbigt.", "punktlighet", US, -1, "pain"),
    ("Intervjuare", "Slutat komma?"),
    ("IP3", "Ja. En kvinna, jag säger inget mer om henne, har hoppat över sina kontroller i ett år för att hon inte orkar sitta i väntrummet och vänta på hemresan. Hon säger att det tar hela dagen. Det blir ju en vårdfråga i förlängningen.", "punktlighet", US, -1, "pain"),
    ("Intervjuare", "Och chaufförerna, hör du något om dem?"),
    ("IP3", "Mest gott, faktiskt. Många äldre har sina favoriter. Men jag hör att hjälpen till dörren inte alltid blir av, och det är ju där man ramlar. Trappan upp till porten.", "forare_bemotande", US, 0, "pain"),
    ("Intervjuare", "Brukar patienterna säga till när något har gått fel?"),
    ("IP3", "Jag uppmuntrar dem att lämna synpunkter, men de flesta vill inte. De är rädda att de ska bli av med färdtjänsten om de klagar. Det är en verklig rädsla, även om den inte stämmer.", "synpunkter_klagomal", FU, -1, "pain"),
    ("Intervjuare", "Mm."),
    ("IP3", "Och de som klagar får sällan veta vad som hände sen.", "synpunkter_klagomal", FU, -1, "pain"),
    ("Intervjuare", "Vad tänker du om att tillstånden ska förnyas?"),
    ("IP3", "Det är lite märkligt att en nittioåring med grav artros får ett tidsbegränsat tillstånd på två år. Det blir inte bättre. Och då ska det göras ett nytt läkarintyg, och hela processen en gång till. Man kunde ju ha tillsvidaretillstånd för vissa grupper.", "utredning_beslut", FU, -1, "suggestion"),
    ("Intervjuare", "Och kostnaden för intyget, vet du vad den ligger på?"),
    ("IP3", "Det varierar, men här är det runt fyrahundra kronor, tror jag. För en pensionär med garantipension är det mycket pengar. Vissa väntar med att söka för att de inte vill betala.", "avgifter", AP, -1, "pain"),
    ("Intervjuare", "Om kommunen skulle göra en sak för att förbättra?"),
    ("IP3", "En bättre väg mellan vården och kommunen. Att vi kunde skicka underlag digitalt, direkt, och att det fanns en kontaktperson för oss som jobbar med det här. Nu är det mycket telefon och papper fram och tillbaka.", "kontakt_information", AP, 0, "suggestion"),
    ("Intervjuare", "Och för patienterna?"),
    ("IP3", "Information på lätt svenska, och på andra språk. Jag har många patienter med annat modersmål som inte ens vet att färdtjänst finns. Och att det står tydligt vad som skiljer sjukresa och färdtjänst. Den frågan får jag varje vecka.", "kontakt_information", FI, 0, "suggestion"),
    ("Intervjuare", "Tack, det var väldigt givande. Något du vill tillägga?"),
    ("IP3", "Nej, bara att det är en jätteviktig tjänst. För många är det det som gör att de kan bo kvar hemma.", "behov_vardag", US, 1, "praise"),
]

IV4 = [
    ("Intervjuare", "Då är bandspelaren igång, som man sa förr. Berätta gärna lite om dig själv, Holger."),
    ("Holger", "Ja, Holger Nyström, åttioett år. Jag har bott här i Lillsjö i femtio år, Skogsvägen 12, det är huset vi byggde, jag och Inga. Hon gick bort för tre år sen. Och hjärtat är dåligt, hjärtsvikt heter det, jag blir andfådd av ingenting.", "behov_vardag", N, -1, "neutral"),
    ("Intervjuare", "Hur länge har du haft färdtjänst?"),
    ("Holger", "Sen tjugoett. Det var efter att Inga dog. Det var hon som körde de sista åren, mina ögon är inte vad de har varit. Så jag satt här. Barnen bor i Umeå och Göteborg. Det var en ensam vinter, ska jag säga.", "behov_vardag", N, -1, "neutral"),
    ("Intervjuare", "Mm."),
    ("Holger", "Men sen har det ordnat sig. Nu åker jag till träffpunkten i Ekeby på onsdagar, och till affären, och till hjärtmottagningen. Utan färdtjänsten hade jag nog inte bott kvar här.", "behov_vardag", US, 1, "praise"),
    ("Intervjuare", "Hur var det när du sökte?"),
    ("Holger", "Det var min dotter som ringde kommunen, från Umeå. Och de skickade en blankett. Jag minns att det var svårt att veta vad man skulle skriva. ”Beskriv dina svårigheter.” Ja, var ska man börja?", "ansokan_intyg", AP, -1, "pain"),
    ("Intervjuare", "Och sedan, hur gick det?"),
    ("Holger", "Det gick bra. Det kom en ung man hit, en handläggare, och han satt där du sitter och drack kaffe och vi pratade en timme. Han var noggrann. Jag fick tillstånd i tre år.", "utredning_beslut", PR, 1, "praise"),
    ("Intervjuare", "Och nu har det gått tre år?"),
    ("Holger", "Ja, och det är det som har varit ett elände. Det gick ut i augusti. Och jag fick inget brev, ingenting, och så ringde jag för att beställa en resa till hjärtmottagningen och då sa de att jag inte hade något giltigt tillstånd.", "kontakt_information", FU, -1, "pain"),
    ("Intervjuare", "Oj. Försökte du nå din handläggare då?"),
    ("Holger", "Jag hade ett namn, men hon hade slutat. Och sen fick jag ringa växeln och bli kopplad runt. Min dotter tog över till slut.", "kontakt_information", FU, -1, "pain"),
    ("Intervjuare", "Hur slutade det?"),
    ("Holger", "Jo, då fick jag söka igen, från början. Nytt läkarintyg, ny blankett. Och det tog sju veckor. Sju veckor utan färdtjänst, och jag har ju inte blivit friskare på tre år.", "utredning_beslut", FU, -1, "pain"),
    ("Intervjuare", "Hur tog du dig till mottagningen under den tiden?"),
    ("Holger", "Grannen körde mig en gång. Och en gång tog jag taxi, det kostade sexhundra kronor. Sen lät jag bli. Jag sköt upp en kontroll.", "avgifter", FU, -1, "pain"),
    ("Intervjuare", "Hur är det att beställa resor?"),
    ("Holger", "Jag ringer. Jag har en sån där telefon med stora knappar. Och de är trevliga, men de pratar fort. Och ibland frågar de saker som jag inte förstår, ”är det en sjukresa eller en färdtjänstresa”, ja, vad vet jag? Det är samma bil.", "bestallning", US, -1, "pain"),
    ("Intervjuare", "Och bilarna, kommer de i tid?"),
    ("Holger", "För det mesta. Härute är det långt, så jag räknar med att de är sena. Jag sitter i hallen med kepsen på en halvtimme innan. Det är inget problem, jag har ju tid.", "punktlighet", US, 0, "neutral"),
    ("Intervjuare", "Har den uteblivit någon gång?"),
    ("Holger", "En gång i vintras, när det var snöoväder. Då ringde de faktiskt och sa att de inte kom fram på vägen. Det tyckte jag var hyggligt, att de ringde. Så fick jag åka dagen efter i stället.", "punktlighet", US, 1, "praise"),
    ("Intervjuare", "Och chaufförerna?"),
    ("Holger", "Ja, det är mest trevligt folk. Men en gång var det en som var riktigt otrevlig. Han körde fort som fan på grusvägen, och när jag sa till så sa han att jag kunde gå om jag inte var nöjd. Till en åttioåring med hjärtsvikt!", "forare_bemotande", US, -1, "pain"),
    ("Intervjuare", "Vad gjorde du då?"),
    ("Holger", "Jag ringde och klagade. Min dotter hjälpte mig att skriva också. Och det kom ett brev om att de hade pratat med taxibolaget. Och sen har jag inte sett honom, så något hände väl. Det var bra.", "synpunkter_klagomal", FU, 1, "praise"),
    ("Intervjuare", "Samåker du?"),
    ("Holger", "Ja, ofta. Här ute är det ju långt mellan husen, så vi blir ett litet gäng. Det är ett par damer från Tallmo som jag känner nu. Vi brukar prata om vädret. [skratt] Det gör inget om det tar lite längre.", "samakning_restid", US, 1, "praise"),
    ("Intervjuare", "Du nämnde din dotter i Umeå. Har du åkt dit?"),
    ("Holger", "Riksfärdtjänst, ja. En gång, förra julen. Det var flyg med ledsagare från Arlanda, och till Arlanda med färdtjänstbil. Och jag fick betala, vad var det, nästan som en vanlig flygbiljett. Men det var värt det. Första julen med barnbarnen sen Inga.", "behov_vardag", US, 1, "praise"),
    ("Intervjuare", "Hur var det att ordna?"),
    ("Holger", "Krångligt. Man måste söka flera veckor innan och ange exakta tider, och sen fick jag ett beslut där det stod vilket flyg. Och sen ändrades flyget och då var beslutet fel, och då fick min dotter ringa och ringa.", "bestallning", US, -1, "pain"),
    ("Intervjuare", "Om du fick önska något av kommunen?"),
    ("Holger", "Att de skickar ett brev innan tillståndet går ut. Ett brev. Det kostar inte mycket.", "kontakt_information", FU, 0, "suggestion"),
    ("Intervjuare", "Nej, det låter rimligt."),
    ("Holger", "Och att den som svarar i telefon pratar lite långsammare med oss gamla. [skratt]", "bestallning", US, 0, "suggestion"),
    ("Intervjuare", "Tack så mycket, Holger."),
    ("Holger", "Ska du inte ha en kaka till innan du går?", "", "", 0, "neutral"),
]

SESSIONS = [
    # file, writer, turns, moderators, extra metadata
    ("fokusgrupp-1.vtt", "vtt_teams", FG1, {"Elin Forsberg"}),
    ("fokusgrupp-2.vtt", "vtt_zoom", FG2, {"Daniel Berg"}),
    ("intervju-1.txt", "txt_bracket_1", IV1, {"Elin"}),
    ("intervju-2.srt", "srt", IV2, {"DANIEL"}),
    ("intervju-3.csv", "csv", IV3, {"Intervjuare"}),
    ("intervju-4.txt", "txt_bracket_4", IV4, {"Intervjuare"}),
]

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def norm(s: str) -> str:
    return " ".join(s.split())


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?…”])\s+(?=[A-ZÅÄÖ”\[])", text)
    return [p for p in parts if p]


def chunks(text: str, limit: int = 150) -> list[str]:
    """Split a turn into cue-sized pieces at sentence boundaries."""
    out, cur = [], ""
    for s in sentences(text):
        if cur and len(cur) + 1 + len(s) > limit:
            out.append(cur)
            cur = s
        else:
            cur = f"{cur} {s}" if cur else s
    if cur:
        out.append(cur)
    return out


def wrap2(text: str, width: int = 70) -> str:
    """Teams-style: wrap cue text over two lines at a space near the middle."""
    if len(text) <= width:
        return text
    mid = len(text) // 2
    left = text.rfind(" ", 0, mid + 10)
    if left <= 0:
        return text
    return text[:left] + "\n" + text[left + 1:]


class Clock:
    def __init__(self, seed: int, start: float):
        self.rng = random.Random(seed)
        self.t = start

    def span(self, text: str) -> tuple[float, float]:
        words = len(text.split())
        dur = max(1.0, words / 2.6 + self.rng.uniform(0.2, 0.9))
        s = self.t
        self.t = s + dur
        return s, self.t

    def pause(self):
        self.t += self.rng.uniform(0.4, 2.2)


def ts(sec: float, sep: str = ".") -> str:
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def hms(sec: float) -> str:
    s = int(sec)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

def write_vtt_teams(turns, seed):
    guid = "7c4e1a90-3b2f-4d6e-a815-e09f2c6b5d31"
    clock = Clock(seed, 4.3)
    lines = ["WEBVTT", ""]
    for n, turn in enumerate(turns):
        spk, text = turn[0], turn[1]
        for k, piece in enumerate(chunks(text, 140)):
            a, b = clock.span(piece)
            lines += [f"{guid}/{n + 11}-{k}", f"{ts(a)} --> {ts(b)}",
                      f"<v {spk}>{wrap2(piece)}</v>", ""]
        clock.pause()
    return "\n".join(lines)


def write_vtt_zoom(turns, seed):
    clock = Clock(seed, 2.1)
    lines = ["WEBVTT", ""]
    cue = 1
    for turn in turns:
        spk, text = turn[0], turn[1]
        for piece in chunks(text, 160):
            a, b = clock.span(piece)
            lines += [str(cue), f"{ts(a)} --> {ts(b)}", f"{spk}: {piece}", ""]
            cue += 1
        clock.pause()
    return "\n".join(lines)


def write_srt(turns, seed):
    clock = Clock(seed, 1.8)
    lines = []
    cue = 1
    for turn in turns:
        spk, text = turn[0], turn[1]
        for piece in chunks(text, 150):
            a, b = clock.span(piece)
            lines += [str(cue), f"{ts(a, ',')} --> {ts(b, ',')}", f"{spk}: {piece}", ""]
            cue += 1
        clock.pause()
    return "\n".join(lines)


def write_txt_bracket(turns, seed, header):
    clock = Clock(seed, 3.0)
    lines = list(header) + [""]
    for turn in turns:
        spk, text = turn[0], turn[1]
        a, _ = clock.span(text)
        lines.append(f"[{hms(a)}] {spk}: {text}")
        clock.pause()
    return "\n".join(lines) + "\n"


def write_csv(turns, seed):
    clock = Clock(seed, 1.0)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Talare", "Tid", "Yttrande"])
    for turn in turns:
        spk, text = turn[0], turn[1]
        a, _ = clock.span(text)
        w.writerow([spk, hms(a), text])
        clock.pause()
    return buf.getvalue()


HEADER_1 = [
    "Intervju 1 – Färdtjänst i Åsby kommun",
    "Datum: 2024-11-19",
    "Intervjuare: Elin Forsberg (Åsby kommun)",
    "Deltagare: Anneli, anhörig (maka)",
    "Not: telefonintervju, transkriberingen är lätt redigerad. [skratt] = skratt.",
]
HEADER_4 = [
    "Intervju 4 – Färdtjänst, Åsby kommun",
    "Datum: 2024-11-28",
    "Plats: deltagarens hem, Lillsjö",
    "Intervjuare: extern konsult",
    "Deltagare: Holger, tillståndshavare",
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    gold = []
    for i, (fname, fmt, turns, mods) in enumerate(SESSIONS):
        # validate the structured list
        for t in turns:
            spk = t[0]
            if spk in mods:
                assert len(t) == 2, t
                continue
            assert len(t) == 6, t
            _, text, theme, stage, sent, kind = t
            assert theme == "" or theme in THEMES, t
            assert stage == "" or stage in STAGES, t
            assert (theme == "") == (stage == ""), t
            assert sent in (-1, 0, 1) and kind in KINDS, t
        for a, b in zip(turns, turns[1:]):
            assert a[0] != b[0], f"consecutive turns by {a[0]} in {fname}"
        seed = 1000 + i
        if fmt == "vtt_teams":
            data, enc = write_vtt_teams(turns, seed), "utf-8"
        elif fmt == "vtt_zoom":
            data, enc = write_vtt_zoom(turns, seed), "utf-8"
        elif fmt == "srt":
            data, enc = write_srt(turns, seed), "utf-8"
        elif fmt == "csv":
            data, enc = write_csv(turns, seed), "utf-8-sig"
        elif fmt == "txt_bracket_1":
            data, enc = write_txt_bracket(turns, seed, HEADER_1), "utf-8"
        elif fmt == "txt_bracket_4":
            data, enc = write_txt_bracket(turns, seed, HEADER_4), "utf-8"
        else:
            raise ValueError(fmt)
        (OUT / fname).write_bytes(data.encode(enc))
        for idx, t in enumerate(turns):
            if t[0] in mods:
                continue
            spk, text, theme, stage, sent, kind = t
            gold.append([fname, idx, spk, theme, stage, sent, kind, norm(text)])

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage", "sentiment", "kind", "text"])
        w.writerows(gold)

    all_text = " ".join(r[7] for r in gold)
    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                assert e in all_text, f"codebook example not in transcripts: {e}"
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(OUT / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["speaker", "segment", "age_group", "district", "situation"])
        w.writerows(PARTICIPANTS)

    # summary
    from collections import Counter
    c = Counter(r[3] or "(none)" for r in gold)
    print(f"{len(gold)} participant turns")
    for fname, _, turns, mods in SESSIONS:
        n_p = sum(1 for t in turns if t[0] not in mods)
        print(f"  {fname}: {len(turns)} turns ({n_p} participant)")
    for k, v in c.most_common():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
