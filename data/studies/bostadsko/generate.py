#!/usr/bin/env python3
"""Generate the fictional study of the municipal housing queue (bostadskön) in Sjöstad
kommun: transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all from
the session lists in this file.

Python 3.11, standard library, plus python-docx (three .docx files) and openpyxl (the
.xlsx). Run with the project's virtualenv from this folder:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer turn,
P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B(speaker, text)
for a participant backchannel / reaction / small talk (no theme, no stage). Files and
gold rows are written from the same list, so turn indices cannot drift. After writing,
every file is parsed back with a minimal parser for its layout and compared with the
list (speaker and text of every turn, in order), every gold text must occur in the
file's own text, and every codebook example must be an exact excerpt of a participant
turn of that theme (and of no turn of another theme).

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


BEH = "behov_livslage"
INF = "information_kontakt"
REG = "registrering_avgift"
AKT = "aktiv_i_kon"
VAN = "vantan_kotid"
SOK = "intresseanmalan"
ERB = "visning_erbjudande"
KON = "kontrakt_inkomstkrav"
FOR = "fortur"
AND = "andrahand"
BOE = "boendet"
BYT = "byte_efterat"
THEMES = (BEH, INF, REG, AKT, VAN, SOK, ERB, KON, FOR, AND, BOE, BYT)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
HANNA, OLOF, JESSICA, MEHMET, EBBA, GORAN, FATIMA = (
    "Hanna", "Olof", "Jessica", "Mehmet", "Ebba", "Göran", "Fatima")      # fokusgrupp-1.xlsx
PETTER, AMIRA, LARS, SOFIE, TOMAS, NADIA = (
    "Petter", "Amira", "Lars", "Sofie", "Tomas", "Nadia")               # fokusgrupp-2.docx (Sonix)
SP1, LINNEA = "Speaker 1", "Linnea"                                     # intervju-1.txt (Amberscript)
SARA, ROBIN1, ROBIN2 = ("Sara Holm (Kommunledningskontoret)", "Robin Ek (Gäst)",
                        "Robin (Gäst)")                                 # intervju-2.vtt (Teams)
FRAGA, UNKNOWN = "Intervjuare (versaler)", "unknown"                    # intervju-3.docx (Diktera)
EMMA, WEI = "Emma Lund", "Wei Zhang"                                    # interview-4.docx (Happy Scribe)
HL, NK = "HL", "NK"                                                     # intervju-5.csv
JONAS, BFS = "Jonas Berg", "Bostadsförmedlingen Sjöstad"                # intervju-6.vtt (Zoom)

PARTICIPANTS = [
    # speaker; segment; age_group; household; situation
    (HANNA, "moderator", "", "", ""),
    (OLOF, "moderator", "", "", ""),
    (JESSICA, "sökande", "35-44", "ensamstående med två barn",
     "separerad, bor i andra hand till mars, förtur avslagen, begärt omprövning"),
    (MEHMET, "sökande", "25-34", "ensam",
     "sjuksköterska som flyttade hit för jobbet, fyra andrahandskontrakt på två år"),
    (EBBA, "sökande", "18-24", "bor hos föräldrarna",
     "står i kön sedan hon var arton, timanställd, söker första egna"),
    (GORAN, "sökande", "65-74", "ensam",
     "ensam i villan sedan skilsmässan, vill ha en tvåa med hiss, pension och sparpengar"),
    (FATIMA, "sökande", "45-54", "sex personer",
     "trångbodda i en trea, har stått i kön sju år för en femma, förtur avslagen"),
    (PETTER, "moderator", "", "", ""),
    (AMIRA, "hyresgäst", "35-44", "ensamstående med en dotter",
     "fick en trea via kön efter sex år, hade försörjningsstöd vid kontraktet"),
    (LARS, "hyresgäst", "25-34", "ensam",
     "fick en nyproducerad tvåa på tolv års kötid, tackade nej två gånger"),
    (SOFIE, "hyresgäst", "25-34", "ensam",
     "förlorade tre års kötid när avgiften inte betalades, fick en etta"),
    (TOMAS, "hyresgäst", "35-44", "ensam",
     "egenföretagare, föräldrarna gick i borgen, stambyte och bytesplaner"),
    (NADIA, "hyresgäst", "45-54", "ensam",
     "MS, fick medicinsk förtur efter omprövning, bor i markplan"),
    (SP1, "moderator", "", "", ""),
    (LINNEA, "hyresgäst", "25-34", "ensam",
     "lärare som flyttade hit för jobbet, vikariat räknades inte som inkomst"),
    (SARA, "moderator", "", "", ""),
    (ROBIN1, "sökande", "25-34", "sambo",
     "förlorade åtta års kötid när kortet gick ut; deltog som gäst i Teams"),
    (ROBIN2, "sökande", "25-34", "sambo",
     "samma person som Robin Ek (Gäst), anslöt igen från mobilen"),
    (UNKNOWN, "sökande", "65-74", "ensam",
     "änka i radhus, söker seniorlägenhet, saknar BankID, förtur avslagen"),
    (EMMA, "moderator", "", "", ""),
    (WEI, "student", "25-34", "delar lägenhet",
     "internationell masterstudent, samordningsnummer, lurad på deposition"),
    (HL, "moderator", "", "", ""),
    (NK, "hyresgäst", "35-44", "sex personer",
     "trångbodda med sjukt barn, förtur avslagen, fick en fyra via makens kötid"),
    (JONAS, "moderator", "", "", ""),
    (BFS, "personal", "45-54", "",
     "handläggare på bostadsförmedlingen (Kristina), förtur och kundtjänst; "
     "förmedlingens gemensamma Zoomkonto"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
FG1 = [
    M(HANNA, "Då sätter vi igång. Välkomna, och tack för att ni kom en tisdagskväll. Jag heter Hanna och Olof sitter och antecknar. Vi vill höra hur det är att stå i bostadskön här i Sjöstad, från början till slut. Kan vi börja med en runda: vem är du och varför står du i kön?"),
    P(JESSICA, "Jessica heter jag, trettioåtta. Jag och barnens pappa gick isär för ett och ett halvt år sen, och sen dess bor jag och barnen i en andrahandstrea i Norrvik. Kontraktet går ut i mars. Så det är därför.", BEH, N, 0, "neutral"),
    P(MEHMET, "Mehmet. Jag flyttade hit för två år sen för ett jobb på sjukhuset, jag är sjuksköterska. Jag har bott i fyra olika andrahand sedan dess, så jag har blivit rätt bra på att packa.", BEH, N, 0, "neutral"),
    P(EBBA, "Ebba, tjugoett. Jag bor fortfarande hemma hos mamma och pappa. Det är inte hela världen, men man vill ju ha något eget.", BEH, N, 0, "neutral"),
    B(JESSICA, "Det förstår jag."),
    P(GORAN, "Göran. Jag är sextiosju och har bott i villa i trettio år. Nu är jag ensam i huset sen skilsmässan, och det är för stort. Trädgården orkar jag inte. Jag vill ha en tvåa med hiss.", BEH, N, 0, "neutral"),
    P(FATIMA, "Fatima. Vi är sex personer i en trea i Brohagen. Barnen sover tre i ett rum. Vi har stått i kön i sju år för en femma.", BEH, N, 0, "neutral"),
    M(HANNA, "Tack. Hur fick ni veta hur kön fungerar? Var började ni?"),
    P(EBBA, "Mamma ställde mig i kön när jag fyllde arton. Hon sa att det var det bästa hon gjort för mig, och jag tyckte det var töntigt då. Nu är jag glad.", REG, AP, 1, "praise"),
    P(MEHMET, "Jag googlade bostadskö Sjöstad och hamnade på tre olika sidor, och två av dem tog betalt. Det tog ett tag innan jag förstod vilken som var kommunens.", INF, FI, -1, "pain"),
    P(JESSICA, "För mig var det en kompis som sa att man kan söka förtur om man har barn och är i kris. Så jag läste om förtur på sidan, och den är inte särskilt tydlig. Det står \"särskilda skäl\", men inte vad det betyder.", FOR, FI, -1, "pain"),
    P(GORAN, "Jag ringde. Jag är inte så mycket för hemsidor. Den jag pratade med var trevlig och förklarade allt, det ska hon ha. Men sen skulle allt göras på nätet ändå.", INF, FI, 0, "praise"),
    P(FATIMA, "Vi visste inte ens att det fanns en kommunal kö när vi kom. Vi trodde man skulle gå till hyresvärdarna en och en. Vi stod i Sjöstadshems egen kö i två år innan någon sa att den var nedlagd.", INF, FI, -1, "pain"),
    B(EBBA, "Oj."),
    M(HANNA, "Och själva registreringen och avgiften, hur var det?"),
    P(MEHMET, "Själva registreringen gick på fem minuter med BankID. Det var inte det som var svårt.", REG, AP, 1, "praise"),
    P(FATIMA, "Trehundra kronor om året är inte mycket. Men jag förstod inte att min man och jag kunde stå var för sig, så vi betalade bara för honom de första åren.", REG, AP, -1, "pain"),
    P(GORAN, "Jag betalade med inbetalningskort första året, för jag ville inte lägga in kortet på nätet. Det gick, men det tog tre veckor innan kötiden började räknas.", REG, AP, 0, "neutral"),
    P(JESSICA, "Jag har inget att klaga på där. Det är allt efteråt.", REG, AP, 0, "praise"),
    M(HANNA, "Ni har stått olika länge. Hur är det att vänta?"),
    P(FATIMA, "Sju år. Och på sidan står det att genomsnittlig kötid för en femma i Brohagen var elva år förra året. Elva. Då har min äldsta flyttat hemifrån.", VAN, PR, -1, "pain"),
    P(EBBA, "Jag har tre år och det räcker till ingenting. Jag kollade, de som fick ettor i centrum hade typ nio år.", VAN, PR, -1, "pain"),
    P(MEHMET, "Man blir lite cynisk. Man står i kön för att det är det man gör, men man räknar inte med den.", VAN, PR, -1, "pain"),
    P(GORAN, "För mig är det lite annorlunda, jag har ju huset. Jag kan vänta. Men jag vill inte vänta tills jag inte klarar trappor.", VAN, PR, 0, "neutral"),
    M(HANNA, "Hur gör ni för att hålla kön igång? Man måste ju betala varje år och hålla uppgifterna uppdaterade."),
    P(JESSICA, "Måste man logga in också? Jag trodde det räckte att betala.", AKT, PR, 0, "question"),
    P(EBBA, "Det räcker att betala, tror jag. Men man ska uppdatera om man byter adress eller inkomst.", AKT, PR, 0, "neutral"),
    P(MEHMET, "Jag missade nästan avgiften förra året. Påminnelsen gick till mejlen på mitt gamla jobb, som jag inte har längre. Jag såg det på Mina sidor två dagar innan.", AKT, PR, -1, "pain"),
    B(GORAN, "Två dagar."),
    P(MEHMET, "Två dagar. Sju år för Fatima, två år för mig, och allt hänger på ett mejl.", AKT, PR, -1, "pain"),
    P(FATIMA, "Jag har sms-påminnelse nu. Det fick jag slå på själv under inställningar, det var inte på från början. Det borde vara på för alla.", AKT, PR, 0, "suggestion"),
    M(HANNA, "Om vi går över till att söka lägenheter. Hur gör ni när ni anmäler intresse?"),
    P(EBBA, "Jag söker allt. Varje vecka, fem stycken, det är max. Jag vet att jag inte kommer att få dem, men man vet aldrig.", SOK, AP, 0, "neutral"),
    P(MEHMET, "Jag tittar på min placering. Man ser direkt när man har anmält intresse att man är nummer 212 av 480. Det är nästan skönt, då slipper man hoppas.", SOK, PR, -1, "pain"),
    P(GORAN, "Filtret är bra. Jag kan välja hiss och våningsplan, och då ser jag bara det som passar. Det har de gjort bra.", SOK, AP, 1, "praise"),
    P(JESSICA, "Jag får ingen träff alls på treor under nio tusen. Filtret fungerar, men det hjälper inte om det inte finns något.", SOK, AP, -1, "pain"),
    P(EBBA, "Och man ser inte hur många som har sökt förrän man själv har sökt. Det är ett litet lotteri varje gång.", SOK, PR, -1, "pain"),
    P(FATIMA, "Femmor kommer kanske två om året. Två. Och då går de till någon med tolv år.", VAN, PR, -1, "pain"),
    M(HANNA, "Har någon av er varit på visning eller fått ett erbjudande?"),
    P(MEHMET, "En gång. I våras fick jag visning på en etta i Hamnstaden, korttidskontrakt, man fick bo där två år. Jag var nummer fyra och de tre före mig tackade nej. Så jag tänkte, nu.", ERB, DE, 0, "neutral"),
    P(MEHMET, "Sen stod det att jag skulle svara inom ett dygn efter visningen. Jag jobbade natt. Jag svarade på morgonen efter, tre timmar för sent, och då hade den gått till nästa.", ERB, DE, -1, "pain"),
    B(EBBA, "Nej!"),
    P(GORAN, "Jag tackade nej till en i augusti. Fjärde våningen utan hiss, fast det stod hiss i annonsen. Det var hissen i huset bredvid.", ERB, DE, -1, "pain"),
    P(EBBA, "Men förlorar man inte kötiden om man tackar nej?", ERB, DE, 0, "question"),
    P(GORAN, "Nej, det gör man inte. Det frågade jag. Man förlorar den när man tackar ja.", ERB, DE, 0, "neutral"),
    P(JESSICA, "En kvinna i min förra trappuppgång sa att man åker ut efter tre nej. Så jag har inte vågat tacka nej till något. Fast jag har ju inte fått något heller.", ERB, DE, 0, "neutral"),
    M(HANNA, "Kontraktet och inkomstkraven då, har någon stött på det?"),
    P(JESSICA, "Ja. Jag var nummer två på en trea i Norrvik i somras. Men hyresvärden kräver tre gånger hyran i inkomst, och jag har lön på deltid och barnbidrag och underhåll. Underhållet räknades inte. Så jag blev inte godkänd.", KON, DE, -1, "pain"),
    P(GORAN, "Jag har pension och sparpengar. Men sparpengar räknas inte, bara inkomst. Så jag, som kan betala hyran i femton år på en gång, uppfyller inte kravet för en trea. Det är lite komiskt.", KON, DE, -1, "pain"),
    B(FATIMA, "Det är inte komiskt."),
    B(GORAN, "Nej. Nej, det är det inte."),
    P(MEHMET, "Borgen har jag ordnat i förväg, min bror har lovat att skriva på. Men man måste ha en borgensman med fast inkomst i Sverige, och det har inte alla.", KON, DE, 0, "neutral"),
    P(EBBA, "Jag har timanställning och då räknas det inte som inkomst alls. Så jag kan stå i kön i nio år och sen inte få kontraktet ändå.", KON, DE, -1, "pain"),
    B(JESSICA, "Det är samma sak med—"),
    M(OLOF, "Förlåt, kan vi ta en i taget? Jag hinner inte skriva."),
    B(EBBA, "Förlåt."),
    M(HANNA, "Jessica, du nämnde förtur. Hur gick det?"),
    P(JESSICA, "Jag sökte förtur i våras. Man fyller i en blankett och bifogar intyg från socialtjänsten och från barnens skola. Det var mycket papper, men det gick.", FOR, AP, 0, "neutral"),
    P(JESSICA, "Avslag efter tio veckor. Det stod att min situation inte var akut, eftersom vi har ett boende till mars. Så om vi står på gatan i april, då är det akut.", FOR, DE, -1, "pain"),
    P(FATIMA, "Vi sökte förtur för trångboddheten. Också avslag. De skrev att trångboddhet inte är skäl för förtur. Det hade de kunnat skriva på sidan, så hade jag inte behövt samla alla papper.", FOR, DE, -1, "pain"),
    P(JESSICA, "Jag har överklagat. Eller, jag har begärt omprövning, jag vet inte om det är samma sak. Ingen har svarat än.", FOR, FU, -1, "neutral"),
    P(GORAN, "Kan man överklaga det till förvaltningsrätten? Jag trodde det bara var bygglov man överklagade.", FOR, FU, 0, "question"),
    B(JESSICA, "Ingen aning."),
    P(MEHMET, "Jag tror att man kan, men bara om de har gjort fel. Inte om man bara tycker annorlunda.", FOR, FU, 0, "neutral"),
    M(HANNA, "Flera av er bor i andra hand. Hur är det?"),
    P(MEHMET, "Fyra andrahand på två år. Två var okej. En gång betalade jag elva tusen för ett rum i en tvåa, och ägaren bodde själv i Spanien och hyrde ut utan att fråga föreningen. Vi fick flytta efter två månader.", AND, PR, -1, "pain"),
    P(JESSICA, "Mitt andrahandskontrakt är okej, faktiskt. Hyresvärden har godkänt det. Men det går ut i mars och får inte förlängas. Så vi lever ett år i taget.", AND, PR, 0, "neutral"),
    P(EBBA, "Jag svarade på en annons på Facebook och killen ville ha tre månadshyror i deposition innan visningen. Jag är inte dum, men jag var nära.", AND, PR, -1, "pain"),
    P(FATIMA, "Det finns inga femmor i andra hand heller. Inte för sex personer.", AND, PR, -1, "pain"),
    M(HANNA, "Sista frågan. Om ni fick ändra en sak, vad skulle det vara?"),
    P(EBBA, "Att inkomstkraven räknar timanställning. Eller att kommunen pratar med hyresvärdarna om det.", KON, DE, 0, "suggestion"),
    P(MEHMET, "Svarstiden. Ett dygn är ingenting om man jobbar skift. Tre dagar, eller att man kan säga ja i förväg.", ERB, DE, 0, "suggestion"),
    P(JESSICA, "Att det står på sidan vad som räknas som akut. Rakt ut. Så att man inte väntar i tio veckor på ett nej.", FOR, FI, 0, "suggestion"),
    P(GORAN, "Jag tycker faktiskt att de gör det ganska bra, med tanke på att det inte finns några lägenheter. Det är inte förmedlingens fel att ingen bygger.", VAN, PR, 1, "praise"),
    P(FATIMA, "Större lägenheter. Det är allt. Och att trångboddhet räknas för något.", VAN, PR, 0, "suggestion"),
    M(HANNA, "Tack allihop, det här var jättebra."),
    B(GORAN, "Tack själv. Och lycka till, Fatima.", 1, "praise"),
]

FG2 = [
    M(PETTER, "Då kör vi. Ni har alla fått en lägenhet via bostadskön de senaste åren, och jag tänkte att vi börjar i andra änden: hur är det att bo där? Säg gärna ert namn först."),
    P(AMIRA, "Amira. Jag bor i en trea på Kvarnbacken sen i fjol, med min dotter. Det är det bästa som hänt oss på länge, ärligt. Hon har ett eget rum för första gången.", BOE, US, 1, "praise"),
    P(LARS, "Lars. Jag bor i en tvåa i Hamnstaden. Nyproduktion, så hyran är hög, men den är fin. Balkong mot vattnet. Jag klagar inte.", BOE, US, 1, "praise"),
    P(SOFIE, "Sofie. Jag fick en etta i Norrvik i augusti. Den är liten och det drar från fönstret, men den är min.", BOE, US, 0, "praise"),
    P(TOMAS, "Tomas. Jag har en tvåa på Ängsgatan sen tre år. Den var okej när jag flyttade in, men nu har vi haft stambyte i ett halvår och jag har duschat på jobbet.", BOE, US, -1, "pain"),
    B(SOFIE, "Ett halvår?"),
    P(TOMAS, "Sju månader. Och hyreshöjning efteråt.", BOE, US, -1, "pain"),
    P(NADIA, "Nadia. Jag bor i en markplanslägenhet i Brohagen, för att jag har MS och inte klarar trappor längre. Den fick jag via förtur, efter en omprövning. Vi kommer väl till det.", BEH, N, 0, "neutral"),
    M(PETTER, "Om vi backar lite. Hur länge hade ni stått i kön när det blev er tur?"),
    P(AMIRA, "Sex år och fyra månader. Jag räknade dagarna på slutet, som en adventskalender.", VAN, PR, 0, "neutral"),
    P(LARS, "Jag hade nästan tolv år, för att min pappa ställde mig i kön när jag fyllde arton och sen glömde vi bort den. Den bara låg där och växte.", VAN, PR, 0, "neutral"),
    P(SOFIE, "Jag hade fem år när jag fick den. Hade jag inte tappat de första tre hade det varit åtta.", AKT, PR, -1, "pain"),
    M(PETTER, "Hur gick det till?"),
    P(SOFIE, "Jag pluggade i Lund och tänkte att jag betalar när jag kommer hem. Men avgiften förföll i juni och efter trettio dagar var jag borttagen. Jag fick börja om från noll, fast jag ringde samma vecka som jag upptäckte det.", AKT, PR, -1, "pain"),
    B(TOMAS, "Trettio dagar. Hårt."),
    P(NADIA, "Fick du inget brev?", AKT, PR, 0, "question"),
    P(SOFIE, "Ett mejl. Till en adress som jag hade slutat använda. Jag vet att man ska uppdatera sina uppgifter, det står överallt. Men ändå.", AKT, PR, -1, "pain"),
    M(PETTER, "Och själva sökandet, intresseanmälningarna, hur gjorde ni?"),
    P(LARS, "Jag sökte bara nyproduktion, för jag hade kötiden. Där går det också på kötid, men det släpps många lägenheter på en gång, så chansen är bättre.", SOK, AP, 0, "neutral"),
    P(AMIRA, "Jag sökte allt i Kvarnbacken och Brohagen, för dotterns skola. Fem åt gången. Jag hade ett schema på kylskåpet över vilka veckor jag sökt vad.", SOK, AP, 0, "neutral"),
    P(TOMAS, "Det jag inte förstod var att placeringen ändras. Jag var nummer tre när jag sökte och nummer nio dagen efter sista ansökningsdagen. Ingen förklarade varför.", SOK, PR, -1, "pain"),
    P(NADIA, "Det är för att de med längst kötid söker sist. Det gör jag också, jag väntar till sista dagen.", SOK, PR, 0, "neutral"),
    B(TOMAS, "Smart."),
    P(AMIRA, "Men det vet man ju inte om man är ny. Det borde stå någonstans.", SOK, PR, 0, "suggestion"),
    M(PETTER, "Visning och erbjudande då. Hur var det?"),
    P(AMIRA, "Visningen var en tisdag klockan tio, och jag jobbar i hemtjänsten. Jag fick byta pass med en kollega. Men det var värt det, vi var fem på visningen och jag stod först.", ERB, DE, 0, "praise"),
    P(LARS, "Jag tackade nej till två innan. En hade bara dusch i källaren, det var sant, och den andra låg vid motorvägen. Jag var rädd att bli straffad, men det blev jag inte.", ERB, DE, 0, "neutral"),
    P(SOFIE, "Jag fick ett erbjudande utan visning, de skickade bara bilder och en planritning. Jag sa ja på tio minuter. Hade jag sett fönstret hade jag kanske tänkt en gång till.", ERB, DE, 0, "neutral"),
    P(NADIA, "För mig var det tvärtom, jag fick en visning men hyresvärden kom inte. Vi stod tre personer utanför porten i en halvtimme.", ERB, DE, -1, "pain"),
    M(PETTER, "Kontraktet, inkomstkrav och sånt?"),
    P(TOMAS, "Jag är egenföretagare. Hyresvärden ville ha två års bokslut och jag hade ett, för firman var ny. Så mina föräldrar fick gå i borgen. Trettiofem år gammal och mamma skriver under mitt hyreskontrakt.", KON, DE, -1, "pain"),
    P(LARS, "Hos oss räckte det med ett lönebesked och ett utdrag från Kronofogden. Det gick på en dag. Inte dåligt alls.", KON, DE, 1, "praise"),
    P(AMIRA, "Jag hade försörjningsstöd då, och jag trodde att det var kört. Men Kvarnbackens bostäder godkänner försörjningsstöd om socialtjänsten skriver ett intyg. Det visste inte jag, det var min handläggare som visste.", KON, DE, 0, "neutral"),
    P(NADIA, "Jag har sjukersättning, och den räknas som inkomst. Det var inget problem. Det var förturen som var problemet.", KON, DE, 0, "neutral"),
    M(PETTER, "Berätta."),
    P(NADIA, "Jag sökte medicinsk förtur med läkarintyg. Avslag. Det stod att jag kan bo kvar om jag får hjälp i trappan. Jag bodde på tredje våningen utan hiss och går med rullator.", FOR, DE, -1, "pain"),
    P(NADIA, "Så jag begärde omprövning, med ett nytt intyg från arbetsterapeuten. Och då blev det ja, efter fyra månader. Samma kommun, samma jag, bara ett annat papper.", FOR, FU, 0, "pain"),
    B(AMIRA, "Fyra månader med rullator i trappan."),
    P(LARS, "Jag hade ingen aning om att man kunde begära omprövning. Står det i beslutet?", FOR, FU, 0, "question"),
    P(NADIA, "Längst ner. Med liten stil.", FOR, FU, -1, "neutral"),
    P(TOMAS, "Och hur länge har man på sig att begära den?", FOR, FU, 0, "question"),
    P(NADIA, "Tre veckor, tror jag. Jag hann precis.", FOR, FU, 0, "neutral"),
    M(PETTER, "Och efteråt, nu när ni bor där. Tänker någon på att byta, eller på kötiden?"),
    P(AMIRA, "Kötiden försvann när jag skrev på. Noll dagar. Jag förstår varför, men det känns konstigt att börja om när man äntligen har något.", BYT, FU, 0, "neutral"),
    P(LARS, "Jag står i kön igen, från dag ett. Om tolv år vill jag kanske ha en trea. Man kan ju hoppas.", BYT, FU, 0, "neutral"),
    P(TOMAS, "Jag har funderat på bostadsbyte, på grund av stambytet. Men bytessidan är full av folk som vill byta till innerstan. Ingen vill till Ängsgatan just nu.", BYT, FU, -1, "pain"),
    P(SOFIE, "Min hyresvärd säger att man måste ha bott ett år innan man får byta. Jag vet inte om det stämmer.", BYT, FU, 0, "neutral"),
    P(AMIRA, "Jag skulle vilja ha en fyra när dottern blir större, men då måste jag börja om i kön. Eller byta, men vem byter en fyra mot en trea?", BYT, FU, -1, "pain"),
    P(NADIA, "Jag ska bo kvar tills jag dör. Och det säger jag med glädje.", BOE, US, 1, "praise"),
    B(AMIRA, "Det förstår jag."),
    M(PETTER, "Och hyresvärdarna, hur är det när något går sönder?"),
    P(LARS, "Felanmälan i appen, och de kommer samma vecka. Fast det är nyproduktion, så det har inte gått sönder så mycket än.", BOE, US, 1, "praise"),
    P(SOFIE, "Jag har felanmält fönstret tre gånger. De kom och mätte. Sen hände ingenting. Det är november nu.", BOE, US, -1, "pain"),
    P(TOMAS, "Och när stambytet var klart höjdes hyran med elvahundra i månaden. Hyresgästföreningen hade förhandlat, sa de.", BOE, US, -1, "pain"),
    P(AMIRA, "Vi har en bra vaktmästare. Han vet vad alla barn i huset heter.", BOE, US, 1, "praise"),
    M(PETTER, "Om ni fick ändra en sak i hela resan, från kön till nu?"),
    P(SOFIE, "Sms när avgiften ska betalas. Eller att de ringer innan de tar bort någon som har stått i åtta år.", AKT, PR, 0, "suggestion"),
    P(TOMAS, "Att man ser hur placeringen räknas. Inte bara en siffra.", SOK, PR, 0, "suggestion"),
    P(AMIRA, "Visningar efter fem. Alla jobbar inte på kontor.", ERB, DE, 0, "suggestion"),
    P(LARS, "Jag har svårt att komma på något, faktiskt. För mig funkade det. Men jag hade ju tolv år.", VAN, PR, 1, "praise"),
    P(NADIA, "Att de läser intyget ordentligt första gången. Så att man slipper den andra omgången.", FOR, DE, 0, "suggestion"),
    M(PETTER, "Tack, det här var väldigt bra."),
    B(SOFIE, "Tack för fikat.", 1, "praise"),
]

I1 = [
    M(SP1, "Okej, nu spelar den in. Kan du börja med att berätta lite om dig själv och varför du ställde dig i kön?"),
    P(LINNEA, "Ja. Jag heter Linnea, trettioett, jag är lärare. Jag fick jobb på Västra skolan här i Sjöstad för två år sen och flyttade ner från Umeå. Och då hade jag ingenstans att bo, helt enkelt.", BEH, N, 0, "neutral"),
    M(SP1, "Hur löste du det första tiden?"),
    P(LINNEA, "Först bodde jag hos en kollega i tre veckor, i hennes arbetsrum. Sen fick jag ett andrahandskontrakt via en lärargrupp på Facebook, ett år i en etta i Norrvik. Och sen ett till. Det har varit ett år i taget.", AND, PR, 0, "neutral"),
    M(SP1, "Visste du något om kön innan du flyttade?"),
    P(LINNEA, "Nej. I Umeå stod jag ju i en kö också, men där hade jag studentlägenhet. Jag trodde att man kunde ta med sig kötiden. Det kan man inte.", INF, FI, -1, "pain"),
    M(SP1, "Var hittade du information om Sjöstads kö?"),
    P(LINNEA, "Kommunens sida, och sen bostadsförmedlingens sida. Den är faktiskt bra, det finns en sida för nya i kön med statistik över kötider per område. Det var där jag förstod att jag borde ha ställt mig i kön för tio år sen.", INF, FI, 0, "praise"),
    M(SP1, "Det är många som säger det."),
    P(LINNEA, "Och det är ju inte deras fel. Men lite trist var det.", VAN, PR, -1, "neutral"),
    M(SP1, "Hur gick registreringen?"),
    P(LINNEA, "Smidigt. BankID, fylla i inkomst och hushåll, betala trehundra kronor med kort. Tio minuter. Jag fick ett kvitto och ett mejl med mitt könummer.", REG, AP, 1, "praise"),
    M(SP1, "Och sen?"),
    P(LINNEA, "Sen hände ingenting på ett år. Eller, jag sökte ju, men ingenting hände. Jag låg runt plats hundra på allt.", VAN, PR, -1, "pain"),
    M(SP1, "Hur ofta sökte du?"),
    P(LINNEA, "Varje söndagskväll. Det blev en rutin, som att rätta prov. Man loggar in, filtrerar på ettor och tvåor under åtta tusen, söker fem och stänger datorn.", SOK, AP, 0, "neutral"),
    M(SP1, "Fem?"),
    P(LINNEA, "Man får ha fem intresseanmälningar åt gången. Så man måste välja. Och man vet inte vilka som har kort kö, det ser man först efteråt.", SOK, AP, -1, "pain"),
    M(SP1, "Vad hände sen, när det väl hände?"),
    P(LINNEA, "I maj fick jag ett mejl om visning. En tvåa på Lindgatan, där jag bor nu. Jag var nummer sex av tio som fick komma på visning.", ERB, DE, 0, "neutral"),
    M(SP1, "Hur var visningen?"),
    P(LINNEA, "Den var en onsdag klockan två, och jag hade lektion. Jag fick byta med en kollega och cyklade dit i regnet. Lägenheten var fin. Vi var ett gäng där, vi gick runt i varandras fotspår i skoskydd.", ERB, DE, 0, "neutral"),
    M(SP1, "Och erbjudandet?"),
    P(LINNEA, "Det kom två dagar senare, på eftermiddagen, och jag hade till klockan tolv nästa dag att svara. Tjugo timmar. För ett kontrakt man kanske ska ha i tio år.", ERB, DE, -1, "pain"),
    M(SP1, "Hann du tänka?"),
    P(LINNEA, "Nej, men det behövdes inte. Jag hade bestämt mig i trapphuset.", ERB, DE, 1, "praise"),
    M(SP1, "Och kontraktet, hur gick det?"),
    P(LINNEA, "Där blev det lite krångel. Hyresvärden, det var Sjöstadshem, ville ha anställningsbevis. Jag hade ett vikariat på ett år. Och vikariat räknades inte, det skulle vara en tillsvidareanställning. Jag satt med mejlet i personalrummet och kände hur allt rann iväg.", KON, DE, -1, "pain"),
    M(SP1, "Vad gjorde du?"),
    P(LINNEA, "Rektorn skrev ett intyg om att jag skulle få tillsvidaretjänst från augusti. Det godkändes. Men jag var nära att förlora den, för det tog en vecka och de hade en reserv.", KON, DE, 0, "neutral"),
    M(SP1, "Hur är det att bo där nu?"),
    P(LINNEA, "Bra. Det är lugnt, jag har nära till jobbet, och hyresvärden svarar på felanmälan inom ett dygn. Jag har inget att klaga på, faktiskt.", BOE, US, 1, "praise"),
    M(SP1, "Inget alls?"),
    P(LINNEA, "Tvättstugan. Man bokar med en bricka på en tavla, som på nittiotalet.", BOE, US, -1, "pain"),
    M(SP1, "Och grannarna?"),
    P(LINNEA, "Jag känner ingen än, faktiskt. Man hälsar i trappan. Det är väl svenskt.", BOE, US, 0, "neutral"),
    M(SP1, "Står du kvar i kön?"),
    P(LINNEA, "Ja, jag ställde mig igen samma dag. Kötiden nollställdes när jag skrev på, det visste jag. Men det var ändå lite sorgligt att se noll dagar på Mina sidor.", BYT, FU, 0, "neutral"),
    M(SP1, "Varför ställde du dig igen?"),
    P(LINNEA, "För att jag kanske vill ha barn om några år. Och då vill jag ha en trea. Om tio år, då.", BYT, FU, 0, "neutral"),
    M(SP1, "Har du funderat på bostadsbyte i stället?"),
    P(LINNEA, "Ja, men då måste man hitta någon som vill ha just min tvåa och som har just den trea jag vill ha. Det är som att dejta.", BYT, FU, -1, "pain"),
    M(SP1, "Om du fick ändra en sak, vad skulle det vara?"),
    P(LINNEA, "Svarstiden på erbjudandet. Tjugo timmar är för kort för den som jobbar. Två arbetsdagar, kanske.", ERB, DE, 0, "suggestion"),
    P(LINNEA, "Och att man kan ta med kötid från en annan kommun. Men det är kanske för mycket begärt.", REG, AP, 0, "suggestion"),
    M(SP1, "Något mer du vill säga?"),
    P(LINNEA, "Nej. Jo, att de som jobbar på förmedlingen har varit trevliga varje gång jag har ringt. Det vill jag säga.", INF, FI, 1, "praise"),
    M(SP1, "Tack så mycket, Linnea."),
    B(LINNEA, "Tack själv.", 1, "praise"),
]

I2 = [
    M(SARA, "Hej Robin, hör du mig? Bra. Och det är okej att vi spelar in och att Teams skriver ut?"),
    B(ROBIN1, "Ja, det är lugnt."),
    M(SARA, "Berätta gärna lite om dig och varför du står i bostadskön."),
    P(ROBIN1, "Jag är tjugosex och jobbar på ett lager i Hamnstaden. Jag bor med min sambo i en etta som hon hyr i andra hand av sin moster. Vi är två på tjugoåtta kvadrat, så det är mysigt.", BEH, N, -1, "pain"),
    M(SARA, "Hur länge hade du stått i kön?"),
    P(ROBIN1, "I åtta år. Mamma ställde mig när jag fyllde arton. Och nu har jag stått i ett år och två månader.", AKT, PR, -1, "pain"),
    M(SARA, "Vad hände?"),
    P(ROBIN1, "Årsavgiften drogs aldrig. Kortet hade gått ut, jag hade fått ett nytt från banken, och jag tänkte inte på att det gamla låg inlagt hos bostadsförmedlingen. Så betalningen gick inte igenom, och efter trettio dagar var jag borta ur kön.", AKT, PR, -1, "pain"),
    M(SARA, "Fick du ingen påminnelse?"),
    P(ROBIN1, "Jo, det visade sig att de hade skickat två mejl. Till min gamla Hotmail. De hamnade i skräpposten, och den läser jag inte, för där är det bara skräp. Uppenbarligen inte bara.", AKT, PR, -1, "pain"),
    M(SARA, "När märkte du det?"),
    P(ROBIN1, "När jag skulle söka en tvåa i Kvarnbacken och inte kom in på Mina sidor. Det stod att kontot var avslutat. Jag trodde först att sidan var trasig.", AKT, PR, -1, "pain"),
    M(SARA, "Vad gjorde du då?"),
    P(ROBIN1, "Ringde. Jag satt i telefonkö i fyrtio minuter, vilket var lite ironiskt. Och hon jag pratade med var jättetrevlig, men hon sa att det inte fanns något att göra, regler är regler.", AKT, PR, 0, "pain"),
    M(SARA, "Hur kändes det?"),
    P(ROBIN1, "Som att någon hade tagit åtta år av ens liv. Överdrivet kanske, men det var så det kändes. Jag satt kvar i bilen en stund efteråt.", AKT, PR, -1, "pain"),
    M(SARA, "Robin? Jag tror att du frös."),
    B(ROBIN2, "Förlåt, datorn dog. Jag är på mobilen nu. Hör du mig?", gap=38.0),
    M(SARA, "Ja, nu hör jag dig. Du sa att du satt i bilen."),
    P(ROBIN2, "Ja. Och sen skrev jag ett klagomål via formuläret på sidan. Jag fick svar efter tre veckor, ett standardsvar om att det står i villkoren. Vilket det säkert gör.", AKT, FU, -1, "pain"),
    M(SARA, "Visste du att det stod så i villkoren?"),
    P(ROBIN2, "Inte på riktigt. Jag kryssade i en ruta när jag var arton, eller mamma gjorde det. Ingen läser villkor.", INF, FI, -1, "neutral"),
    M(SARA, "Har du överklagat eller begärt omprövning?"),
    P(ROBIN2, "Jag frågade om det, men de sa att det inte är ett beslut som man kan överklaga, eftersom det är ett avtal. Jag vet inte om det stämmer. En kompis som pluggar juridik tror inte det.", AKT, FU, -1, "neutral"),
    M(SARA, "Ställde du dig i kön igen direkt?"),
    P(ROBIN2, "Ja, samma kväll. Trehundra kronor igen och ett nytt könummer. Det var det mest deprimerande kvittot jag har fått.", REG, AP, -1, "pain"),
    M(SARA, "Och påminnelserna nu?"),
    P(ROBIN2, "Jag slog på sms direkt. Och lade in min sambos mejl också. Man lär sig.", AKT, PR, 0, "neutral"),
    M(SARA, "Hur söker ni bostad nu?"),
    P(ROBIN2, "Vi söker allt. Min sambo har fem år i kön, så vi söker mest på hennes. Hon har fem intresseanmälningar och jag har fem, och på mina ligger jag runt plats sexhundra.", SOK, AP, -1, "pain"),
    M(SARA, "Och andrahandsmarknaden?"),
    P(ROBIN2, "Vi kollar Blocket och Facebook varje dag. Det är antingen jättedyrt eller bluff. En ville att vi skulle swisha deposition för en lägenhet i Hamnstaden som inte fanns, adressen var ett parkeringshus.", AND, PR, -1, "pain"),
    M(SARA, "Har ni varit på någon visning via kön?"),
    P(ROBIN2, "En, på min sambos kötid. En tvåa i Brohagen. Vi var nummer åtta, och den första tackade ja. Så det var det.", ERB, DE, -1, "neutral"),
    M(SARA, "Har inkomstkraven varit något problem?"),
    P(ROBIN2, "Inte än. Jag har fast jobb och hon pluggar, så tillsammans klarar vi tre gånger hyran för en tvåa. Men inte för en trea. Så vi kan inte söka treor ens om vi skulle komma fram.", KON, DE, -1, "pain"),
    M(SARA, "Vad tycker du att kommunen borde göra annorlunda?"),
    P(ROBIN2, "Sms. Alla har mobil, ingen läser Hotmail. Och en extra påminnelse innan man tas bort, typ du har stått i åtta år, vill du verkligen sluta?", AKT, PR, 0, "suggestion"),
    M(SARA, "Mm, det låter rimligt."),
    P(ROBIN2, "Och att man kan få tillbaka kötiden om man betalar inom, säg, tre månader. Med en extra avgift, den hade jag gärna betalat.", AKT, FU, 0, "suggestion"),
    M(SARA, "Hur ser du på det framåt?"),
    P(ROBIN2, "Jag är inte bitter. Eller, lite. Vi hittar nog något. Min sambo är mer positiv än jag.", VAN, PR, 0, "neutral"),
    M(SARA, "Tack Robin, det var allt från mig."),
    B(ROBIN2, "Tack, det var skönt att få säga det.", 1, "praise"),
]

I3 = [
    M(FRAGA, "KAN DU BERÄTTA LITE OM DIG SJÄLV OCH HUR DU BOR I DAG"),
    P(UNKNOWN, "Jag är sjuttiotvå och bor i ett radhus i Brohagen som vi köpte 1986. Min man dog för två år sedan. Det är en trappa upp till sovrummet och en ner till tvättstugan så jag har börjat bära tvätten i en ryggsäck.", BEH, N, 0, "neutral"),
    M(FRAGA, "NÄR STÄLLDE DU DIG I KÖN"),
    P(UNKNOWN, "Först i fjol. Jag visste inte att det fanns seniorlägenheter i kön jag trodde man fick vänta lika länge som alla andra. Det var min granne som berättade hon hade fått en på Solbacken efter tre år.", INF, FI, 0, "neutral"),
    M(FRAGA, "HUR GICK DET ATT REGISTRERA SIG"),
    P(UNKNOWN, "Min son gjorde det. Jag har inte BankID, jag har inte velat ha det. Så han satt här vid köksbordet med sin telefon och jag fick svara på frågorna.", REG, AP, 0, "neutral"),
    M(FRAGA, "VISSTE DU ATT MAN MÅSTE BETALA VARJE ÅR"),
    P(UNKNOWN, "Ja det har min son lagt in så att det dras automatiskt. Han sa att det är det viktigaste av allt.", AKT, PR, 0, "neutral"),
    M(FRAGA, "ÄR DET NÅGOT SOM HAR VARIT SVÅRT MED KÖN"),
    P(UNKNOWN, "Att allt är på internet. Jag kan läsa på datorn men jag kan inte logga in utan min son. Så varje gång det kommer en seniorlägenhet måste jag ringa honom och han har småbarn. Jag känner mig som en börda.", SOK, AP, -1, "pain"),
    M(FRAGA, "FINNS DET NÅGOT ANNAT SÄTT ATT SÖKA"),
    P(UNKNOWN, "Man kan ringa och så söker de åt en, fick jag veta sen. Det stod ingenstans. Det var en kvinna på träffpunkten som sa det.", INF, FI, -1, "pain"),
    M(FRAGA, "HUR VAR KONTAKTEN MED BOSTADSFÖRMEDLINGEN NÄR DU RINGDE"),
    P(UNKNOWN, "Bra. Hon var tålmodig och tog det två gånger. Det är inte alla som gör det med gamla människor.", INF, FI, 1, "praise"),
    M(FRAGA, "HUR LÄNGE TROR DU ATT DU FÅR VÄNTA"),
    P(UNKNOWN, "De sa två till fyra år för seniorlägenheter. Jag har sagt till min son att det får bli före min åttioårsdag annars flyttar jag in hos honom.", VAN, PR, 0, "neutral"),
    M(FRAGA, "HUR ÄR DET ATT BO KVAR UNDER TIDEN"),
    P(UNKNOWN, "Det går. Jag har en granne som hjälper mig att skotta. Men jag har slutat gå upp på övervåningen, jag sover på soffan i vardagsrummet nu.", BEH, N, -1, "pain"),
    M(FRAGA, "HAR DU TÄNKT PÅ ATT SÄLJA HUSET INNAN DU HAR FÅTT EN LÄGENHET"),
    P(UNKNOWN, "Det vågar jag inte. Då står jag utan. Min son säger att jag kan bo hos dem men de är fem i en fyra.", AND, PR, 0, "neutral"),
    M(FRAGA, "VILL DU BO KVAR I BROHAGEN"),
    P(UNKNOWN, "Helst. Mina väninnor bor här och affären och vårdcentralen. Solbacken ligger tio minuter bort så det går bra.", BEH, N, 0, "neutral"),
    M(FRAGA, "HAR NI TITTAT PÅ ANDRA SÄTT ATT FÅ EN LÄGENHET"),
    P(UNKNOWN, "Min son har tittat på bostadsrätter men då måste huset vara sålt först och då är det samma sak igen. Och andra hand vill jag inte, jag är för gammal för att flytta två gånger.", AND, PR, -1, "neutral"),
    M(FRAGA, "HAR DU FÅTT NÅGOT ERBJUDANDE"),
    P(UNKNOWN, "Ja en gång i september. En tvåa på Solbacken på fjärde våningen. Hissen var trasig när vi var på visning och vaktmästaren sa att den är trasig ganska ofta. Då tackade jag nej.", ERB, DE, -1, "pain"),
    M(FRAGA, "HUR KÄNDES DET ATT TACKA NEJ"),
    P(UNKNOWN, "Dumt. Jag låg vaken och tänkte att det kanske var den enda. Men vad ska jag med en fjärde våning om hissen inte går, då är jag ju tillbaka där jag är nu.", ERB, DE, -1, "neutral"),
    M(FRAGA, "VET DU OM DET PÅVERKAR DIN PLATS I KÖN ATT DU TACKADE NEJ"),
    P(UNKNOWN, "Nej det gör det inte sa de. Men jag tror inte riktigt på det.", ERB, DE, 0, "neutral"),
    M(FRAGA, "HUR SER DU PÅ HYRAN OCH KRAVEN"),
    P(UNKNOWN, "Hyran är nio tusen fyrahundra för en tvåa. Jag har pension och så får jag pengar när huset är sålt. Men de räknar bara pensionen och då ligger jag precis på gränsen. Min son sa att han kan gå i borgen men det känns konstigt att ens barn ska gå i borgen för en.", KON, DE, -1, "pain", split="Min son sa"),
    M(FRAGA, "HAR DU TÄNKT PÅ FÖRTUR"),
    P(UNKNOWN, "Jag sökte förtur för min höft men fick avslag. De skrev att jag kan få bostadsanpassning i radhuset i stället. Men man kan inte anpassa bort två trappor.", FOR, DE, -1, "pain"),
    M(FRAGA, "ÖVERKLAGADE DU"),
    P(UNKNOWN, "Nej. Jag orkade inte. Min son ville men jag sa nej.", FOR, FU, -1, "neutral"),
    M(FRAGA, "VAD SKULLE DU VILJA ÄNDRA"),
    P(UNKNOWN, "Att man kan söka på papper eller hos någon på kommunhuset. Alla har inte BankID och alla vill inte heller ha det.", SOK, AP, 0, "suggestion"),
    M(FRAGA, "OCH NÅGOT MER"),
    P(UNKNOWN, "Att de skriver i annonsen om hissen ofta är trasig. Nej men det är klart det kan de inte skriva. Men något.", ERB, DE, 0, "suggestion"),
    M(FRAGA, "TACK FÖR ATT JAG FICK KOMMA"),
    B(UNKNOWN, "Tack själv. Ta en bulle till innan du går.", 1, "praise"),
]

I4 = [
    M(EMMA, "Thanks for doing this in English, by the way. My Swedish questions would have been worse than your answers. Could you start by telling me a bit about yourself?"),
    P(WEI, "Sure. I'm Wei, I'm from Chengdu, and I'm doing a master's in water engineering at Sjöstad University. I came in August last year, so it's been about fifteen months.", BEH, N, 0, "neutral"),
    M(EMMA, "And how did you find somewhere to live when you arrived?"),
    P(WEI, "I didn't, at first. The university told us about student housing, but international students only get a guaranteed room for the first semester, and mine was in a corridor forty minutes away by bus. After that I was on my own.", BEH, N, -1, "pain"),
    M(EMMA, "Did you know about the municipal queue?"),
    P(WEI, "Not really. Someone in a WeChat group mentioned it, but they said it takes ten years, so why bother. Which is, I guess, true.", INF, FI, -1, "neutral"),
    M(EMMA, "Did you register anyway?"),
    P(WEI, "I tried. You need BankID to log in, and to get BankID you need a Swedish personal number, and at first I only had a coordination number. So I couldn't register online. The website doesn't really say what to do then.", REG, AP, -1, "pain"),
    M(EMMA, "What did you do?"),
    P(WEI, "I emailed them. They answered after a week, quite nicely, and said I could register with a paper form and a copy of my passport and pay the fee by bank transfer. It worked in the end. But the form was only in Swedish.", REG, AP, 0, "pain"),
    M(EMMA, "Was the website in English?"),
    P(WEI, "Some of it. The start page, yes. But the rules, like how offers work and the income requirements, those pages are only in Swedish. I used Google Translate, and it translated förtur as \"for tour\".", INF, FI, -1, "pain"),
    M(EMMA, "That's a new one. So where have you been living?"),
    P(WEI, "Second hand, mostly. I had a room in a house in Norrvik with a family, which was fine, and then a flat in Hamnstaden that turned out to be a scam.", AND, PR, 0, "neutral"),
    M(EMMA, "A scam?"),
    P(WEI, "The man said he was working in Norway and couldn't show it, but he sent photos and a contract. I paid a deposit of fourteen thousand kronor by bank transfer. Then he disappeared, and the photos were from an old ad in Gothenburg.", AND, PR, -1, "pain"),
    P(WEI, "The police were kind, but they said it happens all the time and there's not much they can do. I felt very stupid. Now I know: never pay before you've been inside.", AND, PR, -1, "pain"),
    M(EMMA, "Did anyone warn you about that?"),
    P(WEI, "The student union has a page about it. I read it afterwards. It's a good page, actually.", INF, FI, 0, "praise"),
    M(EMMA, "Did you ever get help from the municipality in person?"),
    P(WEI, "I went to the reception at the town hall once. The lady printed the form for me and explained it in English. That was the best experience, honestly.", INF, FI, 1, "praise"),
    M(EMMA, "Have you applied for any flats through the municipal queue?"),
    P(WEI, "Yes, every week, the maximum of five. I'm usually number eight hundred or something. It's more like a lottery ticket than a plan.", SOK, AP, -1, "pain"),
    M(EMMA, "And has anything come of it?"),
    P(WEI, "Once I was invited to a viewing for a short-term contract, a studio for students and young people, two years maximum. I was number eleven. I went anyway, just to see how it works. There were maybe twenty people in a very small flat.", ERB, DE, 0, "neutral"),
    M(EMMA, "Did you get it?"),
    P(WEI, "No. And to be honest I'm not sure I could have. The landlord wants your income to be three times the rent, and my scholarship is paid from China. I asked if it counts and nobody knew.", KON, DE, -1, "pain"),
    M(EMMA, "Did you ask the landlord or the municipality?"),
    P(WEI, "Both. The municipality said ask the landlord, and the landlord said it depends. It depends on what? That I never found out.", KON, DE, -1, "pain"),
    M(EMMA, "What about a guarantor, someone who signs for you?"),
    P(WEI, "My parents would, but they're in China. I read that a guarantor has to live in Sweden, or at least in the EU. So that's not possible for most of us.", KON, DE, -1, "neutral"),
    M(EMMA, "Where do you live now?"),
    P(WEI, "A room in a shared flat in Kvarnbacken, four students, and the first-hand contract is in the name of one of them. It's legal, I checked, the landlord has said yes. It's actually nice. I have a window facing the park.", AND, PR, 1, "praise"),
    M(EMMA, "And living with three other students?"),
    P(WEI, "Noisy on Fridays. But we cook together on Sundays, so it evens out.", AND, PR, 0, "neutral"),
    M(EMMA, "How long can you stay there?"),
    P(WEI, "Until he moves out, I suppose. He's finishing in June. So I'm back in the queue, in a way. Although I'm always in the queue.", AND, PR, -1, "neutral"),
    M(EMMA, "If you could change one thing about the system, what would it be?"),
    P(WEI, "Everything in English, including the rules and the form. Half of the people looking for rooms here are international.", INF, FI, 0, "suggestion"),
    M(EMMA, "Anything else?"),
    P(WEI, "A way to register online without BankID. We pay taxes too. Okay, not me, I'm a student, but my friends do.", REG, AP, 0, "suggestion"),
    M(EMMA, "Do you plan to stay in Sjöstad after your degree?"),
    P(WEI, "If I get a job here, yes. I like it. But if I can't find a flat, I'll go where I can. Two friends of mine went to Luleå because there were flats.", BEH, N, 0, "neutral"),
    M(EMMA, "Thank you so much, Wei."),
    B(WEI, "Thank you. Good luck with the report.", 1, "praise"),
]

I5 = [
    M(HL, "Då är vi igång. Kan du börja med att berätta om din familj och hur ni bodde?"),
    P(NK, "Vi är sex. Jag, min man och fyra barn, och vi bodde i en tvåa på femtiofyra kvadrat i Brohagen i sju år. Barnen sov i sovrummet och vi i vardagsrummet, på en bäddsoffa.", BEH, N, 0, "neutral"),
    M(HL, "Och ni stod i bostadskön?"),
    P(NK, "Ja, min man sedan 2016 och jag sedan 2018. Vi visste inte att båda kunde stå, så jag ställde mig sent. Det är två år som jag aldrig får tillbaka.", REG, AP, -1, "pain"),
    M(HL, "Hur fick ni veta det?"),
    P(NK, "Av en kvinna på öppna förskolan. Hon sa, ställ dig själv också, och ställ barnen när de fyller arton. Hon visste mer än hemsidan.", INF, FI, 0, "neutral"),
    M(HL, "Ni sökte förtur, har jag förstått."),
    P(NK, "Ja. Min dotter Leyla har svår astma, och det var mögel i badrummet. Läkaren skrev ett intyg. Vi sökte medicinsk förtur i januari förra året.", FOR, AP, 0, "neutral"),
    M(HL, "Vad hände?"),
    P(NK, "Avslag i april. Det stod att mögel är hyresvärdens ansvar och att vi skulle göra en felanmälan. Vi hade gjort fyra felanmälningar. Fyra. Och de målade över. Varje gång.", FOR, DE, -1, "pain"),
    M(HL, "Överklagade ni?"),
    P(NK, "Vi skrev till förvaltningsrätten. Min man skrev brevet på kvällen med hjälp av en kompis. Efter två månader kom ett brev om att rätten inte kunde pröva det, för att det inte var ett sådant beslut. Vi förstod ingenting.", FOR, FU, -1, "pain"),
    M(HL, "Fick ni veta varför?"),
    P(NK, "Sen ringde jag bostadsförmedlingen och hon förklarade att man ska begära omprövning hos dem först. Det stod längst ner i beslutet, sa hon. Det gjorde det. Med liten stil.", FOR, FU, -1, "pain"),
    M(HL, "Och omprövningen?"),
    P(NK, "Den blev aldrig av, för då hade vi fått ett erbjudande.", FOR, FU, 0, "neutral"),
    M(HL, "Berätta om det."),
    P(NK, "I september. Min man fick mejl om visning på en fyra på Ängsgatan. Han hade nio år då. Vi var nummer två.", ERB, DE, 0, "neutral"),
    M(HL, "Hur var visningen?"),
    P(NK, "Vi gick alla sex. Det var kanske dumt. Men barnen sprang in i rummen och valde, och sen kunde vi inte säga nej.", ERB, DE, 1, "praise"),
    M(HL, "Och nummer ett?"),
    P(NK, "Tackade nej. Jag vet inte varför, men jag tackar honom varje dag.", ERB, DE, 1, "praise"),
    M(HL, "Kontraktet då?"),
    P(NK, "Där var det nära att gå fel. Hyresvärden räknade bara min mans lön, för jag är föräldraledig. Och han hade provanställning på sitt nya jobb, och provanställning räknades inte.", KON, DE, -1, "pain"),
    M(HL, "Hur löste ni det?"),
    P(NK, "Hans gamla chef skrev att han hade haft fast jobb i sex år innan. Och min bror gick i borgen. Det tog tio dagar och jag sov inte på tio dagar.", KON, DE, 0, "pain"),
    M(HL, "Hur är det nu?"),
    P(NK, "Vi har bott där i tre veckor. Leyla har inte behövt inhalatorn på natten en enda gång. Inte en enda gång, jag räknar.", BOE, US, 1, "praise"),
    M(HL, "Vad fint."),
    P(NK, "Och barnen har nästan var sitt rum. Två och två.", BOE, US, 1, "praise"),
    M(HL, "Hur var själva flytten?"),
    P(NK, "Vi hade tre månaders uppsägning på den gamla, så vi betalade dubbel hyra i två månader. Det visste vi, men det gjorde ont ändå.", BYT, FU, -1, "pain"),
    M(HL, "Står ni kvar i kön?"),
    P(NK, "Min mans kötid försvann. Min står kvar, jag har sju år. Vi har pratat om att byta till en femma om några år, men femmor finns ju inte.", BYT, FU, 0, "neutral"),
    M(HL, "Har ni ställt barnen i kön?"),
    P(NK, "Min äldsta fyller arton i vår. Då ställer vi henne i kön samma dag. Det är det enda arv vi kan ge.", REG, AP, 0, "neutral"),
    M(HL, "Om du fick säga något till dem som bestämmer?"),
    P(NK, "Att förtur för barn som är sjuka ska gå fortare. Fyra månader är lång tid när ditt barn inte kan andas.", FOR, DE, -1, "suggestion"),
    M(HL, "Något mer?"),
    P(NK, "Att det står på svenska och på arabiska hur man begär omprövning. Min man läser svenska bra, men inte juridiksvenska.", FOR, FU, 0, "suggestion"),
    M(HL, "Tack Nour."),
    B(NK, "Tack. Skriv att vi är glada nu. Det är viktigt.", 1, "praise"),
]

I6 = [
    M(JONAS, "Hej Kristina. Du sitter på förmedlingens konto, ser jag."),
    B(BFS, "Ja, det är vårt gemensamma Zoomkonto, min egen dator vill inte. Så jag heter Bostadsförmedlingen i dag."),
    M(JONAS, "Det funkar. Kan du berätta vad du gör?"),
    P(BFS, "Jag är handläggare på bostadsförmedlingen sedan sex år. Vi är sju handläggare. Jag jobbar mest med förtur och med kundtjänsten, telefon och mejl.", INF, FI, 0, "neutral"),
    M(JONAS, "Hur många står i kön?"),
    P(BFS, "Ungefär fyrtiotvåtusen. Och vi förmedlar ungefär niohundra lägenheter om året. Så det kan man räkna på själv.", VAN, PR, -1, "neutral"),
    M(JONAS, "Vad är de vanligaste frågorna ni får?"),
    P(BFS, "Hur lång tid det tar. Och varför de har tappat sin kötid. Det är nog det som gör mest ont att svara på.", AKT, PR, -1, "neutral"),
    M(JONAS, "Berätta mer om det."),
    P(BFS, "Om årsavgiften inte är betald trettio dagar efter förfallodagen avslutas kön. Det är regeln, nämnden har beslutat den. Vi skickar två påminnelser med mejl. Men mejladresser ändras, och sms har vi bara haft som tillval sedan i höstas.", AKT, PR, 0, "neutral"),
    M(JONAS, "Kan ni göra undantag?"),
    P(BFS, "Nej. Och det är det svåraste. Jag har haft folk som har gråtit i telefon, som stått i tolv år. Jag förstår dem. Men gör vi ett undantag för en måste vi göra det för alla.", AKT, FU, -1, "pain"),
    M(JONAS, "Vad skulle hjälpa?"),
    P(BFS, "Sms-påminnelser för alla, som standard. Det har vi föreslagit. Och gärna en längre frist, men det är ett politiskt beslut.", AKT, PR, 0, "suggestion"),
    M(JONAS, "Om vi tar förturerna, hur många söker och hur många får?"),
    P(BFS, "Förra året kom det in ungefär sexhundra ansökningar och vi beviljade ett hundratal. Det är mest medicinska och sociala skäl. Trångboddhet är inte ett skäl i Sjöstad, det vet inte alla.", FOR, DE, 0, "neutral"),
    M(JONAS, "Varför inte trångboddhet?"),
    P(BFS, "För att då skulle halva kön ha förtur. Det låter hårt, men så är det.", FOR, DE, 0, "neutral"),
    M(JONAS, "Vad händer när någon får avslag?"),
    P(BFS, "Man kan begära omprövning hos oss inom tre veckor. Det står i beslutet. Och sen kan man gå vidare till förvaltningsrätten, men bara om beslutet är fattat av nämnden, och det är det inte alltid. Det är krångligt, jag vet.", FOR, FU, -1, "pain"),
    M(JONAS, "Flera har sagt att det står med liten stil."),
    P(BFS, "Det stämmer. Mallen är gammal. Vi har bett om att få göra om den.", FOR, FU, -1, "pain"),
    M(JONAS, "Om vi pratar om erbjudanden. Hur lång svarstid har man?"),
    P(BFS, "Efter visningen har man till klockan tolv nästa vardag. Det är hyresvärdarnas önskemål, de vill inte ha lägenheter som står tomma.", ERB, DE, 0, "neutral"),
    M(JONAS, "Och om man tackar nej?"),
    P(BFS, "Det kostar ingenting. Det är en myt att man åker ut efter tre nej, den har funnits sedan jag började. Men svarar man inte alls räknas det som ett nej, och efter tre obesvarade erbjudanden pausas kön i tre månader.", ERB, DE, 0, "neutral"),
    M(JONAS, "Inkomstkraven, vem bestämmer dem?"),
    P(BFS, "Hyresvärdarna. Vi förmedlar bara. Men vi ser att kraven skiljer sig mycket. Sjöstadshem kräver tre gånger hyran, några privata kräver fyra. Och timanställning och vikariat räknas olika hos olika värdar.", KON, DE, -1, "pain"),
    M(JONAS, "Är det något ni kan påverka?"),
    P(BFS, "Vi har samråd med hyresvärdarna två gånger om året. Jag har tagit upp försörjningsstöd och studiemedel. Kvarnbackens bostäder har ändrat sig. Andra inte.", KON, DE, 0, "neutral"),
    M(JONAS, "Och bostadsbyten, hur ser ni på dem?"),
    P(BFS, "Byten sköter hyresvärdarna, inte vi. Men vi får många frågor, och folk tror att kötiden följer med. Det gör den inte, den nollställs när man skriver på ett förstahandskontrakt via oss.", BYT, FU, 0, "neutral"),
    M(JONAS, "Och om man flyttar från Sjöstad?"),
    P(BFS, "Då står kötiden kvar så länge man betalar. Man kan bo i Malmö och stå i kön här.", AKT, PR, 0, "neutral"),
    M(JONAS, "Och de som inte har BankID?"),
    P(BFS, "De kan ringa, eller komma till kommunhusets reception på tisdagar och torsdagar, så hjälper vi dem att söka. Men jag vet att det inte står tydligt på webben. Det är ett känt problem.", INF, FI, -1, "pain"),
    M(JONAS, "Vad tycker du fungerar bra?"),
    P(BFS, "Själva kön är rättvis, tycker jag. Kötid är kötid. Man kan inte köpa sig före eller känna någon. Det är värt mycket.", VAN, PR, 1, "praise"),
    M(JONAS, "Och det sämsta?"),
    P(BFS, "Att vi inte har lägenheter. Allt annat kan vi fixa, men inte det.", VAN, PR, -1, "pain"),
    M(JONAS, "Om du fick önska en sak?"),
    P(BFS, "Fler stora lägenheter. Och att vi får ringa folk innan kön avslutas. Det var två saker, förlåt.", VAN, PR, 0, "suggestion"),
    M(JONAS, "Det är okej. Tack Kristina."),
    B(BFS, "Tack själv, och hälsa till dem i fokusgrupperna.", 1, "praise"),
]


def interject(turns, words):
    """A moderator's short acknowledgement between two consecutive turns of one
    participant, as the transcriber (or the recogniser) heard it; the moderator is the
    session's first speaker among moderators."""
    mod = next(t["speaker"] for t in turns if t["mod"])
    out, k = [], 0
    for t in turns:
        if out and out[-1]["speaker"] == t["speaker"]:
            out.append(M(mod, words[k % len(words)]))
            k += 1
        out.append(t)
    return out


