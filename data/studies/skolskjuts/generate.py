#!/usr/bin/env python3
"""Generate the fictional study of school transport (skolskjuts) in Ekeby kommun:
transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all from the
session lists in this file.

Python 3.11, standard library, plus python-docx (two .docx files) and openpyxl (the
.xlsx). Run with the project's virtualenv, from this folder:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer
turn, P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B() for
a participant backchannel / small talk (no theme, no stage). Files and gold rows are
written from the same list, so turn indices cannot drift. After writing, every file
is parsed back with a minimal parser for its layout and compared with the list; every
gold text must be found in the file's own text (after whitespace normalisation and,
for layouts that cut turns into cues or segments, after joining them); and every
codebook example must be an exact excerpt of a participant turn of that theme (and of
no turn of another theme).

Output is byte-identical between runs: timings are seeded, the .docx and .xlsx are
re-zipped with fixed timestamps and fixed core properties.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import random
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
N, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text, **o):
    return dict(speaker=speaker, text=text, mod=True, **o)


def P(speaker, text, theme, stage, sentiment, kind, **o):
    assert kind in KINDS and sentiment in (-1, 0, 1)
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **o)


def B(speaker, text, sentiment=0, kind="neutral", **o):
    return P(speaker, text, "", "", sentiment, kind, **o)


REG = "regler_ratt"
SKV = "skolval_flytt"
ANS = "ansokan_etjanst"
KON = "vantan_kontakt"
BES = "beslut_overklagande"
KRT = "busskort_linje"
TAX = "taxi_korschema"
CHF = "chauffor_bemotande"
APP = "app_besked"
FRS = "forseningar_vinter"
TRY = "trygghet_vardag"
THEMES = (REG, SKV, ANS, KON, BES, KRT, TAX, CHF, APP, FRS, TRY)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
SARA, LENA, OMAR, HANNA, MIKAEL, JENNY = (
    "Sara Lindqvist", "Lena Sjödin", "Omar Haddad", "Hanna Berg", "Mikael Öst",
    "Jenny Karlsson")                                            # fokusgrupp-1.docx (Teams)
JOHAN, ELVIRA, NOAH, PETRA, KENNETH, AISHA = (
    "JOHAN", "ELVIRA", "NOAH", "PETRA", "KENNETH", "AISHA")      # fokusgrupp-2.srt (Subtitle Edit)
SP0, SP1 = "SPEAKER_00", "SPEAKER_01"                           # intervju-1.txt (aTrain, MAXQDA file)
JE, MA = "JE", "MA"                                             # intervju-2.txt (Google Docs voice typing)
SARA_T, JOHANNA = "Lindqvist, Sara", "Johanna W"               # intervju-3.vtt (Teams .vtt)
SPK1, PER = "Speaker 1", "Per Lundgren"                         # intervju-4.docx (Trint)
SL, UB = "SL", "UB"                                             # intervju-5.xlsx (researcher's sheet)
INTV, KARIN = "Intervjuare", "Karin"                            # intervju-6.csv (sep=; cp1252)

PARTICIPANTS = [
    # speaker; segment; role; area; child; situation
    (SARA, "moderator", "", "", "", ""),
    (LENA, "vårdnadshavare", "förälder", "landsbygd (Norrbyn)", "åk 2 och åk 5",
     "två barn med busskort på linjebuss, väntar vid stora vägen"),
    (OMAR, "vårdnadshavare", "förälder", "tätort (Ekeby)", "åk 4",
     "son med autism, taxi beviljad för funktionsnedsättning"),
    (HANNA, "vårdnadshavare", "förälder", "tätort och landsbygd (Åsen)", "åk 3 och åk 6",
     "växelvis boende, skjuts bara från pappans adress"),
    (MIKAEL, "vårdnadshavare", "förälder", "tätort (Sågvägen)", "åk 5",
     "avslag för trafikfarlig väg, fick rätt efter överklagande"),
    (JENNY, "vårdnadshavare", "förälder", "tätort (Ekeby)", "åk 3 och åk 6",
     "nyinflyttad, valde en skola längre bort och fick avslag"),
    (JOHAN, "moderator", "", "", "", ""),
    (ELVIRA, "elev", "elev", "landsbygd (Åsen)", "åk 9", "åker linjebuss 412 med skolkort"),
    (NOAH, "elev", "elev", "tätort och landsbygd", "åk 7",
     "växelvis boende, busskort från pappans adress"),
    (PETRA, "vårdnadshavare", "förälder", "tätort (Ekeby)", "åk 3",
     "dotter i anpassad grundskola, åker ensam i taxi"),
    (KENNETH, "vårdnadshavare", "förälder", "landsbygd (Storlid)", "åk 2 och åk 5",
     "lantbrukare, barnen åker samåkningstaxi 45 minuter"),
    (AISHA, "vårdnadshavare", "förälder", "landsbygd (Västergården)", "åk 1 och åk 4",
     "avslag, barnen går längs väg 254, har överklagat"),
    (SP0, "moderator", "", "", "", ""),
    (SP1, "personal", "skolskjutssamordnare", "barn- och utbildningsförvaltningen", "",
     "handlägger ansökningar och har kontakt med trafik- och taxibolag"),
    (JE, "moderator", "", "", "", ""),
    (MA, "vårdnadshavare", "förälder", "tätort (flyttade från Norrbyn)", "åk 2",
     "flyttade mitt i läsåret, skjutsen upphörde, son med ADHD"),
    (SARA_T, "moderator", "", "", "", ""),
    (JOHANNA, "vårdnadshavare", "förälder", "landsbygd (Åsen)", "förskoleklass och åk 3",
     "två barn i taxi, körschemat ändrat fyra gånger"),
    (SPK1, "moderator", "", "", "", ""),
    (PER, "vårdnadshavare", "förälder", "tätort (Ekeby)", "åk 7",
     "son i rullstol, anpassad taxi, bytte till högstadiet"),
    (SL, "moderator", "", "", "", ""),
    (UB, "vårdnadshavare", "förälder", "landsbygd (Granlunda)", "åk 4 (tvillingar)",
     "avslag på gränsen, fick rätt i förvaltningsrätten, väntar på nytt beslut"),
    (INTV, "moderator", "", "", "", ""),
    (KARIN, "vårdnadshavare", "förälder", "landsbygd (Lillån)", "åk 1, åk 5 och åk 8",
     "tre barn med skolkort på linjebuss"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
FG1 = [  # Teams, newer .docx layout; Lena talks before the moderator has opened
    B(LENA, "Hej, hör ni mig? Jag sitter i bilen utanför jobbet, det är därför det låter som det gör."),
    M(SARA, "Ja, vi hör dig bra, Lena. Då är vi alla här. Välkomna, och tack för att ni ställer upp en tisdagskväll. Jag heter Sara Lindqvist och gör den här studien åt Ekeby kommun. Vi ska prata om skolskjuts, hela vägen från ansökan till hur det fungerar en vanlig morgon. Kan vi börja med en runda? Vem är du och hur tar sig barnen till skolan?"),
    P(LENA, "Lena heter jag, vi bor i Norrbyn, ungefär sju kilometer från Ekebyskolan. Två barn, Alva i femman och Sixten i tvåan. De åker linjebuss med busskort, och bussen går från stora vägen.", REG, N, 0, "neutral"),
    P(OMAR, "Omar, pappa till Adam som är tio. Adam har autism och han åker taxi till skolan sedan förskoleklass, fast vi bara bor två kilometer bort. Det är beviljat på grund av hans funktionsnedsättning.", REG, N, 0, "neutral"),
    P(HANNA, "Jag heter Hanna. Mina två bor växelvis, en vecka hos mig i centrum och en vecka hos sin pappa i Åsen. Hos honom har de skolskjuts, hos mig har de inte det. Så det är ett pussel.", REG, N, 0, "neutral"),
    P(MIKAEL, "Mikael. Vi bor på Sågvägen, det är två komma åtta kilometer enligt kommunen. Men vägen dit är en 80-väg utan trottoar, och vi fick avslag två gånger. Så jag har en del åsikter.", REG, N, -1, "pain"),
    P(JENNY, "Jenny. Vi flyttade till Ekeby i höstas, från Göteborg, och jag valde en skola inne i stan för att det fanns plats där. Jag trodde att skolskjutsen följde med. Det gjorde den inte.", SKV, N, -1, "pain"),
    B(LENA, "Det tror nog de flesta."),
    M(SARA, "Om vi börjar innan ni sökte. Hur fick ni veta vad som gäller, vem som har rätt till skolskjuts?"),
    P(LENA, "Jag visste inte ens att man skulle söka. På förskolan var det ju inget sånt. Sen när Alva började ettan kom det ett brev om att vi skulle söka i e-tjänsten före sista april.", REG, FI, 0, "neutral"),
    P(JENNY, "Jag läste på kommunens sida, och där står avstånden, två kilometer för lågstadiet, tre för mellanstadiet och så vidare. Men längre ner står det att det gäller den skola kommunen placerar en i. Det missade jag helt.", REG, FI, -1, "pain"),
    P(MIKAEL, "Det som inte står någonstans är hur de mäter. Jag trodde att det var fågelvägen, men det är kortaste gångvägen enligt något kartprogram. Och den går över en åker som ingen går över i november.", REG, FI, -1, "pain"),
    P(OMAR, "För oss var det förskolan som sa att vi kunde söka på grund av diagnosen. Annars hade vi aldrig vetat. Det står under särskilda skäl, och det låter ju som något helt annat.", REG, FI, 0, "pain"),
    P(HANNA, "Och växelvis boende, det står en mening om det. Att man kan ha rätt på båda adresserna om båda ligger i kommunen. Jag läste det som att vi hade rätt hos mig också.", REG, FI, 0, "neutral"),
    M(SARA, "Men så var det inte?"),
    P(HANNA, "Nej. Ettusen niohundra meter. Hundra meter för kort.", REG, DE, -1, "pain"),
    M(SARA, "Hur var det att söka då? Ni gör det i e-tjänsten varje vår, va?"),
    P(LENA, "Ja, varje vår. Det är inte svårt, men det är samma frågor varje år. Adress, skola, årskurs. De vet ju redan allt det där.", ANS, AP, 0, "pain"),
    P(OMAR, "För oss är det värre, vi måste bifoga intyg varje år. Nytt läkarintyg, fast autism inte går över. Det kostar trehundra kronor på vårdcentralen och tar tre veckor att få.", ANS, AP, -1, "pain"),
    P(MIKAEL, "Och båda vårdnadshavarna ska signera med BankID. Min fru var i Thailand i april förra året och hennes BankID ville inte där. Så ansökan låg som utkast i två veckor.", ANS, AP, -1, "pain"),
    B(HANNA, "Åh, det känner jag igen."),
    P(HANNA, "Vi är ju inte ens ihop längre, deras pappa och jag, men vi ska signera samma ansökan. Det går, men det kräver att vi pratar med varandra, och det är inte alltid lätt.", ANS, AP, 0, "pain"),
    P(JENNY, "Jag tyckte att e-tjänsten var smidig, ärligt talat. Tio minuter. Det var bara det att jag sökte fel sak.", ANS, AP, 1, "praise"),
    M(SARA, "Hur menar du, fel sak?"),
    P(JENNY, "Jag sökte vanlig skolskjuts, men eftersom vi har valt en annan skola än den kommunen hade placerat oss i så var det skolskjuts vid eget val, och det beviljas nästan aldrig. Det förstod jag först när avslaget kom.", SKV, AP, -1, "pain"),
    M(SARA, "Om vi pratar om väntan. Hur lång tid tog det innan ni fick beslut?"),
    P(LENA, "Vi sökte i mars och fick beslutet i slutet av juni. Det är okej, tycker jag, så länge det kommer före skolstarten.", KON, PR, 0, "neutral"),
    P(MIKAEL, "Vårt beslut kom första veckan i augusti. Skolan började den artonde. Så i två veckor visste vi inte om vi skulle köra själva eller inte, och jag jobbar i Sundsvall.", KON, PR, -1, "pain"),
    P(OMAR, "Jag ringde och frågade i juni och fick prata med Birgitta på skolskjutsen. Hon kollade direkt och sa att det var klart och att beslutet låg i e-tjänsten. Det var skönt att få ett riktigt svar.", KON, PR, 1, "praise"),
    P(JENNY, "Jag fick mitt avslag på tre veckor. Det var snabbt, det ska de ha.", KON, PR, 0, "praise"),
    P(HANNA, "Birgitta är bra. Men telefontiden är ju mellan nio och tio, och då står jag i kassan. Jag har mejlat i stället och fått svar efter en vecka, ungefär.", KON, PR, -1, "pain"),
    M(SARA, "Mikael, du nämnde avslag. Kan du berätta hur det gick till?"),
    P(MIKAEL, "Första året fick vi ett brev: avslag, avståndet understiger tre kilometer. Inget om vägen. Så jag skrev och sa att det är en 80-väg utan vägren, och då kom det ett nytt beslut med samma text, bara med ett stycke om att vägen har bedömts som inte trafikfarlig.", BES, DE, -1, "pain"),
    P(MIKAEL, "Vi överklagade till förvaltningsrätten. Det tog fem månader. Och då visade det sig att de bara kunde pröva om beslutet var lagligt, inte om det var rätt, för vi hade skrivit det som en laglighetsprövning och inte som förvaltningsbesvär. Det förstod ingen av oss.", BES, DE, -1, "pain"),
    P(OMAR, "Är det inte så att man alltid kan överklaga till förvaltningsrätten?", BES, DE, 0, "question"),
    P(MIKAEL, "Jo, men det spelar roll hur. Om man har valt en annan skola är det laglighetsprövning. Vi hade inte valt något, vi bor bara där vi bor. Så andra gången blev det förvaltningsbesvär och då fick vi rätt. Ett och ett halvt år senare.", BES, DE, 0, "neutral"),
    B(LENA, "Ett och ett halvt år."),
    P(JENNY, "Jag överklagade inte ens. Det stod att man kunde begära omprövning, men också att det är kommunens riktlinjer och att de inte gör undantag. Så vad är det då man omprövar?", BES, DE, -1, "pain"),
    P(LENA, "Vårt beslut var bara några rader. Beviljad skolskjuts, busskort, läsåret ut. Mer behöver man inte, tycker jag.", BES, DE, 1, "praise"),
    P(OMAR, "Vårt var tre sidor, med hämttider och allt. Det var bra, fast tiderna stämde inte sen.", BES, DE, 0, "praise"),
    M(SARA, "Då går vi över till hur själva resorna fungerar. Lena, era barn åker buss?"),
    P(LENA, "Ja, linje 412. Busskorten kommer med posten i augusti, och det fungerar. Det som är dumt är att kortet bara gäller två resor per skoldag. Om Alva stannar på fritids eller har innebandy efteråt får vi betala själva.", KRT, US, 0, "pain"),
    P(HANNA, "Gäller det inte på helgerna heller?", KRT, US, 0, "question"),
    P(LENA, "Nej. Bara skoldagar, fram till sju på kvällen, eller vad det är. Jag har inte koll, faktiskt.", KRT, US, 0, "neutral"),
    P(HANNA, "Mina har tappat busskortet två gånger. Första gången fick vi ett nytt gratis, andra gången kostade det tvåhundra kronor och tog två veckor. Under tiden köpte jag biljetter i appen.", KRT, US, -1, "pain"),
    P(LENA, "Finns det inte skolkort i mobilen nu? Jag trodde att man kunde ha det i appen.", KRT, US, 0, "question"),
    P(HANNA, "Inte för lågstadiet, tror jag. De får inte ha mobilen framme i skolan ändå.", KRT, US, 0, "neutral"),
    P(OMAR, "Adam har taxi. Det har fungerat bra i perioder, och så byter de chaufför och då är allt kaos igen. Han behöver veta vem som kommer. En ny chaufför en måndagsmorgon och han går inte in i bilen.", CHF, US, -1, "pain"),
    P(OMAR, "I höstas byttes det tre gånger på två veckor. Ingen meddelade oss. Det stod ingenting i appen och ingen ringde. Jag fick köra honom själv och kom för sent till jobbet varje dag.", APP, US, -1, "pain"),
    P(HANNA, "Hos pappan åker de taxi med tre andra barn. Turen tar fyrtio minuter för något som tar tolv med bil. De åker runt och plockar upp alla.", TAX, US, -1, "pain"),
    P(MIKAEL, "Vi har taxi nu, sedan i höstas, efter överklagandet. Och jag ska säga att chauffören är fantastisk. Han heter Göran, han har kört i tjugo år och han vet vad alla barn heter.", CHF, US, 1, "praise"),
    B(LENA, "Det är guld värt."),
    P(MIKAEL, "Göran ringer faktiskt själv om han blir sen. Det är inte kommunen som ringer, det är han.", CHF, US, 1, "praise"),
    P(JENNY, "Finns det någon app där man ser var taxin är? Som med Uber?", APP, US, 0, "question"),
    P(OMAR, "Det finns en app, Resenär heter den, tror jag, där man kan avboka om barnet är sjukt. Men man ser inte var bilen är. Man ser bara att resan är bokad.", APP, US, 0, "neutral"),
    P(HANNA, "Och om man avbokar för sent, efter sex kvällen innan, så räknas det som en uteblivande. Vi fick ett brev om det. Tre uteblivanden och de kan dra in skjutsen, stod det.", APP, US, -1, "pain"),
    P(LENA, "Vi får sms från Ekeby Trafik när bussen är inställd. Det fungerar, om man har registrerat sig. Det visste inte jag första året.", APP, US, 0, "neutral"),
    M(SARA, "Hur är det på vintern?"),
    P(LENA, "Bussen är alltid sen när det har snöat. Och barnen står vid stora vägen i mörkret, ingen busskur, och långtradarna kör förbi i nittio. Jag brukar sitta i bilen med dem tills bussen kommer.", FRS, US, -1, "pain"),
    P(OMAR, "I januari ställdes taxin in två dagar i rad på grund av snön. Vi fick ett sms sju på morgonen. Då har Adam redan klätt på sig och står i hallen.", FRS, US, -1, "pain"),
    P(MIKAEL, "Det är inte chaufförernas fel. Det är att vägen inte plogas förrän vid nio. Det har jag sagt till kommunen också, men det är tydligen Trafikverkets väg.", FRS, US, 0, "neutral"),
    P(HANNA, "Jag tycker ändå att de är bra på att skicka sms. Förra veckan kom det kvällen innan: morgondagens tur ställs in, halkvarning. Då hinner man ordna något.", FRS, US, 1, "praise"),
    M(SARA, "Vad betyder skolskjutsen för barnen, hur upplever de det?"),
    P(OMAR, "För Adam är taxin trygg när den är förutsägbar. Samma bil, samma plats i bilen, samma tid. Då kommer han lugn till skolan, och då blir hela dagen bättre. Det är inte en transport för oss, det är en del av hans stöd.", TRY, US, 0, "neutral"),
    P(LENA, "Sixten tycker att det är spännande med bussen. Alva tycker att det är pinsamt att mamma sitter i bilen och väntar. Hon är elva.", TRY, US, 0, "neutral"),
    B(JENNY, "Elva, ja. Det börjar nu."),
    P(JENNY, "Mina cyklar nu, sex kilometer. På hösten gick det bra. Nu när det är mörkt kör jag dem, och då kommer jag sent till jobbet.", TRY, US, -1, "pain"),
    M(SARA, "Om vi tänker framåt. Vad händer när något ändras, som att ni flyttar eller barnen byter skola?"),
    P(HANNA, "Pappan ska flytta in till Ekeby centrum i sommar, och då försvinner skjutsen där också. Ingen har sagt något. Måste vi säga till, eller upphör den bara?", SKV, FU, 0, "question"),
    P(OMAR, "Adam ska börja sexan på en annan skola, Lövbacka, för att den har en liten grupp. Då måste vi söka helt ny skolskjuts, med nytt intyg, samma vår som allt annat. Jag har redan ångest för det.", SKV, FU, -1, "pain"),
    P(LENA, "Jag tycker att det borde förlängas automatiskt. Om ingenting har ändrats, samma adress, samma skola, då borde man bara få ett mejl: er skolskjuts gäller ett år till, hör av er om något har ändrats.", ANS, FU, 0, "suggestion"),
    P(MIKAEL, "Håller med. Och att ett beslut efter ett överklagande gäller hela mellanstadiet, inte bara ett år. Annars får vi göra om allt i vår.", BES, FU, -1, "suggestion"),
    M(SARA, "Sista frågan. Om ni fick ändra en sak, vad skulle det vara?"),
    P(JENNY, "Att det står tydligt, högst upp, att eget val av skola betyder att man normalt inte får skolskjuts. Då hade jag kanske valt annorlunda.", SKV, FI, 0, "suggestion"),
    P(OMAR, "Samma chaufför. Det är allt jag ber om. Och att någon ringer när det ändras.", CHF, US, 0, "suggestion"),
    P(HANNA, "Längre telefontid. En timme om dagen räcker inte när alla ringer i augusti.", KON, PR, 0, "suggestion"),
    P(LENA, "En busskur vid stora vägen. Det är kanske inte ens skolskjutsens sak, men ändå.", TRY, US, 0, "suggestion"),
    P(MIKAEL, "Att någon från kommunen går vägen själv, med en tioåring, en novembermorgon. Innan de skriver att den inte är trafikfarlig.", REG, PR, -1, "suggestion"),
    M(SARA, "Tack, det var många bra saker. Är det något mer någon vill säga?"),
    B(LENA, "Nej, jag måste nog köra hem nu. Tack för att vi fick vara med.", 1, "praise"),
    M(SARA, "Tack själva. Då stoppar jag inspelningen."),
]

FG2 = [  # Subtitle Edit (Whisper), names as in subtitles for the hard of hearing
    M(JOHAN, "Okej, nu spelar vi in. Jag tänkte att vi börjar lite bakvänt. Berätta om senaste gången skolskjutsen inte fungerade. Vem vill börja?"),
    P(KENNETH, "Det kan jag ta. I tisdags. Taxin kom inte. Klockan var tjugo över sju och ingen bil, och ingen svarade på numret. Till slut körde jag dem själv och kom för sent till mjölkbilen.", FRS, US, -1, "pain"),
    P(PETRA, "För oss var det förra veckan, fast på ett annat sätt. En ny chaufför som inte visste att Ella ska lämnas vid dörren och inte vid grinden. Hon stod på skolgården i tio minuter innan en fritidspedagog såg henne.", CHF, US, -1, "pain"),
    P(NOAH, "Bussen gick före tiden. Den står sju och tolv i appen men den gick sju och nio. Jag sprang, men han stannade inte.", FRS, US, -1, "pain"),
    M(JOHAN, "Vad hände sen?"),
    P(NOAH, "Jag gick hem och mamma fick skjutsa. Jag kom till andra lektionen.", FRS, US, -1, "neutral"),
    P(ELVIRA, "Alltså, det händer typ en gång i månaden. Man vänjer sig.", FRS, US, -1, "pain"),
    P(AISHA, "För mina barn finns ingen skolskjuts. De går. Det är problemet.", REG, N, -1, "pain"),
    M(JOHAN, "Vill du berätta mer?"),
    P(AISHA, "Vi bor i Västergården. Skolan är två komma fyra kilometer bort. Barnen går längs väg 254, där finns ingen trottoar, bara en liten kant. Lastbilar. Jag går med dem varje morgon och min man hämtar.", REG, N, -1, "pain"),
    P(KENNETH, "Den vägen, ja. Där skulle jag inte låta mina gå heller.", REG, N, -1, "neutral"),
    P(AISHA, "Jag sökte och fick nej. Det stod att vägen är bedömd. Vem bedömde? Ingen har varit där.", BES, DE, -1, "pain"),
    M(JOHAN, "Vi kommer tillbaka till beslutet. Om vi backar lite, hur ansöker ni, och vem gör det hemma?"),
    P(PETRA, "Jag gör allt. Varje vår, i april. Det tar en kvart om man har intyget klart, men intyget ska vara nytt, och habiliteringen har långa köer.", ANS, AP, -1, "pain"),
    P(KENNETH, "Jag missade sista dagen i fjol. Jag trodde att det förnyades av sig självt eftersom vi bor där vi bor. Då fick vi vänta till oktober, och jag körde i sju veckor.", ANS, FU, -1, "pain"),
    P(ELVIRA, "Får man söka själv när man är femton?", ANS, AP, 0, "question"),
    M(JOHAN, "Nej, det är vårdnadshavaren som söker. Men du kan ju hjälpa till."),
    P(ELVIRA, "Mamma säger att jag ska göra det, för jag kan BankID-grejen bättre. Fast det är hennes BankID. Så jag sitter med hennes mobil.", ANS, AP, 0, "neutral"),
    B(PETRA, "Så är det nog i många familjer."),
    M(JOHAN, "Hur visste ni från början att man kunde få skolskjuts?"),
    P(PETRA, "Habiliteringen sa det, när Ella skulle börja skolan. Det stod ingenting om anpassad grundskola på kommunens sida, bara avstånd.", REG, FI, -1, "pain"),
    P(KENNETH, "Det har alltid varit så här ute. Alla barn i Storlid har taxi. Man behöver inte veta något.", REG, FI, 0, "neutral"),
    P(AISHA, "Jag frågade på skolan. Läraren sa att alla som bor långt bort får skjuts. Två komma fyra är långt, tyckte jag.", REG, FI, 0, "neutral"),
    P(ELVIRA, "Jag trodde att det var gratis buss för alla under sexton. Det är det i Stockholm, säger min kusin.", REG, FI, 0, "neutral"),
    B(NOAH, "Fast vi bor inte i Stockholm."),
    P(NOAH, "Min pappa har sökt för sin adress, men inte mamma, för mamma bor närmare. Så jag har busskort bara varannan vecka, typ. Fast kortet funkar ju varje vecka, så jag åker ändå.", REG, US, 0, "neutral"),
    M(JOHAN, "Får man det?"),
    P(NOAH, "Vet inte. Ingen har sagt något.", REG, US, 0, "neutral"),
    M(JOHAN, "Hur lång tid tog det innan ni fick besked?"),
    P(PETRA, "Sex veckor, ungefär. Och då kom det i e-tjänsten först, inte med posten. Det visste jag inte, så jag väntade på ett brev som aldrig kom.", APP, DE, -1, "pain"),
    P(AISHA, "Det tog nio veckor innan jag fick svar. Jag trodde att de hade glömt mig.", KON, PR, -1, "pain"),
    P(KENNETH, "Jag har aldrig fått något i någon app. Jag har fått brev.", APP, DE, 0, "neutral"),
    P(AISHA, "Mitt brev var bara på svenska. Jag fick be min granne läsa. Och det var ord som förvaltningsbesvär, det förstår inte min granne heller.", BES, DE, -1, "pain"),
    B(KENNETH, "Det förstår ingen."),
    M(JOHAN, "Överklagade du?"),
    P(AISHA, "Jag ringde skolskjutsen. Hon var snäll och förklarade, och hon sa att jag kunde skriva till kommunen och att det inte kostar något. Jag har skrivit. Nu väntar jag.", BES, DE, 0, "neutral"),
    M(JOHAN, "Om vi går över till själva resan. Kenneth, ni har taxi?"),
    P(KENNETH, "Ja. Det är en minibuss egentligen, som åker runt hela Storlid och plockar upp nio barn. Mina är först på och sist av. Fyrtiofem minuter åt varje håll för fjorton kilometer.", TAX, US, -1, "pain"),
    P(KENNETH, "Och chauffören, Roger, han är bra. Han väntar om någon är sen och han vet vem som ska av var. Det är inte honom det är fel på.", CHF, US, 1, "praise"),
    P(PETRA, "Ella åker ensam, det är beviljat så på grund av hennes behov. Det fungerar bra när det är den vanliga chauffören, Monica. Hon är helt fantastisk, hon sjunger med Ella.", CHF, US, 1, "praise"),
    P(PETRA, "Ellas hämttid är fast, tjugo över sju, och det har den varit i två år. Det är guld för henne.", TAX, US, 1, "praise"),
    P(ELVIRA, "Jag åker linjebuss, 412, samma som alla. Den är full på morgonen, gymnasieeleverna tar alla platser, så vi från högstadiet står. Hela vägen in till stan.", KRT, US, -1, "pain"),
    P(NOAH, "Man står i typ trettio minuter. Och de kör som om bussen vore tom.", TRY, US, -1, "pain"),
    M(JOHAN, "Ni som åker buss, använder ni appen?"),
    P(ELVIRA, "Ja, Ekeby Trafik, där ser man när bussen kommer. Fast den ljuger ibland. Den säger två minuter i tio minuter.", APP, US, -1, "pain"),
    P(NOAH, "Och skolkortet är ett plastkort, inte i appen. Så om man glömmer det hemma får man betala med mobilen, tjugofem kronor.", KRT, US, -1, "pain"),
    P(KENNETH, "Vi har en annan app för taxin, Resenär. Jag har aldrig fått den att fungera. Jag ringer i stället.", APP, US, -1, "pain"),
    P(PETRA, "Den fungerar för mig, men man ser bara att resan finns. Inte om den är sen. Det är det enda jag skulle behöva veta.", APP, US, 0, "suggestion"),
    M(JOHAN, "Känner ni er trygga med hur barnen åker?"),
    P(ELVIRA, "Jag är trygg på bussen. Det är hållplatsen som är läskig på vintern. Det är mörkt och det finns bara en lampa och den har varit trasig sen oktober.", TRY, US, -1, "pain"),
    P(AISHA, "Jag är inte trygg. Varje dag. Det är därför jag går med dem. Om jag blir sjuk, vem går då?", TRY, US, -1, "pain"),
    P(NOAH, "Jag är typ trygg. Men en gång var det en gubbe som skrek på bussen och chauffören gjorde ingenting.", CHF, US, -1, "pain"),
    P(PETRA, "Ella kan inte säga till om något är fel. Så jag måste lita helt på chauffören. När det är Monica gör jag det. När det är en vikarie sitter jag vid fönstret tills skolan har skickat sms att hon är framme.", TRY, US, -1, "pain"),
    P(KENNETH, "Mina tycker att det är roligt. De sitter med kompisarna. Det är väl bara jag som tycker att det tar lång tid.", TRY, US, 0, "praise"),
    M(JOHAN, "Har ni haft kontakt med skolskjutsenheten, och hur var det?"),
    P(KENNETH, "Jag ringde efter tisdagen. Man ska ringa taxibolaget om bilen är sen och kommunen om det gäller beslutet. Men vem vet det? Jag ringde kommunen och blev hänvisad till taxin, och taxin sa att det var kommunens upphandling.", KON, US, -1, "pain"),
    P(PETRA, "Jag har en kontaktperson, Birgitta, och hon svarar alltid på mejl inom ett par dagar. Det är inte det som är problemet. Problemet är att hon inte kan göra något åt taxibolaget.", KON, US, 0, "pain"),
    P(AISHA, "Hon var bra, som jag sa. Men hon kan inte ändra beslutet.", KON, DE, 0, "neutral"),
    M(JOHAN, "Om ni tänker på nästa läsår, vad händer då?"),
    P(ELVIRA, "Jag börjar gymnasiet i Sundsvall, och då är det inte skolskjuts längre utan elevresor, eller vad det heter. Man söker på något annat ställe. Ingen vet riktigt.", SKV, FU, 0, "neutral"),
    P(NOAH, "Pappa ska flytta närmare skolan, så då har jag inget kort alls. Då får jag cykla från honom. Det är okej på sommaren.", SKV, FU, 0, "neutral"),
    P(PETRA, "Ella ska byta till Lövbacka i höst. Jag har frågat om Monica kan följa med, men det är olika taxibolag i olika områden. Så hon får en ny chaufför och en ny skola samtidigt. Det är två stora förändringar på en gång för ett barn som knappt klarar en.", SKV, FU, -1, "pain"),
    P(KENNETH, "Får jag säga en sak om taxin? Nästa upphandling borde skriva in att barnen inte ska sitta mer än en halvtimme i bilen. Det står rimlig restid i riktlinjerna, men vad är rimligt?", TAX, US, 0, "suggestion"),
    M(JOHAN, "Sista rundan. En sak ni skulle ändra?"),
    P(ELVIRA, "Laga lampan vid hållplatsen.", TRY, US, 0, "suggestion"),
    P(NOAH, "Och att bussen inte går före tiden.", FRS, US, 0, "suggestion"),
    P(AISHA, "Att någon kommer och tittar på vägen. Med mig. Jag kan visa.", REG, PR, 0, "suggestion"),
    P(PETRA, "Att man ser i appen om taxin är sen. Och att vikarierna får veta vad som står i Ellas beslut.", APP, US, 0, "suggestion"),
    P(KENNETH, "Att det förlängs automatiskt. Vi har bott på samma gård i fyrtio år.", ANS, FU, 0, "suggestion"),
    M(JOHAN, "Tack. Det här var jättebra. Elvira och Noah, tack särskilt till er, det är inte ofta vi får höra från er som faktiskt åker."),
    B(ELVIRA, "Tack för fikat.", 1, "praise"),
    B(NOAH, "Ja, bullarna var bra."),
]

I1 = [  # aTrain, transcription_maxqda.txt: SPEAKER_00 = interviewer, SPEAKER_01 = coordinator
    M(SP0, "Då är den igång. Kan du börja med att berätta vad du gör?"),
    P(SP1, "Jag är skolskjutssamordnare på barn- och utbildningsförvaltningen och har varit det i 11 år. Vi är 2 personer som handlägger alla ansökningar, ungefär 1400 elever, och så har vi kontakten med trafikbolaget och taxibolagen.", KON, PR, 0, "neutral"),
    M(SP0, "Hur ser året ut för er?"),
    P(SP1, "Ansökan öppnar 1 mars och stänger 30 april. Maj och juni är handläggning, och i juli planerar trafikbolaget turerna utifrån våra beslut. Sen kommer augusti, och då ringer alla. Augusti är inte en månad, det är ett tillstånd.", KON, PR, 0, "neutral"),
    M(SP0, "Vad är det vanligaste att folk ringer om?"),
    P(SP1, "Att de inte har fått beslut, fast det ligger i e-tjänsten sedan juni. Många tror att det kommer ett brev. Det gör det bara om man inte har e-legitimation eller har valt papper.", APP, DE, 0, "neutral"),
    P(SP1, "Och sen tider. Att taxin kommer 20 minuter för tidigt eller att bussen inte passar med skolans schema. Det är ett pussel med 60 turer och skolor som börjar på olika tider.", TAX, US, 0, "neutral"),
    M(SP0, "Hur får familjerna veta vad som gäller innan de söker?"),
    P(SP1, "Det står på webben, och vi skickar brev till alla som börjar förskoleklass. Men webbsidan är skriven av oss, och jag ser att den är svår. Folk hittar inte särskilda skäl, till exempel.", REG, FI, 0, "pain"),
    M(SP0, "Och e-tjänsten?"),
    P(SP1, "Den är ganska ny, sedan 2024. Det bästa är att båda vårdnadshavarna får en signeringsförfrågan automatiskt. Det sämsta är att ett utkast bara sparas i 14 dagar, sen försvinner det.", ANS, AP, 0, "neutral"),
    M(SP0, "Hur bedömer ni en ansökan?"),
    P(SP1, "Först avståndet. Vi mäter kortaste gångbara väg i kartsystemet, från bostadens entré till skolans entré. Sen gränserna, 2 km för förskoleklass till trean, 3 km för fyran till sexan och 4 km för högstadiet. Under det tittar vi på trafiken och på särskilda skäl.", REG, PR, 0, "neutral"),
    M(SP0, "Trafikfarlig väg, hur gör ni där?"),
    P(SP1, "Vi har en lista över vägar som är bedömda, tillsammans med samhällsbyggnad. Det är hastighet, trafikmängd, om det finns vägren eller gång- och cykelväg. Är vägen inte med på listan gör vi en bedömning, ibland på plats, men ärligt talat inte alltid.", REG, PR, 0, "neutral"),
    M(SP0, "Inte alltid?"),
    P(SP1, "Nej. Vi hinner inte åka ut till alla i maj. Det vet jag att föräldrarna märker. Jag skulle vilja att vi gjorde det oftare.", REG, PR, -1, "pain"),
    M(SP0, "Hur är det med växelvis boende?"),
    P(SP1, "Där är det två adresser och två bedömningar. Båda ska ligga i kommunen. Många tror att om man har rätt på den ena adressen så har man rätt på båda, men varje adress prövas för sig.", REG, PR, 0, "neutral"),
    M(SP0, "Och när man väljer en annan skola?"),
    P(SP1, "Då har man i regel inte rätt, om det inte går att ordna utan extra kostnad för kommunen. Det kan vara att det redan går en buss, och då kan man få åka med på en ledig plats. Men det blir nästan aldrig taxi.", SKV, DE, 0, "neutral"),
    M(SP0, "Hur skrivs besluten?"),
    P(SP1, "Det finns mallar. Ett avslag har en motivering och en överklagandehänvisning. Jag vet att mallarna är svåra, särskilt skillnaden mellan förvaltningsbesvär och laglighetsprövning. Vi har bett juristerna om en enklare text i 2 år.", BES, DE, -1, "pain"),
    M(SP0, "Vad skulle du vilja att det stod?"),
    P(SP1, "Att om du har valt en annan skola så överklagar du på ett sätt, och annars på ett annat. I en mening. Och på fler språk än svenska.", BES, DE, 0, "suggestion"),
    M(SP0, "Hur ofta överklagas era beslut?"),
    P(SP1, "Förra året 23 gånger. 4 fick rätt i förvaltningsrätten, och alla gällde trafikfarlig väg. Så det är där vi har mest att lära oss, tänker jag.", BES, DE, 0, "neutral"),
    M(SP0, "Hur fungerar taxisidan?"),
    P(SP1, "Taxi upphandlas per område, så det är 3 bolag. Vi skickar beslut och elevlistor och de planerar turerna. När ett bolag byter chaufför ska de meddela vårdnadshavarna om det finns särskilda behov i beslutet. Det gör de inte alltid.", CHF, US, -1, "pain"),
    M(SP0, "Vad gör ni när det inte fungerar?"),
    P(SP1, "Vi skriver avvikelser. Föräldrar kan lämna synpunkter i e-tjänsten eller ringa oss, och varje avvikelse går till bolaget. Efter 3 avvikelser om samma sak har vi ett möte. Det händer saker, men det tar tid innan det märks ute i bilarna.", KON, FU, 0, "neutral"),
    M(SP0, "Vintern och inställda turer då?"),
    P(SP1, "Det är bolaget som ställer in, utifrån väglaget. Vi har sagt att de ska skicka sms senast kvällen innan om det går, och annars så fort de vet. Ibland vet de inte förrän chauffören står i backen klockan 6.", FRS, US, 0, "neutral"),
    M(SP0, "Och appen, hur används den?"),
    P(SP1, "Resenärsappen är trafikbolagets, inte vår. Där kan man avboka en taxiresa och se sina bokade resor. Vi har önskat att man ska se om bilen är sen, men det ingår inte i avtalet förrän 2027.", APP, US, 0, "neutral"),
    M(SP0, "Busskorten?"),
    P(SP1, "Korten beställs i juli och skickas hem i augusti. Ett borttappat kort ersätts gratis en gång per läsår, sen kostar det 200 kronor. Jag tycker själv att det är mycket för ett plastkort, men det är trafikbolagets pris.", KRT, US, 0, "pain"),
    M(SP0, "Varför måste man söka om varje år?"),
    P(SP1, "Det är en bra fråga. Förr förlängdes det automatiskt, men då hade vi barn som hade flyttat och fortfarande hade kort, och taxiresor som gick tomma. Nu söker alla varje vår. Jag tror att vi skulle kunna förlänga automatiskt där ingenting har ändrats och fråga de andra.", ANS, FU, 0, "suggestion"),
    M(SP0, "Vad tycker du fungerar bra?"),
    P(SP1, "Att vi är små. Föräldrarna får prata med någon som känner till deras ärende. Och att chaufförerna i regel är väldigt engagerade, många har kört samma barn i flera år.", KON, PR, 1, "praise"),
    M(SP0, "Och det svåraste?"),
    P(SP1, "Telefontiden. En timme om dagen, 9 till 10. Det är för lite, jag vet. Men vi är 2 och resten av dagen handlägger vi. Om vi hade öppet längre skulle besluten dröja.", KON, PR, -1, "pain"),
    M(SP0, "Något du vill lägga till?"),
    P(SP1, "Bara att de flesta resor faktiskt fungerar. 1400 barn varje dag. Det är de 20 som inte fungerar som man hör om, och det förstår jag, för det är ens barn.", TAX, US, 1, "praise"),
    M(SP0, "Tack så mycket, Birgitta."),
    B(SP1, "Tack själv. Skicka gärna rapporten sen."),
]

I2 = [  # Google Docs voice typing, re-spoken by the interviewer; initials and en dash added by hand
    M(JE, "okej vi kör. Kan du börja med att berätta lite om er"),
    P(MA, "Ja alltså jag heter Maria och jag har Viktor som är 8 och går i tvåan på Norrbyskolan. Vi bodde i Norrbyn fram till november och då hade han skolbuss eller busskort alltså.", SKV, N, 0, "neutral"),
    M(JE, "Och sen flyttade ni?"),
    P(MA, "Ja vi flyttade in till centrum för att jag fick en lägenhet där, jag separerade i somras. Och Viktor skulle få gå kvar på Norrbyskolan för han har sina kompisar där och en resurs som känner honom.", SKV, N, 0, "neutral",
      more="Så det var inget val egentligen, eller det var ett val men inte ett val man vill göra."),
    M(JE, "Vad hände med skjutsen när ni flyttade?"),
    P(MA, "Jag ändrade adressen i e-tjänsten och fick ett mejl tre veckor senare att skolskjutsen upphör från och med 1 december. För nu är det eget val av skola. Det stod ingenting om det när jag ändrade adressen.", SKV, FU, -1, "pain"),
    M(JE, "Visste du att det kunde bli så?"),
    P(MA, "Nej. Jag trodde att eftersom han redan hade skjuts så fick han behålla den. Det är ju samma barn och samma skola", REG, FU, 0, "neutral"),
    M(JE, "Hur löste ni det?"),
    P(MA, "Första veckan körde jag honom men jag börjar kvart över sju på äldreboendet så det gick inte. Sen tog han linjebussen med en vanlig biljett i appen, på min gamla mobil som jag gav honom. Han är 8.", KRT, US, -1, "pain"),
    M(JE, "Hur har det gått?"),
    P(MA, "Det har faktiskt gått bättre än jag trodde. Chauffören på 412 känner igen honom nu och säger hej. Han är stolt.", CHF, US, 1, "praise"),
    M(JE, "Hade han mobil innan?"),
    P(MA, "nej. Så nu har han mobil i tvåan vilket jag var emot. Men vad ska man göra", TRY, US, -1, "neutral"),
    M(JE, "Sökte du skolskjuts igen efter flytten?"),
    P(MA, "Ja jag sökte på särskilda skäl för att han har adhd och har svårt med byten. Jag bifogade ett intyg från BUP. Det tog 7 veckor och sen fick jag avslag.", ANS, AP, -1, "pain"),
    M(JE, "Vad stod det i beslutet?"),
    P(MA, "Att diagnosen i sig inte är ett särskilt skäl och att han bedöms kunna åka linjebuss med stöd. Vilket stöd tänkte jag. Det stod inte.", BES, DE, -1, "pain"),
    M(JE, "Överklagade du?"),
    P(MA, "Jag började skriva men det var sent på kvällen och jag förstod inte vart det skulle. Det stod laglighetsprövning och en länk. Jag gav upp ärligt talat [suck] det är inte så att jag inte bryr mig.", BES, DE, -1, "pain"),
    M(JE, "Nej det förstår jag."),
    B(MA, "Får jag säga en sak om telefontiden också?"),
    M(JE, "Absolut"),
    P(MA, "Jag har ringt 4 gånger mellan 9 och 10 och kommit fram en gång. Och då var det en jättetrevlig kvinna som sa att hon förstod men att reglerna är reglerna. Så trevligt men ingenting.", KON, PR, 0, "pain"),
    M(JE, "Om vi går tillbaka till när ni bodde i Norrbyn. Hur fungerade bussen då?"),
    P(MA, "Den fungerade. Busskortet kom i augusti varje år, han blev hämtad vid affären och det var 4 barn på samma hållplats. Jag tänkte aldrig på det. Det är väl så det ska vara.", KRT, US, 1, "praise"),
    M(JE, "När han började ettan, hur var det att söka första gången?"),
    P(MA, "Det var hans pappa som gjorde det. Jag signerade bara med BankID när jag fick en notis. Så jag hade aldrig sett hur e-tjänsten ser ut inifrån förrän nu i höstas.", ANS, AP, 0, "neutral"),
    M(JE, "Och vintern?"),
    P(MA, "Det var några dagar när bussen var sen men då stod de tillsammans och vi föräldrar turades om att stå med. Det var inte så farligt.", FRS, US, 0, "neutral"),
    M(JE, "Använder ni någon app nu?"),
    P(MA, "Ekeby Trafik för biljetten. Den funkar. Men det kostar 450 kronor i månaden för ett barnkort och det är mycket när man är ensam.", KRT, US, -1, "pain"),
    M(JE, "Hur känns det för Viktor nu?"),
    P(MA, "Han säger att det är okej. Men på morgnarna är han trött och han har haft två utbrott i skolan efter bussen. Resursen tror att det är bytet vid Stationen, han byter buss där.", TRY, US, -1, "pain",
      more="Det är 6 minuter mellan bussarna och om den första är sen så missar han den andra och då står han där ensam"),
    M(JE, "Vad skulle hjälpa?"),
    P(MA, "Att någon tittar på honom och inte bara på kartan. Att beslutet tar hänsyn till att han är 8 och har adhd och ska byta buss ensam.", REG, DE, -1, "suggestion"),
    M(JE, "Något mer?"),
    P(MA, "Att det står i e-tjänsten när man ändrar adress att skjutsen kan upphöra. En mening. Då hade jag kunnat planera.", SKV, FU, 0, "suggestion"),
    M(JE, "Och om du fick säga något till skolskjutsenheten?"),
    P(MA, "Att de gör ett bra jobb för de flesta. Det tror jag faktiskt. Men att de som faller mellan stolarna faller ganska hårt.", KON, US, 0, "praise"),
    M(JE, "Tack Maria. Jag stänger av nu"),
    B(MA, "Tack, det var skönt att prata om det.", 1, "praise"),
]

I3 = [  # Teams .vtt: the organiser's directory name, the guest's own display name
    M(SARA_T, "Hej Johanna, hör du mig?"),
    B(JOHANNA, "Ja, nu. Jag fick byta till datorn, mobilen ville inte."),
    M(SARA_T, "Bra. Jag har startat transkriberingen, som jag sa i mejlet. Kan du berätta lite om er familj och hur barnen tar sig till skolan?"),
    P(JOHANNA, "Vi bor i Åsen, ute på landet, elva kilometer från Ekebyskolan. Wilma går i trean och Melvin började förskoleklass i höstas. Båda har taxi, för det finns ingen buss som passar.", TAX, N, 0, "neutral"),
    M(SARA_T, "Visste du hur reglerna fungerar innan ni sökte?"),
    P(JOHANNA, "Inte direkt. Jag googlade skolskjuts Ekeby och kom till en sida med en tabell över avstånd. Den var tydlig. Det som inte stod var att man måste söka för varje barn.", REG, FI, 0, "neutral"),
    M(SARA_T, "Hur var det att söka första gången, för Melvin?"),
    P(JOHANNA, "Jag trodde att syskon fick samma automatiskt, så jag sökte inte förrän i maj, när en annan mamma sa något. Då hade e-tjänsten stängt.", ANS, AP, -1, "pain"),
    M(SARA_T, "Vad gjorde du då?"),
    P(JOHANNA, "Jag ringde och fick en pappersblankett hemskickad. Den var faktiskt enklare än e-tjänsten, det ska jag säga. Två sidor, kryssa i och skriv under.", ANS, AP, 1, "praise"),
    M(SARA_T, "Och sen, hur lång tid tog det?"),
    P(JOHANNA, "Beslutet kom i slutet av juli. Men hämttiden kom inte förrän dagen innan skolstarten, i ett sms. Hämtning fem över sju. Skolan börjar tio över åtta.", TAX, DE, -1, "pain"),
    M(SARA_T, "Det är mer än en timme innan."),
    P(JOHANNA, "En timme och fem minuter. För elva kilometer. För att taxin först ska hämta tre barn i Storlid och sen komma tillbaka förbi oss.", TAX, US, -1, "pain"),
    M(SARA_T, "Har det ändrats sen?"),
    P(JOHANNA, "Fyra gånger den här hösten. Varje gång det kommer ett nytt barn eller något barn flyttar så gör de om hela turen. Och vi får veta det i ett sms, ibland kvällen innan, ibland samma morgon.", TAX, US, -1, "pain"),
    P(JOHANNA, "Värst var när hämtningen flyttades till tio i sju. Melvin är sex. Han somnar i bilen.", TRY, US, -1, "pain"),
    M(SARA_T, "Hur är chaufförerna?"),
    P(JOHANNA, "Olika. Det finns en som heter Ali som är helt underbar, han har en låda med gosedjur i framsätet. Och så en som inte säger hej och har radion på högt. Melvin har sagt att han är rädd för honom.", CHF, US, 0, "pain"),
    P(JOHANNA, "Wilma tycker att det är mysigt i taxin. Hon har en kompis från Storlid som hon pratar med hela vägen.", TRY, US, 1, "praise"),
    M(SARA_T, "Har du sagt något om det?"),
    P(JOHANNA, "Jag skrev i synpunktsfunktionen i e-tjänsten. Fick ett automatiskt svar att synpunkten har tagits emot. Sen hörde jag inget mer. Men han kör inte oss längre, så kanske.", KON, FU, 0, "neutral"),
    M(SARA_T, "Använder ni Resenärsappen?"),
    P(JOHANNA, "Ja, för att avboka när någon är sjuk. Det fungerar. Men jag skulle vilja kunna lägga in att Wilma ska till sin pappa på onsdagar. Det går inte, man måste ringa taxibolaget varje gång.", APP, US, 0, "pain"),
    M(SARA_T, "Så hon bor växelvis?"),
    P(JOHANNA, "Inte riktigt, bara onsdagar. Pappan bor i Ekeby centrum. Hon har inte rätt till skjuts därifrån, det förstår jag, det är nära. Men det betyder att taxin kommer hit på onsdagsmorgnar och väntar på ett barn som inte är här, om jag glömmer att avboka.", APP, US, 0, "pain"),
    M(SARA_T, "Hur är det på vintern?"),
    P(JOHANNA, "I december var det tre dagar när taxin inte kom alls. Jag fick sms kvart över sju att turen var inställd på grund av väglaget. Men vägen var plogad. Jag körde själv, det gick fint.", FRS, US, -1, "pain"),
    M(SARA_T, "Vad tror du hände?"),
    P(JOHANNA, "Jag tror inte att det var väglaget, jag tror att de inte hade någon chaufför. Men det är bara vad jag tror.", FRS, US, -1, "neutral"),
    M(SARA_T, "Har du haft kontakt med skolskjutsenheten?"),
    P(JOHANNA, "En gång, när beslutet dröjde. Jag mejlade och fick svar efter fem dagar. Vänligt men kort: ditt ärende handläggs.", KON, PR, 0, "neutral"),
    M(SARA_T, "Nästa år börjar Wilma fyran. Hur tänker du kring det?"),
    P(JOHANNA, "Då ska vi söka igen. Jag har lagt in en påminnelse i mobilen den första mars. Det har jag lärt mig.", ANS, FU, 0, "neutral"),
    M(SARA_T, "Vad skulle du vilja ändra?"),
    P(JOHANNA, "Att hämttiden kommer med beslutet. Inte dagen innan skolstarten. Man måste kunna planera jobbet.", TAX, DE, 0, "suggestion"),
    P(JOHANNA, "Och att turen inte ändras mitt i terminen om det inte är absolut nödvändigt. Barnen vänjer sig vid en tid, och sen byts den.", TAX, US, 0, "suggestion"),
    M(SARA_T, "Något mer?"),
    P(JOHANNA, "Nej, jag tror inte det. Jo, Ali. Säg till Ali att han är bra.", CHF, US, 1, "praise"),
    M(SARA_T, "Det ska jag försöka. Tack, Johanna."),
    B(JOHANNA, "Tack själv. Hej då.", 1, "praise"),
]

I4 = [  # Trint, Word export; the interviewer left as "Speaker 1"
    M(SPK1, "Okej, nu spelar vi in. Kan du berätta om Lukas och hur han tar sig till skolan?"),
    P(PER, "Lukas är tretton och går i sjuan på Ekeby högstadieskola. Han har CP och använder rullstol. Han åker anpassad taxi, en bil med ramp, varje dag. Det har han gjort sedan förskoleklass.", REG, N, 0, "neutral"),
    M(SPK1, "Hur var det när han bytte till högstadiet?"),
    P(PER, "Det var då det krånglade. Jag trodde att man bara bytte skola i e-tjänsten, men det var en helt ny ansökan. Nytt intyg från habiliteringen, ny bedömning, som om vi aldrig hade haft skjuts.", SKV, FU, -1, "pain"),
    M(SPK1, "Hur lång tid tog det?"),
    P(PER, "Vi sökte i april och fick beslut den tjugonde augusti. Skolan hade redan börjat. De första tre dagarna körde jag honom i vår egen bil, och där går inte rullstolen in, så jag fick lyfta honom.", KON, PR, -1, "pain"),
    M(SPK1, "Visste du vilka regler som gällde för högstadiet?"),
    P(PER, "Jag trodde att det var samma, och det var det, i sak. Funktionsnedsättning är särskilda skäl oavsett stadium. Men det står på ett ställe på sidan som heter något helt annat, under bilagor tror jag.", REG, FI, 0, "pain"),
    M(SPK1, "Hur var själva ansökan?"),
    P(PER, "E-tjänsten i sig är okej. Men det finns inget fält för vilket fordon han behöver. Jag skrev det i fritextrutan, och den var det uppenbarligen ingen som läste.", ANS, AP, -1, "pain"),
    M(SPK1, "Och själva beslutet?"),
    P(PER, "Först beviljades skolskjuts med vanlig taxi, samåkning. Någon hade missat att han behöver en bil med ramp. Jag ringde och det ändrades på en dag, när jag väl fick tag på rätt person.", BES, DE, 0, "pain"),
    M(SPK1, "Så det blev rätt till slut."),
    P(PER, "Det blev rätt. Och jag ska säga att när jag väl fick prata med samordnaren så var det inga problem alls. Det är vägen dit som är lång.", KON, DE, 0, "praise"),
    M(SPK1, "Hur fungerar resorna i vardagen?"),
    P(PER, "Det beror helt på chauffören. Den ordinarie, Leif, spänner fast rullstolen i fyra punkter och kollar två gånger. Vikarierna vet ibland inte hur remmarna fungerar. En gång satt Lukas fast med bara två remmar hela vägen.", CHF, US, -1, "pain"),
    M(SPK1, "Sa han till?"),
    P(PER, "Han sa till, men chauffören sa att det var lugnt. Lukas var tolv då. Det ska inte vara han som har koll på säkerheten.", TRY, US, -1, "pain"),
    M(SPK1, "Har ni rapporterat det?"),
    P(PER, "Ja, jag skrev en avvikelse. Fick svar från kommunen att den var vidarebefordrad till bolaget. Efter det har vikarierna fått en lapp med instruktioner, säger Leif. Så något hände ju.", KON, FU, 0, "praise"),
    M(SPK1, "Hur är tiderna?"),
    P(PER, "Bra, faktiskt. Han hämtas tjugo i åtta och är framme kvart över. Han åker ensam, så det blir inga omvägar. Det är en av få saker som alltid har fungerat.", TAX, US, 1, "praise"),
    M(SPK1, "Har turen ändrats någon gång?"),
    P(PER, "En gång, i oktober, när de skulle samordna honom med en annan elev. Då blev det en halvtimme längre och han kom för sent två dagar. Jag ringde och de ändrade tillbaka.", TAX, US, 0, "pain"),
    M(SPK1, "Använder ni Resenärsappen?"),
    P(PER, "Jag avbokar där när han är sjuk. Det funkar. Fast jag har fått sms två gånger om att en resa var avbokad som jag aldrig avbokade.", APP, US, 0, "pain"),
    M(SPK1, "Och på vintern?"),
    P(PER, "Med rullstol är det inte bilen som är problemet utan att ingen skottar fram till rampen vid skolan. Det har hänt att chauffören har fått skotta själv. Det är inte hans jobb.", FRS, US, -1, "pain"),
    M(SPK1, "Och fritids, eller aktiviteter efter skolan?"),
    P(PER, "Det ingår inte. Skolskjuts är till och från skolan på skoltid. Om Lukas vill gå på simningen på onsdagar med klassen får vi lösa det själva, och då är det färdtjänst, som är en annan ansökan hos en annan nämnd.", REG, US, 0, "pain"),
    M(SPK1, "Det blir många ansökningar."),
    P(PER, "Det är en halvtidstjänst att ha ett barn med funktionsnedsättning. Jag har räknat. Skolskjuts, färdtjänst, hjälpmedel, assistans, bostadsanpassning. Allt varje år eller vartannat år. Allt med intyg.", ANS, FU, -1, "pain"),
    M(SPK1, "Vad tycker Lukas själv?"),
    P(PER, "Han tycker att det är pinsamt att bli hämtad vid huvudentrén där alla ser. Han vill bli hämtad vid sidoingången. Det har vi frågat om, men då måste taxin backa in på en gata som inte är godkänd.", TRY, US, -1, "pain"),
    M(SPK1, "Han är i en ålder där sånt spelar roll."),
    P(PER, "Exakt. Och ingen frågar honom. Alla frågor går till mig, fast det är han som åker.", TRY, US, -1, "pain"),
    M(SPK1, "Om du fick ändra något?"),
    P(PER, "Att ett beslut om skolskjuts för ett barn med en bestående funktionsnedsättning gäller hela stadiet. Lukas kommer inte att sluta använda rullstol till nästa vår.", BES, FU, -1, "suggestion"),
    P(PER, "Och en checklista för vikarierna. En lapp i bilen. Det är inte svårt.", CHF, US, 0, "suggestion"),
    M(SPK1, "Något annat du vill säga?"),
    P(PER, "Att Leif borde få en medalj. Han har kört Lukas i sju år. När Lukas fyllde tio hade han med sig en tårta.", CHF, US, 1, "praise"),
    M(SPK1, "Vad fint. Tack, Per."),
    B(PER, "Tack. Och lycka till med rapporten.", 1, "praise"),
]

I5 = [  # researcher's Excel sheet: Tid | Text | Vem | Kod (prel.)
    M(SL, "Berätta gärna var ni bor och hur det ser ut för barnen."),
    P(UB, "Vi bor i Granlunda, sista huset innan skogen. Två barn, tvillingar, de går i fyran. Det är tre komma en kilometer till skolan enligt kommunen. Tre komma sex enligt min bil.", REG, N, 0, "neutral"),
    M(SL, "Har de skolskjuts?"),
    P(UB, "Nej. Gränsen är fyra kilometer från fyran, tror jag. Eller är det tre? Jag blandar ihop det.", REG, FI, 0, "neutral"),
    M(SL, "Jag tror att det är tre kilometer för fyran till sexan här."),
    P(UB, "Jaha. Då borde de ha rätt. Men vi fick avslag i alla fall, för att de mäter från tomtgränsen och inte från huset. Eller något sånt. Jag har brevet någonstans.", BES, DE, -1, "pain"),
    M(SL, "Hur lång tid tog det att få det första beslutet?"),
    P(UB, "Sju veckor. Och det var ett standardbrev. Det enda som var skrivet för oss var avståndet, tre komma noll nio kilometer.", KON, PR, -1, "pain"),
    M(SL, "Har du överklagat?"),
    P(UB, "Ja, det är det som är grejen. Jag skrev till förvaltningsrätten i september. I januari kom domen. De upphävde beslutet och skickade tillbaka det till kommunen. Så nu väntar vi på ett nytt beslut. Igen.", BES, DE, 0, "pain"),
    M(SL, "Vad stod det i domen?"),
    P(UB, "Att kommunen inte hade utrett vägen tillräckligt. Att det inte räcker att titta på kartan. Det kändes som en upprättelse, jag läste den tre gånger.", BES, DE, 1, "praise"),
    M(SL, "Hur var det att överklaga?"),
    P(UB, "Inte särskilt smidigt. Man ska skicka överklagandet till kommunen och inte till domstolen, det står längst ner i beslutet. Det missade jag, så mitt första brev låg hos förvaltningsrätten i tre veckor innan de skickade det vidare.", BES, DE, -1, "pain"),
    M(SL, "Hur tar sig barnen till skolan nu?"),
    P(UB, "Jag kör dem. Varje morgon. Min fru jobbar i Sundsvall och åker tjugo över sex.", TRY, US, 0, "neutral"),
    M(SL, "Kan de inte gå eller cykla?"),
    P(UB, "Längs Granlundavägen? Det är en grusväg utan belysning där timmerbilarna går. Nej. På sommaren kanske, med mig bakom på cykel. Inte nu.", REG, US, -1, "pain"),
    P(UB, "Grannens barn har busskort, de bor tvåhundra meter längre in. Så bussen stannar ju redan här. Det är det som är så dumt.", REG, US, -1, "pain"),
    M(SL, "Hur påverkar det er vardag?"),
    P(UB, "Jag börjar jobba nio i stället för sju och tar igen det på kvällarna. Chefen är snäll. Men det blir två timmar om dagen i bilen, ungefär, fram och tillbaka två gånger.", TRY, US, -1, "pain"),
    P(UB, "Får man någon ersättning för att man kör själv? Jag har hört att man kan få milersättning i vissa kommuner. Är det så här?", REG, FI, 0, "question"),
    M(SL, "Det vet jag faktiskt inte, det får jag kolla upp."),
    B(UB, "Gör det. Det vore något."),
    M(SL, "Hur har kontakten med kommunen varit?"),
    P(UB, "Bättre än jag trodde. Jag har pratat med samordnaren två gånger. Hon sa rakt ut att hon tyckte att vi hade ett bra argument, men att hon inte kunde ändra det själv. Det uppskattade jag, ärligt.", KON, DE, 1, "praise"),
    M(SL, "Och väntan nu, hur känns den?"),
    P(UB, "Det har gått fem veckor sedan domen. Ingen har hört av sig. Jag mejlade förra veckan och fick svaret att ärendet är under handläggning. Det är det uttryck jag har hört mest i år.", KON, PR, -1, "pain"),
    M(SL, "Om ni får skjuts, vad blir det då?"),
    P(UB, "Busskort, tror jag. 412 går förbi vid stora vägen. Så de får gå en kilometer i skogen till bussen i stället för tre kilometer till skolan. Det är ju en förbättring.", KRT, DE, 0, "neutral"),
    M(SL, "Är den kilometern bättre?"),
    P(UB, "Den är kortare i alla fall. Och de kan gå tillsammans med grannens barn. Jag är inte helt nöjd, men det är mycket bättre än nu.", TRY, US, 0, "praise"),
    M(SL, "Vad skulle du vilja att kommunen gjorde annorlunda?"),
    P(UB, "Att de mäter från huset. Ingen bor i tomtgränsen. Och att de åker ut och tittar, det borde vara självklart när det är så nära gränsen.", REG, PR, -1, "suggestion"),
    P(UB, "Och att det står i beslutet vart man skickar överklagandet, med stora bokstäver, högst upp.", BES, DE, 0, "suggestion"),
    M(SL, "Finns det något som fungerar bra?"),
    P(UB, "E-tjänsten. Det ska de ha. Den var lätt, jag gjorde det på telefonen på tio minuter. Det är allt efteråt som är problemet.", ANS, AP, 1, "praise"),
    M(SL, "Tack, Ulf."),
    B(UB, "Tack. Hör av dig om det där med milersättningen."),
]

I6 = [  # CSV written for Excel: sep=; line, Windows-1252, CRLF
    M(INTV, "Då börjar vi. Kan du berätta lite om er?"),
    P(KARIN, "Karin, tre barn, sju, elva och fjorton. Vi bor i Lillån, fem kilometer från Ekebyskolan. Alla tre åker buss med skolkort.", KRT, N, 0, "neutral"),
    M(INTV, "Hur fungerar det?"),
    P(KARIN, "För det mesta bra, faktiskt. Bussen går oftast i tid, och chaufförerna känner igen barnen. Jag har inte så mycket att klaga på, om jag ska vara ärlig.", KRT, US, 1, "praise"),
    M(INTV, "Men något?"),
    P(KARIN, "Tiderna. Bussen är vid skolan tjugo över sju, och skolan börjar åtta. Min sjuåring sitter på morgonfritids i fyrtio minuter varje dag, för att det inte finns någon senare buss.", KRT, US, -1, "pain"),
    M(INTV, "Har ni sagt något om det?"),
    P(KARIN, "Jag har skrivit till både kommunen och Ekeby Trafik. Kommunen säger att det är trafikbolagets tidtabell, trafikbolaget säger att de kör efter kommunens beställning. Pingpong.", KON, US, -1, "pain"),
    M(INTV, "Hur var det med korten i höstas?"),
    P(KARIN, "Mellanbarnets kort fungerade inte. Det pep rött. Det visade sig att det inte var aktiverat för det nya läsåret. Han fick åka på nåder i två veckor, chauffören lät honom åka ändå.", KRT, US, 0, "pain"),
    M(INTV, "Hur löste det sig?"),
    P(KARIN, "Jag ringde skolskjutsen, och hon aktiverade det medan jag väntade. Två minuter. Så det var ju bra, när jag väl kom fram.", KON, US, 1, "praise"),
    M(INTV, "Gäller korten till aktiviteter efter skolan?"),
    P(KARIN, "Nej, bara två resor per skoldag. Elvaåringen har fotboll i Ekeby två dagar i veckan och då får han åka på ett eget reskort som vi laddar. Det är rimligt, tycker jag. Det är inte skolans sak.", KRT, US, 0, "neutral"),
    M(INTV, "Använder ni Ekeby Trafik-appen?"),
    P(KARIN, "Fjortonåringen gör. Han ser när bussen kommer och går ut i sista sekunden. Han har missat den två gånger för att appen visade fel. Då skyller han på appen, och ibland har han rätt.", APP, US, 0, "neutral"),
    M(INTV, "Och vintern?"),
    P(KARIN, "I januari ställdes skolbussen in en dag för att det var minus trettio och bussen inte startade. Ingen sa något. Barnen stod vid hållplatsen i tjugo minuter innan jag hämtade dem.", FRS, US, -1, "pain"),
    M(INTV, "Ingen information alls?"),
    P(KARIN, "Det låg i appen, visade det sig, under trafikinformation. Fast man måste gå in och titta själv. Det kom ingen notis.", APP, US, -1, "pain"),
    M(INTV, "Hur är det att söka varje år?"),
    P(KARIN, "Tre barn, tre ansökningar. Samma adress, samma skola, samma buss. Det tar kanske en halvtimme totalt, så det är inte hela världen. Men det känns onödigt.", ANS, FU, 0, "pain"),
    M(INTV, "Hur var det att söka första gången?"),
    P(KARIN, "Jag minns inte riktigt, det var på papper då. Jag tror att det var en blankett från skolan som vi fyllde i och lämnade till fröken.", ANS, AP, 0, "neutral"),
    M(INTV, "Hur kom besluten?"),
    P(KARIN, "I e-tjänsten, i juni, alla tre samma dag. Jag fick ett mejl om att det fanns ett nytt meddelande. Smidigt.", BES, DE, 1, "praise"),
    M(INTV, "Hur fick du veta hur reglerna fungerar när ni flyttade hit?"),
    P(KARIN, "Vi flyttade hit för sex år sedan, och då fick vi ett välkomstbrev från skolan där det stod om skolskjuts. Det var bra. Jag har det kvar.", REG, FI, 1, "praise"),
    M(INTV, "Har något ändrats sedan dess?"),
    P(KARIN, "Ja, gränsen för högstadiet höjdes till fem kilometer för ett par år sedan, tror jag. Det påverkade inte oss, vi har ju exakt fem.", REG, FI, 0, "neutral"),
    M(INTV, "Har ni någon gång haft taxi?"),
    P(KARIN, "Nej. Fast en gång när bussen var inställd i en vecka för vägarbete ordnade kommunen taxi. Den kom varje dag, i tid. Det var faktiskt bra.", TAX, US, 1, "praise"),
    M(INTV, "Fjortonåringen, hur är det för honom?"),
    P(KARIN, "Han säger att bussen är det bästa med skolan. Han och kompisarna. Det är där allt händer.", TRY, US, 1, "praise"),
    M(INTV, "Och sjuåringen?"),
    P(KARIN, "Hon är mer osäker. Hon vill inte sitta längst bak med de stora. Chauffören har sagt att hon får sitta längst fram, bakom honom. Det har gjort stor skillnad.", CHF, US, 1, "praise"),
    M(INTV, "Nästa år, vad händer då?"),
    P(KARIN, "Fjortonåringen börjar gymnasiet om ett år och ska nog till Sundsvall. Då är det inte skolskjuts längre utan något annat, elevresekort tror jag, och det söker man på ett annat sätt. Jag har inte satt mig in i det.", SKV, FU, 0, "neutral"),
    M(INTV, "Om du fick ändra en sak?"),
    P(KARIN, "En senare buss på morgonen. Eller att fritids slipper öppna för de barnen. Men det är väl skolans sak.", KRT, US, 0, "suggestion"),
    P(KARIN, "Och notiser i appen när bussen är inställd. Det kan inte vara så svårt.", APP, US, -1, "suggestion"),
    M(INTV, "Tack, Karin."),
    B(KARIN, "Tack. Lycka till.", 1, "praise"),
]


def interject(turns, words):
    """A moderator's short acknowledgement between two consecutive turns of one
    participant, as the transcriber (or the recogniser) heard it; the moderator is
    the session's first moderator speaker."""
    mod = next(t["speaker"] for t in turns if t["mod"])
    out, k = [], 0
    for t in turns:
        if out and out[-1]["speaker"] == t["speaker"]:
            out.append(M(mod, words[k % len(words)]))
            k += 1
        out.append(t)
    return out


