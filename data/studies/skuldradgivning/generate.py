#!/usr/bin/env python3
"""Generate the fictional study of budget and debt counselling (budget- och
skuldrådgivning) in Hagalunds kommun: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (two .docx files). Run with the
project's virtualenv, from this folder:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B() for a participant backchannel or small talk (no theme, no stage). Files and
gold rows are written from the same list, so turn indices cannot drift. After writing,
every file is parsed back with a minimal parser for its own layout and compared with
the list; every gold text must occur in the file's text (whitespace normalised), and
every codebook example must be an exact excerpt of a participant turn of that theme
(and of no turn of another theme).

Output is byte-identical between runs: timings are seeded, the .docx files are re-zipped
with fixed timestamps and fixed core properties.
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


SKAM = "skam_och_maende"
KRAV = "krav_och_inkasso"
HITTA = "hitta_hjalp"
KOMM = "kommersiella_aktorer"
KONT = "kontakt_och_ko"
RAD = "radgivaren_och_rollen"
PAPP = "papper_och_budget"
SKS = "skuldsanering_beslut"
EXMIN = "leva_pa_existensminimum"
DIG = "digitala_verktyg"
SPR = "sprak_och_tolk"
EFT = "efterat_och_rad"
THEMES = (SKAM, KRAV, HITTA, KOMM, KONT, RAD, PAPP, SKS, EXMIN, DIG, SPR, EFT)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
UL, JE, SANNA, GORAN, LEILA, PATRIK, BIRGIT, AMIR = (
    "UL", "JE", "Sanna", "Göran", "Leila", "Patrik", "Birgit", "Amir")        # fokusgrupp-1.docx
ULRIKA, JESPER, CAMILLA, JONAS, RONNY, HANNA, ELIF = (
    "Ulrika", "Jesper", "Camilla", "Jonas", "Ronny", "Hanna", "Elif")        # fokusgrupp-2.cc.vtt
ULL = "Ulrika Lindahl"            # interviewer in Dovetail, Condens, Marvin, Read.ai, Notion
SP2 = "Speaker 2"                 # intervju-1.docx (Dovetail, participant never renamed)
JOSEFIN = "Josefin"               # intervju-2.txt (Condens)
GRACE, SP3 = "Grace Achieng", "Speaker 3"   # interview-3.csv (Marvin; SP3 = her daughter)
TOMASZ = "Tomasz Nowak"           # interview-4.txt (Read.ai)
EVA = "Eva Sjöström"              # intervju-5.md (Notion)
I6I, RASMUS, MARITA = "I", "R", "MH"        # intervju-6.docx (typed in Word)

PARTICIPANTS = [
    # speaker; segment; age_group; situation
    (UL, "moderator", "", ""),
    (JE, "moderator", "", ""),
    (SANNA, "skuldsatt", "25-34", "sms-lån, skuldsanering beviljad i våras"),
    (GORAN, "skuldsatt", "55-64", "före detta egenföretagare (golv), skulder efter konkurs"),
    (LEILA, "skuldsatt", "35-44", "gemensamma lån efter skilsmässa, avslag på skuldsanering"),
    (PATRIK, "skuldsatt", "35-44", "löneutmätning sedan två år, barn varannan vecka"),
    (BIRGIT, "skuldsatt", "65-74", "pensionär, kreditkortsskulder, inget internet hemma"),
    (AMIR, "skuldsatt", "25-34", "mobilabonnemang, avbetalning och CSN hos inkasso"),
    (ULRIKA, "moderator", "", ""),
    (JESPER, "moderator", "", ""),
    (CAMILLA, "skuldsatt", "45-54", "skuldfri i augusti efter fem år med skuldsanering"),
    (JONAS, "skuldsatt", "35-44", "spelskulder, skuldsanering, återfall i somras"),
    (RONNY, "skuldsatt", "45-54", "två avslag på skuldsanering, bil som behövs i jobbet"),
    (HANNA, "anhörig", "35-44", "syster till en man med diagnos och skulder, har fullmakt"),
    (ELIF, "skuldsatt", "25-34", "ensamstående med två barn, sms-lån och samlingslån"),
    (ULL, "moderator", "", ""),
    (SP2, "skuldsatt", "45-54", "före detta restaurangägare, skuldsanering för företagare beviljad"),
    (JOSEFIN, "skuldsatt", "25-34", "ensamstående med två barn, sms-lån och hyresskuld, avbetalningsplaner"),
    (GRACE, "skuldsatt", "35-44", "från Kenya, arbetar i hemtjänsten, billån i sitt namn, talar engelska"),
    (SP3, "anhörig", "under 18", "Graces dotter, säger en mening"),
    (TOMASZ, "skuldsatt", "35-44", "från Polen, byggnadsarbetare, löneutmätning för skatteskuld, talar engelska"),
    (EVA, "personal", "45-54", "budget- och skuldrådgivare i Hagalunds kommun"),
    (I6I, "moderator", "", ""),
    (RASMUS, "skuldsatt", "18-24", "spel och sms-lån, avbetalningsplaner, bor hos föräldrarna"),
    (MARITA, "anhörig", "45-54", "Rasmus mamma, betalade ett skuldföretag"),
]

# ---------------------------------------------------------------------------
# Fokusgrupp 1 (Word table) – on site, chronological guide
# ---------------------------------------------------------------------------
FG1 = [
    M(UL, "Välkomna hit allihop. Jag heter Ulrika och leder samtalet i kväll, och Jesper sitter bredvid och antecknar. Vi ska prata om kommunens budget- och skuldrådgivning och hur det har varit för er. Bara förnamn, och det finns inga rätt eller fel svar. Kan vi börja med en runda: vem är du och hur kom det sig att du behövde hjälp?"),
    P(SANNA, "Sanna heter jag, trettioett. Det började med ett sms-lån på tretusen när bilen gick sönder. Sen tog jag ett till för att betala det första. Ja, ni fattar. Till slut var det elva stycken.", KRAV, N, -1, "pain"),
    P(GORAN, "Göran. Jag hade en firma, golvläggning, i tjugo år. Sen kom pandemin och två stora kunder som inte betalade. Firman gick i konkurs men skulderna, de stannade hos mig.", KRAV, N, -1, "pain"),
    P(LEILA, "Leila. Jag skilde mig för tre år sedan och vi hade lån tillsammans, huset och bilen. Han slutade betala sin del. Och banken bryr sig inte om vem som lovade vad, de skickar till den som har lön.", KRAV, N, -1, "pain"),
    P(PATRIK, "Patrik, trettionio. Jag har löneutmätning sedan två år. Kronofogden tar en del av lönen varje månad innan jag ens ser den.", KRAV, N, -1, "pain"),
    P(BIRGIT, "Birgit, sjuttioett år. Jag är väl inte den ni väntade er här. Det var kreditkort. Ett i taget, i många år, och pensionen räckte inte till räntorna till slut.", KRAV, N, -1, "pain"),
    P(AMIR, "Amir, tjugosex. Hos mig var det mobilabonnemang och en dator på avbetalning, och sen CSN. Inte jättestora summor var för sig, men allt gick till inkasso samtidigt.", KRAV, N, -1, "pain"),
    M(UL, "Tack. Om ni tänker tillbaka, fanns det ett särskilt tillfälle när ni kände att nu går det inte längre?"),
    P(SANNA, "Jag slutade öppna posten. Det låg en hög med kuvert på hallmattan och jag sparkade in dem under skohyllan. Så när brevet från Kronofogden kom hade jag redan missat att bestrida.", SKAM, N, -1, "pain"),
    P(LEILA, "För mig var det när min dotter frågade varför jag grät i bilen. Jag hade fått ett samtal från inkasso mitt på jobbet.", SKAM, N, -1, "pain"),
    P(GORAN, "Jag kan inte säga att det var ett tillfälle. Det var mer att jag inte sov. I ett år, ungefär.", SKAM, N, -1, "pain"),
    B(BIRGIT, "Nej, man sover inte."),
    P(PATRIK, "Och skammen. Jag har inte berättat för mina föräldrar än. De tror att jag har det bra.", SKAM, N, -1, "pain"),
    M(UL, "Hur fick ni veta att kommunen har budget- och skuldrådgivning?"),
    P(AMIR, "Jag googlade typ skulder hjälp, och det första som kom upp var fem företag som ville slå ihop mina lån. Kommunen kom långt ner. Jag trodde ärligt talat att de där företagen var kommunens hjälp.", KOMM, FI, -1, "pain"),
    P(SANNA, "Samma. Jag ringde ett av dem. De ville ha en avgift först, niohundra kronor, för att titta på mitt ärende.", KOMM, FI, -1, "pain"),
    M(UL, "Betalade du?"),
    P(SANNA, "Ja. Det var väl det dummaste jag gjorde det året, och det säger en del.", KOMM, FI, -1, "pain"),
    P(LEILA, "Jag fick veta det av en socialsekreterare. Jag hade sökt ekonomiskt bistånd en månad och hon sa att jag borde prata med skuldrådgivningen. Jag visste inte ens att den fanns.", HITTA, FI, 0, "neutral"),
    P(BIRGIT, "Det var banken för mig, faktiskt. En ung kille på banken sa att de inte kunde hjälpa mig men att kommunen hade någon. Det var snällt av honom.", HITTA, FI, 1, "praise"),
    P(GORAN, "Kronofogdens hemsida. Där står det att man ska vända sig till sin kommun. Men det tog ett halvår innan jag gjorde det. Jag trodde att det var för folk som inte kan räkna.", HITTA, FI, 0, "neutral"),
    B(PATRIK, "Haha, ja."),
    P(PATRIK, "En kompis hade gått dit. Han sa att det var gratis och att de inte dömer en. Det var väl det som fick mig att ringa.", HITTA, FI, 1, "praise"),
    M(UL, "Hur var det att ta första kontakten?"),
    P(BIRGIT, "Telefontiden. Tisdagar och torsdagar mellan nio och elva, eller om det var tio. Jag ringde fyra gånger innan jag kom fram.", KONT, AP, -1, "pain"),
    P(PATRIK, "Jag jobbar mellan sju och fyra, jag kan inte ringa på förmiddagen. Jag fick ringa från toaletten på jobbet, vilket inte är det bästa stället att prata om sina skulder.", KONT, AP, -1, "pain"),
    P(AMIR, "Det finns ett formulär på hemsidan också, man kan bli uppringd. Det funkade för mig, de ringde inom en vecka.", KONT, AP, 1, "praise"),
    P(LEILA, "Fast då vet man inte när de ringer. Jag missade samtalet två gånger och fick börja om.", KONT, AP, -1, "pain"),
    M(UL, "Och sen, hur länge fick ni vänta på ett första möte?"),
    P(GORAN, "Sju veckor. Under de sju veckorna kom det tre nya brev från Kronofogden. Man tänker att allt står still medan man väntar, men det gör det inte.", KONT, PR, -1, "pain"),
    P(SANNA, "Jag fick tid efter fem veckor. Det låter inte så länge, men när man väl har bestämt sig är fem veckor en evighet.", KONT, PR, -1, "pain"),
    P(BIRGIT, "Jag tyckte inte att det var så farligt. Jag hade väntat i tio år, ungefär, då gjorde några veckor inte så mycket.", KONT, PR, 0, "neutral"),
    M(UL, "Berätta om första mötet."),
    P(LEILA, "Hon jag träffade var lugn. Hon sa inte en enda gång att jag borde ha förstått bättre. Det hade jag väntat mig, att bli utskälld.", RAD, PR, 1, "praise"),
    P(PATRIK, "Det är ju inte särskilt kul att lägga fram alla papper på bordet framför en främling. Men det gick bättre än jag trodde.", RAD, PR, 0, "praise"),
    P(GORAN, "Jag trodde att hon skulle ringa till bankerna och fixa det. Att hon kunde stryka skulder. Det kan hon inte, det förstod jag efter en stund.", RAD, PR, 0, "neutral"),
    M(UL, "Vad fick ni göra efter första mötet?"),
    P(SANNA, "Läxa! Jag fick en lista. Kontoutdrag sex månader bakåt, alla krav, hyresavtal, lönespecar. Jag kände mig som i skolan, fast det var skönt också, att någon sa vad man skulle göra.", PAPP, AP, 0, "neutral"),
    P(AMIR, "Budgeten var jobbigast. Man skulle skriva upp allt man handlar under en månad. Jag insåg att jag lade tvåtusen på takeaway.", PAPP, AP, -1, "pain"),
    B(SANNA, "Aj."),
    B(AMIR, "Ja. Inte stolt."),
    P(GORAN, "För mig var det värre. Firmans papper låg i kartonger i garaget. Bokföring, skattekonto, leverantörer. Det tog två månader bara att få ihop det, och under tiden hände ingenting.", PAPP, AP, -1, "pain"),
    P(BIRGIT, "Jag har inte internet hemma, så jag fick be banken skriva ut allt. De tog betalt för det, femtio kronor per utdrag.", PAPP, AP, -1, "pain"),
    M(JE, "Förlåt, Birgit, sa du femtio per utdrag?"),
    B(BIRGIT, "Per månad. Femtio kronor per månad som de skrev ut."),
    M(UL, "Några av er har sökt skuldsanering hos Kronofogden. Hur var det?"),
    P(GORAN, "Rådgivaren hjälpte mig fylla i ansökan, och det var tur, för den är inte skriven för vanligt folk. Sen skickades den in och sen var det tyst i fyra månader.", SKS, PR, -1, "pain"),
    P(BIRGIT, "Det var att inte veta. Jag ringde Kronofogden och frågade hur det gick, och de sa att den var under handläggning. Det sa ju inte så mycket.", SKS, PR, -1, "pain"),
    P(SANNA, "Jag fick löneutmätningen stoppad medan jag väntade, det visste jag inte att man kunde. Det var rådgivaren som ordnade det.", RAD, PR, 1, "praise"),
    P(LEILA, "Jag fick avslag. De skrev att jag inte var kvalificerat insolvent, att jag kunde betala om några år när huslånet var löst. Jag förstår fortfarande inte hur de räknade.", SKS, DE, -1, "pain"),
    M(UL, "Fick du hjälp att förstå beslutet?"),
    P(LEILA, "Ja, rådgivaren gick igenom det med mig och vi gjorde en ny plan, en frivillig uppgörelse med banken i stället. Så det var inte bortkastat. Men just där och då var det ett slag.", RAD, DE, 0, "praise"),
    P(PATRIK, "Jag har inte sökt än. Jag trodde att man måste ha haft löneutmätning i fem år först. Det visade sig vara fel.", SKS, FI, 0, "neutral"),
    P(AMIR, "Jag vet inte ens om jag ska söka. Mina skulder är kanske för små? Finns det en gräns?", SKS, FI, 0, "question"),
    P(GORAN, "Det finns ingen gräns, tror jag. Men de vill se att man inte kan betala inom rimlig tid.", SKS, FI, 0, "neutral"),
    P(BIRGIT, "Jag fick ja. Det kom i ett brev, åtta sidor. Det viktigaste stod på sidan sex. Att jag skulle betala niohundra i månaden i fem år och sen är det slut.", SKS, DE, 0, "neutral"),
    P(SANNA, "Jag också, ja i våras. Jag läste beslutet i Kivra på bussen och började gråta. Av lättnad alltså.", SKS, DE, 1, "praise"),
    M(UL, "Hur är det att leva med planen?"),
    P(SANNA, "Det är inte dåligt. Men det är tight. Existensminimum låter som en siffra, men det betyder att en tandläkarräkning är en kris.", EXMIN, US, 0, "pain"),
    P(BIRGIT, "Jag klarar mig. Jag har alltid varit sparsam, det är ju det roliga. Jag var sparsam och hamnade här ändå.", EXMIN, US, 0, "neutral"),
    P(LEILA, "Med barn är det något annat. Klassresan, fotbollsskorna, kalas. Man säger nej hela tiden och till slut slutar barnen fråga. Det gör ont.", EXMIN, US, -1, "pain"),
    P(PATRIK, "Löneutmätningen lämnar ett förbehållsbelopp, och det ska räcka. Men de räknade inte med att jag har barnen varannan vecka. Eller, det ska de, men det var fel i beräkningen i ett halvår.", EXMIN, US, -1, "pain"),
    M(UL, "Har ni använt några digitala verktyg, appar eller Mina sidor?"),
    P(AMIR, "Kronofogdens Mina sidor är faktiskt bra. Man ser alla skulder på ett ställe. Första gången jag loggade in fick jag panik, men sen var det skönt att veta.", DIG, US, 1, "praise"),
    P(GORAN, "Rådgivaren skickade ett budgetark i Excel. Jag kan inte Excel. Jag skrev ut det och fyllde i med blyerts.", DIG, AP, -1, "pain"),
    B(BIRGIT, "Bra gjort."),
    P(SANNA, "Jag använder en budgetapp som hon tipsade om. Den är inte särskilt smidig men den piper när jag har handlat för mycket.", DIG, US, 0, "praise"),
    M(UL, "Om ni fick ändra en sak med skuldrådgivningen, vad skulle det vara?"),
    P(PATRIK, "Telefontider på kvällen. En kväll i veckan räcker. Folk med skulder jobbar också.", KONT, AP, 0, "suggestion"),
    P(AMIR, "Att kommunen syns när man googlar. Betala för annonsen, vad vet jag. Nu vinner bluffarna.", KOMM, FI, -1, "suggestion"),
    P(LEILA, "Att någon säger redan vid första mötet att det kan bli avslag. Jag hade byggt upp hela min framtid på ett ja.", SKS, PR, 0, "suggestion"),
    P(GORAN, "Samma rådgivare hela vägen. Jag bytte en gång när min gick i pension och fick berätta allt igen.", RAD, PR, -1, "suggestion"),
    P(BIRGIT, "Ingenting, faktiskt. Jag är nöjd. Men jag hade velat veta att den fanns för tio år sedan.", HITTA, FI, 1, "praise"),
    M(UL, "Sista frågan. Vad skulle ni säga till någon som sitter där ni satt för ett år sedan?"),
    P(SANNA, "Öppna posten. Det blir inte mindre av att ligga under skohyllan.", EFT, FU, 0, "suggestion"),
    P(GORAN, "Ring kommunen innan du ringer någon annan. Inte bankerna, inte företagen, kommunen.", EFT, FU, 0, "suggestion"),
    P(PATRIK, "Och att man inte är ensam. Det trodde jag. Här sitter sex stycken.", EFT, FU, 1, "neutral"),
    B(LEILA, "Precis."),
    M(UL, "Tack allihop, det här var väldigt värdefullt."),
    B(BIRGIT, "Tack för kaffet.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Fokusgrupp 2 (Zoom, closed captions typed by the note-taker)
# ---------------------------------------------------------------------------
FG2 = [
    M(ULRIKA, "Hej allihop och välkomna. Jesper skriver textningen i Zoom i kväll, så texten nere i rutan är han. Vi börjar med en runda. Camilla, vill du börja?"),
    M(JESPER, "Hej. Säg till om det går för fort, jag skriver så fort jag kan."),
    P(CAMILLA, "Ja, hej. Camilla. Jag blev skuldfri i augusti, efter fem år med skuldsanering. Så jag är väl det goda exemplet.", EFT, FU, 1, "neutral"),
    P(JONAS, "Jonas. Spelskulder. Jag fick skuldsanering för två år sedan och sen spelade jag igen i somras. Så jag är det andra exemplet.", EFT, FU, -1, "pain"),
    B(CAMILLA, "Modigt att säga.", 1, "praise"),
    P(RONNY, "Ronny. Jag har sökt skuldsanering två gånger och fått avslag två gånger. Så jag vet inte vilket exempel jag är.", SKS, DE, -1, "pain"),
    P(HANNA, "Hanna. Det är inte mina skulder, det är min brors. Han har en diagnos och klarar inte papper, så jag har gjort det mesta tillsammans med honom. Han ville inte vara med i kväll.", SKAM, N, 0, "neutral"),
    P(ELIF, "Elif. Två barn, ensamstående. Sms-lån och ett samlingslån som gjorde allt värre.", KOMM, N, -1, "pain"),
    M(ULRIKA, "Elif, vill du berätta mer om samlingslånet?"),
    P(ELIF, "Det var en sån sida som jämför lån. De lovade lägre månadskostnad. Och det blev lägre i månaden, men i tolv år. Jag läste inte det finstilta, det gör ingen.", KOMM, N, -1, "pain"),
    P(RONNY, "Det är ju hela affärsidén.", KOMM, N, -1, "pain"),
    M(ULRIKA, "Om ni tänker på tiden innan ni sökte hjälp, hur mådde ni?"),
    P(ELIF, "Jag låg vaken och räknade. Varje natt. Hur mycket som skulle dras den tjugofemte och vad som skulle bli kvar.", SKAM, N, -1, "pain"),
    P(RONNY, "Jag var mest arg. På mig själv, på bankerna, på alla.", SKAM, N, -1, "pain"),
    P(HANNA, "För mig var det skuldkänslan, alltså inte skulden. Att jag inte hade sett det tidigare. Han är min lillebror.", SKAM, N, -1, "pain"),
    B(CAMILLA, "Mm, det känner jag igen."),
    M(ULRIKA, "Hanna, hur hittade ni till skuldrådgivningen?"),
    P(HANNA, "Via hans boendestödjare. Hon sa att skuldrådgivningen kunde komma med på ett möte. Jag trodde att det var en del av socialtjänsten, att det skulle synas i hans journal. Det gör det inte, fick vi veta.", HITTA, FI, 0, "neutral"),
    P(JONAS, "Jag hittade dem via Spelberoendes förening faktiskt. Inte via kommunen.", HITTA, FI, 0, "neutral"),
    M(ULRIKA, "Och kontakten, hur var det att komma fram?"),
    P(HANNA, "De krävde att han själv ringde. Det förstår jag, det är hans ärende. Men han kan inte prata i telefon med främlingar. Till slut fick jag skriva en fullmakt.", KONT, AP, -1, "pain"),
    P(ELIF, "Jag bokade via e-tjänsten med BankID. Det var smidigt, faktiskt, jag gjorde det klockan elva på kvällen när barnen sov.", DIG, AP, 1, "praise"),
    P(CAMILLA, "På min tid fanns det ingen e-tjänst. Man ringde och fick en tid om två månader. Men det är sju år sen nu.", KONT, PR, 0, "neutral"),
    P(RONNY, "Det är fortfarande två månader. Jag väntade nio veckor i våras.", KONT, PR, -1, "pain"),
    M(ULRIKA, "Ronny, du har fått avslag två gånger. Hur gick det till?"),
    P(RONNY, "Första gången var skulderna för nya, sa de. Andra gången hade jag en bil som var värd för mycket. Bilen behöver jag till jobbet. Så nu ska jag sälja bilen för att kunna söka, och då förlorar jag jobbet. Det går ju ihop fint.", SKS, DE, -1, "pain"),
    B(HANNA, "Usch."),
    P(RONNY, "Rådgivaren var bra, det är inte henne det är fel på. Hon skrev ett långt yttrande. Men Kronofogden gör som de vill.", RAD, DE, 0, "praise"),
    P(ELIF, "Vad händer om man säljer bilen och ändå får nej?", SKS, DE, 0, "question"),
    P(RONNY, "Ja, det är frågan. Ingen kan svara på det.", SKS, DE, -1, "pain"),
    P(JONAS, "Det är väl inte Kronofogden som bestämmer allt? Jag trodde att det var rådgivaren som skickade in och att hon kunde säga till dem.", SKS, DE, 0, "question"),
    M(ULRIKA, "Det är Kronofogden som fattar beslutet, rådgivaren hjälper till med ansökan. Camilla, hur var de fem åren?"),
    P(CAMILLA, "Det första året var hemskt. Det andra vande jag mig. Det tredje var min son med i en fotbollscup i Danmark och det fanns inga pengar. Jag lånade av min mamma, vilket man egentligen inte får, tror jag.", EXMIN, US, -1, "pain"),
    P(ELIF, "Får man inte det?", EXMIN, US, 0, "question"),
    P(CAMILLA, "Jag vet inte. Jag vågade inte fråga.", EXMIN, US, 0, "neutral"),
    P(RONNY, "Det är det som är grejen. Man vågar inte fråga, för tänk om man har gjort fel.", SKAM, US, -1, "pain"),
    P(JONAS, "Det som funkade för mig var att rådgivaren fanns kvar. Jag kunde ringa henne under planen, när Kronofogden skickade något jag inte förstod. Hon sa alltid ring hellre en gång för mycket.", RAD, US, 1, "praise"),
    P(HANNA, "Min bror har fått en ny rådgivare varje gång. Tre stycken på två år. De är trevliga allihop, men han slutar prata när det är en ny människa.", RAD, PR, -1, "pain"),
    M(ULRIKA, "Jonas, du sa att du spelade igen. Vill du säga något om det?"),
    P(JONAS, "Det började med en app. Jag tänkte att jag har ju skuldsanering, jag har ju fixat det. Och sen var det sextiotusen på tre veckor. Nu vet jag inte om jag får behålla skuldsaneringen.", EFT, FU, -1, "pain"),
    P(CAMILLA, "Har du pratat med rådgivaren?", EFT, FU, 0, "question"),
    P(JONAS, "Nej. Jag skäms för mycket. Det är ju det som är så dumt, det är där hjälpen finns.", SKAM, FU, -1, "pain"),
    M(ULRIKA, "Vad hade behövts för att det inte skulle hända?"),
    P(JONAS, "Någon som ringer efter ett år och frågar hur det går. Inte en kontroll, bara en fråga. Och spelpaus borde vara något man pratar om på första mötet.", EFT, FU, 0, "suggestion"),
    M(ULRIKA, "Hur har det digitala fungerat för er under planen?"),
    P(ELIF, "Allt kommer i Kivra, och det är bra. Men Kronofogdens brev är skrivna som om man vore jurist. Jag kopierar in dem i Google Översätt från svenska till svenska, typ.", DIG, US, 0, "pain"),
    B(RONNY, "Haha, ja."),
    P(HANNA, "Min bror har inget BankID. Det tog tre månader att få ett, för han har inget pass. Utan BankID kommer man ingenstans. Vi fick göra allt på papper.", DIG, AP, -1, "pain"),
    P(CAMILLA, "Budgetappen som kommunen tipsar om är okej. Inte mer. Jag körde med kuvert i stället, riktiga kuvert med kontanter.", DIG, US, 0, "neutral"),
    M(ULRIKA, "Camilla, nu när du är skuldfri, hur är det?"),
    P(CAMILLA, "Konstigt. Första lönen i september var hel. Jag visste inte vad jag skulle göra med den, så jag betalade räkningar som inte hade kommit än.", EFT, FU, 1, "neutral"),
    M(ULRIKA, "Och betalningsanmärkningarna?"),
    P(CAMILLA, "De ligger kvar i tre år till. Jag kan inte få ett hyreskontrakt i eget namn. Det säger ingen när man börjar.", EFT, FU, -1, "pain"),
    P(RONNY, "Det visste jag inte heller. Tre år till, efter fem år?", EFT, FU, -1, "question"),
    B(CAMILLA, "Ja."),
    M(ULRIKA, "Om ni fick ge ett råd till kommunen?"),
    P(HANNA, "Låt anhöriga vara med utan att man ska behöva skriva en fullmakt för varje litet samtal. Jag förstår sekretessen, men.", KONT, AP, 0, "suggestion"),
    P(RONNY, "Säg ärligt på första mötet vad chansen är. Jag hade inte behövt vänta ett år på ett nej.", SKS, PR, -1, "suggestion"),
    P(ELIF, "Kvällstider. Och en chatt. Jag skriver hellre än pratar om pengar.", KONT, AP, 0, "suggestion"),
    P(JONAS, "Och att skuldrådgivningen och spelberoendevården pratar med varandra.", EFT, FU, 0, "suggestion"),
    P(CAMILLA, "Jag vill bara säga att det går. Det tar fem år, och det är fem långa år, men det går.", EFT, FU, 1, "praise"),
    M(ULRIKA, "Tack, det är ett fint sätt att avsluta. Tack allihop."),
    B(ELIF, "Tack."),
    B(HANNA, "Tack, hej!"),
]

# ---------------------------------------------------------------------------
# Intervju 1 (Dovetail) – starts with the decision, then goes back
# ---------------------------------------------------------------------------
I1 = [
    M(ULL, "Då är inspelningen igång. Tack för att du ställer upp, Tomas. Jag tänkte börja i andra änden faktiskt: du fick beslut från Kronofogden förra veckan?"),
    P(SP2, "Ja. Beviljad. Skuldsanering för företagare, som det heter. Jag har läst beslutet kanske tjugo gånger.", SKS, DE, 1, "neutral"),
    M(ULL, "Hur kändes det?"),
    P(SP2, "Tomt, konstigt nog. Man har väntat i ett och ett halvt år på ett papper och så kommer det en tisdag i Kivra mellan en faktura från elbolaget och ett nyhetsbrev.", SKS, DE, 0, "neutral"),
    M(ULL, "Om vi går tillbaka, hur började det?"),
    P(SP2, "Jag hade en restaurang på torget i Hagalund. Elva år. Sen kom pandemin, sen elpriserna, sen hyreshöjningen. Jag tog lån privat för att rädda firman, och det var det dummaste. Firman dog ändå och lånen var mina.", KRAV, N, -1, "pain"),
    M(ULL, "Hur hanterade du det i början?"),
    P(SP2, "Jag låtsades att det inte fanns. Min fru skötte posten. Jag jobbade i ett kök i Västerby och sa till folk att jag hade sålt restaurangen. Det hade jag inte, den gick i konkurs.", SKAM, N, -1, "pain"),
    M(ULL, "Hur fick du veta att det fanns hjälp att få?"),
    P(SP2, "Min revisor. Inte en gång, utan tre gånger. Han sa gå till kommunen, gå till kommunen. Jag trodde att kommunens skuldrådgivning var för folk som hade köpt för många tv-apparater. Inte för företagare.", HITTA, FI, 0, "neutral"),
    M(ULL, "Vad sa din fru när du till slut bestämde dig?"),
    P(SP2, "Äntligen. Det var allt hon sa. Äntligen.", SKAM, FI, 1, "neutral"),
    M(ULL, "Pratade du med banken?"),
    P(SP2, "Banken erbjöd ett nytt lån med huset som säkerhet. Det var deras lösning, mer lån. Jag sa nej, och det var väl det enda kloka jag gjorde det året.", KOMM, FI, -1, "pain"),
    M(ULL, "Och kommunen, var den för folk med tv-apparater?"),
    P(SP2, "Nej. Rådgivaren hade jobbat med företagare förut. Hon visste vad en F-skatt var, och vad ett skattekonto är. Det lättade.", RAD, PR, 1, "praise"),
    M(ULL, "Hur var det att komma i kontakt med dem?"),
    P(SP2, "Jag mejlade. Fick svar två dagar senare med en tid sex veckor fram. Det var okej. Inte bra, men okej.", KONT, PR, 0, "neutral"),
    M(ULL, "Vad hände under de veckorna?"),
    P(SP2, "Skatteverket drog igång. Det kom ett krav på moms som jag trodde var betald. Och ett inkassoföretag som ringde min fru på hennes jobb. Det var det värsta, att hon drogs in.", KRAV, PR, -1, "pain"),
    M(ULL, "Hur var det hemma under den tiden?"),
    P(SP2, "Min fru och jag bråkade om pengar varje vecka. Nu bråkar vi om annat. Det är ett framsteg.", SKAM, PR, 0, "neutral"),
    M(ULL, "Berätta om pappersarbetet."),
    P(SP2, "Det var ett berg. Rådgivaren gav mig en checklista på två sidor. Bokslut, deklarationer, konkursförvaltarens berättelse, alla lån, alla borgensåtaganden. Jag hade gått i borgen för firmans leasingavtal, det hade jag glömt.", PAPP, AP, -1, "pain"),
    P(SP2, "Men listan var bra. Jag bockade av en sak i taget. Annars hade jag inte klarat det.", PAPP, AP, 1, "praise"),
    M(ULL, "Och budgeten?"),
    P(SP2, "Budgeten gjorde vi tillsammans, på mötet. Hon räknade på förbehållsbeloppet och jag sa att det där räcker inte till hyran. Och hon sa nej, det är därför vi ska prata om bostaden också.", PAPP, AP, 0, "neutral"),
    M(ULL, "Ansökan till Kronofogden, hur gick den?"),
    P(SP2, "Vi skickade in i april förra året. Sen kom en begäran om komplettering i augusti, de ville ha konkursförvaltarens slutredovisning. Den hade jag redan skickat. Så vi skickade den igen.", SKS, PR, -1, "pain"),
    M(ULL, "Hur var det att vänta?"),
    P(SP2, "Man kan inte planera något. Jag visste inte om jag skulle säga upp lägenheten eller inte. Jag sov dåligt hela hösten.", SKAM, PR, -1, "pain"),
    M(ULL, "Använde du Kronofogdens e-tjänster?"),
    P(SP2, "Mina sidor, ja. Där stod det pågående. Ingenting annat. Pågående i åtta månader. Man kunde lika gärna ha skrivit vänta.", DIG, PR, -1, "pain"),
    M(ULL, "Nu när beslutet har kommit, vad händer?"),
    P(SP2, "Fem år. Jag ska betala två tusen tvåhundra i månaden till Kronofogden, som fördelar. Och sen ska resten vara borta. Jag trodde ärligt talat att rådgivaren skulle förhandla ner skulderna direkt med bankerna, så att man slapp Kronofogden. Så funkar det inte, har jag förstått.", SKS, DE, 0, "neutral"),
    M(ULL, "Hur tror du att de fem åren blir?"),
    P(SP2, "Det blir inte roligt. Men det blir lugnt. Det är det jag längtar efter, att ingen ringer.", EXMIN, US, 0, "neutral"),
    M(ULL, "Har du fått veta vad som händer om något går fel under planen?"),
    P(SP2, "Nej. Det är en bra fråga. Jag vet faktiskt inte. Om jag blir sjuk till exempel.", EXMIN, US, 0, "neutral"),
    M(ULL, "Om du fick ändra något i skuldrådgivningen?"),
    P(SP2, "Information riktad till företagare. När man googlar företag och skulder kommer bara konsulter som vill ha tjugo tusen för en rekonstruktion.", KOMM, FI, -1, "suggestion"),
    P(SP2, "Och kortare väntan hos Kronofogden, men det är ju inte kommunens fel.", SKS, PR, 0, "suggestion"),
    M(ULL, "Och till någon som står där du stod?"),
    P(SP2, "Lyssna på revisorn. Tredje gången, i alla fall.", EFT, FU, 0, "suggestion"),
    M(ULL, "Tack Tomas."),
    B(SP2, "Tack själv. Det här var lättare än jag trodde.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Intervju 2 (Condens) – by phone from her car; she talks first
# ---------------------------------------------------------------------------
I2 = [
    B(JOSEFIN, "Hörs jag? Jag sitter i bilen, barnen är på simningen."),
    M(ULL, "Ja, det hörs bra. Tack för att du tar dig tid. Kan du berätta lite om dig själv?"),
    P(JOSEFIN, "Josefin, tjugoåtta, två barn, fem och åtta. Jag jobbar deltid på ett lager. Skulderna är mest sms-lån, och en hyresskuld från förra lägenheten.", KRAV, N, -1, "pain"),
    M(ULL, "Hur uppstod skulderna?"),
    P(JOSEFIN, "När barnens pappa flyttade var det jul en månad senare. Jag ville inte att de skulle märka något. Så jag tog ett lån i mobilen, det tog fyra minuter. Fyra minuter, och sen har jag betalat på det i tre år.", KRAV, N, -1, "pain"),
    M(ULL, "När bestämde du dig för att söka hjälp?"),
    P(JOSEFIN, "När hyresvärden skickade ett brev om avhysning. Då kan man inte låtsas längre. Jag satt på golvet i hallen en hel kväll.", SKAM, N, -1, "pain"),
    M(ULL, "Vem vände du dig till?"),
    P(JOSEFIN, "Socialtjänsten först, för hyran. De betalade inte hyresskulden men min handläggare bokade en tid hos skuldrådgivningen åt mig. Hon satt bredvid när jag ringde.", HITTA, FI, 1, "praise"),
    M(ULL, "Hur länge fick du vänta?"),
    P(JOSEFIN, "Åtta veckor till första mötet. Men jag fick ett samtal efter en vecka, någon som frågade om det var akut. Och det var det, på grund av hyran. Så hon kunde ge råd direkt om vad jag skulle säga till hyresvärden.", KONT, PR, 1, "praise"),
    M(ULL, "Och sen det första mötet?"),
    P(JOSEFIN, "Hon bad mig ta med allt. Alla brev. Jag kom med en Ica-kasse full med kuvert, hälften oöppnade. Hon öppnade dem med mig, ett i taget. Hon sa ingenting om att de var oöppnade. Jag tror att det var första gången på ett år som jag inte skämdes.", RAD, PR, 1, "praise", split_at="Jag tror att det var"),
    M(ULL, "Hur var det att prata om barnen med rådgivaren?"),
    P(JOSEFIN, "Hon frågade hur barnen hade det, och det var första gången någon på kommunen frågade det. Jag började gråta, såklart.", RAD, PR, 1, "praise"),
    M(ULL, "Vad fick du göra efter mötet?"),
    P(JOSEFIN, "En budget. Alla utgifter i tre månader, varje kvitto. Med två barn. Jag har inte tid att spara kvitton, jag har knappt tid att handla. Så det tog fem månader i stället för tre.", PAPP, AP, -1, "pain"),
    M(ULL, "Fick du någon hjälp med den?"),
    P(JOSEFIN, "Ja, hon skickade ett enklare formulär sen, på papper. Och jag fick ta kort på kvittona med mobilen i stället. Det gick bättre.", PAPP, AP, 1, "praise"),
    M(ULL, "Har du sökt skuldsanering?"),
    P(JOSEFIN, "Nej, inte än. Hon sa att jag kanske inte behöver. Att vi kan göra upp med långivarna. Jag trodde att hon skulle kunna ta bort räntorna, men det kan hon inte. Hon kan fråga dem.", RAD, PR, 0, "neutral"),
    M(ULL, "Hur har långivarna svarat?"),
    P(JOSEFIN, "Två har gått med på en avbetalningsplan utan ränta. En vägrar. Det är den som har högst ränta, såklart.", KRAV, DE, 0, "neutral"),
    P(JOSEFIN, "Och inkassobolaget ringer fortfarande. Fast jag har sagt att jag har kontakt med kommunen. De bryr sig inte.", KRAV, US, -1, "pain"),
    M(ULL, "Hur påverkar det här barnen?"),
    P(JOSEFIN, "Den stora frågar varför vi inte åker någonstans på sportlovet. Jag säger att vi har hemmalov. Hon tror att det är en grej.", EXMIN, US, 0, "neutral"),
    M(ULL, "Och du själv?"),
    P(JOSEFIN, "Bättre än för ett år sen. Jag öppnar posten nu. Varje dag. Det låter inte som mycket.", SKAM, US, 1, "neutral"),
    M(ULL, "Det låter som mycket. Använder du några digitala verktyg?"),
    P(JOSEFIN, "Kronofogdens sida, och en budgetapp. Appen säger att jag har tvåhundra kronor kvar till matkassen. Den har inte fel, tyvärr.", DIG, US, 0, "neutral"),
    M(ULL, "Hur fungerar kontakten med rådgivaren nu?"),
    P(JOSEFIN, "Jag mejlar henne när något kommer. Inte alltid samma dag, men hon svarar.", RAD, US, 1, "praise"),
    M(ULL, "Vad tycker du om hur skuldrådgivningen är organiserad?"),
    P(JOSEFIN, "Jag förstår inte varför det ska ta åtta veckor. Om man har ett avhysningsbrev är åtta veckor hela skillnaden.", KONT, PR, -1, "pain"),
    M(ULL, "Vad skulle du vilja ändra?"),
    P(JOSEFIN, "Att man kunde få en första tid via mobilen, typ en videotid på kvällen. Och att de sa tydligare redan på hemsidan att det är gratis. Jag trodde att det kostade, som de andra.", KONT, AP, 0, "suggestion"),
    M(ULL, "De andra?"),
    P(JOSEFIN, "Företagen som ringer när man har sökt lån. Skuldhjälp dygnet runt, typ. En av dem ville ha en månadsavgift.", KOMM, FI, -1, "pain"),
    M(ULL, "Tog du kontakt med dem?"),
    P(JOSEFIN, "Nej. Jag hade inte råd. Ironiskt nog räddade det mig.", KOMM, FI, 0, "neutral"),
    M(ULL, "Vet du vad som händer när du har betalat klart?"),
    P(JOSEFIN, "Nej. Jag antar att det blir som vanligt. Fast betalningsanmärkningarna, de försvinner väl, eller?", EFT, FU, 0, "question"),
    M(ULL, "Sista frågan. Vad vill du säga till någon i din situation?"),
    P(JOSEFIN, "Ta med kassen med kuvert. Det är inte pinsamt, de har sett värre. Sa hon i alla fall.", EFT, FU, 0, "suggestion"),
    M(ULL, "Tack Josefin."),
    B(JOSEFIN, "Tack, nu måste jag hämta barnen."),
]

# ---------------------------------------------------------------------------
# Interview 3 (Marvin CSV) – in English, a care worker from Kenya
# ---------------------------------------------------------------------------
I3 = [
    M(ULL, "Okay, we are recording. Thank you for doing this in English, Grace. Can you tell me a little about yourself?"),
    P(GRACE, "Yes. I came from Kenya six years ago, with my husband. I work in elderly care, in the home care, hemtjänst. My Swedish is okay for the job, but for letters, no.", SPR, N, 0, "neutral"),
    M(ULL, "How did the debts start?"),
    P(GRACE, "My husband left in 2022 and he had a car in my name. The car loan, the parking fines, everything was in my name. I didn't know you can't take it back.", KRAV, N, -1, "pain"),
    M(ULL, "What happened with the letters?"),
    P(GRACE, "They came in Swedish, of course. Påminnelse, inkassokrav. I used the Google camera to translate. It said collection claim, and I thought it was a parcel, something to collect.", SPR, N, -1, "pain"),
    M(ULL, "Oh no."),
    P(GRACE, "Yes. So I waited. And then it was Kronofogden, and then it was serious.", KRAV, N, -1, "pain"),
    M(ULL, "How did you feel during all this?"),
    P(GRACE, "Ashamed. In my family you help others with money, you don't ask. My mother still thinks I am doing well here.", SKAM, N, -1, "pain"),
    M(ULL, "How did you find the debt counselling?"),
    P(GRACE, "A colleague at work. She is from Eritrea, she had the same. She said the kommun helps for free, you just have to call. I said, they will not understand me. She said, they have interpreters.", HITTA, FI, 1, "neutral"),
    M(ULL, "And was that true?"),
    P(GRACE, "Half true. When I called, the lady spoke English, very good English. But the website was only in Swedish. The page in English was just one paragraph.", SPR, FI, 0, "pain"),
    M(ULL, "Did anyone try to sell you a solution?"),
    P(GRACE, "Yes! A man called me, he said he is from a company that helps with Kronofogden. He spoke English. He wanted my BankID. I said no, my colleague told me never.", KOMM, FI, -1, "pain"),
    M(ULL, "How did the first meeting go?"),
    P(GRACE, "I asked for an interpreter in Swahili. They said it takes longer to book. I said okay, English then. It's my third language, so. It was fine, but some words, like förbehållsbelopp, I don't know them in any language.", SPR, PR, 0, "neutral"),
    M(ULL, "Was the counsellor able to explain things?"),
    P(GRACE, "She drew it on paper. This is your salary, this is what Kronofogden can take, this is what you keep. That was the first time I understood my own situation. Honestly, really good.", RAD, PR, 1, "praise"),
    M(ULL, "What did she ask you to do after that?"),
    P(GRACE, "Papers, papers. Bank statements, the car contract, my husband's new address. How do I know his address? I had to ask his cousin.", PAPP, AP, -1, "pain"),
    M(ULL, "And the budget?"),
    P(GRACE, "The budget form was in Swedish, but she gave me one in English from the internet. It was from another kommun, I think. The logo was different.", PAPP, AP, 0, "neutral"),
    M(ULL, "Did you apply for debt relief, skuldsanering?"),
    P(GRACE, "Yes, in February. I thought she would decide. She said no, Kronofogden decides. I thought Kronofogden is like the police. I was afraid they would come to my home.", SKS, AP, -1, "pain"),
    M(ULL, "What happened with the application?"),
    P(GRACE, "They sent a letter asking for more information. In Swedish, two pages. I took it to the counsellor and she explained it was only about my work schedule, my hours. It was nothing. But I didn't sleep for a week.", SKS, PR, -1, "pain"),
    M(ULL, "And the decision?"),
    P(GRACE, "It came in June. Approved. My daughter read it first, she is fourteen, her Swedish is better than mine. That's not nice, when your child reads your debt letter.", SPR, DE, -1, "pain"),
    M(ULL, "Did you understand the letter yourself?"),
    P(GRACE, "No. Only the number, nine hundred and fifty every month. The rest my counsellor explained on the phone.", SPR, DE, 0, "neutral"),
    B(SP3, "Mum, I'm going now. The keys are on the table."),
    B(GRACE, "Okay, bye. Sorry. That was her."),
    M(ULL, "No problem at all. How is it to live on the plan?"),
    P(GRACE, "It's okay. I work extra shifts, weekends. But the extra money, Kronofogden takes it, so why work extra? Nobody explained that to me before.", EXMIN, US, -1, "pain"),
    M(ULL, "Have you used Kronofogden's website or Mina sidor?"),
    P(GRACE, "Mina sidor, yes, with BankID. You can choose English on the website, but when you log in, it's Swedish again. So that's a bit funny.", DIG, US, -1, "pain"),
    M(ULL, "Is there something that would have made it easier?"),
    P(GRACE, "Letters in English. Or at least one line at the top in English: this is important, call us. Just that line.", SPR, DE, 0, "suggestion"),
    P(GRACE, "And the interpreter, it should be easy to get, not a special thing you have to fight for.", SPR, PR, 0, "suggestion"),
    M(ULL, "What would you tell someone who just moved here and has debts?"),
    P(GRACE, "Don't wait. The letters don't go away if you don't understand them. Ask at work, ask anybody.", EFT, FU, 0, "suggestion"),
    M(ULL, "Thank you so much, Grace."),
    B(GRACE, "Thank you. It was good to talk in English for once.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Interview 4 (Read.ai) – in English, a builder from Poland
# ---------------------------------------------------------------------------
I4 = [
    M(ULL, "Hello Tomasz, can you hear me okay?"),
    B(TOMASZ, "Yes, yes. Good."),
    M(ULL, "Thank you for joining. Can you tell me a bit about yourself and your situation?"),
    P(TOMASZ, "I am Tomasz, forty-four, from Gdańsk. I work in construction here for nine years. I have löneutmätning, the salary, the wage garnishment, since last year.", KRAV, N, -1, "pain"),
    M(ULL, "What was the debt from?"),
    P(TOMASZ, "Tax. I had my own company, one-man company, and my accountant did not pay the tax. I thought he paid. He moved back to Poland. So now it's me.", KRAV, N, -1, "pain"),
    M(ULL, "How did you feel when it started?"),
    P(TOMASZ, "Stupid. In Poland, if you have debt, you don't talk about it. Here also, I think. I didn't tell my wife for six months.", SKAM, N, -1, "pain"),
    M(ULL, "Did you try anything before the counselling?"),
    P(TOMASZ, "I went to my bank and asked for a loan to pay the tax. They said no, because of Kronofogden. So the bank cannot help you when you need help. Only before, when you don't need it.", KOMM, FI, -1, "pain"),
    M(ULL, "How did you find out about the debt counselling?"),
    P(TOMASZ, "I didn't. My wife found it. She was at the library, there was a paper on the wall, in Swedish and English and Arabic. Not Polish, but English is fine.", HITTA, FI, 0, "neutral"),
    M(ULL, "How was the contact with them?"),
    P(TOMASZ, "The phone time is in the morning. I am on the building site in the morning, with the noise, I can't hear anything. So my wife called.", KONT, AP, -1, "pain"),
    M(ULL, "Did they let her speak for you?"),
    P(TOMASZ, "First no, because of secrecy. Then I was there on the speaker and said yes, she can talk. Then it was okay.", KONT, AP, 0, "neutral"),
    M(ULL, "How long did you wait for the first meeting?"),
    P(TOMASZ, "Six weeks, maybe seven. In that time they took the first money from my salary. So the meeting was already too late for that.", KONT, PR, -1, "pain"),
    M(ULL, "What did you think the debt counsellor could do?"),
    P(TOMASZ, "I thought she can stop the löneutmätning. Call Kronofogden and say, this man is okay, stop. She can't. I was a bit angry, I think, in the first meeting.", RAD, PR, -1, "pain"),
    M(ULL, "And the language in the meetings?"),
    P(TOMASZ, "We did it in Swedish with a Polish interpreter on the phone. The interpreter was very fast, and he used words from Poland that are not the same in Swedish law. My wife is Swedish, and sometimes she said no, that's not what she said.", SPR, PR, -1, "pain"),
    M(ULL, "That sounds complicated."),
    P(TOMASZ, "Yes. But not bad at all, in the end. The counsellor was patient. She said we take the time it takes.", RAD, PR, 1, "praise"),
    M(ULL, "Did you feel she understood your situation as a builder?"),
    P(TOMASZ, "The tax, yes. Not the building. She asked me what is a ROT deduction, I had to explain. So we taught each other.", RAD, PR, 1, "praise"),
    M(ULL, "Did you apply for skuldsanering?"),
    P(TOMASZ, "No. She said I don't qualify, the debt is too new and my income is good. She said better to make a payment plan with Skatteverket. I didn't know you can do that.", SKS, FI, 0, "neutral"),
    M(ULL, "How does that work now?"),
    P(TOMASZ, "Kronofogden takes about eight thousand every month. My wife pays the rent. It's okay. But I feel like a child, with pocket money.", EXMIN, US, -1, "pain"),
    M(ULL, "And your wife, how is it for her?"),
    P(TOMASZ, "She says it's okay. But she is tired, I see it. She did all the phone calls, all the papers in Swedish. It is my debt and her work.", SKAM, US, -1, "pain"),
    M(ULL, "Is there anything that works well?"),
    P(TOMASZ, "The budget spreadsheet, actually. She sent an Excel file, I use it every month. I like numbers, in construction you count everything.", DIG, US, 1, "praise"),
    M(ULL, "And the letters from Kronofogden?"),
    P(TOMASZ, "The letters come in Swedish. The website you can change to English, but the decision, the beslut, is only Swedish. I put them in the translator. It says garnishment of wages, okay, I know that word now. Too well.", SPR, DE, -1, "pain"),
    M(ULL, "What happens when the debt is paid?"),
    P(TOMASZ, "Two more years, they say. Then I want to start a company again. But I don't know if I can, with the betalningsanmärkning. Nobody told me.", EFT, FU, 0, "question"),
    M(ULL, "Is there anything you would change about the debt counselling?"),
    P(TOMASZ, "Phone time in the evening, or a message. And information in Polish, there are many Polish workers here. Many have the same problem, I promise you.", SPR, FI, 0, "suggestion"),
    M(ULL, "What would you tell another builder in your situation?"),
    P(TOMASZ, "Check your accountant. Every year. Ha. No, seriously. And go to the kommun early, not when Kronofogden already takes your money.", EFT, FU, 0, "suggestion"),
    M(ULL, "Thank you Tomasz."),
    B(TOMASZ, "Thank you, bye bye."),
]

# ---------------------------------------------------------------------------
# Intervju 5 (Notion) – staff: the budget and debt counsellor; guide jumps
# ---------------------------------------------------------------------------
I5 = [
    M(ULL, "Tack för att du tar dig tid, Eva. Kan du börja med att berätta vad du gör?"),
    P(EVA, "Jag är budget- och skuldrådgivare i Hagalunds kommun sedan åtta år. Vi är två och en halv tjänst, och vi får ungefär trehundra nya ärenden om året. Så det är mycket.", KONT, PR, 0, "neutral"),
    M(ULL, "Telefontiderna har fått kritik i våra fokusgrupper. Vad tänker du om det?"),
    P(EVA, "Det är rimlig kritik. Vi har två förmiddagar i veckan, för resten av tiden sitter vi i möten. Vi har pratat om en kvällstid, men det är en fråga om bemanning.", KONT, AP, 0, "neutral"),
    M(ULL, "Hur brukar folk hitta till er?"),
    P(EVA, "Socialtjänsten är den största vägen in. Sedan Kronofogden, som hänvisar. Men de flesta har redan varit i kontakt med något av de där företagen som lovar att lösa allt. Det gör mig ärligt talat arg.", KOMM, FI, -1, "pain"),
    M(ULL, "Vad ser du hos dem som kommer från sådana företag?"),
    P(EVA, "Att de har betalat avgifter på flera tusen för en sammanställning som de hade kunnat ta fram själva på Kronofogdens Mina sidor på tio minuter. Eller ett samlingslån med längre löptid.", KOMM, FI, -1, "pain"),
    M(ULL, "Hur ser kön ut just nu?"),
    P(EVA, "Sex till åtta veckor till första besök. Vi prioriterar vid avhysning eller när någon riskerar att bli av med elen. Det vet inte alla, så de säger inte att det är akut.", KONT, PR, 0, "neutral"),
    M(ULL, "Vad är det vanligaste missförståndet om vad ni gör?"),
    P(EVA, "Att vi kan stryka skulder. Det kan vi inte. Vi kan hjälpa till med en ansökan om skuldsanering, och det är Kronofogden som beslutar. Eller förhandla, men det är borgenärerna som säger ja eller nej.", RAD, PR, 0, "neutral"),
    P(EVA, "Många tror också att vi är socialtjänsten och att det hamnar i en journal. Vi har sekretess, men vi för inte journal på samma sätt.", RAD, FI, 0, "neutral"),
    M(ULL, "Hur ser du på ert bemötande?"),
    P(EVA, "Jag tror att det viktigaste jag gör på första mötet är att inte se förvånad ut. Folk har burit på det här i åratal. Om jag ser förvånad ut går de hem.", RAD, PR, 0, "neutral"),
    M(ULL, "Hur jobbar du med budgeten?"),
    P(EVA, "Jag ber dem skriva upp allt i en månad. Jag vet att det låter som en läxa, och folk skäms när de ser siffrorna. Men det är ofta där de ser själva att det inte går ihop. Det är viktigare än att jag säger det.", PAPP, AP, 0, "neutral"),
    M(ULL, "Vi har hört att pappersinsamlingen kan ta månader."),
    P(EVA, "Ja. Och det är inte ovanligt att folk försvinner där. De får en lista, de skäms, de hör inte av sig. Jag ringer dem efter tre veckor, men jag hinner inte alltid.", PAPP, AP, -1, "pain"),
    M(ULL, "Vad händer med ansökan till Kronofogden?"),
    P(EVA, "Handläggningstiden har blivit längre. Just nu fyra till sex månader. Under tiden kan de inte planera något, och det är nog det som är tyngst för dem.", SKS, PR, -1, "pain"),
    M(ULL, "Och avslagen?"),
    P(EVA, "Avslag kommer oftast när skulderna är för nya eller när någon har en tillgång, en bil eller en del i ett hus. Jag försöker säga det tidigt. Men jag vet inte alltid. Det är ingen exakt vetenskap.", SKS, DE, 0, "neutral"),
    M(ULL, "Vad tycker du om Kronofogdens information?"),
    P(EVA, "Den har blivit bättre. Men besluten är fortfarande svåra att läsa, även för mig ibland. Jag brukar gå igenom dem rad för rad med folk.", SKS, DE, 0, "neutral"),
    M(ULL, "Hur stöttar ni under de fem åren?"),
    P(EVA, "Formellt är vi klara när beslutet kommer. Men jag säger alltid att de får ringa. Det är de som ringer som klarar sig. De som inte ringer, dem hör jag om när planen har spruckit.", RAD, US, 0, "neutral"),
    M(ULL, "Och anhöriga, hur tar ni emot dem?"),
    P(EVA, "Det är en svår balans. Skulden är den enskildes, och sekretessen gäller. Men en mamma som sitter i väntrummet i en timme, det är inte bra. Vi borde kunna erbjuda något.", SKAM, PR, 0, "suggestion"),
    M(ULL, "Hur ser du på de digitala verktygen?"),
    P(EVA, "Vi har en e-tjänst för att boka och den har gjort skillnad, folk bokar på kvällen. Men många saknar BankID, särskilt de äldre och de som är nya i Sverige.", DIG, AP, 0, "neutral"),
    P(EVA, "Och vi har inget bra budgetverktyg. Vi skickar ett Excelark som är från två tusen tretton, ungefär. Det är lite pinsamt faktiskt.", DIG, AP, -1, "pain"),
    M(ULL, "Hur är det med språket?"),
    P(EVA, "Vi bokar tolk, men telefontolkarna är inte alltid vana vid ekonomiska termer. Och vi har inga broschyrer på andra språk än engelska och arabiska.", SPR, PR, -1, "pain"),
    M(ULL, "Vad händer när någon blir skuldfri?"),
    P(EVA, "Ingenting från oss, tyvärr. Ingen uppföljning. Jag skulle vilja skicka ett brev efter ett år och fråga hur det går. Vi vet att en del hamnar där igen.", EFT, FU, 0, "suggestion"),
    M(ULL, "Om du fick önska en sak?"),
    P(EVA, "En tjänst till. Då blir kön fyra veckor i stället för åtta, och då hinner vi ringa dem som tappar bort sig i pappersarbetet.", KONT, PR, 0, "suggestion"),
    M(ULL, "Är det något du vill lägga till?"),
    P(EVA, "Bara att de flesta som kommer hit har gjort rätt för sig länge och sen har något hänt. Skilsmässa, sjukdom, en firma. Det är inte de som inte kan räkna.", KRAV, N, 0, "neutral"),
    M(ULL, "Tack Eva."),
    B(EVA, "Tack själv, det var bra frågor.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Intervju 6 (typed in Word) – a young man and his mother; starts with now
# ---------------------------------------------------------------------------
I6 = [
    M(I6I, "Vi börjar med hur det är nu. Rasmus, var står du i dag?", section="Del 1 – Nuläget"),
    P(RASMUS, "Jag har en avbetalningsplan sedan i somras. Jag betalar tretusen i månaden. Det är mest sms-lån och ett kreditkonto som hängde ihop med spel.", KRAV, US, 0, "neutral"),
    P(MARITA, "Och han bor hemma igen.", EXMIN, US, 0, "neutral"),
    M(I6I, "Hur är det att bo hemma igen?"),
    P(RASMUS, "Det är okej. Jag betalar ingen hyra, det är därför planen går ihop. Men jag är tjugotvå och bor i mitt pojkrum.", EXMIN, US, -1, "pain"),
    B(MARITA, "Det är inte så farligt som han låter. Han lagar middag två gånger i veckan."),
    M(I6I, "Om vi går tillbaka, hur började det?", section="Del 2 – Hur det började"),
    P(RASMUS, "Jag spelade på mobilen. Först bara gratis, sen köpte man grejer i spelen, sen var det casino. Och när pengarna var slut fanns det lån i samma app, typ. Inte i samma, men det kändes så.", KRAV, N, -1, "pain"),
    P(MARITA, "Vi märkte ingenting. Det är det som jag har svårt med. Han satt i samma soffa som vi.", SKAM, N, -1, "pain"),
    M(I6I, "Hur fick du veta, Marita?"),
    P(MARITA, "Det kom ett brev från Kronofogden hit, han var skriven här. Jag öppnade det. Det ska man inte, jag vet. Men jag gjorde det.", SKAM, N, 0, "neutral"),
    P(RASMUS, "Och jag blev så arg. Fast det var ju tur att hon öppnade det.", SKAM, N, 0, "neutral"),
    M(I6I, "Vad hände sen?"),
    P(MARITA, "Jag googlade och hittade ett företag som skulle förhandla med långivarna. Jag betalade fyratusen. De skickade ett mejl till två långivare och sen hörde vi aldrig av dem.", KOMM, FI, -1, "pain"),
    P(RASMUS, "Fyratusen. Till dem. Det var mer än ett av mina lån.", KOMM, FI, -1, "pain"),
    M(I6I, "Hur kom ni till kommunens skuldrådgivning?", section="Del 3 – Kontakten med skuldrådgivningen"),
    P(MARITA, "En kollega. Hon sa: varför betalar du någon, kommunen gör det gratis. Jag kände mig så dum.", HITTA, FI, -1, "pain"),
    M(I6I, "Vem ringde?"),
    P(RASMUS, "Mamma. Jag vågade inte. Men de ville prata med mig, så till slut fick jag ta luren.", KONT, AP, 0, "neutral"),
    P(MARITA, "Det var rätt av dem. Det var ju hans skulder, inte mina, även om det kändes som mina.", KONT, AP, 1, "praise"),
    M(I6I, "Hur var första mötet?"),
    P(RASMUS, "Hon frågade om spelandet direkt. Inte dömande, bara som en fråga. Har du spelat den senaste månaden? Och hon frågade om jag ville ha en spelpaus.", RAD, PR, 1, "praise"),
    P(MARITA, "Jag fick inte vara med på mötet. Jag satt i väntrummet i en timme. Jag förstår varför, men det var långt.", RAD, PR, 0, "pain"),
    M(I6I, "Vad fick du göra efter mötet, Rasmus?"),
    P(RASMUS, "Logga in på Kronofogden och ta skärmdumpar på alla skulder. Och kontoutdrag. Det var lätt, allt finns i mobilen. Det var budgeten som var svår, för jag hade ingen aning om vart pengarna tog vägen.", PAPP, AP, 0, "neutral"),
    P(MARITA, "Vi gjorde budgeten vid köksbordet, alla tre. Min man också. Det var första gången vi pratade om pengar som familj, faktiskt.", PAPP, AP, 1, "praise"),
    M(I6I, "Rasmus, hur var det att ha mamma med i det här?"),
    P(RASMUS, "Pinsamt först. Sen bra. Jag hade inte klarat papperen själv, jag vet inte ens var vi har skrivaren.", PAPP, AP, 0, "neutral"),
    M(I6I, "Pratade ni om skuldsanering?"),
    P(RASMUS, "Hon sa att jag är för ung och att skulderna är för nya. Jag trodde att det var som en knapp man trycker på, att man ansöker och så är det borta.", SKS, PR, 0, "neutral"),
    P(MARITA, "Det trodde jag också. Det är nog vad de flesta tror.", SKS, PR, 0, "neutral"),
    M(I6I, "I stället blev det avbetalningsplaner?"),
    P(RASMUS, "Ja. Hon skrev till alla långivare med ett förslag. Fyra sa ja, en sa nej först men sen ja. Hon fick dem att ta bort räntan på två. Jag hade aldrig fixat det själv.", RAD, DE, 1, "praise"),
    M(I6I, "Har du kvar spelpausen?"),
    P(RASMUS, "Ja. Jag har förlängt den två gånger. Det är det enda som funkar, ärligt.", EFT, US, 1, "praise"),
    M(I6I, "Marita, hur har det här påverkat dig?"),
    P(MARITA, "Jag har sovit dåligt i ett år. Jag jobbar, jag fungerar, men det ligger där hela tiden.", SKAM, US, -1, "pain"),
    M(I6I, "Hur tänker ni framåt?", section="Del 4 – Framåt"),
    P(RASMUS, "Tre år till. Sen vill jag flytta. Men betalningsanmärkningarna finns kvar, så ingen hyresvärd vill ha mig. Jag visste inte det när jag tog lånen. Man tänker inte så när man är nitton.", EFT, FU, -1, "pain"),
    P(MARITA, "Jag är rädd att han ska börja spela igen. Jag kollar hans telefon ibland. Det ska jag väl inte heller.", SKAM, FU, -1, "pain"),
    B(RASMUS, "Jag vet att hon gör det."),
    M(I6I, "Vad skulle ni vilja säga till kommunen?"),
    P(MARITA, "Att föräldrar också behöver någon att prata med. Vi fick ingenting. Han fick en rådgivare, vi fick väntrummet.", SKAM, PR, -1, "suggestion"),
    P(RASMUS, "Att de syns på sociala medier. Där vi som är unga är. Inte på en lapp på biblioteket.", HITTA, FI, 0, "suggestion"),
    M(I6I, "Tack båda två."),
    B(MARITA, "Tack, det var skönt att prata.", 1, "praise"),
]


def interject(turns, words):
    """A moderator's short acknowledgement between two consecutive turns of one
    participant, as the recording has it; the moderator is the session's first."""
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
I1 = interject(I1, ["Mm.", "Okej."])
I2 = interject(I2, ["Mm.", "Okej."])
I3 = interject(I3, ["Mhm.", "Okay."])
I4 = interject(I4, ["Mm-hm."])
I5 = interject(I5, ["Mm.", "Ja."])
I6 = interject(I6, ["Mm."])

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="table_docx", turns=FG1, seed=21, start=5.0,
         rate=2.3, pause=(0.4, 2.2), author="Jesper Ekman",
         epoch=_dt.datetime(2025, 11, 14, 10, 21, 0),
         title="Fokusgrupp 1 – Budget- och skuldrådgivning, Hagalunds kommun",
         header=["Datum: onsdag 12 november 2025, kl. 17.30–19.15. Plats: Medborgarhuset, Hagalund, rum Ljuset.",
                 "Samtalsledare: Ulrika Lindahl (UL). Anteckningar: Jesper Ekman (JE).",
                 "Deltagare (fingerade förnamn): Sanna, Göran, Leila, Patrik, Birgit, Amir.",
                 "Utskrift: JE från ljudfilen. Tid är angiven där jag hann notera den, annars tom."],
         repeat_header_before=(24, 52)),
    dict(file="fokusgrupp-2.cc.vtt", fmt="zoom_cc_vtt", turns=FG2, seed=22, start=12.0,
         rate=2.1, pause=(0.8, 3.0), cue_words=(7, 12)),
    dict(file="intervju-1.docx", fmt="dovetail_docx", turns=I1, seed=23, start=2.0,
         rate=2.2, pause=(0.4, 1.8), author="Ulrika Lindahl",
         epoch=_dt.datetime(2025, 11, 21, 8, 47, 0),
         title="Intervju 1 – Tomas, före detta restaurangägare",
         header=["Skuldrådgivning Hagalund 2025 · Inspelad 20 nov. 2025 · 46 min"],
         split_words=30),
    dict(file="intervju-2.txt", fmt="condens_txt", turns=I2, seed=24, start=0.8,
         rate=2.4, pause=(0.3, 1.6),
         header=["Intervju 2 – Josefin (telefon)", "Exporterad från Condens, 25 nov. 2025"]),
    dict(file="interview-3.csv", fmt="marvin_csv", turns=I3, seed=25, start=3.5,
         rate=2.3, pause=(0.4, 2.0), row_words=22),
    dict(file="interview-4.txt", fmt="readai_txt", turns=I4, seed=26, start=1.5,
         rate=2.0, pause=(0.5, 2.2),
         header=["Skuldrådgivning – intervju 4 (Tomasz)", "Fri, Nov 21, 2025 · 38 min", "Transcript"]),
    dict(file="intervju-5.md", fmt="notion_md", turns=I5, seed=27, start=4.0,
         rate=2.4, pause=(0.4, 1.8)),
    dict(file="intervju-6.docx", fmt="typed_docx", turns=I6, seed=28, start=0.0,
         rate=2.2, pause=(0.3, 1.5), author="Ulrika Lindahl",
         epoch=_dt.datetime(2025, 11, 28, 15, 2, 0),
         title="Intervju 6 – Rasmus och hans mamma",
         header=["Datum: torsdag 27 november 2025. Plats: hemma hos familjen, köket. Längd: 44 min.",
                 "I = intervjuare (Ulrika Lindahl), R = Rasmus, MH = Marita, Rasmus mamma.",
                 "Utskrift: UL. Guiden följdes i fyra delar; rubrikerna är mina, inte sagda."],
         page_header="KONFIDENTIELLT – fingerade namn"),
]