FG1 = interject(FG1, ["Mm."])
FG2 = interject(FG2, ["Mm.", "Okej."])
I1 = interject(I1, ["Mm."])
I2 = interject(I2, ["Mm."])
I4 = interject(I4, ["Oh no.", "Mm."])
I5 = interject(I5, ["Mm."])
I6 = interject(I6, ["Mm."])

SESSIONS = [
    dict(file="fokusgrupp-1.xlsx", fmt="sheets_xlsx", turns=FG1, seed=21, start=5.0,
         rate=2.3, pause=(0.4, 2.0), author="Olof Berg",
         epoch=_dt.datetime(2025, 11, 12, 10, 20, 0),
         info=[("Studie", "Bostadskön i Sjöstad – användarstudie"),
               ("Session", "Fokusgrupp 1, sökande i kön"),
               ("Datum", "2025-11-11, kl. 18.00–19.45"),
               ("Plats", "Sjöstads stadsbibliotek, grupprum 2"),
               ("Samtalsledare", "Hanna Lind"),
               ("Antecknare", "Olof Berg (skrev ut från ljudfilen)"),
               ("Deltagare", "Jessica, Mehmet, Ebba, Göran, Fatima (förnamn)"),
               ("Om filen", "Ett blad per del av samtalet. Inspelningen startades om efter pausen, "
                            "så tiderna i Del 3 börjar om från noll.")],
         parts=[("Då sätter vi igång", "Del 1 Behov och info", False, None),
                ("Ni har stått olika länge", "Del 2 Väntan och sökande", False, None),
                ("Kontraktet och inkomstkraven", "Del 3 Kontrakt förtur", True,
                 "(Paus ca 15 min, kaffe. Ny inspelning startad.)")],
         notes={"Förlåt, kan vi ta en i taget?": "OB säger till",
                "Det är samma sak med—": "avbryts",
                "Nej. Nej, det är det inte.": "skratt"}),
    dict(file="fokusgrupp-2.docx", fmt="sonix_docx", turns=FG2, seed=22, start=3.0,
         rate=2.4, pause=(0.3, 1.8), author="Petter Sand",
         epoch=_dt.datetime(2025, 11, 14, 15, 2, 0),
         title="Fokusgrupp 2 hyresgaster.m4a",
         para_words=42, relabel="Jag sökte medicinsk förtur",
         stray="Jag har funderat på bostadsbyte"),
    dict(file="intervju-1.txt", fmt="amberscript_txt", turns=I1, seed=23, start=1.5,
         rate=2.2, pause=(0.4, 2.0), split_words=36),
    dict(file="intervju-2.vtt", fmt="teams_vtt", turns=I2, seed=24, start=2.2,
         rate=2.5, pause=(0.3, 1.5), cue_words=14, first_id=3,
         guid="3f9d2c71-8a4e-4b0f-9e62-5d1c7a0b84e3", rejoin_gap=38.0),
    dict(file="intervju-3.docx", fmt="dictate_docx", turns=I3, seed=25, start=0.0,
         rate=2.0, pause=(0.5, 2.0), author="Åsa Nyberg",
         epoch=_dt.datetime(2025, 11, 20, 13, 45, 0),
         title="Intervju 3 – seniorlägenhet, Brohagen",
         header=["Hemma hos IP i Brohagen, onsdag 19 november 2025, ca 40 min. Frågorna har jag "
                 "skrivit in med versaler, svaren dikterade jag i Word (Diktera) medan jag lyssnade "
                 "på inspelningen. Inte korrläst. /ÅN"]),
    dict(file="interview-4.docx", fmt="happyscribe_docx", turns=I4, seed=26, start=2.41,
         rate=2.6, pause=(0.3, 1.6), author="Emma Lund",
         epoch=_dt.datetime(2025, 11, 24, 9, 31, 0), title="interview-4-wei",
         split_words=38),
    dict(file="intervju-5.csv", fmt="ditto_csv", turns=I5, seed=27, start=4.0,
         rate=2.1, pause=(0.5, 2.2), row_words=14,
         title="Intervju 5 – familj i Brohagen, 2025-11-21, hemma hos familjen. HL = Hanna Lind, NK = intervjuperson"),
    dict(file="intervju-6.vtt", fmt="zoom_vtt", turns=I6, seed=28, start=1.8,
         rate=2.5, pause=(0.3, 1.4), seg_words=16),
]

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (BEH, "Livssituation och behov av bostad",
     "Varför man behöver en lägenhet: separation, första egna boendet, flytt för jobb eller "
     "studier, trångboddhet, ålder och trappor, sjukdom; hur man bor i dag och vad som inte "
     "går längre. Att bo i andra hand eller hos släkt medan man väntar hör till andrahand; "
     "en medicinsk orsak som man söker förtur för hör till fortur.",
     ["Barnen sover tre i ett rum", "man vill ju ha något eget",
      "Och då hade jag ingenstans att bo"]),
    (INF, "Information, regler och kontakt med förmedlingen",
     "Att ta reda på hur kön fungerar: kommunens och bostadsförmedlingens webbplats, statistik "
     "över kötider, vänner, grannar och sociala medier, språk (engelska), att ringa eller mejla "
     "förmedlingen, bemötandet i kundtjänsten, att inte veta vilka regler som gäller. Regler om "
     "förtur hör till fortur, regler om avgiften och borttagning till aktiv_i_kon.",
     ["Det tog ett tag innan jag förstod vilken som var kommunens", "Det stod ingenstans",
      "Hon var tålmodig och tog det två gånger"]),
    (REG, "Registrering i kön och årsavgiften",
     "Att ställa sig i kön: e-tjänsten och BankID, registrering utan BankID eller "
     "personnummer, blankett, att föräldrar ställer sina barn vid arton, att båda vuxna kan stå, "
     "att betala första avgiften, när kötiden börjar räknas, kötid från en annan kommun. Att "
     "hålla kön vid liv efteråt hör till aktiv_i_kon.",
     ["Själva registreringen gick på fem minuter med BankID", "Vi visste inte att båda kunde stå",
      "But the form was only in Swedish"]),
    (AKT, "Att hålla kön aktiv och att förlora kötiden",
     "Att vara kvar i kön år efter år: årsavgiften, kort som går ut, påminnelser med mejl och "
     "sms, skräppost, att uppdatera uppgifter, Mina sidor, att bli borttagen efter trettio "
     "dagar, klagomål och frågan om att få tillbaka kötiden. Kötid som nollställs när man "
     "tackar ja hör till byte_efterat.",
     ["allt hänger på ett mejl", "efter trettio dagar var jag borttagen",
      "De hamnade i skräpposten"]),
    (VAN, "Väntan, kötider och bristen på lägenheter",
     "Hur länge man väntar och hur det känns: kötider per område, statistik, att ingen räknar "
     "med kön, få stora lägenheter, om kön är rättvis, förmedlingens volymer. Den egna "
     "placeringen på en viss lägenhet hör till intresseanmalan.",
     ["det räcker till ingenting", "Man blir lite cynisk", "Kötid är kötid"]),
    (SOK, "Intresseanmälan, filter och placering",
     "Att söka lägenheter: intresseanmälningar (högst fem åt gången), filter för rum, pris, "
     "hiss och våning, placering och rangordning på en lägenhet, varför placeringen ändras, att "
     "söka utan BankID eller datorvana, nyproduktion. Visningen och erbjudandet hör till "
     "visning_erbjudande.",
     ["Man får ha fem intresseanmälningar åt gången",
      "Det jag inte förstod var att placeringen ändras", "Filtret är bra"]),
    (ERB, "Visning och erbjudande",
     "Från inbjudan till visning till svaret: visningstider, visning utan hyresvärd, erbjudande "
     "med bilder, svarstiden, att tacka nej och vad det kostar (myter om tre nej), att missa "
     "svarstiden, reserver, hiss och våning som inte stämmer med annonsen.",
     ["Det var hissen i huset bredvid", "Tjugo timmar", "Det kostar ingenting"]),
    (KON, "Kontrakt, inkomstkrav och borgen",
     "Att få skriva kontrakt: hyresvärdens inkomstkrav (gånger hyran), vad som räknas som "
     "inkomst (timanställning, vikariat, provanställning, pension, sparpengar, "
     "försörjningsstöd, stipendium), anställningsbevis, bokslut, kreditupplysning, borgen och "
     "borgensman, samråd med hyresvärdarna.",
     ["Underhållet räknades inte", "mamma skriver under mitt hyreskontrakt",
      "provanställning räknades inte"]),
    (FOR, "Förtur: ansökan, beslut och omprövning",
     "Förtur av medicinska eller sociala skäl: vad som räknas (akut, trångboddhet), att söka "
     "med intyg, handläggningstiden, avslag och motiveringen, omprövning, överklagande till "
     "förvaltningsrätten, beslutsbrevets text och mall. Den medicinska situationen i sig, när "
     "den inte gäller förturen, hör till behov_livslage.",
     ["inte vad det betyder", "Samma kommun, samma jag, bara ett annat papper",
      "Med liten stil"]),
    (AND, "Andrahand och tillfälliga lösningar",
     "Hur man bor medan man väntar: andrahandskontrakt ett år i taget, rum hos familjer, "
     "delade lägenheter, att bo hos släkt, olovlig uthyrning, bedrägerier och depositioner, "
     "Blocket och Facebookgrupper.",
     ["hyrde ut utan att fråga föreningen", "never pay before you've been inside",
      "Så vi lever ett år i taget"]),
    (BOE, "Att bo i lägenheten",
     "Livet efter inflyttningen: lägenheten, grannskapet, barnens rum, hyresvärden och "
     "felanmälan, stambyte och hyreshöjning, tvättstuga, att vilja bo kvar.",
     ["Hon har ett eget rum för första gången", "jag har duschat på jobbet",
      "Man bokar med en bricka på en tavla"]),
    (BYT, "Efteråt: ny kötid och bostadsbyte",
     "Det som händer när man väl har fått en lägenhet: kötiden som nollställs vid kontrakt, att "
     "ställa sig i kön igen, bostadsbyte och bytessidan, hyresvärdens regler för byte, planer på "
     "en större lägenhet, uppsägningstiden och dubbel hyra vid flytten. Hur det är att bo i "
     "lägenheten hör till boendet.",
     ["Kötiden försvann när jag skrev på", "bytessidan är full av folk",
      "noll dagar på Mina sidor"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def timings(session):
    """(start, end) in seconds for every turn: words / rate, seeded pauses; a turn may
    carry an extra gap (a dropped connection)."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        t += turn.get("gap", 0.0)
        dur = len(norm(turn["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_ms(s: float, sep: str = ".") -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}{sep}{ms % 1000:03d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def segments(text: str, target: int) -> list[str]:
    """Sentences packed into pieces of about `target` words (a recogniser's segments)."""
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


def halves(text: str) -> tuple[str, str] | None:
    """Split a turn in two at the sentence boundary nearest the middle (by words)."""
    sents = sentences(text)
    if len(sents) < 2:
        return None
    total = len(norm(text).split())
    best, acc = None, 0
    for k in range(1, len(sents)):
        acc += len(sents[k - 1].split())
        if best is None or abs(acc - total / 2) < abs(best[1] - total / 2):
            best = (k, acc)
    k = best[0]
    return " ".join(sents[:k]), " ".join(sents[k:])


def spread(a, b, pieces):
    words = [len(p.split()) for p in pieces]
    tot = sum(words)
    out, x = [], a
    for w in words:
        y = x + (b - a) * w / tot
        out.append((x, y))
        x = y
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
    cp.title = s.get("title", "")
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.created = cp.modified = s["epoch"]
    cp.revision = 3


def _save_docx(d, s, app="Microsoft Office Word"):
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], app)


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_sheets_xlsx(s):
    """The note-taker's workbook: an `Info` sheet (key | value) first, then ONE SHEET PER
    PART of the same conversation (`Del 1 …`, `Del 2 …`, `Del 3 …`), each with the header
    row `Tid | Talare | Yttrande | Anteckning` (bold, frozen) and a row per turn. The
    recording was restarted after the break, so the times of the last part start again
    from zero, and that sheet opens with a note row without a speaker."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Info"
    for i, (k, v) in enumerate(s["info"], 1):
        info.cell(row=i, column=1, value=k).font = Font(bold=True)
        info.cell(row=i, column=2, value=v)
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 90
    times = timings(s)
    ws, row, offset = None, 0, 0.0
    for t, (a, _) in zip(s["turns"], times):
        for prefix, name, restart, note in s["parts"]:
            if t["mod"] and t["text"].startswith(prefix):
                ws = wb.create_sheet(name)
                for c, v in enumerate(["Tid", "Talare", "Yttrande", "Anteckning"], 1):
                    cell = ws.cell(row=1, column=c, value=v)
                    cell.font = Font(bold=True)
                    cell.fill = PatternFill("solid", fgColor="E2EFDA")
                ws.freeze_panes = "A2"
                for col, w in zip("ABCD", (10, 12, 95, 22)):
                    ws.column_dimensions[col].width = w
                row = 2
                if restart:
                    offset = a - 2.0
                if note:
                    ws.cell(row=row, column=3, value=note).font = Font(italic=True)
                    row += 1
        ws.cell(row=row, column=1, value=hms(a - offset))
        ws.cell(row=row, column=2, value=t["speaker"])
        ws.cell(row=row, column=3, value=t["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        for prefix, note in s["notes"].items():
            if t["text"].startswith(prefix):
                ws.cell(row=row, column=4, value=note)
        row += 1
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel")


def write_sonix_docx(s):
    """Sonix, Word export without timestamps: the first paragraph is Sonix's line about the
    file ('<name>: this m4a audio file was automatically transcribed by Sonix …'); each
    speaker block opens with a paragraph holding the bold label 'Name:', a line break and
    the first paragraph of text; the block's further paragraphs carry no label. One turn is
    two labelled blocks of the same speaker (Sonix repeats the label when it starts a new
    block), and one label stands alone on its paragraph before the same label again."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(f"{s['title']}: this m4a audio file was automatically transcribed by Sonix "
                    "with the best speech-to-text algorithms. This transcript may contain errors.")

    def block(spk, text):
        paras = [text]
        if len(text.split()) > s["para_words"] and halves(text):
            paras = list(halves(text))
        p = d.add_paragraph()
        p.add_run(f"{spk}:").bold = True
        p.add_run().add_break()
        p.add_run(paras[0])
        for x in paras[1:]:
            d.add_paragraph(x)

    for t in s["turns"]:
        if not t["mod"] and t["text"].startswith(s["stray"]):
            d.add_paragraph().add_run(f"{t['speaker']}:").bold = True
        if not t["mod"] and t["text"].startswith(s["relabel"]):
            first, second = halves(t["text"])
            d.add_paragraph().add_run(f"{t['speaker']}:").bold = True
            d.paragraphs[-1].add_run().add_break()
            d.paragraphs[-1].add_run(first)
            block(t["speaker"], second)
        else:
            block(t["speaker"], t["text"])
    return _save_docx(d, s)


