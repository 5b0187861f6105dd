#!/usr/bin/env python3
"""Generate the fictional study of applying to komvux and SFI in Lindfors kommun:
transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all from the
session lists in this file.

Python 3.11, standard library, plus python-docx (two .docx files) and openpyxl (the
.xlsx). Run with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer
turn, P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B() for
a participant backchannel / small talk (no theme, no stage). Files and gold rows are
written from the same list, so turn indices cannot drift. After writing, every file
is parsed back with a minimal parser for its layout and compared with the list, and
every codebook example must be an exact excerpt of a participant turn of that theme
(and of no turn of another theme).

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


INF = "info_vagledning"
ANS = "ansokan_etjanst"
BET = "betyg_validering"
ANT = "antagning_besked"
CSN = "ekonomi_csn"
UND = "undervisning_larare"
DIS = "distans_plattform"
LIV = "livspussel"
SFI = "sfi_sprak"
AVB = "avbrott_omsokning"
THEMES = (INF, ANS, BET, ANT, CSN, UND, DIS, LIV, SFI, AVB)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
SANNA, PETRA, JONNA, AHMED, CARINA, MIKAEL, LOVISA = (
    "Sanna", "Petra", "Jonna", "Ahmed", "Carina", "Mikael", "Lovisa")          # fokusgrupp-1.docx
JENNY, DRAGANA, YUSUF, AMINA, LEIF, NORA = (
    "Jenny", "Dragana", "Yusuf", "Amina", "Leif", "Nora")                      # fokusgrupp-2.xlsx
SP0, SP1 = "Speaker 0", "Speaker 1"            # intervju-1.txt (whisper-diarization)
WX0, WX1 = "SPEAKER_00", "SPEAKER_01"          # intervju-2.txt (WhisperX); 00 is the participant
I_, H_ = "I", "H"                              # intervju-3.docx (typed, hanging indent)
EMMA, MALIN = "Emma Berg", "Malin"             # intervju-4.txt (Descript)

PARTICIPANTS = [
    # speaker; segment; program; age_group; situation
    (SANNA, "moderator", "", "", ""),
    (PETRA, "moderator", "", "", ""),
    (JONNA, "komvuxstuderande", "gymnasiala kurser", "25-34",
     "kompletterar matte och svenska för att söka sjuksköterskeprogrammet"),
    (AHMED, "komvuxstuderande", "SFI och gymnasiala kurser", "35-44",
     "ingenjör från Syrien, läser svenska som andraspråk, betyg från utlandet"),
    (CARINA, "komvuxstuderande", "vård- och omsorgsutbildning", "45-54",
     "byter bana från butik till undersköterska, antagen i andra omgången"),
    (MIKAEL, "komvuxstuderande", "gymnasiala kurser på distans", "35-44",
     "sjukskriven på halvtid, läser en kurs i taget på distans"),
    (LOVISA, "komvuxstuderande", "grundläggande och gymnasiala kurser", "25-34",
     "ensamstående förälder med två barn, läser på halvfart på kvällar"),
    (JENNY, "moderator", "", "", ""),
    (DRAGANA, "sfi-studerande", "SFI studieväg 3", "35-44",
     "kom från Serbien för två år sedan, studerar SFI och jobbar extra"),
    (YUSUF, "sfi-studerande", "SFI studieväg 1", "25-34",
     "nyanländ, kom hit för ett år sedan, lite skolbakgrund"),
    (AMINA, "komvuxstuderande", "yrkesvux barnskötare", "25-34",
     "gick klart SFI, läser barnskötare, hade barn på kö till förskolan"),
    (LEIF, "komvuxstuderande", "yrkesvux el", "55-64",
     "varslad från fabriken, omskolar sig med omställningsstudiestöd"),
    (NORA, "komvuxstuderande", "gymnasiala kurser", "18-24",
     "hoppade av gymnasiet, läser in engelska och matte, hoppade av en gång"),
    (SP0, "moderator", "", "", ""),
    (SP1, "sfi-studerande", "SFI studieväg 2", "25-34",
     "nyanländ från Eritrea, väntade på start på SFI, har en dotter"),
    (WX1, "moderator", "", "", ""),
    (WX0, "komvuxstuderande", "gymnasiala kurser", "18-24",
     "saknade matte 3c för teknisk högskola, antogs till fel kurs"),
    (I_, "moderator", "", "", ""),
    (H_, "komvuxstuderande", "vård- och omsorgsutbildning med SFI", "35-44",
     "undersköterska med språkstöd, kombinationsutbildning, praktik på äldreboende"),
    (EMMA, "moderator", "", "", ""),
    (MALIN, "komvuxstuderande", "gymnasiala kurser på distans", "45-54",
     "sjukskriven för utmattning, läser psykologi och samhällskunskap på distans"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
FG1 = [
    M(SANNA, "Välkomna hit allihop, och tack för att ni tog er tid en tisdagskväll. Vi ska prata om hur det har varit att söka och läsa på komvux här i Lindfors. Det finns inga rätta svar. Kan vi börja med en runda, vem du är och varför du började studera?"),
    P(JONNA, "Jag heter Jonna, jag är tjugoåtta. Jag har jobbat som vårdbiträde i sex år och nu vill jag bli sjuksköterska, men jag saknade matte 2 och svenska 3 från gymnasiet. Så det är därför.", LIV, N, 0, "neutral"),
    P(AHMED, "Ahmed. Jag var ingenjör i Aleppo, vattenrening. Här måste jag börja med språket, och sen behöver jag svenska som andraspråk 3 för att kunna söka vidare.", SFI, N, 0, "neutral"),
    P(CARINA, "Carina heter jag. Jag har stått i kassan i tjugotre år och ryggen säger ifrån. Jag vill bli undersköterska innan jag fyller femtio.", LIV, N, 0, "neutral"),
    B(JONNA, "Du hinner."),
    P(MIKAEL, "Mikael. Jag är sjukskriven på halvtid sedan i våras, och min handläggare på Försäkringskassan tyckte att jag skulle prova att läsa något. Så jag läser historia på distans, en kurs i taget.", LIV, N, 0, "neutral"),
    P(LOVISA, "Lovisa, jag har två barn, tre och sju. Jag gick ut nian men aldrig gymnasiet ordentligt, så nu läser jag engelska och samhällskunskap på kvällarna.", LIV, N, 0, "neutral"),
    M(SANNA, "Tack. Hur fick ni reda på vad ni behövde läsa och hur man söker?"),
    P(JONNA, "Jag googlade och kom till kommunens sida. Den är okej, men den säger allt och ingenting. Det står att man ska kontakta en studie- och yrkesvägledare, så det gjorde jag.", INF, FI, 0, "neutral"),
    P(CARINA, "Vägledaren var guld värd. Hon ritade upp hela vägen på ett papper, vilka kurser, i vilken ordning, när jag kunde vara klar.", INF, FI, 1, "praise"),
    P(AHMED, "För mig var det Arbetsförmedlingen först. De sa SFI, och sedan sa SFI-läraren komvux. Men ingen sa något om mina betyg från Syrien, det fick jag veta av en vän.", INF, FI, -1, "pain"),
    P(LOVISA, "Jag fick tips i en Facebookgrupp för mammor, faktiskt. Någon skrev att man kan läsa på kvällstid. Jag visste inte ens att det fanns.", INF, FI, 0, "neutral"),
    P(MIKAEL, "Jag tyckte det var svårt att få tid hos vägledaren. Tre veckor. Och när man är sjukskriven är tre veckor en evighet, man tappar modet.", INF, FI, -1, "pain"),
    B(CARINA, "Mm."),
    M(SANNA, "Om vi tar själva ansökan då. Hur var det?"),
    P(JONNA, "E-tjänsten med BankID gick snabbt. Det jag inte förstod var prioriteringen, att man skulle rangordna kurserna. Jag satte svenskan först och då kom matten på reserv.", ANS, AP, -1, "pain"),
    P(CARINA, "Jag missade sista ansökningsdagen med två dagar. Det stod på sidan men jag läste fel månad. Så jag fick vänta en hel period.", ANS, AP, -1, "pain"),
    B(LOVISA, "Åh nej."),
    P(AHMED, "Jag skulle ladda upp mina betyg och de ville ha dem översatta. En auktoriserad översättare kostade mig nästan tretusen kronor. Och sedan skulle jag skicka dem till UHR också, det tar månader.", BET, AP, -1, "pain"),
    M(SANNA, "Visste du det från början, att det skulle till UHR?"),
    P(AHMED, "Nej. Jag trodde att komvux tittar på dem själva. Vägledaren sa att de kan göra en egen bedömning för vissa kurser, men inte för allt.", BET, AP, 0, "neutral"),
    M(SANNA, "Hur gick det med UHR sen?"),
    P(AHMED, "Fyra månader. Och då fick jag ett utlåtande att min examen motsvarar en svensk högskoleingenjörsexamen. Det var fint att läsa. Men komvux behövde ändå ett svenskt betyg i svenska, så det hjälpte inte för ansökan.", BET, PR, 0, "neutral"),
    P(CARINA, "Jag har också haft krångel med betyg, fast mina är svenska. Mitt gymnasiebetyg är från åttiotalet och skolan finns inte längre. Det tog två veckor att få fram det från ett arkiv i en annan kommun.", BET, AP, -1, "pain"),
    P(MIKAEL, "Jag fastnade på var man skulle skriva att jag är sjukskriven. Det finns inget fält. Jag skrev det i övrigt-rutan och hoppades att någon läste.", ANS, AP, -1, "pain"),
    P(LOVISA, "För mig var ansökan faktiskt enkel. Jag gjorde den i mobilen när barnen sov.", ANS, AP, 1, "praise"),
    M(SANNA, "Och CSN, var det något ni sökte?"),
    P(JONNA, "Ja, studiemedel på halvtid. Men man kan inte söka CSN förrän man vet att man är antagen, och antagningsbeskedet kom en vecka före start. Så jag fick första utbetalningen en månad in i kursen.", CSN, PR, -1, "pain"),
    P(CARINA, "Samma här. Jag fick låna av min syster.", CSN, PR, -1, "pain"),
    P(LOVISA, "Jag tog inte CSN alls, jag vågar inte ta lån. Jag jobbar på dagarna och pluggar på kvällen i stället.", CSN, US, 0, "neutral"),
    M(SANNA, "Hur var väntan på beskedet?"),
    P(CARINA, "Jag blev reserv först. Reserv nummer fyra. Ingen kunde säga vad det betydde, om det var bra eller dåligt.", ANT, PR, -1, "pain"),
    P(JONNA, "Man ser bara status: under handläggning. I fem veckor. Jag loggade in varje dag.", ANT, PR, -1, "pain"),
    B(MIKAEL, "Varje dag, ja."),
    P(AHMED, "Jag ringde expeditionen och de var snälla, hon förklarade att de väntar på att se hur många som blir antagna i första omgången. Då förstod jag i alla fall varför.", ANT, PR, 1, "praise"),
    P(CARINA, "Och sen kom det ändå. Andra omgången. Jag grät i bilen, det ska jag erkänna.", ANT, DE, 1, "praise"),
    B(LOVISA, "Fint."),
    M(SANNA, "Var det någon som fick ett besked som inte stämde med det ni trodde?"),
    P(JONNA, "Ja, jag blev antagen till matte 2a, men jag behövde 2b för att det var den min vägledare sa. Det visade sig att det inte spelade någon roll för behörigheten, men ingen kunde säga det direkt.", ANT, DE, 0, "pain"),
    P(MIKAEL, "Jag fick ett startdatum som var två veckor efter att kursen egentligen hade börjat på plattformen. Så jag låg efter från dag ett.", ANT, DE, -1, "pain"),
    M(SANNA, "Om vi går över till själva studierna. Hur är det?"),
    P(CARINA, "Lärarna på vårdutbildningen är fantastiska. De har själva jobbat som undersköterskor och det märks.", UND, US, 1, "praise"),
    P(MIKAEL, "Plattformen är rörig. Uppgifter ligger på tre olika ställen, och meddelanden från läraren kommer i en flik man inte ser om man inte vet om den.", DIS, US, -1, "pain"),
    P(JONNA, "Jag håller inte med helt, jag tycker den funkar om man lär sig den. Men det tog en vecka.", DIS, US, 0, "neutral"),
    P(LOVISA, "Jag gör allt i mobilen, och appen visar inte bilagorna. Jag får låna min brors dator på söndagarna.", DIS, US, -1, "pain"),
    P(LOVISA, "Det svåra för mig är inte plattformen utan att jag har barnen. Kvällskursen börjar halv sex och förskolan stänger halv sex. Min mamma hämtar två dagar, annars hade det inte gått.", LIV, US, -1, "pain"),
    M(PETRA, "Förlåt, en i taget så att jag hinner skriva."),
    B(LOVISA, "Förlåt."),
    P(AHMED, "Takten är hög. En gymnasiekurs på tio veckor. Jag läser varje kväll med ordlista och ändå är jag inte säker på att jag hinner.", UND, US, -1, "pain"),
    P(MIKAEL, "Det är tempot för mig också. Jag kan inte läsa i fyra timmar, hjärnan stänger av efter en. Det skulle behövas en långsammare takt för oss som är sjukskrivna.", LIV, US, -1, "suggestion"),
    P(CARINA, "Men man får ju hjälp om man frågar. Det finns studieverkstad på tisdagar.", UND, US, 1, "praise"),
    P(JONNA, "Finns det studieverkstad på distans också?", UND, US, 0, "question"),
    B(CARINA, "Det vet jag faktiskt inte."),
    M(SANNA, "Har någon av er hoppat av eller funderat på det?"),
    P(MIKAEL, "Jag hoppade av en kurs förra våren när jag blev sämre. Det fanns inget sätt att pausa, bara avbryta. Och då fick jag ett streck i stället för betyg, och när jag skulle söka igen hamnade jag längre bak.", AVB, FU, -1, "pain"),
    P(LOVISA, "Jag har funderat på det. Inte för att det är svårt, utan för att det är så mycket samtidigt.", LIV, US, 0, "neutral"),
    P(AHMED, "Jag har inte hoppat av, men jag fick F på det nationella provet. Läraren sa att jag kan göra en prövning. Det kostar inget, tror jag.", AVB, FU, 0, "neutral"),
    M(SANNA, "Sista frågan. Om ni fick ändra en sak, vad skulle det vara?"),
    P(JONNA, "Att man får besked tidigare, så att man hinner söka CSN.", ANT, PR, 0, "suggestion"),
    P(AHMED, "Någon som förklarar betygsvägen för oss med utländska betyg från början. Ett papper, steg för steg.", BET, FI, 0, "suggestion"),
    P(CARINA, "Behåll vägledarna. Allt annat kan ni ändra.", INF, FI, 1, "praise"),
    P(MIKAEL, "Att man kan pausa en kurs utan att börja om.", AVB, FU, 0, "suggestion"),
    P(LOVISA, "Kvällskurser som börjar sex. En halvtimme, det är allt.", LIV, US, 0, "suggestion"),
    M(SANNA, "Tack så mycket allihop, det här var jättebra."),
    B(CARINA, "Tack själv.", 1, "praise"),
]

FG2 = [
    M(JENNY, "Då kör vi. Välkomna, ni som läser SFI och ni som läser yrkesvux. Vi pratar långsamt och ni får prata på det språk som känns bäst. Hur började det för er?"),
    P(YUSUF, "Jag kom för ett år sedan. På Migrationsverket de sa, du måste lära svenska. Sedan kommunen ringde.", SFI, N, 0, "neutral"),
    P(DRAGANA, "Jag kom för min man, han jobbar här. Jag var ekonom i Novi Sad. Jag ville jobba direkt, men utan svenska det går inte.", SFI, N, 0, "neutral"),
    P(AMINA, "Jag gick SFI först, klart nu. Nu jag läser barnskötare på yrkesvux.", LIV, N, 0, "neutral"),
    P(LEIF, "Jag fick varsel från fabriken i mars, efter trettio år. Då var det antingen att sitta hemma eller att lära sig något nytt. Jag valde elektriker.", LIV, N, 0, "neutral"),
    B(DRAGANA, "Bra för dig.", 1, "praise"),
    P(NORA, "Jag hoppade av gymnasiet i tvåan. Det var mycket då. Nu vill jag ha ett riktigt betyg så att jag kan plugga vidare.", LIV, N, 0, "neutral"),
    M(JENNY, "Hur hittade ni hit, till SFI eller komvux?"),
    P(YUSUF, "Min vän visade. Han läser redan. Han gick med mig till Lärcentrum.", INF, FI, 1, "praise"),
    P(DRAGANA, "Hemsidan finns på svenska och engelska, men inte serbiska. Jag använde Google översätt, det var konstigt ibland.", INF, FI, -1, "pain"),
    P(LEIF, "Omställningsfonden hade en rådgivare som skickade mig vidare. Hon visste mer om komvux än kommunen, om jag ska vara ärlig.", INF, FI, 0, "neutral"),
    P(NORA, "Jag frågade ingen. Jag sökte bara. Det var nog dumt.", INF, FI, 0, "neutral"),
    M(JENNY, "Hur var det att söka till SFI?"),
    P(YUSUF, "Jag hade inte BankID. Man måste ha BankID för e-tjänsten, men banken sa man måste ha jobb eller personnummer länge. Så jag gick till receptionen med papper.", ANS, AP, -1, "pain"),
    P(DRAGANA, "Det var samma för mig. I receptionen var en kvinna som hjälpte att fylla i. Hon var mycket snäll.", ANS, AP, 1, "praise"),
    P(AMINA, "Pappersblankett finns, men man måste veta att den finns. Det står inte på hemsidan.", ANS, AP, -1, "pain"),
    M(JENNY, "Och sedan, hur lång tid tog det innan ni fick börja?"),
    P(YUSUF, "Jag väntade tio veckor. Jag fick brev att jag var placerad, men kursen började inte. Jag gick hemma.", ANT, PR, -1, "pain"),
    P(DRAGANA, "Jag gjorde först ett test, inskrivning kallas det. Sedan de sa studieväg 3. Det var rätt, tycker jag.", SFI, PR, 1, "praise"),
    P(AMINA, "Till yrkesvux jag blev inte antagen först. Det var för många sökande. Jag fick inte veta varför, bara ej antagen.", ANT, DE, -1, "pain"),
    P(NORA, "Fick du söka om då?", ANT, DE, 0, "question"),
    P(AMINA, "Ja, nästa gång. Då jag kom in. Men ett halvår.", ANT, DE, -1, "neutral"),
    P(LEIF, "Jag kom in direkt. Men det var för att jag hade intyg från facket om varslet, tror jag. Det gav förtur.", ANT, DE, 0, "neutral"),
    M(JENNY, "Dragana, du sa att du var ekonom. Har du fått dina papper godkända här?"),
    P(DRAGANA, "Jag skickade till UHR. De sa att det motsvarar kandidatexamen. Men på komvux det hjälper inte, de vill ha svenska som andraspråk.", BET, PR, 0, "neutral"),
    P(YUSUF, "Jag har inga papper. Skolan i mitt land finns inte nu.", BET, AP, -1, "pain"),
    B(DRAGANA, "Det är svårt."),
    P(AMINA, "Jag hade betyg från Somalia, från åttan. De räknades inte. Jag började från grundläggande svenska.", BET, AP, -1, "pain"),
    M(JENNY, "Hur är det att läsa SFI, i vardagen?"),
    P(YUSUF, "Läraren är bra. Hon pratar långsamt och hon skrattar. Men klassen är stor, trettio personer, och jag får inte fråga så mycket.", SFI, US, 0, "pain"),
    P(DRAGANA, "Jag är i en grupp där vissa inte kan läsa alls och vissa har universitet. Det är svårt för läraren.", SFI, US, -1, "pain"),
    P(AMINA, "På SFI jag saknade att prata. Bara böcker. Nu på yrkesvux det är bättre, jag pratar med barnen på praktiken varje dag.", SFI, US, 0, "neutral"),
    B(YUSUF, "Ja, prata är viktigt."),
    P(DRAGANA, "Det finns SFI på distans också, men jag valde klassrummet. Hemma jag lär mig inte, det är för tyst.", DIS, US, 0, "neutral"),
    P(LEIF, "För mig är det tvärtom, jag har aldrig varit bra på skola. Men de låter mig göra med händerna först och läsa sen. Det är första gången jag har fått ett VG i något, eller vad det heter nu.", UND, US, 1, "praise"),
    B(NORA, "Ett C kanske."),
    B(LEIF, "Ett C, ja. Jag är gammal.", 0, "neutral"),
    P(NORA, "Läraren i matte på distans svarar bara på onsdagar. Om jag fastnar på en måndag så sitter jag fast i två dagar.", UND, US, -1, "pain"),
    P(AMINA, "Barnomsorg var problem. Min son fick plats på förskolan först i oktober, kursen började i augusti. Första månaden jag tog honom till praktiken, det fick jag inte.", LIV, US, -1, "pain"),
    M(JENNY, "Och pengarna, hur går det ihop?"),
    P(LEIF, "Omställningsstudiestödet har räddat mig. Utan det hade jag inte haft råd, jag har huslån.", CSN, US, 1, "praise"),
    P(DRAGANA, "Jag jobbar extra på ett café. Om jag tar CSN, de sa det påverkar min mans bostadsbidrag. Jag förstår inte regler.", CSN, US, -1, "pain"),
    P(YUSUF, "Jag får etableringsersättning. Men om jag är borta från SFI, det blir mindre pengar. En gång jag var sjuk och de drog, för ingen anmälde.", CSN, US, -1, "pain"),
    M(JENNY, "Har någon slutat en kurs, eller bytt?"),
    P(NORA, "Jag hoppade av engelska förra hösten. Ingen frågade varför. Jag fick bara ett mejl att jag var avregistrerad. Och sen nu när jag sökte igen fick jag skriva ett motiveringsbrev. Det kändes som straff, ärligt.", AVB, FU, -1, "pain"),
    B(AMINA, "Jag förstår."),
    P(LEIF, "Jag har inte slutat, men jag undrar vad som händer efter. Får man hjälp att hitta lärlingsplats, eller ska man fixa det själv?", AVB, FU, 0, "question"),
    M(JENNY, "Bra fråga, den tar jag med mig. Vad skulle ni vilja ändra?"),
    P(YUSUF, "Att man får börja SFI snabbare. Tio veckor hemma, det är inte bra för svenskan.", ANT, PR, 0, "suggestion"),
    P(DRAGANA, "Information på fler språk. Och någon som förklarar CSN och bidrag tillsammans.", INF, FI, 0, "suggestion"),
    P(AMINA, "Att förskolan och skolan pratar. Samma kommun, men de vet inte om varandra.", LIV, AP, 0, "suggestion"),
    P(NORA, "Att någon ringer när man hoppar av. Bara frågar.", AVB, FU, 0, "suggestion"),
    B(LEIF, "Inget, egentligen. Kaffet kan bli bättre."),
    M(JENNY, "Det ska jag framföra. Tack alla."),
]

I1 = [  # whisper-diarization (KB-Whisper): Speaker 0 = interviewer, Speaker 1 = Rahel
    M(SP0, "Då är inspelningen igång. Tack för att du ville vara med, Rahel. Vi kan prata svenska, och om du inte hittar ett ord så säger du det på engelska."),
    B(SP1, "Okej. Jag försöker."),
    M(SP0, "Kan du berätta lite om dig själv?"),
    P(SP1, "Jag kommer från Eritrea. Jag har bott i Lindfors ett år och tre månader. Jag har en dotter, hon är fem år. Jag vill bli sjuksköterska, men först svenska.", SFI, N, 0, "neutral"),
    M(SP0, "Hur fick du veta om SFI?"),
    P(SP1, "Från handläggaren på Arbetsförmedlingen. Hon skrev in mig på etableringsprogrammet och sa att jag måste börja SFI.", INF, FI, 0, "neutral"),
    M(SP0, "Var det lätt att förstå vad du skulle göra?"),
    P(SP1, "Nej, inte så lätt. Hon gav mig en lapp med en adress och en telefontid. Telefontiden var nio till tio, och då lämnar jag min dotter på förskolan. Jag ringde fem dagar.", INF, FI, -1, "pain"),
    M(SP0, "Fem dagar?"),
    P(SP1, "Ja. Alltid upptaget. Sedan min granne gick med mig till Lärcentrum och där jag kunde skriva in mig direkt.", INF, FI, 0, "pain"),
    M(SP0, "Hur gick inskrivningen till?"),
    P(SP1, "Det var ett samtal med tolk på telefon, tigrinja. De frågade om skola i Eritrea, hur många år. Jag gick tio år. Sedan ett litet test, läsa och skriva.", SFI, AP, 0, "neutral"),
    M(SP0, "Hade du några betyg med dig från Eritrea?"),
    P(SP1, "Bara ett papper från skolan, på tigrinja. Ingen har frågat efter det. Jag vet inte om det räknas.", BET, AP, 0, "neutral"),
    P(SP1, "Tolken var bra, men kvinnan som pratade svenska pratade mycket snabbt.", SFI, AP, 0, "neutral"),
    M(SP0, "Och sedan, när fick du börja?"),
    P(SP1, "Jag fick vänta. Först de sa två veckor, sedan sex veckor. Jag fick ett brev, men brevet var bara svenska. Min granne läste det för mig.", ANT, PR, -1, "pain"),
    M(SP0, "Vad stod det i brevet?"),
    P(SP1, "Att jag var placerad på studieväg 2, kurs B, och en tid och ett rum. Det var bra att det var tydligt.", ANT, DE, 1, "praise"),
    M(SP0, "Hur har det varit att läsa?"),
    P(SP1, "Jag tycker om det. Min lärare heter Birgitta, hon är mycket tålmodig. Hon ritar på tavlan när vi inte förstår.", UND, US, 1, "praise"),
    B(SP1, "Hon är som en mamma."),
    M(SP0, "Hur övar du hemma?"),
    P(SP1, "Jag tittar på svenska barnprogram med min dotter. Hon lär sig snabbare än jag, hon rättar mig.", SFI, US, 0, "neutral"),
    M(SP0, "Vad är svårast?"),
    P(SP1, "Lektionerna är på eftermiddagen, tolv till fyra. Förskolan stänger fem, men bussen tar fyrtio minuter. Så jag kommer alltid sist och de tittar på mig.", LIV, US, -1, "pain"),
    M(SP0, "Har du frågat om att byta tid?"),
    P(SP1, "Ja, men förmiddagsgruppen var full. Kanske nästa termin, sa de.", LIV, US, -1, "neutral"),
    M(SP0, "Använder ni någon dator eller plattform?"),
    P(SP1, "Vi har en app för läxor. Men allt står på svenska, också knappen för att skicka. Första veckan jag visste inte att jag måste trycka skicka, jag trodde den sparade.", DIS, US, -1, "pain"),
    B(SP1, "Nu jag vet."),
    M(SP0, "Hur går det med pengarna när du läser?"),
    P(SP1, "Etableringsersättningen. Det räcker nästan. Men jag måste rapportera närvaro, och läraren måste skriva in den. En månad hon glömde och pengarna kom sent.", CSN, US, -1, "pain"),
    M(SP0, "Vad tänker du om framtiden, efter SFI?"),
    P(SP1, "Jag vill läsa vidare på komvux, vård. Men jag vet inte hur man söker. Jag tror jag måste ha BankID, och det har jag inte än.", ANS, FU, 0, "neutral"),
    M(SP0, "Har någon berättat hur det går till?"),
    P(SP1, "Nej, inte än. Läraren säger att det kommer en vägledare i december. Jag hoppas.", INF, FU, 0, "neutral"),
    M(SP0, "Om du fick bestämma en sak, vad skulle du ändra?"),
    P(SP1, "Brev på mitt språk. Eller på engelska i alla fall. Och att man kan ringa hela dagen, inte bara en timme.", INF, FI, 0, "suggestion"),
    P(SP1, "Och barnvakt. Det finns på andra ställen, har jag hört, att man kan lämna barnen medan man läser.", LIV, US, 0, "suggestion"),
    M(SP0, "Det finns inte här, vad jag vet. Tack så mycket, Rahel."),
    B(SP1, "Tack. Det var roligt att prata.", 1, "praise"),
    M(SP0, "Jag stänger av nu."),
]

I2 = [  # WhisperX --diarize: SPEAKER_00 = Tobias (spoke first), SPEAKER_01 = interviewer
    B(WX0, "Ska jag börja? Är den igång?"),
    M(WX1, "Den är igång. Börja gärna med vem du är och varför du sökte till komvux."),
    P(WX0, "Tobias, tjugotvå. Jag gick el-programmet och blev klar, men sen ville jag bli ingenjör. Och då har man ju inte matte 3c eller fysik 1 från el-programmet.", LIV, N, 0, "neutral"),
    M(WX1, "Hur kom du fram till vad du behövde?"),
    P(WX0, "Antagning.se. Där står behörigheten för varje program. Sen jämförde jag med mina betyg. Det var ganska enkelt faktiskt.", INF, FI, 1, "praise"),
    M(WX1, "Pratade du med någon vägledare?"),
    P(WX0, "Nej. Jag tänkte att jag fixar det själv. Det var kanske ett misstag, i efterhand.", INF, FI, 0, "neutral"),
    M(WX1, "Varför det?"),
    P(WX0, "För att jag sökte matte 3b. Jag trodde det var samma sak. Det är det inte, ingenjörsprogrammen vill ha c.", ANS, AP, -1, "pain"),
    M(WX1, "Hur märkte du det?"),
    P(WX0, "När jag hade läst i tre veckor. Läraren frågade vad jag skulle ha kursen till, och då sa hon att jag satt i fel kurs.", ANT, DE, -1, "pain"),
    B(WX0, "Så det var kul."),
    M(WX1, "Vad hände då?"),
    P(WX0, "Jag mejlade expeditionen och de sa att jag måste söka om till nästa period. Man kan inte byta inne i en kurs. Så jag tappade en hel period.", AVB, FU, -1, "pain"),
    P(WX0, "Fast läraren lät mig göra c-uppgifterna vid sidan av. Det var schysst av henne.", UND, US, 1, "praise"),
    M(WX1, "Hur var själva e-tjänsten?"),
    P(WX0, "Den är okej. Man loggar in med BankID, väljer kurser i en lista. Men listan har typ tvåhundra kurser och koderna säger ingenting. MATMAT03b och MATMAT03c ser exakt likadana ut när man scrollar.", ANS, AP, -1, "pain"),
    M(WX1, "Så ett förslag?"),
    P(WX0, "Att det står vad kursen ger behörighet till, direkt i listan. Eller en varning, typ, du har valt b, de flesta tekniska program kräver c.", ANS, AP, 0, "suggestion"),
    M(WX1, "Hur lång tid tog det att få besked?"),
    P(WX0, "Andra gången gick det fort, tio dagar. Första gången minns jag inte, det var säkert tre veckor.", ANT, PR, 0, "neutral"),
    M(WX1, "Läser du på plats eller på distans?"),
    P(WX0, "Distans. Jag jobbar på ett lager på dagarna, så jag pluggar på kvällen.", DIS, US, 0, "neutral"),
    M(WX1, "Och fysiken?"),
    P(WX0, "Fysik 1 fanns inte på distans i höstas, bara på plats på dagtid. Så jag läser den i vår i stället, via en annan kommun som Lindfors samarbetar med.", DIS, AP, 0, "neutral"),
    M(WX1, "Hur var det att söka den?"),
    P(WX0, "Man söker ändå i Lindfors e-tjänst och sen skickar de vidare. Det visste jag inte, så jag sökte först direkt hos den andra kommunen och fick avslag för att jag inte var skriven där.", ANS, AP, -1, "pain"),
    M(WX1, "Hur funkar det?"),
    P(WX0, "Genomgångarna är inspelade, det är bra, man kan pausa. Men proven måste man göra på plats i Lindfors, och de ligger klockan nio på förmiddagen. Då måste jag ta ledigt utan lön.", DIS, US, 0, "pain"),
    M(WX1, "Har du kontakt med läraren?"),
    P(WX0, "Via meddelanden i plattformen. Hon svarar inom en dag, oftast. Jag har inget att klaga på där.", UND, US, 1, "praise"),
    M(WX1, "Och ekonomin?"),
    P(WX0, "Jag tar inte CSN, jag jobbar ju. Men jag vet att det finns folk som inte visste att man kan få CSN för komvux. Min kompis trodde det bara var för universitet.", CSN, FI, 0, "neutral"),
    M(WX1, "Har du fått ditt betyg i matte 3c nu?"),
    P(WX0, "Ja, ett B. Det kom i plattformen först, och sen skulle man beställa ett betygsutdrag. Det tog två veckor och jag behövde det till antagningen. Jag fick skicka in det i sista sekunden.", AVB, FU, -1, "pain"),
    M(WX1, "Men det gick?"),
    P(WX0, "Det gick. Jag blev antagen till högskoleingenjör i Borås. Börjar i januari.", AVB, FU, 1, "praise"),
    M(WX1, "Grattis."),
    B(WX0, "Tack.", 1, "praise"),
    M(WX1, "Något du vill lägga till?"),
    P(WX0, "Att betygen skulle gå över till antagningen automatiskt. Det gör de från gymnasiet, varför inte från komvux? Jag vet inte om det är kommunen eller någon annan som bestämmer det.", AVB, FU, 0, "suggestion"),
    M(WX1, "Tack, Tobias, då avslutar vi där."),
]

I3 = [  # typed in Word: "I:<tab>" / "H:<tab>", hanging indent
    M(I_, "Kan du börja med att berätta varför du sökte till vård- och omsorgsutbildningen?"),
    P(H_, "Jag var lärare i Irak, matematik. Här blev det svårt, man behöver lärarlegitimation och det tar många år. Min fru sa, du är bra med gamla människor, du tog hand om din pappa. Så jag tänkte undersköterska.", LIV, N, 0, "neutral"),
    M(I_, "Hur fick du veta att det fanns en utbildning med språkstöd?"),
    P(H_, "Min SFI-lärare. Hon sa att det finns en kombinationsutbildning, SFI och vård samtidigt. Jag hade aldrig hittat den själv, på hemsidan heter den något annat.", INF, FI, 1, "praise"),
    M(I_, "Vad heter den på hemsidan?"),
    P(H_, "Yrkesutbildning med språkstöd, vård och omsorg. Jag sökte på undersköterska SFI och fick ingenting.", INF, FI, -1, "pain"),
    M(I_, "Hur var ansökan?"),
    P(H_, "Vägledaren satt med mig. Vi gjorde det på hennes dator, med mitt BankID. Det tog tjugo minuter. Ensam hade jag inte klarat de svenska orden, ärligt talat.", ANS, AP, 0, "praise"),
    M(I_, "Fick du lämna in något intyg?"),
    P(H_, "De ville ha intyg på att jag klarat SFI C. Jag hade inte klarat C, jag läste den. Men det gick ändå, för att det var kombinationen.", BET, AP, 0, "neutral"),
    M(I_, "Behövde du visa något från Irak?"),
    P(H_, "Min lärarexamen skickade jag till UHR för länge sedan. Men för undersköterska behövdes den inte, det sa ingen till mig. Jag betalade för översättning i onödan.", BET, AP, -1, "pain"),
    M(I_, "Hur mycket?"),
    P(H_, "Två tusen femhundra. För oss är det mycket.", BET, AP, -1, "neutral"),
    M(I_, "Och antagningen?"),
    P(H_, "Det var en intervju först. Och ett litet prov i svenska. Jag var nervös, men de var vänliga. Jag fick beskedet efter två veckor.", ANT, PR, 1, "praise"),
    M(I_, "Var det något som var oklart i beskedet?"),
    P(H_, "Startdatum stod, men inte var. Det stod Lärcentrum, men det är tre hus. Första dagen jag gick till fel hus.", ANT, DE, -1, "pain"),
    M(I_, "Hur är det att läsa vård på svenska?"),
    P(H_, "Orden är svåra. Anatomin kan jag, men inte på svenska. Vi har en språklärare i klassrummet två dagar i veckan, det hjälper mycket.", SFI, US, 1, "praise"),
    P(H_, "Men de andra tre dagarna är det bara vårdläraren, och hon pratar snabbt. Hon är bra, men hon glömmer att vi är nya i språket.", UND, US, 0, "pain"),
    M(I_, "Och praktiken, APL?"),
    P(H_, "På äldreboendet i Norrby. Min handledare var mycket bra. Hon lät mig prata med de boende, det är bästa svenskaövningen.", UND, US, 1, "praise"),
    M(I_, "Var det något som inte fungerade där?"),
    P(H_, "Schemat. Skolan sa att APL är dagtid, men boendet gav mig kvällar också. Då kunde jag inte hämta mina barn. Ingen från skolan ringde boendet.", LIV, US, -1, "pain"),
    M(I_, "Hur har du klarat dig ekonomiskt?"),
    P(H_, "CSN, studiemedel. Men det var svårt att söka. Det står att man ska vara antagen, och CSN ville ha ett intyg från skolan, och skolan sa att CSN får det automatiskt. Jag var mellan två kontor.", CSN, PR, -1, "pain"),
    M(I_, "Hur löste det sig?"),
    P(H_, "En kvinna på expeditionen ringde CSN åt mig. Tio minuter, sedan var det klart.", CSN, PR, 1, "praise"),
    M(I_, "Har du funderat på att sluta någon gång?"),
    P(H_, "En gång. När jag fick underkänt på farmakologin. Jag tänkte, jag är fyrtio år, vad gör jag här. Men läraren sa att jag kunde göra om provet efter två veckor, och jag klarade det.", AVB, FU, 0, "neutral"),
    M(I_, "Vad händer efter utbildningen för dig?"),
    P(H_, "Jag har redan fått erbjudande om timmar på boendet. Men för att få titeln undersköterska måste jag vänta på betyget, och sedan söka skyddad yrkestitel hos Socialstyrelsen. Det visste jag inte förrän förra veckan.", AVB, FU, 0, "neutral"),
    M(I_, "Om du fick säga något till kommunen?"),
    P(H_, "Att de berättar om kombinationsutbildningen för alla på SFI. Jag hade tur med min lärare. Alla har inte den turen.", INF, FI, 0, "suggestion"),
    P(H_, "Och att någon från skolan pratar med praktikplatsen om schemat innan. Inte efter.", LIV, US, 0, "suggestion"),
    M(I_, "Tack så mycket."),
    B(H_, "Tack till dig.", 1, "praise"),
]

I4 = [  # Descript, plain text with speaker names and timecodes
    M(EMMA, "Så, nu spelar vi in. Hur mår du idag?"),
    B(MALIN, "Det är en bra dag, faktiskt. Jag har sovit."),
    M(EMMA, "Skönt. Kan du berätta lite om din situation och hur det kom sig att du började läsa?"),
    P(MALIN, "Jag har varit sjukskriven i ett och ett halvt år för utmattningssyndrom. Jag var chef på ett gruppboende. När jag började må lite bättre sa min psykolog att jag behövde något som inte var jobbet, något som var mitt. Och jag har alltid velat läsa psykologi.", LIV, N, 0, "neutral"),
    M(EMMA, "Hur tog du reda på vad som fanns?"),
    P(MALIN, "Jag satt med kommunens sida en kväll. Den är tydlig om man vet vad man letar efter, men det finns väldigt lite om hur mycket en kurs faktiskt är, alltså hur många timmar i veckan.", INF, FI, 0, "pain"),
    M(EMMA, "Fick du svar på det någon annanstans?"),
    P(MALIN, "Jag mejlade en vägledare. Hon svarade samma dag och skrev ungefär tio timmar i veckan för en kurs på halvfart. Det var det svaret jag behövde för att våga.", INF, FI, 1, "praise"),
    M(EMMA, "Och hur var det med Försäkringskassan?"),
    P(MALIN, "Det var det krångligaste. Man får inte studera med sjukpenning utan att det är en del av en plan. Så min handläggare och jag fick skriva in det som en del av rehabiliteringen. Det tog sex veckor och under tiden stängde ansökan.", CSN, AP, -1, "pain"),
    M(EMMA, "Så du missade perioden?"),
    P(MALIN, "Jag missade augustistarten. Jag ringde komvux och de sa att det fanns en kurs med löpande intag på distans. Det hade jag ingen aning om.", ANS, AP, 0, "neutral"),
    P(MALIN, "Löpande intag borde stå först på sidan, tycker jag. För oss som inte kan planera ett halvår framåt.", INF, FI, 0, "suggestion"),
    M(EMMA, "Behövde du skicka in några betyg?"),
    P(MALIN, "Mitt gymnasiebetyg från åttiotalet, det fanns inte digitalt. Jag fick fota det med mobilen och ladda upp bilden. Det godtogs, tack och lov.", BET, AP, 1, "praise"),
    M(EMMA, "Hur var det att få beskedet?"),
    P(MALIN, "Ganska odramatiskt. Ett mejl, antagen, startdatum, länk till plattformen. Jag tyckte om det, ärligt talat. Inget krångel.", ANT, DE, 1, "praise"),
    M(EMMA, "Hur fungerar studierna för dig nu?"),
    P(MALIN, "Det är upp och ner. Vissa veckor läser jag allt, vissa veckor orkar jag ingenting. Och på distans finns ingen som märker det, på gott och ont.", LIV, US, 0, "neutral"),
    M(EMMA, "På gott och ont?"),
    P(MALIN, "Ja, jag slipper förklara mig. Men det finns heller ingen som frågar om jag har fastnat. Första gången någon hörde av sig var när jag hade missat två inlämningar, och då var det ett automatiskt mejl om att jag riskerade att bli avregistrerad.", DIS, US, -1, "pain"),
    M(EMMA, "Hur var det att få det mejlet?"),
    P(MALIN, "Jag grät. Det var inte meningen att det skulle vara elakt, det förstår jag, men det var så det kändes. Som ett hot.", AVB, FU, -1, "pain"),
    M(EMMA, "Hur är plattformen att använda?"),
    P(MALIN, "Den är inte dålig. Men texterna är långa, och när man har hjärntrötthet behöver man korta stycken. Det finns ingen uppläsningsfunktion, jag har hittat en egen.", DIS, US, 0, "pain"),
    M(EMMA, "Och proven, hur går de till?"),
    P(MALIN, "Skriftliga prov på plats, i ett rum med tio andra. Jag fick sitta i ett eget rum efter att jag frågade. Det borde man erbjuda utan att man behöver be om det.", DIS, US, 0, "suggestion"),
    M(EMMA, "Och lärarna?"),
    P(MALIN, "Min psykologilärare är fantastisk. När jag skrev till henne och berättade lite om min situation fick jag förlängd tid på en uppgift direkt, utan frågor.", UND, US, 1, "praise"),
    P(MALIN, "Samhällskunskapsläraren har jag aldrig hört av, faktiskt. Bara betyg på uppgifterna, inga kommentarer.", UND, US, -1, "pain"),
    M(EMMA, "Har du funderat på att avbryta?"),
    P(MALIN, "Många gånger. Men det är inte studierna, det är sjukdomen. Jag vill inte att det ska se ut som att kursen var för svår.", LIV, US, 0, "neutral"),
    M(EMMA, "Om du tänker framåt, vad händer när kurserna är klara?"),
    P(MALIN, "Jag vet faktiskt inte. Ingen har pratat med mig om det. Psykologi 2 kanske, men jag vet inte om jag får läsa den med sjukpenning. Jag tror inte det.", AVB, FU, 0, "neutral"),
    M(EMMA, "Vad skulle göra skillnad för någon i din situation?"),
    P(MALIN, "En kontaktperson. Inte en vägledare en gång, utan någon som hör av sig en gång i månaden och frågar hur det går. Det skulle räcka.", DIS, US, 0, "suggestion"),
    P(MALIN, "Och att Försäkringskassan och komvux pratar med varandra, så att man inte är budbärare mellan dem när man är som sjukast.", CSN, AP, -1, "suggestion"),
    M(EMMA, "Tack för att du delade med dig, Malin."),
    B(MALIN, "Tack själv. Det kändes bra att säga det högt.", 1, "praise"),
]


def interject(turns, words):
    """A moderator's 'Mm.' between two consecutive turns of one participant, as the
    transcriber (or the recogniser) heard it; the moderator is the session's first speaker
    among moderators."""
    mod = next(t["speaker"] for t in turns if t["mod"])
    out, k = [], 0
    for t in turns:
        if out and out[-1]["speaker"] == t["speaker"]:
            out.append(M(mod, words[k % len(words)]))
            k += 1
        out.append(t)
    return out


FG1 = interject(FG1, ["Mm."])
FG2 = interject(FG2, ["Mm."])
I1 = interject(I1, ["Mm.", "Okej.", "Ja.", "Jag förstår."])
I2 = interject(I2, ["Okej.", "Mm."])
I3 = interject(I3, ["Mm.", "Ja."])
I4 = interject(I4, ["Mm.", "Precis.", "Mm."])

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="numlist_docx", turns=FG1, seed=11, start=4.0,
         rate=2.3, pause=(0.4, 2.0), author="Petra Nord",
         epoch=_dt.datetime(2025, 11, 19, 9, 12, 0),
         title="Fokusgrupp 1 – Att söka och läsa på komvux",
         header=["Tisdag 18 november 2025, kl. 18.00–19.30, Lindfors stadsbibliotek, studierummet.",
                 "Samtalsledare: Sanna Ek (SE). Anteckningar: Petra Nord (PN).",
                 "Deltagare: Jonna, Ahmed, Carina, Mikael och Lovisa (bara förnamn).",
                 "Transkriberat av PN från ljudfilen. Varje yttrande är en numrerad punkt."]),
    dict(file="fokusgrupp-2.xlsx", fmt="block_xlsx", turns=FG2, seed=12, start=6.0,
         rate=1.9, pause=(0.6, 2.6), author="Jenny Holm",
         epoch=_dt.datetime(2025, 11, 21, 14, 40, 0), sheet="Fokusgrupp 2",
         block=["Fokusgrupp 2 – SFI och yrkesvux",
                "Datum: 2025-11-20, kl. 13.00–14.15. Plats: Lindfors Lärcentrum, sal B12.",
                "Samtalsledare: Jenny Holm. Ingen bisittare, JH skrev ut från ljudfilen.",
                "Deltagare: Dragana, Yusuf, Amina, Leif, Nora. Lätt svenska; citat ordagranna."],
         sections={"Då kör vi": "Del 1 – Vem är du?",
                   "Hur var det att söka till SFI": "Del 2 – Ansökan och antagning",
                   "Hur är det att läsa SFI": "Del 3 – Att studera",
                   "Bra fråga": "Del 4 – Avslut"}),
    dict(file="intervju-1.txt", fmt="wdiar_txt", turns=I1, seed=13, start=1.2,
         rate=1.8, pause=(0.3, 1.6)),
    dict(file="intervju-2.txt", fmt="whisperx_txt", turns=I2, seed=14, start=0.6,
         rate=2.6, pause=(0.2, 1.4), seg_words=14, unlabelled="Genomgångarna är inspelade"),
    dict(file="intervju-3.docx", fmt="hang_docx", turns=I3, seed=15, start=3.0,
         rate=2.1, pause=(0.3, 1.8), author="Karin Dahl",
         epoch=_dt.datetime(2025, 11, 27, 16, 5, 0),
         title="Intervju 3 – Hassan, vård- och omsorgsutbildning med språkstöd",
         header=["Datum: 2025-11-26. Plats: grupprum på Lärcentrum. Längd: 41 min.",
                 "I = intervjuare (Karin Dahl), H = Hassan (deltagare).",
                 "Utskrift: KD. Upprepningar och hummanden är borttagna."]),
    dict(file="intervju-4.txt", fmt="descript_txt", turns=I4, seed=16, start=2.0,
         rate=2.2, pause=(0.4, 2.2), split_words=40),
]

PARAS = {}

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (INF, "Information och vägledning",
     "Hur man får veta vad man behöver läsa och hur man söker: kommunens webbplats, studie- och "
     "yrkesvägledare, Arbetsförmedlingen, SFI-lärare, vänner, grannar och sociala medier, "
     "antagning.se, information på andra språk, telefontider, att inte veta att en utbildning "
     "finns (kombinationsutbildning, löpande intag). Utländska betyg hör till betyg_validering.",
     ["Vägledaren var guld värd", "Hemsidan finns på svenska och engelska, men inte serbiska",
      "på hemsidan heter den något annat"]),
    (ANS, "Ansökan och e-tjänsten",
     "Själva ansökan: e-tjänsten och BankID, att sakna BankID, pappersblankett och hjälp i "
     "receptionen, att välja och rangordna kurser, kurskoder, sista ansökningsdag, att söka fel "
     "kurs, var man skriver om sin situation.",
     ["E-tjänsten med BankID gick snabbt", "koderna säger ingenting",
      "Pappersblankett finns, men man måste veta att den finns"]),
    (BET, "Betyg, intyg och validering",
     "Betyg och intyg som krävs för att bli antagen: utländska betyg, översättning, UHR, "
     "komvux egen bedömning, intyg om SFI-nivå, vägen till behörighet för den som har "
     "betyg från ett annat land.",
     ["En auktoriserad översättare kostade mig nästan tretusen kronor",
      "Jag trodde att komvux tittar på dem själva"]),
    (ANT, "Antagning, besked och väntan",
     "Tiden från ansökan till start och själva beskedet: status under handläggning, reservplats, "
     "antagen eller ej antagen utan motivering, placering på SFI, väntan på kursstart, fel kurs "
     "eller fel startdatum, otydlig plats i beskedet, brev bara på svenska.",
     ["Reserv nummer fyra", "Man ser bara status: under handläggning", "Jag väntade tio veckor"]),
    (CSN, "CSN, ersättning och ekonomi",
     "Hur studierna finansieras: CSN och studiemedel, omställningsstudiestöd, "
     "etableringsersättning och närvarorapportering, sjukpenning och Försäkringskassans "
     "rehabiliteringsplan, att låna av släkten, att jobba vid sidan av, bidrag som påverkas.",
     ["Jag fick låna av min syster", "Omställningsstudiestödet har räddat mig",
      "Jag var mellan två kontor"]),
    (UND, "Undervisning och lärare",
     "Lärarna och undervisningen på plats: bemötande, förklaringar, takt och kursens längd, "
     "studieverkstad, handledning på APL, återkoppling, prov och omprov som lärarens sak. "
     "Distanslärares svarstider hör hit; själva plattformen till distans_plattform.",
     ["Lärarna på vårdutbildningen är fantastiska", "Takten är hög",
      "Min handledare var mycket bra"]),
    (DIS, "Distansstudier och lärplattformen",
     "Att läsa på distans och använda lärplattformen eller appen: var uppgifter och meddelanden "
     "finns, knappar och språk, inspelade genomgångar, prov på plats, automatiska mejl, att "
     "ingen märker när man fastnar, behov av en kontaktperson.",
     ["Plattformen är rörig", "jag trodde den sparade", "Genomgångarna är inspelade"]),
    (LIV, "Studier och livet i övrigt",
     "Livssituationen runt studierna: varför man började (jobb, sjukdom, varsel, nytt land), "
     "barn och förskoletider, arbete vid sidan av, sjukskrivning och ork, tempo som inte passar, "
     "scheman för praktik och lektioner som krockar med familjen.",
     ["förskolan stänger halv sex", "hjärnan stänger av efter en",
      "Då kunde jag inte hämta mina barn"]),
    (SFI, "SFI och språket",
     "Att lära sig svenska: inskrivning och nivåtest, studieväg och kurs, tolk vid inskrivningen, "
     "stora och blandade grupper, att få prata, språkstöd i yrkesutbildningen, svenska som "
     "andraspråk som väg vidare.",
     ["Det är svårt för läraren", "Vi har en språklärare i klassrummet två dagar i veckan",
      "jag saknade att prata"]),
    (AVB, "Avbrott, betyg och vägen vidare",
     "Det som händer efter eller vid sidan av kursen: avbrott och avregistrering, att inte kunna "
     "pausa, streck i stället för betyg, att söka om och motiveringsbrev, prövning och omprov, "
     "betygsutdrag till antagningen, skyddad yrkestitel, nästa steg efter kursen.",
     ["Det fanns inget sätt att pausa, bara avbryta", "Det kändes som straff, ärligt",
      "betygsutdrag"]),
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


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def segments(text: str, target: int) -> list[str]:
    sents = sentences(text)
    out, cur = [], []
    for x in sents:
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


def repackage(raw: bytes, when: _dt.datetime, app_name: str) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; drop the
    thumbnail python-docx ships; name the Office application in docProps/app.xml."""
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
    cp.revision = 4


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_numlist_docx(s):
    """Researcher's Word file: every turn a paragraph of Word's numbered list
    (style List Number), the first name in bold with a colon."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(s["title"], style="Title")
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    for t in s["turns"]:
        p = d.add_paragraph(style="List Number")
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run(" " + t["text"])
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def write_hang_docx(s):
    """Typed interview: 'I:<tab>text' with a hanging indent of 1.25 cm (the label
    in bold), a bold title and three header paragraphs."""
    try:
        import docx
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    for t in s["turns"]:
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.25)
        pf.first_line_indent = Cm(-1.25)
        pf.tab_stops.add_tab_stop(Cm(1.25))
        pf.space_after = Pt(6)
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run("\t" + t["text"])
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def write_block_xlsx(s):
    """Researcher's Excel sheet: a title and three metadata lines in merged cells
    A1:E1 … A4:E4, an empty row, the header in row 6 (Nr | Tid | Talare | Yttrande |
    Kommentar), one row per turn, and a merged, bold section row before each part of
    the guide."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = s["sheet"]
    for i, line in enumerate(s["block"], 1):
        ws.cell(row=i, column=1, value=line)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=5)
        ws.cell(row=i, column=1).font = Font(bold=(i == 1), size=14 if i == 1 else 11)
    hdr = 6
    for c, v in enumerate(["Nr", "Tid", "Talare", "Yttrande", "Kommentar"], 1):
        cell = ws.cell(row=hdr, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    row = hdr + 1
    notes = {"Mm.": "", "Förlåt.": ""}
    for n, (t, (a, _)) in enumerate(zip(s["turns"], timings(s)), 1):
        for pre, title in s["sections"].items():
            if t["mod"] and t["text"].startswith(pre):
                ws.cell(row=row, column=1, value=title).font = Font(bold=True, italic=True)
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
                row += 1
        ws.cell(row=row, column=1, value=n)
        ws.cell(row=row, column=2, value=hms(a))
        ws.cell(row=row, column=3, value=t["speaker"])
        ws.cell(row=row, column=4, value=t["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        if t.get("note"):
            ws.cell(row=row, column=5, value=t["note"])
        row += 1
    for col, w in zip("ABCDE", (6, 10, 12, 90, 24)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hdr + 1}"
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel")


def write_wdiar_txt(s):
    """whisper-diarization's get_speaker_aware_transcript: 'Speaker N: ' and then every
    sentence followed by two spaces (the words carry one, the writer adds one), a new
    paragraph ('\\n\\n') at each change of speaker, no final newline."""
    out = []
    prev = None
    for t in s["turns"]:
        if prev is None:
            out.append(f"{t['speaker']}: ")
        elif t["speaker"] != prev:
            out.append(f"\n\n{t['speaker']}: ")
        for sent in sentences(t["text"]):
            out.append(sent + "  ")
        prev = t["speaker"]
    return "".join(out).encode("utf-8")


def write_whisperx_txt(s):
    """WhisperX WriteTXT: one line per segment, '[SPEAKER_00]: text'; a segment that
    diarization gave no speaker is written without the prefix."""
    lines = []
    for t in s["turns"]:
        segs = segments(t["text"], s["seg_words"])
        for k, seg in enumerate(segs):
            if k == 1 and t["text"].startswith(s["unlabelled"]):
                lines.append(seg)
            else:
                lines.append(f"[{t['speaker']}]: {seg}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_descript_txt(s):
    """Descript plain text with speaker names and timecodes: '[hh:mm:ss] Name: text'
    paragraphs, a blank line between; a long turn is two paragraphs of one speaker."""
    paras = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        sents = sentences(t["text"])
        words = len(norm(t["text"]).split())
        if words >= s["split_words"] and len(sents) >= 3:
            k = len(sents) // 2
            first, second = " ".join(sents[:k]), " ".join(sents[k:])
            mid = a + (b - a) * len(first.split()) / words
            paras.append(f"[{hms(a)}] {t['speaker']}: {first}")
            paras.append(f"[{hms(mid + 0.6)}] {t['speaker']}: {second}")
        else:
            paras.append(f"[{hms(a)}] {t['speaker']}: {t['text']}")
    return ("\n\n".join(paras) + "\n").encode("utf-8")


WRITERS = dict(numlist_docx=write_numlist_docx, block_xlsx=write_block_xlsx,
               wdiar_txt=write_wdiar_txt, whisperx_txt=write_whisperx_txt,
               hang_docx=write_hang_docx, descript_txt=write_descript_txt)
NEEDS = dict(numlist_docx="docx", hang_docx="docx", block_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers (one per layout), for the round trip
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return [(a, norm(b)) for a, b in out]


def parse_numlist_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = []
    for p in d.paragraphs:
        if p.style.name == "List Number":
            m = re.match(r"^([^:]+): (.*)$", p.text, re.S)
            out.append((m.group(1), norm(m.group(2))))
    return out


def parse_hang_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs = []
    for p in d.paragraphs:
        m = re.match(r"^([A-ZÅÄÖ]{1,3}):\t(.*)$", p.text, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_block_xlsx(data):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    h = next(i for i, r in enumerate(rows[:10]) if r[2] == "Talare")
    return [(r[2], norm(r[3])) for r in rows[h + 1:] if r[2]]


def parse_wdiar_txt(data):
    out = []
    for para in data.decode("utf-8").split("\n\n"):
        m = re.match(r"^(Speaker \d+): (.*)$", para, re.S)
        out.append((m.group(1), norm(m.group(2))))
    return _merge(out)


def parse_whisperx_txt(data):
    pairs = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^\[(SPEAKER_\d\d)\]: (.*)$", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
        else:
            pairs.append((pairs[-1][0], line))
    return _merge(pairs)


def parse_descript_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip().split("\n\n"):
        m = re.match(r"^\[\d\d:\d\d:\d\d\] ([^:]+): (.*)$", block, re.S)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


PARSERS = dict(numlist_docx=parse_numlist_docx, block_xlsx=parse_block_xlsx,
               wdiar_txt=parse_wdiar_txt, whisperx_txt=parse_whisperx_txt,
               hang_docx=parse_hang_docx, descript_txt=parse_descript_txt)


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
        for i, t in enumerate(turns):
            if not t["mod"]:
                rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                             t["sentiment"], t["kind"], norm(t["text"])])
    if known - used:
        problems.append(f"participants.csv labels not used: {sorted(known - used)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage", "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
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
        w.writerow(["speaker", "segment", "program", "age_group", "situation"])
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
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