NOTION_HEAD = """# Intervju 5 – budget- och skuldrådgivare

Skapad av: Ulrika Lindahl
Datum: 26 november 2025 13:00
Deltagare: Ulrika Lindahl, Eva Sjöström
Typ: AI-mötesanteckningar

## Sammanfattning

- Eva har arbetat som budget- och skuldrådgivare i åtta år; enheten har två och en halv tjänst och cirka 300 nya ärenden per år.
- Kön till första besök är sex till åtta veckor. Avhysning och risk för avstängd el prioriteras, men många vet inte att de ska säga att det är akut.
- Vanligaste missförståndet: att rådgivaren kan stryka skulder. Kronofogden beslutar om skuldsanering, borgenärerna om uppgörelser.
- Pappersinsamlingen är där många tappar bort sig; Eva ringer efter tre veckor när hon hinner.
- Handläggningstiden hos Kronofogden är fyra till sex månader.
- Ingen uppföljning efter att någon blivit skuldfri; Eva vill skicka ett brev efter ett år.

### Nästa steg

- [ ] Ulrika: skicka frågan om kvällstider till enhetschefen
- [ ] Eva: ta fram siffror på avslag 2024 och 2025
- [ ] Kolla om budgetmallen finns på fler språk

## Transkription

"""

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (SKAM, "Skam, oro och anhöriga",
     "Hur skulderna känns och påverkar livet: skam, sömnlöshet, att inte öppna posten, att dölja "
     "det för familjen, ögonblicket då det blev för mycket, anhörigas oro och skuldkänslor och att "
     "anhöriga lämnas utanför. Själva kraven och breven (vad, hur mycket, från vem) hör till "
     "krav_och_inkasso; rädsla för ett beslut hör till skuldsanering_beslut.",
     ["Jag slutade öppna posten", "Jag låg vaken och räknade", "Vi fick ingenting. Han fick en rådgivare, vi fick väntrummet"]),
    (KRAV, "Skulderna, kraven och inkasso",
     "Hur skulderna uppstod och vad de är: sms-lån, kreditkort, billån, firmans skulder, skatt, "
     "gemensamma lån efter skilsmässa; påminnelser, inkassokrav, samtal från inkassobolag, "
     "Kronofogdens betalningsföreläggande och löneutmätning som händelse, långivare som säger ja "
     "eller nej till en uppgörelse. Livet med löneutmätningen hör till leva_pa_existensminimum.",
     ["Till slut var det elva stycken", "allt gick till inkasso samtidigt", "Och inkassobolaget ringer fortfarande"]),
    (HITTA, "Att hitta till skuldrådgivningen",
     "Hur man fick veta att kommunens budget- och skuldrådgivning finns: socialsekreterare, "
     "boendestödjare, revisor, banken som hänvisar, Kronofogdens webbplats, kollegor, vänner, en "
     "lapp på biblioteket, att inte veta att den finns eller tro att den är för andra. Googling som "
     "leder till företag hör till kommersiella_aktorer; information på andra språk till sprak_och_tolk.",
     ["Jag visste inte ens att den fanns", "Han sa att det var gratis och att de inte dömer en"]),
    (KOMM, "Skuldföretag, samlingslån och banker",
     "Kommersiella aktörer runt skulderna: företag som tar betalt för skuldhjälp, annonser som "
     "syns före kommunen när man googlar, samlingslån och jämförelsesajter, banker som erbjuder "
     "nya lån eller säger nej, bedragare som vill ha BankID. En bank som hänvisar till kommunen hör "
     "till hitta_hjalp.",
     ["De ville ha en avgift först", "Nu vinner bluffarna", "Det var deras lösning, mer lån"]),
    (KONT, "Kontakt, telefontider och kö",
     "Att komma i kontakt och få en tid: telefontider på förmiddagen, att bli uppringd, fullmakt "
     "och sekretess när en anhörig ringer, väntetid till första besök, prioritering av akuta "
     "ärenden, enhetens bemanning, önskemål om kvällstider och chatt. E-tjänsten och BankID som "
     "verktyg hör till digitala_verktyg; väntan på Kronofogdens beslut hör till skuldsanering_beslut.",
     ["Jag ringde fyra gånger innan jag kom fram", "Telefontider på kvällen", "Sex till åtta veckor till första besök"]),
    (RAD, "Rådgivaren: bemötande och roll",
     "Mötet med budget- och skuldrådgivaren: bemötande, tålamod, att inte bli dömd, byte av "
     "rådgivare, stöd under planen, vad rådgivaren kan och inte kan göra (tron att rådgivaren kan "
     "stryka skulder, stoppa löneutmätning eller ta bort räntor), förhandling med långivare. "
     "Pappersarbetet rådgivaren ber om hör till papper_och_budget.",
     ["Hon sa inte en enda gång att jag borde ha förstått bättre", "Att vi kan stryka skulder. Det kan vi inte",
      "She drew it on paper"]),
    (PAPP, "Papper, underlag och budgetläxan",
     "Att samla underlag och göra budgeten: kontoutdrag, lönespecifikationer, krav, bokföring och "
     "konkurspapper, checklistor, att skriva upp alla utgifter och spara kvitton, budgetformulär "
     "på papper eller engelska, hur lång tid det tar och att folk försvinner där. Budgetappar och "
     "Excelark som verktyg hör till digitala_verktyg.",
     ["Läxa! Jag fick en lista", "varje kvitto", "Papers, papers"]),
    (SKS, "Skuldsanering: ansökan, väntan och beslut",
     "Skuldsanering hos Kronofogden: om man kan eller bör söka, ansökan, kompletteringar, "
     "handläggningstiden, beviljat eller avslag och skälen (för nya skulder, tillgångar som en "
     "bil), att förstå beslutet, tron att rådgivaren eller kommunen beslutar. Livet efter ett "
     "beviljat beslut hör till leva_pa_existensminimum.",
     ["kvalificerat insolvent", "Det går ju ihop fint", "Jag trodde att det var som en knapp man trycker på"]),
    (EXMIN, "Att leva på existensminimum",
     "Vardagen med en betalningsplan eller löneutmätning: förbehållsbelopp och existensminimum, "
     "barn, klassresor och kalas, oväntade utgifter, extrajobb som Kronofogden tar, att bo hemma, "
     "att låna av familjen, vad som händer om man blir sjuk under planen.",
     ["en tandläkarräkning är en kris", "Man säger nej hela tiden", "I feel like a child, with pocket money"]),
    (DIG, "Digitala verktyg och e-tjänster",
     "Kronofogdens Mina sidor, Kivra, BankID och att sakna det, kommunens e-tjänst för att boka, "
     "budgetappar och Excelark, språkval på webben, att översätta brev med en app.",
     ["Mina sidor är faktiskt bra", "Jag kan inte Excel", "Utan BankID kommer man ingenstans"]),
    (SPR, "Språk och tolk",
     "Språkbarriärer: brev och beslut bara på svenska, att missförstå ord, barn som läser åt "
     "föräldern, tolk som måste bokas, telefontolkar och ekonomiska termer, information på "
     "engelska, polska och andra språk.",
     ["for letters, no", "I don't know them in any language", "information in Polish"]),
    (EFT, "Efteråt: skuldfri, återfall och råd",
     "När planen är slut eller spricker: att bli skuldfri, betalningsanmärkningar som ligger kvar, "
     "återfall i spel, spelpaus, uppföljning som saknas, och råden till andra i samma situation.",
     ["Öppna posten. Det blir inte mindre", "sextiotusen på tre veckor", "Check your accountant"]),
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