def write_amberscript_txt(s):
    """Amberscript 'Export to TEXT' with timestamps and speakers: the start time
    'hh:mm:ss' on a line of its own, then 'Speaker name: text', a blank line between
    blocks; a long turn is two blocks of one speaker. Speakers not renamed keep
    Amberscript's 'Speaker 1'."""
    blocks = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        words = len(norm(t["text"]).split())
        hv = halves(t["text"]) if words >= s["split_words"] else None
        if hv:
            mid = a + (b - a) * len(hv[0].split()) / words
            blocks.append(f"{hms(a)}\n{t['speaker']}: {hv[0]}")
            blocks.append(f"{hms(mid + 0.5)}\n{t['speaker']}: {hv[1]}")
        else:
            blocks.append(f"{hms(a)}\n{t['speaker']}: {t['text']}")
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def write_teams_vtt(s):
    """Microsoft Teams transcript (.vtt), Swedish meeting: WEBVTT, cue ids
    '<guid>/<n>-<k>', '<v Display Name>text</v>'; a long turn is several cues (same n).
    The organiser's display name carries her department in brackets; the participant
    joined without an account, so Teams shows the name she typed with '(Gäst)', and after
    the connection dropped she came back from her phone under another name."""
    lines = ["WEBVTT", ""]
    n = s["first_id"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["cue_words"])
        for k, (piece, (x, y)) in enumerate(zip(pieces, spread(a, b, pieces))):
            lines += [f"{s['guid']}/{n}-{k}", f"{ts_ms(x)} --> {ts_ms(y)}",
                      f"<v {t['speaker']}>{piece}</v>", ""]
        n += 1
    return "\n".join(lines).encode("utf-8")