def paras(turns):
    """Turns with a second paragraph ('more'): the gold text is both, one space apart."""
    for t in turns:
        if "more" in t:
            t["paras"] = [t["text"], t["more"]]
            t["text"] = t["text"] + " " + t.pop("more")
        else:
            t["paras"] = [t["text"]]
    return turns


FG1 = paras(interject(FG1, ["Mm."]))
FG2 = paras(interject(FG2, ["Mm."]))
I1 = paras(interject(I1, ["Mm.", "Okej."]))
I2 = paras(interject(I2, ["Mm", "ja"]))
I3 = paras(interject(I3, ["Mm.", "Okej."]))
I4 = paras(interject(I4, ["Mm.", "Ja."]))
I5 = paras(interject(I5, ["Mm.", "Okej."]))
I6 = paras(interject(I6, ["Mm.", "Jaha."]))

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="teams_docx", turns=FG1, seed=21, start=3.0,
         rate=2.1, pause=(2.0, 30.0), split_words=48, author="Sara Lindqvist",
         epoch=_dt.datetime(2026, 1, 27, 19, 1, 0),
         title="Fokusgrupp skolskjuts 1-20260127_180212-Mötesinspelning",
         header=["Fokusgrupp skolskjuts 1-20260127_180212-Mötesinspelning",
                 "27 januari 2026, 06:02PM", "{duration}",
                 "Sara Lindqvist startade transkriberingen"],
         footer="Sara Lindqvist stoppade transkriberingen"),
    dict(file="fokusgrupp-2.srt", fmt="se_srt", turns=FG2, seed=22, start=2.2,
         rate=2.2, pause=(0.4, 6.0)),
    dict(file="intervju-1.txt", fmt="atrain_maxqda", turns=I1, seed=23, start=0.0,
         rate=2.5, pause=(0.3, 1.5), seg_words=16, file_id="2602051004-Intervj"),
    dict(file="intervju-2.txt", fmt="gdocs_txt", turns=I2, seed=24, start=0.0,
         rate=2.0, pause=(0.3, 1.5),
         header=["Intervju 2 – Maria, flytt mitt i läsåret",
                 "Telefonintervju 6 februari 2026. JE = Johan Ek (intervjuare), MA = Maria (mamma till Viktor, åk 2).",
                 "Utskrivet med röstinmatning i Google Dokument: jag lyssnade på inspelningen och läste in allt igen, "
                 "initialerna och skiljetecknen har jag lagt till för hand efteråt. Det i hakparentes är mina kommentarer."]),
    dict(file="intervju-3.vtt", fmt="teams_vtt", turns=I3, seed=25, start=4.0,
         rate=2.3, pause=(0.3, 1.6), guid="5f0c2a9e-7b41-4d3a-9c8e-2e6d1b7f4a90",
         untagged=("Fyra gånger den här hösten", "Inte riktigt, bara onsdagar")),
    dict(file="intervju-4.docx", fmt="trint_docx", turns=I4, seed=26, start=1.0,
         rate=2.2, pause=(0.4, 1.9), split_words=34, author="Johan Ek",
         epoch=_dt.datetime(2026, 2, 11, 15, 42, 0),
         title="Intervju 4 Per skolskjuts"),
    dict(file="intervju-5.xlsx", fmt="coded_xlsx", turns=I5, seed=27, start=5.0,
         rate=2.1, pause=(0.4, 2.0), author="Sara Lindqvist",
         epoch=_dt.datetime(2026, 2, 17, 10, 20, 0), sheet="Intervju 5",
         block=["Intervju 5 – Ulf, Granlunda (avslag, överklagat)",
                "2026-02-13, hemma hos UB. SL = Sara Lindqvist, UB = Ulf. Kolumn D: mina preliminära koder, ej klara."],
         codes={"Jaha. Då borde": "avstånd", "Ja, det är det som": "överklagande",
                "Att kommunen inte hade": "överklagande", "Längs Granlundavägen": "trafikfarlig väg",
                "Jag börjar jobba nio": "vardag", "Det har gått fem veckor": "väntan",
                "Att de mäter från huset": "förslag", "E-tjänsten. Det ska": "ansökan +"}),
    dict(file="intervju-6.csv", fmt="sep_csv", turns=I6, seed=28, start=1.5,
         rate=2.3, pause=(0.3, 1.7)),
]

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (REG, "Rätten till skolskjuts",
     "Vem som har rätt och varför: avståndsgränserna och hur de mäts (gångväg, tomtgräns, entré), "
     "trafikfarlig väg och hur den bedöms, särskilda skäl och funktionsnedsättning, växelvis boende "
     "och vad som gäller på varje adress, ersättning för egen skjuts, att inte veta att man ska söka, "
     "att tro fel om reglerna, önskemål om att kommunen ska gå vägen. Skälen som de står i ett "
     "beslut hör hit när turen handlar om regeln; beskedet, motiveringen som text och "
     "överklagandet hör till beslut_overklagande. Eget val av skola hör till skolval_flytt.",
     ["Hundra meter för kort", "kortaste gångvägen enligt något kartprogram", "varje adress prövas för sig"]),
    (SKV, "Skolval, flytt och skolbyte",
     "Det som händer före och efter när familjen flyttar eller barnet byter skola: att välja en "
     "skola längre bort och vad det betyder för skjutsen (skolskjuts vid eget val), att skjutsen "
     "upphör efter en flytt, att byta stadium eller skola och söka på nytt, gymnasiet och "
     "elevresor. Själva ansökan i e-tjänsten hör till ansokan_etjanst.",
     ["Jag trodde att skolskjutsen följde med", "skolskjutsen upphör från och med 1 december", "det är olika taxibolag i olika områden"]),
    (ANS, "Ansökan och e-tjänsten varje vår",
     "Att ansöka: e-tjänsten och BankID, att båda vårdnadshavarna ska signera, intyg och bilagor "
     "varje år, sista ansökningsdag, pappersblankett, att söka om varje vår och önskemål om "
     "automatisk förlängning. Väntan efter ansökan hör till vantan_kontakt.",
     ["båda vårdnadshavarna ska signera med BankID", "Nytt läkarintyg, fast autism inte går över", "Jag har lagt in en påminnelse i mobilen den första mars"]),
    (KON, "Väntan och kontakt med skolskjutsenheten",
     "Tiden efter ansökan och kontakten med kommunen: hur länge beslutet dröjer, status och svar "
     "på mejl, telefontiden, samordnaren som person, synpunkter och avvikelser och vad som händer "
     "med dem, att bli hänvisad mellan kommun och bolag. Chaufförernas bemötande hör till "
     "chauffor_bemotande; appen och sms till app_besked.",
     ["telefontiden är ju mellan nio och tio", "ditt ärende handläggs", "Pingpong"]),
    (BES, "Beslut, avslag och överklagande",
     "Själva beslutet och vägen efter det: beviljat eller avslag, motiveringen och språket, "
     "omprövning, förvaltningsbesvär eller laglighetsprövning, förvaltningsrätten och domen, vart "
     "man skickar överklagandet, hur länge ett beslut gäller. När turen handlar om regeln bakom "
     "beslutet (avståndet, vägen) hör den till regler_ratt.",
     ["Så vad är det då man omprövar?", "De upphävde beslutet", "Det stod laglighetsprövning och en länk"]),
    (KRT, "Busskort och linjebuss",
     "Att åka linjebuss med skolkort: kortet som kommer i augusti, borttappade och ej aktiverade "
     "kort, två resor per skoldag, biljetter i appen och vad de kostar, trängsel, tidtabellen mot "
     "skolans tider. Förseningar och inställda bussar hör till forseningar_vinter.",
     ["kortet bara gäller två resor per skoldag", "Det pep rött", "gymnasieeleverna tar alla platser"]),
    (TAX, "Taxi, turer och körschema",
     "Skolskjuts med taxi eller minibuss: samåkning och omvägar, hämttider, restid, turer som "
     "ändras mitt i terminen, när hämttiden meddelas, upphandlingen. Chauffören som person hör "
     "till chauffor_bemotande.",
     ["Turen tar fyrtio minuter för något som tar tolv med bil", "Fyrtiofem minuter åt varje håll för fjorton kilometer", "Hämtning fem över sju"]),
    (CHF, "Chaufförer och bemötande",
     "Chaufförerna: den ordinarie chauffören och vikarier, byten av chaufför, att känna barnen, "
     "säkerhet i bilen (bälten, remmar, ramp) som chaufförens sak, bemötande och beröm. Barnets "
     "upplevelse i stort hör till trygghet_vardag.",
     ["han vet vad alla barn heter", "Vikarierna vet ibland inte hur remmarna fungerar", "Hon är helt fantastisk, hon sjunger med Ella"]),
    (APP, "Appen, sms och besked om ändringar",
     "Hur familjen får veta saker: Resenärsappen och trafikbolagets app, avbokning och "
     "uteblivanden, var beslut och ändringar syns (e-tjänsten, brev, sms, notiser), att ingen "
     "meddelar när något ändras. Själva förseningen hör till forseningar_vinter.",
     ["Man ser bara att resan är bokad", "Det kom ingen notis", "Den säger två minuter i tio minuter"]),
    (FRS, "Förseningar, inställda turer och vinter",
     "När resan inte blir av eller blir sen: försenade och inställda bussar och taxibilar, bussar "
     "som går före tiden, snö, kyla och väglag, plogning och skottning, sms om inställda turer.",
     ["Bussen gick före tiden", "Men vägen var plogad", "ställdes taxin in två dagar i rad"]),
    (TRY, "Barnets trygghet och vardag",
     "Vad skolskjutsen betyder för barnet och familjens vardag: trygghet och rädsla, mörka "
     "hållplatser och farliga vägar att vänta vid, långa dagar och trötthet, barnets egen röst, "
     "föräldrar som kör själva och jobbet som får anpassas. Vägen som skäl för rätten till skjuts "
     "hör till regler_ratt.",
     ["Det är hållplatsen som är läskig på vintern", "Han somnar i bilen", "Om jag blir sjuk, vem går då?"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def timings(session):
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        dur = len(norm(turn["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def hmsms(s: float, sep: str = ".") -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}{sep}{ms % 1000:03d}"


def teams_clock(s: float) -> str:
    """Teams' newer Word transcript: m:ss under an hour, h:mm:ss from an hour."""
    s = int(s)
    if s < 3600:
        return f"{s // 60}:{s % 60:02d}"
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


SENT_RE = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÅÄÖ0-9])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def segments(text: str, target: int) -> list[str]:
    """Whisper-like segments: whole sentences packed to about `target` words."""
    out, cur = [], []
    for x in sentences(text):
        cur.append(x)
        if len(" ".join(cur).split()) >= target:
            out.append(" ".join(cur))
            cur = []
    if cur:
        if out and len(" ".join(cur).split()) < 4:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    assert " ".join(out) == norm(text)
    return out


def pack(text: str, limit: int, first_prefix: str = "") -> list[str]:
    """Cut a turn into pieces of at most `limit` characters (the first piece counts its
    prefix), at sentence ends where possible, else between words."""
    words = norm(text).split()
    out, cur = [], []
    for w in words:
        pre = first_prefix if not out else ""
        trial = " ".join(cur + [w])
        if cur and len(pre) + len(trial) > limit:
            out.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
        # close a piece at a sentence end once it is reasonably long
        if cur and cur[-1][-1] in ".?!" and len(" ".join(cur)) >= limit * 0.55:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    if len(out) >= 2 and len(out[-1]) < 24:
        # no orphan of a word or two: share the last two pieces out evenly
        ws = (out[-2] + " " + out[-1]).split()
        pre = first_prefix if len(out) == 2 else ""
        cands = [(abs(len(pre) + len(" ".join(ws[:i])) - len(" ".join(ws[i:]))), i)
                 for i in range(1, len(ws))
                 if len(pre) + len(" ".join(ws[:i])) <= limit and len(" ".join(ws[i:])) <= limit]
        if cands:
            i = min(cands)[1]
            out[-2:] = [" ".join(ws[:i]), " ".join(ws[i:])]
    assert " ".join(out) == norm(text)
    return out


def wrap2(text: str, width: int) -> list[str]:
    """Subtitle Edit style: one line if it fits, else two lines balanced around the middle."""
    if len(text) <= width:
        return [text]
    words = text.split()
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        if len(a) <= width and len(b) <= width:
            score = abs(len(a) - len(b))
            if best is None or score < best[0]:
                best = (score, a, b)
    assert best is not None, text
    return [best[1], best[2]]


def wrap_n(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def split_long(t, split_words):
    """Two pieces for a long turn of several sentences (a tool cutting at a pause)."""
    sents = sentences(t["text"])
    if len(norm(t["text"]).split()) >= split_words and len(sents) >= 3:
        k = (len(sents) + 1) // 2
        return [" ".join(sents[:k]), " ".join(sents[k:])]
    return [norm(t["text"])]


def repackage(raw: bytes, when: _dt.datetime, app_name: str | None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; drop the
    thumbnail python-docx ships; name the Office application in docProps/app.xml (or
    drop app.xml when app_name is None)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = parts["docProps/core.xml"].decode("utf-8")
    for tag in ("created", "modified"):
        core = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    if "docProps/thumbnail.jpeg" in parts:
        parts.pop("docProps/thumbnail.jpeg")
        r = parts["_rels/.rels"].decode("utf-8")
        r = re.sub(r'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', "", r)
        parts["_rels/.rels"] = r.encode("utf-8")
        ct = parts["[Content_Types].xml"].decode("utf-8")
        ct = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", ct)
        ct = re.sub(r'<Override PartName="/docProps/thumbnail.jpeg"[^>]*/>', "", ct)
        parts["[Content_Types].xml"] = ct.encode("utf-8")
    if "docProps/app.xml" in parts:
        if app_name is None:
            parts.pop("docProps/app.xml")
            r = parts["_rels/.rels"].decode("utf-8")
            r = re.sub(r'<Relationship [^>]*Target="docProps/app.xml"/>', "", r)
            parts["_rels/.rels"] = r.encode("utf-8")
            ct = parts["[Content_Types].xml"].decode("utf-8")
            ct = re.sub(r'<Override PartName="/docProps/app.xml"[^>]*/>', "", ct)
            parts["[Content_Types].xml"] = ct.encode("utf-8")
        else:
            app = parts["docProps/app.xml"].decode("utf-8")
            app = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app_name}</Application>", app)
            parts["docProps/app.xml"] = app.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def docx_props(d, s):
    from docx.shared import Cm
    for sect in d.sections:
        sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
        sect.left_margin = sect.right_margin = Cm(2.5)
        sect.top_margin = sect.bottom_margin = Cm(2.5)
    cp = d.core_properties
    cp.author = cp.last_modified_by = s["author"]
    cp.title = s["title"]
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.created = cp.modified = s["epoch"]
    cp.revision = 1


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_teams_docx(s):
    """Teams' newer Word transcript: title, date, duration and '... startade
    transkriberingen' as paragraphs, then ONE paragraph per entry: 'Name   m:ss', a line
    break (w:br) and the spoken text; a long turn is two consecutive entries."""
    try:
        import docx
    except ImportError:
        return None
    tm = timings(s)
    d = docx.Document()
    dur = int(tm[-1][1]) + 4
    for h in s["header"]:
        d.add_paragraph(h.replace("{duration}", f"{dur // 60}m {dur % 60}s"))
    for t, (a, b) in zip(s["turns"], tm):
        pieces = split_long(t, s["split_words"])
        words = len(norm(t["text"]).split())
        at = a
        for piece in pieces:
            p = d.add_paragraph()
            r = p.add_run(f"{t['speaker']}   {teams_clock(at)}")
            r.add_break()
            p.add_run(piece)
            at += (b - a) * len(piece.split()) / words + 0.7
    d.add_paragraph(s["footer"])
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], None)


def srt_pieces(s):
    """Cut every turn into subtitle pieces (speaker, text, first?, start, end)."""
    out = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        name = f"{t['speaker']}: "
        chunks = pack(t["text"], 78, first_prefix=name)
        total = sum(len(c) for c in chunks)
        at = a
        for k, c in enumerate(chunks):
            dur = (b - a) * len(c) / total
            out.append(dict(spk=t["speaker"], text=c, first=(k == 0), last=(k == len(chunks) - 1),
                            a=at, b=at + dur))
            at += dur
    return out


def write_se_srt(s):
    """Subtitle Edit after 'Audio to text (Whisper)' and hand editing: numbered cues,
    lines of at most 42 characters, the speaker's name in capitals (as subtitles for the
    hard of hearing write it) only where the speaker changes, and two short lines of two
    speakers merged into one dialogue cue with a dash and a space on both lines.
    UTF-8 with BOM, CRLF, Subtitle Edit's defaults."""
    pcs = srt_pieces(s)
    cues = []
    i = 0
    while i < len(pcs):
        p = pcs[i]
        l1 = (f"{p['spk']}: " if p["first"] else "") + p["text"]
        if i + 1 < len(pcs) and p["last"]:
            q = pcs[i + 1]
            l2 = f"{q['spk']}: " + q["text"]
            if q["last"] and len(l1) + 2 <= 42 and len(l2) + 2 <= 42:
                cues.append((p["a"], q["b"], [f"- {l1}", f"- {l2}"]))
                i += 2
                continue
        lines = wrap2(l1, 42)
        assert not any(x.startswith("- ") for x in lines)
        cues.append((p["a"], p["b"] - 0.04, lines))
        i += 1
    blocks = []
    for n, (a, b, lines) in enumerate(cues, 1):
        blocks.append(f"{n}\r\n{hmsms(a, ',')} --> {hmsms(b, ',')}\r\n" + "\r\n".join(lines) + "\r\n")
    return ("\ufeff" + "\r\n".join(blocks) + "\r\n").encode("utf-8")


def write_atrain_maxqda(s):
    """aTrain's transcription_maxqda.txt (aTrain_core/outputs.py, create_txt_file with
    maxqda=True): 'Transcription for <file_id>', then at each change of speaker an empty
    line and the speaker alone on a line, and every segment as '[hh:mm:ss] - text '
    on that same line; no final newline. Written on Windows, so CRLF."""
    out = [f"Transcription for {s['file_id']}"]
    cur = None
    for t, (a, b) in zip(s["turns"], timings(s)):
        segs = segments(t["text"], s["seg_words"])
        words = len(norm(t["text"]).split())
        at = a
        for seg in segs:
            if t["speaker"] != cur:
                out.append("\n\n" + t["speaker"] + "\n")
                cur = t["speaker"]
            out.append(f"[{hms(at)}] - {seg} ")
            at += (b - a) * len(seg.split()) / words
    return "".join(out).replace("\n", "\r\n").encode("utf-8")


def write_gdocs_txt(s):
    """A Google Doc typed by voice, downloaded as Plain text: UTF-8 with BOM, CRLF;
    three header lines, an empty line, then one line per paragraph opening with the
    initials and an en dash; a second paragraph of an answer has no initials."""
    lines = list(s["header"]) + [""]
    for t in s["turns"]:
        for k, para in enumerate(t["paras"]):
            lines.append(f"{t['speaker']} – {para}" if k == 0 else para)
    return ("\ufeff" + "\r\n".join(lines)).encode("utf-8")


def write_teams_vtt(s):
    """Teams .vtt: cue ids '<guid>/<n>-<k>', a voice tag around the cue text, which is
    wrapped over up to three lines; in two long turns a cue lost its voice tag."""
    out = ["WEBVTT", ""]
    n = 17
    for t, (a, b) in zip(s["turns"], timings(s)):
        chunks = pack(t["text"], 120)
        total = sum(len(c) for c in chunks)
        at = a
        for k, c in enumerate(chunks):
            dur = (b - a) * len(c) / total
            body = "\n".join(wrap_n(c, 52))
            if k == 1 and t["text"].startswith(s["untagged"]):
                text = body
            else:
                text = f"<v {t['speaker']}>{body}</v>"
            out += [f"{s['guid']}/{n}-{k}", f"{hmsms(at)} --> {hmsms(at + dur)}", text, ""]
            at += dur
        n += 1
    return "\n".join(out).encode("utf-8")


def write_trint_docx(s):
    """Trint-style Word export (from memory, see README): the file name as a title, then
    per paragraph a line with the speaker's name in bold and the timecode, the text in
    the next paragraph and an empty paragraph; long turns are two paragraphs."""
    try:
        import docx
        from docx.shared import Pt, RGBColor
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("")
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = split_long(t, s["split_words"])
        words = len(norm(t["text"]).split())
        at = a
        for piece in pieces:
            p = d.add_paragraph()
            p.add_run(t["speaker"]).bold = True
            tc = p.add_run(f" [{hms(at)}]")
            tc.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            d.add_paragraph(piece)
            d.add_paragraph("")
            at += (b - a) * len(piece.split()) / words + 0.6
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def write_coded_xlsx(s):
    """The researcher's sheet: title and a note in rows 1-2, the header in row 3
    (Tid | Text | Vem | Kod (prel.)), the speaker's initials AFTER the text, preliminary
    codes in column D; a second sheet 'Koder'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = s["sheet"]
    ws.cell(row=1, column=1, value=s["block"][0]).font = Font(bold=True, size=13)
    ws.cell(row=2, column=1, value=s["block"][1]).font = Font(italic=True)
    hdr = 3
    for c, v in enumerate(["Tid", "Text", "Vem", "Kod (prel.)"], 1):
        cell = ws.cell(row=hdr, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    row = hdr + 1
    for t, (a, _) in zip(s["turns"], timings(s)):
        ws.cell(row=row, column=1, value=hms(a))
        ws.cell(row=row, column=2, value=t["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=3, value=t["speaker"])
        for pre, code in s["codes"].items():
            if t["text"].startswith(pre):
                ws.cell(row=row, column=4, value=code)
        row += 1
    for col, w in zip("ABCD", (10, 95, 6, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hdr + 1}"
    ks = wb.create_sheet("Koder")
    ks.append(["Kod", "Kommentar"])
    for code, note in (("avstånd", "hur de mäter"), ("överklagande", "FR, domen"),
                       ("trafikfarlig väg", ""), ("vardag", "kör själv"), ("väntan", ""),
                       ("förslag", ""), ("ansökan +", "positivt om e-tjänsten")):
        ks.append([code, note])
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel")


def write_sep_csv(s):
    """A CSV meant for Excel: first line 'sep=;', then Starttid;Sluttid;Talare;Text,
    Windows-1252, CRLF, fields quoted only when needed."""
    buf = io.StringIO()
    buf.write("sep=;\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Starttid", "Sluttid", "Talare", "Text"])
    for t, (a, b) in zip(s["turns"], timings(s)):
        w.writerow([hms(a), hms(b), t["speaker"], t["text"]])
    return buf.getvalue().encode("cp1252")


WRITERS = dict(teams_docx=write_teams_docx, se_srt=write_se_srt, atrain_maxqda=write_atrain_maxqda,
               gdocs_txt=write_gdocs_txt, teams_vtt=write_teams_vtt, trint_docx=write_trint_docx,
               coded_xlsx=write_coded_xlsx, sep_csv=write_sep_csv)
NEEDS = dict(teams_docx="docx", trint_docx="docx", coded_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers (one per layout), for the round trip; and the flat text of a file
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return [(a, norm(b)) for a, b in out]


def parse_teams_docx(data):
    import docx
    pairs = []
    for p in docx.Document(io.BytesIO(data)).paragraphs:
        m = re.match(r"^(.+?)\s{2,}(\d+:\d\d(?::\d\d)?)\n(.*)$", p.text, re.S)
        if m:
            pairs.append((m.group(1), m.group(3)))
    return _merge(pairs)


def parse_se_srt(data):
    text = data.decode("utf-8-sig").replace("\r\n", "\n")
    pairs, cur = [], None
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")[2:]
        if len(lines) == 2 and all(x.startswith("- ") for x in lines):
            pieces = [x[2:] for x in lines]
        else:
            pieces = [" ".join(lines)]
        for piece in pieces:
            m = re.match(r"^([A-ZÅÄÖ]{2,}): (.*)$", piece)
            if m:
                cur, piece = m.group(1), m.group(2)
            pairs.append((cur, piece))
    return _merge(pairs)


def parse_atrain_maxqda(data):
    text = data.decode("utf-8").replace("\r\n", "\n")
    pairs = []
    for block in text.split("\n\n")[1:]:
        spk, body = block.split("\n", 1)
        segs = [x for x in re.split(r"\[\d\d:\d\d:\d\d\] - ", body) if x.strip()]
        pairs.append((spk, " ".join(segs)))
    return _merge(pairs)


def parse_gdocs_txt(data):
    lines = data.decode("utf-8-sig").split("\r\n")
    body = lines[lines.index("") + 1:]
    out = []
    for line in body:
        m = re.match(r"^([A-ZÅÄÖ]{2}) – (.*)$", line)
        if m:
            out.append([m.group(1), m.group(2)])
        else:
            out[-1][1] += " " + line
    return [(a, norm(b)) for a, b in out]


def parse_teams_vtt(data):
    text = data.decode("utf-8")
    pairs, cur = [], None
    for block in text.split("\n\n")[1:]:
        lines = [x for x in block.split("\n") if x]
        if len(lines) < 3:
            continue
        body = " ".join(lines[2:])
        m = re.search(r"<v ([^>]+)>", body)
        if m:
            cur = m.group(1)
        pairs.append((cur, re.sub(r"</?v[^>]*>", "", body)))
    return _merge(pairs)


def parse_trint_docx(data):
    import docx
    pairs, cur = [], None
    for p in docx.Document(io.BytesIO(data)).paragraphs[2:]:
        m = re.match(r"^(.+) \[\d\d:\d\d:\d\d\]$", p.text)
        if m:
            cur = m.group(1)
        elif p.text.strip():
            pairs.append((cur, p.text))
    return _merge(pairs)


def parse_coded_xlsx(data):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows[:10]) if r[2] == "Vem")
    return [(r[2], norm(r[1])) for r in rows[h + 1:] if r[2]]


def parse_sep_csv(data):
    text = data.decode("cp1252")
    assert text.startswith("sep=;\r\n")
    rows = list(csv.reader(io.StringIO(text[len("sep=;\r\n"):], newline=""), delimiter=";"))
    return [(r[2], norm(r[3])) for r in rows[1:]]


PARSERS = dict(teams_docx=parse_teams_docx, se_srt=parse_se_srt, atrain_maxqda=parse_atrain_maxqda,
               gdocs_txt=parse_gdocs_txt, teams_vtt=parse_teams_vtt, trint_docx=parse_trint_docx,
               coded_xlsx=parse_coded_xlsx, sep_csv=parse_sep_csv)


def flat_text(fmt, data):
    """Everything the file says, with its labels, timecodes, cue numbers and tags taken
    out (a different route from the parsers: regular expressions over the raw text)."""
    if fmt in ("teams_docx", "trint_docx"):
        import docx
        raw = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        raw = re.sub(r"(?m)^.+?\s{2,}\d+:\d\d(?::\d\d)?$", " ", raw)
        raw = re.sub(r"(?m)^.+ \[\d\d:\d\d:\d\d\]$", " ", raw)
    elif fmt == "coded_xlsx":
        import openpyxl
        ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        raw = " ".join(str(r[1]) for r in ws.iter_rows(values_only=True) if r[1])
    elif fmt == "sep_csv":
        raw = data.decode("cp1252")
        raw = re.sub(r"(?m)^\d\d:\d\d:\d\d;\d\d:\d\d:\d\d;[^;]*;", " ", raw)
        raw = raw.replace('"', "")
    else:
        raw = data.decode("utf-8-sig").replace("\r\n", "\n")
        raw = re.sub(r"(?m)^\d+\n\d\d:\d\d:\d\d,\d{3} --> .*$", " ", raw)
        raw = re.sub(r"(?m)^.*-->.*$", " ", raw)
        raw = re.sub(r"(?m)^[0-9a-f-]{36}/\d+-\d+$", " ", raw)
        raw = re.sub(r"</?v[^>]*>", "", raw)
        raw = re.sub(r"(?m)^- ", "", raw)
        raw = re.sub(r"\b[A-ZÅÄÖ]{2,}: ", "", raw)
        raw = re.sub(r"\[\d\d:\d\d:\d\d\] - ", "", raw)
        raw = re.sub(r"(?m)^(SPEAKER_\d\d|[A-ZÅÄÖ]{2} –)", " ", raw)
    return norm(raw)


def _has(module):
    try:
        __import__(module)
        return True
    except ImportError:
        return False


LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    used, plabels, rows, problems = set(), {}, [], []
    for s in SESSIONS:
        turns = s["turns"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"]
            assert not LABEL_LIKE.match(t["text"]), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            assert not t["text"].startswith("["), t["text"][:40]
            if not t["mod"]:
                assert plabels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
        data = WRITERS[s["fmt"]](s)
        path = TDIR / s["file"]
        if data is None:
            print(f"{NEEDS[s['fmt']]} not available: {s['file']} left as it is", file=sys.stderr)
            data = path.read_bytes() if path.exists() else None
        else:
            path.write_bytes(data)
        if data is not None and _has(NEEDS.get(s["fmt"], "csv")):
            parsed = PARSERS[s["fmt"]](data)
            expected = [(t["speaker"], norm(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed, {len(expected)} expected")
            flat = flat_text(s["fmt"], data)
            for i, t in enumerate(turns):
                if norm(t["text"]) not in flat:
                    problems.append(f"{s['file']} turn {i}: text not found in the file")
        for i, t in enumerate(turns):
            if not t["mod"]:
                rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                             t["sentiment"], t["kind"], norm(t["text"])])
    if known - used:
        problems.append(f"participants.csv labels not used: {sorted(known - used)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage", "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                inside = [r for r in rows if e in r[7]]
                if not inside or any(r[3] != cid for r in inside):
                    problems.append(f"codebook example not (only) in {cid}: {e} "
                                    f"{[(r[0], r[1], r[3]) for r in inside]}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "role", "area", "child", "situation"])
        w.writerows(PARTICIPANTS)

    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant)")
    for name, col in (("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    print(f"no theme: {sum(1 for r in rows if not r[3])}")
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    sizes = sorted(sum(c.values()) for c in per.values())
    print(f"largest / smallest: {sizes[-1]} / {sizes[0]} = {sizes[-1] / sizes[0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches); "
          "every turn's text is found in its file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