def mss(s: float) -> str:
    s = int(s)
    return f"{s // 60:02d}:{s % 60:02d}"


def vtt_ts(s: float) -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}.{ms % 1000:03d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def segments(text: str, target: int) -> list[str]:
    """Sentences grouped into pieces of at least `target` words (a short tail joins
    the piece before)."""
    out, cur = [], []
    for x in sentences(text):
        cur.append(x)
        if len(" ".join(cur).split()) >= target:
            out.append(" ".join(cur))
            cur = []
    if cur:
        if out and len(" ".join(cur).split()) < 6:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    assert " ".join(out) == norm(text)
    return out


def spread(a, b, pieces):
    """Start/end times of consecutive pieces of one turn, by word count."""
    n = [len(p.split()) for p in pieces]
    tot, acc, out = sum(n), 0, []
    for k in n:
        s = a + (b - a) * acc / tot
        acc += k
        out.append((s, a + (b - a) * acc / tot))
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
        sect.left_margin = sect.right_margin = Cm(2.2)
        sect.top_margin = sect.bottom_margin = Cm(2.2)
    cp = d.core_properties
    cp.author = cp.last_modified_by = s["author"]
    cp.title = s["title"]
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.created = cp.modified = s["epoch"]
    cp.revision = 3


def _field(paragraph, instr):
    """A simple Word field (PAGE, NUMPAGES) in a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_table_docx(s):
    """Note-taker's Word file: title, metadata paragraphs, then ONE table with three
    columns Tid | Talare | Text (Table Grid). The first row is a header row marked
    'Repeat as header row' (w:tblHeader); the time column is filled only where the
    note-taker caught the time. The transcript was typed in three sittings and pasted
    together, so the header row also occurs twice as an ordinary row mid-table."""
    try:
        import docx
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    rnd = random.Random(s["seed"] + 1000)
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    widths = (Cm(1.9), Cm(2.1), Cm(12.6))

    def add_row(cells, bold=False, repeat=False):
        row = table.add_row()
        for c, w, txt in zip(row.cells, widths, cells):
            c.width = w
            c.paragraphs[0].add_run(txt).bold = bold
        if repeat:
            trpr = row._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            trpr.append(th)

    add_row(("Tid", "Talare", "Text"), bold=True, repeat=True)
    for i, (t, (a, _)) in enumerate(zip(s["turns"], timings(s))):
        if i in s["repeat_header_before"]:
            add_row(("Tid", "Talare", "Text"), bold=True)
        shown = hms(a) if (i == 0 or rnd.random() < 0.2) else ""
        add_row((shown, t["speaker"], t["text"]))
    fp = d.sections[0].footer.paragraphs[0]
    fp.add_run("Fokusgrupp 1, skuldrådgivning – sida ")
    _field(fp, "PAGE")
    fp.add_run(" av ")
    _field(fp, "NUMPAGES")
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


LABEL_RE = re.compile(r"^([A-ZÅÄÖ][a-zåäö]+): (.*)$", re.S)


def write_zoom_cc_vtt(s):
    """Zoom cloud recording, closed-caption file (`*.cc.vtt`): the captions were typed
    live by the note-taker (Zoom's manual captioning). Numbered cues, times hh:mm:ss.mmm,
    one caption line per cue as it was sent; the captioner types `Name: ` only when the
    speaker changes, so the continuation cues of a turn carry no name."""
    rnd = random.Random(s["seed"] + 2000)
    lo, hi = s["cue_words"]
    lines, n = ["WEBVTT", ""], 1
    for t, (a, b) in zip(s["turns"], timings(s)):
        words = norm(t["text"]).split()
        chunks = []
        while words:
            k = rnd.randint(lo, hi)
            if len(words) - k < 4:
                k = len(words)
            chunks.append(" ".join(words[:k]))
            words = words[k:]
        for j, (chunk, (ca, cb)) in enumerate(zip(chunks, spread(a, b, chunks))):
            if j == 0:
                text = f"{t['speaker']}: {chunk}"
            else:
                assert not LABEL_RE.match(chunk), chunk
                text = chunk
            end = cb + 0.6 if j == len(chunks) - 1 else cb
            lines += [str(n), f"{vtt_ts(ca)} --> {vtt_ts(end)}", text, ""]
            n += 1
    return "\n".join(lines).encode("utf-8")


def write_dovetail_docx(s):
    """Dovetail transcript downloaded as Word (from memory): the note title as Heading 1,
    a grey line with project and date, then per transcript block a paragraph with the
    speaker name in bold and the block's start time in grey, and the text in the next
    paragraph. The participant was never renamed and stays `Speaker 2`; long turns are
    two blocks of the same speaker."""
    try:
        import docx
        from docx.shared import Pt, RGBColor
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph(s["title"], style="Heading 1")
    for h in s["header"]:
        r = d.add_paragraph().add_run(h)
        r.font.color.rgb = RGBColor(0x6B, 0x6B, 0x76)
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["split_words"]) if len(t["text"].split()) > s["split_words"] + 8 else [norm(t["text"])]
        for piece, (pa, _) in zip(pieces, spread(a, b, pieces)):
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.add_run(t["speaker"]).bold = True
            tr = p.add_run("  " + hms(pa))
            tr.font.color.rgb = RGBColor(0x8A, 0x8A, 0x94)
            tr.font.size = Pt(9)
            d.add_paragraph(piece)
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def write_condens_txt(s):
    """Condens transcript exported as text (from memory): two header lines, a blank
    line, then `Name · hh:mm:ss`, the text below and a blank line. The participant
    spoke first; one answer was split by the researcher into a second paragraph with
    no label. UTF-8, LF, newline at the end."""
    out = list(s["header"]) + [""]
    for t, (a, _) in zip(s["turns"], timings(s)):
        out.append(f"{t['speaker']} · {hms(a)}")
        text = norm(t["text"])
        if t.get("split_at"):
            k = text.index(t["split_at"])
            out += [text[:k].rstrip(), "", text[k:]]
        else:
            out.append(text)
        out.append("")
    return ("\n".join(out[:-1]) + "\n").encode("utf-8")


def write_marvin_csv(s):
    """Marvin (HeyMarvin) transcript export as CSV (from memory): header
    `Speaker,Start Time,End Time,Text`, one row per transcript paragraph (long turns
    are two or three rows of the same speaker), times hh:mm:ss, comma, fields quoted
    only when needed, CRLF, UTF-8 without BOM. The daughter who passed by is an
    unnamed `Speaker 3`."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Speaker", "Start Time", "End Time", "Text"])
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["row_words"]) if len(t["text"].split()) > s["row_words"] + 6 else [norm(t["text"])]
        for piece, (pa, pb) in zip(pieces, spread(a, b, pieces)):
            w.writerow([t["speaker"], hms(pa), hms(pb), piece])
    return buf.getvalue().encode("utf-8")