def write_dictate_docx(s):
    """Interview typed and dictated in Word: a bold title, a note, an empty paragraph;
    then the interviewer's questions typed IN CAPITALS (no question mark, no label) and
    the answers dictated with Word's Dictate as plain paragraphs, no labels at all; one
    answer runs over two paragraphs (the typist said 'new paragraph')."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(13)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    for t in s["turns"]:
        if t.get("split"):
            k = t["text"].index(t["split"])
            d.add_paragraph(t["text"][:k].rstrip())
            d.add_paragraph(t["text"][k:])
        else:
            d.add_paragraph(t["text"])
    return _save_docx(d, s)


def write_happyscribe_docx(s):
    """Happy Scribe, Word export with timecodes and speakers: per block a paragraph
    '[hh:mm:ss.mmm] - Speaker Name', the text in the next paragraph, an empty paragraph;
    every paragraph has its speaker, so a long turn is two blocks with the same name."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for t, (a, b) in zip(s["turns"], timings(s)):
        words = len(norm(t["text"]).split())
        hv = halves(t["text"]) if words >= s["split_words"] else None
        pieces = [(a, t["text"])]
        if hv:
            mid = a + (b - a) * len(hv[0].split()) / words
            pieces = [(a, hv[0]), (mid + 0.4, hv[1])]
        for at, text in pieces:
            d.add_paragraph(f"[{ts_ms(at)}] - {t['speaker']}")
            d.add_paragraph(text)
            d.add_paragraph("")
    return _save_docx(d, s)