def write_readai_txt(s):
    """Read.ai transcript downloaded as text (from memory): three header lines (meeting
    title, date and length, `Transcript`), a blank line, then `[mm:ss] Name`, the text
    below and a blank line. UTF-8, LF."""
    out = list(s["header"]) + [""]
    for t, (a, _) in zip(s["turns"], timings(s)):
        out += [f"[{mss(a)}] {t['speaker']}", norm(t["text"]), ""]
    return "\n".join(out).encode("utf-8")


def write_notion_md(s):
    """Notion page with AI meeting notes, exported as Markdown (from memory): title,
    page properties as `Key: value` lines, an AI summary with bullets and a to-do
    list (`- [ ] Ulrika: …`), then `## Transkription` with one `**Name:** text`
    paragraph per turn. UTF-8, LF."""
    body = "".join(f"**{t['speaker']}:** {norm(t['text'])}\n\n" for t in s["turns"])
    return (NOTION_HEAD + body).rstrip("\n").encode("utf-8") + b"\n"


def write_typed_docx(s):
    """Interview typed in Word by the researcher: bold title, three header paragraphs,
    the guide's four parts as `Heading 3` paragraphs between the turns, and turns as
    paragraphs `I: text` / `R: text` / `MH: text` (label in bold). A running page
    header `KONFIDENTIELLT – fingerade namn`."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    d.sections[0].header.paragraphs[0].text = s["page_header"]
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    for t in s["turns"]:
        if t.get("section"):
            d.add_paragraph(t["section"], style="Heading 3")
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run(" " + t["text"])
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


WRITERS = dict(table_docx=write_table_docx, zoom_cc_vtt=write_zoom_cc_vtt,
               dovetail_docx=write_dovetail_docx, condens_txt=write_condens_txt,
               marvin_csv=write_marvin_csv, readai_txt=write_readai_txt,
               notion_md=write_notion_md, typed_docx=write_typed_docx)
NEEDS = dict(table_docx="docx", dovetail_docx="docx", typed_docx="docx")


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


def parse_table_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs = []
    for row in d.tables[0].rows:
        cells = tuple(c.text for c in row.cells)
        if cells == ("Tid", "Talare", "Text"):
            continue
        pairs.append((cells[1], cells[2]))
    return pairs


def parse_zoom_cc_vtt(data, names):
    pairs = []
    for block in data.decode("utf-8").split("\n\n")[1:]:
        text = block.split("\n", 2)[2]
        m = LABEL_RE.match(text)
        if m and m.group(1) in names:
            pairs.append((m.group(1), m.group(2)))
        else:
            pairs.append((pairs[-1][0], text))
    return _merge(pairs)


def parse_dovetail_docx(data):
    import docx
    ps = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs][2:]
    pairs = []
    for lab, txt in zip(ps[0::2], ps[1::2]):
        m = re.match(r"^(.+)  \d\d:\d\d:\d\d$", lab)
        pairs.append((m.group(1), txt))
    return _merge(pairs)


def parse_condens_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip("\n").split("\n\n")[1:]:
        lines = block.split("\n")
        m = re.match(r"^(.+) · \d\d:\d\d:\d\d$", lines[0])
        if m and len(lines) == 2:
            pairs.append((m.group(1), lines[1]))
        else:
            assert len(lines) == 1
            pairs.append((pairs[-1][0], lines[0]))
    return _merge(pairs)


def parse_marvin_csv(data):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["Speaker", "Start Time", "End Time", "Text"]
    return _merge([(r[0], r[3]) for r in rows[1:]])


def parse_readai_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip("\n").split("\n\n")[1:]:
        lab, txt = block.split("\n")
        m = re.match(r"^\[\d\d:\d\d\] (.+)$", lab)
        pairs.append((m.group(1), txt))
    return _merge(pairs)


def parse_notion_md(data):
    text = data.decode("utf-8").split("## Transkription\n\n", 1)[1]
    pairs = []
    for para in text.strip("\n").split("\n\n"):
        m = re.match(r"^\*\*(.+?):\*\* (.*)$", para, re.S)
        pairs.append((m.group(1), m.group(2)))
    return pairs


def parse_typed_docx(data):
    import docx
    pairs = []
    for p in docx.Document(io.BytesIO(data)).paragraphs:
        m = re.match(r"^(I|R|MH): (.*)$", p.text, re.S)
        if m and p.style.name == "Normal":
            pairs.append((m.group(1), m.group(2)))
    return pairs


PARSERS = dict(table_docx=parse_table_docx, zoom_cc_vtt=parse_zoom_cc_vtt,
               dovetail_docx=parse_dovetail_docx, condens_txt=parse_condens_txt,
               marvin_csv=parse_marvin_csv, readai_txt=parse_readai_txt,
               notion_md=parse_notion_md, typed_docx=parse_typed_docx)


def file_words(fmt, data):
    """All words of a file as a human reads them: docx paragraphs and table cells,
    CSV cells, text as it is (Markdown bold markers removed)."""
    if fmt.endswith("_docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts += [c.text for c in row.cells]
        text = "\n".join(parts)
    elif fmt.endswith("_csv"):
        text = "\n".join(" ".join(r) for r in csv.reader(io.StringIO(data.decode("utf-8"))))
    else:
        text = data.decode("utf-8").replace("**", " ")
    return text.split()


def in_order(needle, hay):
    """Every word of the gold text occurs in the file, in order (cue numbers, times
    and repeated labels may sit between the pieces of a split turn)."""
    i = 0
    for w in needle:
        while i < len(hay) and hay[i] != w:
            i += 1
        if i == len(hay):
            return False
        i += 1
    return True


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
            if s["fmt"] == "zoom_cc_vtt":
                parsed = parse_zoom_cc_vtt(data, {t["speaker"] for t in turns})
            else:
                parsed = PARSERS[s["fmt"]](data)
            parsed = [(a, norm(b)) for a, b in parsed]
            expected = [(t["speaker"], norm(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed, {len(expected)} expected")
            hay = file_words(s["fmt"], data)
            for i, t in enumerate(turns):
                if not t["mod"] and not in_order(norm(t["text"]).split(), hay):
                    problems.append(f"{s['file']} turn {i}: gold text not found in the file")
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
    assert [c[0] for c in CODEBOOK] == list(THEMES)

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "age_group", "situation"])
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
          "every gold text found in its file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