DITTO = '-"-'


def write_ditto_csv(s):
    """The interviewer's spreadsheet saved from Swedish Excel as 'CSV UTF-8': BOM,
    semicolons, CRLF, a title row above the header `Nr;Tid;Talare;Text`; she typed a long
    answer over several rows and wrote the ditto mark -"- in `Talare` for the rows that
    continue the same speaker."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow([s["title"], "", "", ""])
    w.writerow(["Nr", "Tid", "Talare", "Text"])
    nr = 1
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["row_words"]) if not t["mod"] else [t["text"]]
        for k, (piece, (x, _)) in enumerate(zip(pieces, spread(a, b, pieces))):
            w.writerow([nr, hms(x), t["speaker"] if k == 0 else DITTO, piece])
            nr += 1
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_zoom_vtt(s):
    """Zoom cloud-recording transcript: numeric cue ids, 'Display Name: text' in every
    cue; the staff member sits on the office's shared Zoom account, so her label is the
    account's name."""
    out = ["WEBVTT", ""]
    n = 0
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["seg_words"])
        for piece, (x, y) in zip(pieces, spread(a, b, pieces)):
            n += 1
            out += [str(n), f"{ts_ms(x)} --> {ts_ms(y)}", f"{t['speaker']}: {piece}", ""]
    return "\n".join(out).encode("utf-8")


WRITERS = dict(sheets_xlsx=write_sheets_xlsx, sonix_docx=write_sonix_docx,
               amberscript_txt=write_amberscript_txt, teams_vtt=write_teams_vtt,
               dictate_docx=write_dictate_docx, happyscribe_docx=write_happyscribe_docx,
               ditto_csv=write_ditto_csv, zoom_vtt=write_zoom_vtt)
NEEDS = dict(sheets_xlsx="openpyxl", sonix_docx="docx", dictate_docx="docx",
             happyscribe_docx="docx")


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


def parse_sheets_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    pairs = []
    for ws in wb.worksheets[1:]:
        for r in ws.iter_rows(min_row=2, values_only=True):
            if r[1]:
                pairs.append((r[1], r[2]))
    return _merge(pairs)


def parse_sonix_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs = []
    for p in d.paragraphs[1:]:
        if p.runs and p.runs[0].bold and p.runs[0].text.endswith(":"):
            pairs.append([p.runs[0].text[:-1], p.text.split("\n", 1)[1] if "\n" in p.text else ""])
        elif p.text:
            pairs[-1][1] += " " + p.text
    return _merge([(a, b) for a, b in pairs if True])


def parse_amberscript_txt(data):
    pairs = []
    for blk in data.decode("utf-8").strip("\n").split("\n\n"):
        tline, rest = blk.split("\n", 1)
        assert re.fullmatch(r"\d\d:\d\d:\d\d", tline), tline
        spk, text = rest.split(": ", 1)
        pairs.append((spk, text))
    return _merge(pairs)


def parse_teams_vtt(data):
    return _merge(re.findall(r"^<v ([^>]+)>(.*)</v>$", data.decode("utf-8"), re.M))


def parse_dictate_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    paras = [p.text for p in d.paragraphs]
    body = paras[paras.index("") + 1:]
    pairs = []
    for x in body:
        question = x == x.upper() and re.search(r"[A-ZÅÄÖ]", x)
        pairs.append((FRAGA if question else UNKNOWN, x))
    return _merge(pairs)


def parse_happyscribe_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs, spk = [], None
    for p in d.paragraphs:
        m = re.fullmatch(r"\[\d\d:\d\d:\d\d\.\d{3}\] - (.+)", p.text)
        if m:
            spk = m.group(1)
        elif p.text:
            pairs.append((spk, p.text))
    return _merge(pairs)


def parse_ditto_csv(data):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[1] == ["Nr", "Tid", "Talare", "Text"], rows[1]
    pairs, prev = [], None
    for r in rows[2:]:
        spk = prev if r[2] == DITTO else r[2]
        pairs.append((spk, r[3]))
        prev = spk
    return _merge(pairs)


def parse_zoom_vtt(data):
    pairs = []
    blocks = data.decode("utf-8").strip().split("\n\n")[1:]
    for blk in blocks:
        lines = blk.split("\n")
        spk, text = lines[2].split(": ", 1)
        pairs.append((spk, text))
    return _merge(pairs)


PARSERS = dict(sheets_xlsx=parse_sheets_xlsx, sonix_docx=parse_sonix_docx,
               amberscript_txt=parse_amberscript_txt, teams_vtt=parse_teams_vtt,
               dictate_docx=parse_dictate_docx, happyscribe_docx=parse_happyscribe_docx,
               ditto_csv=parse_ditto_csv, zoom_vtt=parse_zoom_vtt)


def file_text(fmt, data):
    """All the text a human sees in the file, for the 'gold text is in the file' check."""
    if fmt.endswith("docx"):
        import docx
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    if fmt.endswith("xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True)
                         for v in r if v is not None)
    if fmt.endswith("csv"):
        rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
        return "\n".join(v for r in rows for v in r)
    return data.decode("utf-8")


def _has(module):
    try:
        __import__(module)
        return True
    except ImportError:
        return False


LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")
UNLISTED = {FRAGA}      # the questions of intervju-3.docx carry no label in the file


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS} | UNLISTED
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"} | UNLISTED
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
            assert not t["text"].startswith(("[", "(")), t["text"][:40]
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
            seen = norm(file_text(s["fmt"], data))
            for i, t in enumerate(turns):
                for sent in sentences(t["text"]):
                    if sent not in seen:
                        problems.append(f"{s['file']} turn {i}: text not in file: {sent[:50]}")
        for i, t in enumerate(turns):
            if not t["mod"]:
                rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                             t["sentiment"], t["kind"], norm(t["text"])])
    if (known - UNLISTED) - used:
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
        w.writerow(["speaker", "segment", "age_group", "household", "situation"])
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
