#!/usr/bin/env python3
"""Generate the fictional study of LSS support in Lindåsa kommun (ledsagarservice,
korttidsvistelse, kontaktperson, avlösarservice): transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the two .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant turn,
B() for a participant backchannel, reaction, small talk or thanks (no theme, no stage).
Transcript files and gold rows are written from the same list, so turn indices cannot
drift. How a turn is cut into pieces (NVivo table rows, lines in a note-taker's cell, Sonix
word rows, Amazon Transcribe speaker segments, CHAT utterances, Whisper segments, Teams
cues) is decided by the writer of each layout; the gold keeps one row per turn. After
writing, every file is parsed back with a minimal parser for its layout and compared with
the list (turn index, speaker, text), and every codebook example must be an exact excerpt
of a participant turn coded with that theme and of no turn coded otherwise.

Output is byte-identical from run to run: timings are seeded, the .docx and .xlsx are
re-zipped with fixed timestamps and fixed core properties.
"""
from __future__ import annotations

import csv
import datetime as _dt
import html
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
N_, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text, **opts):
    """Moderator / interviewer / note-taker turn (no gold row)."""
    return dict(speaker=speaker, text=text, mod=True, **opts)


def P(speaker, text, theme, stage, sentiment, kind, **opts):
    """Participant turn with labels."""
    assert kind in KINDS, kind
    assert sentiment in (-1, 0, 1), sentiment
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **opts)


def B(speaker, text, sentiment=0, kind="neutral", **opts):
    """Participant backchannel, reaction, small talk or thanks: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, kind, **opts)


# ---------------------------------------------------------------------------
# Theme ids (the codebook, with descriptions and examples, is below the sessions)
# ---------------------------------------------------------------------------
BV = "behov_vardag"
IN = "information"
AN = "ansokan_intyg"
UT = "utredning"
VK = "vantan_kontakt"
BE = "beslut"
OV = "overklagande"
VS = "verkstallighet"
KT = "korttids"
LK = "ledsagare_kontaktperson"
UF = "uppfoljning"
BM = "bemotande"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
AB, LB = "Annelie Brandt", "Lina Berg"                 # NVivo table (FG1), Sonix, Teams
SE, ML, FH, JS, PH = ("Sanna Eriksson", "Mikael Lind", "Fatima Haddad", "Jenny Sjöberg",
                      "Per Holmgren")                   # FG1 parents
AN_, LI = "Annelie", "Lina"                             # note-taker's grid (FG2), Lina also md
JO, LN, TO, GU, AD, MA = "Jonas", "Linnea", "Tobias", "Gunilla", "Anders", "Maja"
PS = "Petra Sandberg"                                   # Sonix CSV (staff)
ME, RA = "Meera", "Ravi"                                # ole/transcribe Markdown (English)
INV, PAR, PAS = "INV", "PAR", "PAS"                     # CLAN CHAT codes
UNK = "unknown"                                         # blue-questions Word file
S00, S01 = "S00", "S01"                                 # noScribe WebVTT
SN = "Sara Nyström"                                     # Teams -> SRT

PARTICIPANTS = [
    # speaker, segment, roll, age_group, situation
    (AB, "moderator", "samtalsledare, utvecklingsledare vård- och omsorgsförvaltningen", "", ""),
    (LB, "moderator", "tjänstedesigner, bisittare och intervjuare", "", ""),
    (AN_, "moderator", "samtalsledare (Annelie Brandt)", "", ""),
    (LI, "moderator", "bisittare och intervjuare (Lina Berg)", "", ""),
    (INV, "moderator", "intervjuare, forskare (Ida Norén)", "", ""),
    (S01, "moderator", "intervjuare (Annelie Brandt), noScribes talare S01", "", ""),
    (SE, "förälder", "mamma", "35-44",
     "Elsa 9 år, autism och intellektuell funktionsnedsättning, korttidsvistelse på Tallbacken två helger i månaden, åtta månader från ansökan till första helgen"),
    (ML, "förälder", "pappa", "45-54",
     "Vincent 14 år, CP och epilepsi, personlig assistans via Försäkringskassan, korttidstillsyn och korttidsvistelse på Lönnen, omprövning varje år"),
    (FH, "förälder", "mamma", "35-44",
     "Yousef 6 år, Downs syndrom och autism, fick veta om LSS efter tre år, avlösarservice tio timmar i månaden"),
    (JS, "förälder", "mamma", "45-54",
     "Alva 16 år, autism och ADHD, kontaktperson beviljad men inte verkställd på fjorton månader, avslag på ledsagarservice även i förvaltningsrätten"),
    (PH, "förälder", "pappa, ensamstående", "35-44",
     "Theo 11 år, intellektuell funktionsnedsättning och ADHD, sjukskriven för utmattning, avlösarservice och korttidsvistelse fyra dygn i månaden, tidsbegränsat beslut"),
    (JO, "vuxen med insats", "deltagare", "35-44",
     "lindrig intellektuell funktionsnedsättning, egen lägenhet, kontaktpersonen slutade i mars, väntar på en ny"),
    (LN, "vuxen med insats", "deltagare", "25-34",
     "autism, ledsagarservice sexton timmar i månaden, fem ledsagare på tre år"),
    (TO, "vuxen med insats", "deltagare", "35-44",
     "synnedsättning och förvärvad hjärnskada efter en olycka, ledsagarservice, omprövning med nytt läkarintyg"),
    (GU, "god man", "god man för tre huvudmän", "55-64",
     "pensionerad lärare, två huvudmän med LSS-insatser, en väntade två år på kontaktperson"),
    (AD, "god man", "god man och bror", "55-64",
     "god man för sin bror Mats som har Downs syndrom och bor i gruppbostad, avslag på utökad ledsagning"),
    (MA, "vuxen med insats", "deltagare", "18-24",
     "CP, rullstol, talar långsamt och skriver ibland på plattan, ledsagning bara inom kommunen"),
    (PS, "personal", "LSS-handläggare, myndighetsenheten barn och unga", "35-44",
     "handläggare i sex år, ungefär sjuttio ärenden"),
    (ME, "förälder", "mamma", "35-44",
     "familj från Bangalore sedan tre år, Arjun 7 år med autism som inte talar, avlösarservice och korttidsvistelse, intervju på engelska"),
    (RA, "förälder", "pappa", "35-44",
     "Arjuns pappa, arbetar och reser mycket, intervju på engelska"),
    (PAR, "vuxen med insats", "deltagare (Johan)", "35-44",
     "CP med dysartri, personlig assistans dygnet runt via Försäkringskassan, kontaktperson efter åtta månaders väntan, avslag på ledsagarservice"),
    (PAS, "assistent", "Johans personliga assistent (Maria)", "45-54",
     "har arbetat hos Johan i sju år"),
    (UNK, "förälder", "mamma (omärkt i filen)", "45-54",
     "Noah 12 år, autism och intellektuell funktionsnedsättning, avslag på korttidsvistelse, vann i förvaltningsrätten, fyra månader till första helgen"),
    (S00, "god man", "god man (Bengt), noScribes talare S00", "65+",
     "god man för Sofia 45 år i gruppbostad, kontaktperson efter arton månader, avslag på ledsagning till mamman även i förvaltningsrätten"),
    (SN, "förälder", "mamma", "45-54",
     "Oskar 17 år, autism och lindrig intellektuell funktionsnedsättning, korttidsvistelse och ledsagarservice, fyller arton i mars"),
]

# ---------------------------------------------------------------------------
# Session 1: fokusgrupp-1.docx (in person, Medborgarhuset, tisdag 4 november 2025;
# recorded on a dictaphone, typed by an intern into a Word table prepared for NVivo's
# "Import Rows": Timespan | Content | Speaker, the speaker only where it changes).
# Parents of children with LSS support. Guide chronological. Typed clean verbatim,
# numbers mostly as words.
# ---------------------------------------------------------------------------
FG1 = [
    M(AB, "Ja, då tror jag att den spelar in. Välkomna allihop, och tack för att ni tar er tid en tisdagskväll, jag vet att det inte är självklart att få ihop det med barnvakt och allt. Jag heter Annelie Brandt och jobbar med utveckling på vård- och omsorgsförvaltningen, och det här är Lina som är tjänstedesigner och sitter med och antecknar. Vi vill förstå hur det är att söka och få stöd enligt LSS för sitt barn, hela vägen från att man förstår att man behöver något till hur det fungerar i dag. Det finns inga rätta svar, och ni behöver inte säga något om ert barn som ni inte vill. Ska vi börja med en runda? Förnamn, vem ni har hemma och vilket stöd ni har eller har sökt."),
    P(SE, "Jag kan börja. Sanna. Jag har Elsa som är nio, hon har autism och en intellektuell funktionsnedsättning, och så har hon en lillebror som är sex. Elsa har korttids på Tallbacken två helger i månaden sedan i våras.", BV, N_, 0, "neutral"),
    P(ML, "Mikael, pappa till Vincent som är fjorton. Han har CP och epilepsi och sitter i rullstol. Assistansen har han genom Försäkringskassan, och från kommunen har vi korttidstillsyn efter skolan på Lönnen och korttids en helg i månaden.", BV, N_, 0, "neutral"),
    P(FH, "Jag heter Fatima. Min son Yousef är sex, han har Downs syndrom och autism. Vi har avlösare hemma, tio timmar i månaden. Det har vi haft i ett år ungefär.", BV, N_, 0, "neutral"),
    P(JS, "Jenny. Alva är sexton, hon har autism och ADHD. Hon har ett beslut om kontaktperson. Ett beslut, alltså. Inte en kontaktperson.", VS, US, -1, "pain"),
    B(SE, "Känner igen det."),
    P(PH, "Per heter jag. Jag är ensam med Theo, han är elva. Intellektuell funktionsnedsättning och ADHD. Vi har avlösarservice och korttids fyra dygn i månaden, och det är, ja, det är det som gör att jag fortfarande jobbar.", BV, N_, 0, "neutral"),
    M(AB, "Tack. Om vi går tillbaka till början då. När förstod ni att ni behövde stöd, att det inte gick längre som det var? Per, du nickade."),
    P(PH, "Ja. Det var för två år sedan ungefär. Theo sov inte. Alltså, han sov tre, fyra timmar per natt i perioder, och jag jobbar på lager med tidiga pass. Till slut satt jag i bilen utanför jobbet en morgon och kunde inte gå in. Min läkare sjukskrev mig och frågade om jag hade någon avlastning. Jag visste inte ens vad det betydde.", BV, N_, -1, "pain"),
    P(SE, "För oss kom diagnosen när Elsa var fyra, men det var inte då vi sökte. Man tror att man ska klara det själv. Det var mer när lillebror kom. Elsa slog honom, hon visste inte vart hon skulle ta vägen med ljud och allt. Vi var aldrig lediga, inte en enda kväll på fem år.", BV, N_, -1, "pain"),
    P(ML, "Vincent var ju sjuk från början, så vi har haft kontakt med allt och alla sedan han föddes. Habiliteringen, sjukhuset, assistansen. Det var inte information som saknades. Det var att ingen sa att kommunen var en egen sak.", IN, FI, -1, "pain"),
    M(AB, "Hur fick ni veta vad man kunde söka, och hos vem?"),
    P(FH, "Av en annan mamma. På öppna förskolan. Hon frågade om vi hade avlösning, och jag sa nej, vad är det? Då hade Yousef haft diagnosen i tre år. Tre år. Ingen på habiliteringen sa något, eller de sa kanske, men jag förstod inte orden.", IN, FI, -1, "pain"),
    P(JS, "Facebook. Ärligt talat. Det finns en grupp för föräldrar här i kommunen, och där får man veta mer på en kväll än på kommunens sida på ett år.", IN, FI, -1, "pain"),
    B(ML, "Ja, den gruppen."),
    P(SE, "Men den kan också göra en livrädd. Man läser om alla som har fått avslag och tänker att det är ingen idé att ens försöka.", IN, FI, -1, "pain"),
    P(PH, "Jag gick in på kommunens webbplats och där står det LSS och nio insatser i en lista. Korttidsvistelse utanför det egna hemmet. Avlösarservice i hemmet. Jag fattade inte skillnaden. Och det stod ingenting om hur lång tid det tar eller vad man ska skicka med.", IN, FI, -1, "pain"),
    M(AB, "Vad hade hjälpt er då, i början?"),
    P(ML, "Att någon ringde. En person som sa: det här kan ni söka, så här gör man. Vi har en kurator på habiliteringen nu som är guld värd, men henne fick vi först när Vincent var tio.", IN, FI, 0, "suggestion"),
    P(FH, "Och på arabiska. Eller bara enkel svenska. Jag läser svenska, men papperen från kommunen är som juridik.", IN, FI, -1, "suggestion"),
    M(AB, "Om vi går till själva ansökan. Hur gick det till?"),
    P(SE, "E-tjänsten. Den var okej, tror jag, den var inte svår att fylla i. Det svåra var rutan där man ska beskriva behovet. Hur beskriver man sitt liv i en ruta med femhundra tecken?", AN, AP, -1, "pain"),
    B(PH, "Precis."),
    P(JS, "Och sedan ville de ha intyg. Läkarintyg om diagnosen, fast den står ju i journalen. Och ett utlåtande från psykologen om personkretsen. Psykologen på BUP hade sex veckors väntetid för att skriva ett intyg som sa samma sak som det förra.", AN, AP, -1, "pain"),
    P(ML, "Vi fick betala för läkarintyget. Trehundra kronor, tror jag. Inte mycket, men det är principen, det var ju kommunen som ville ha det.", AN, AP, -1, "pain"),
    P(FH, "Jag skickade på papper. Jag kunde inte logga in, jag hade inget bank-id då. Sedan ringde de och sa att det saknades en sida. Vilken sida, sa jag. Sidan två, med underskrift från pappan också.", AN, AP, -1, "pain"),
    M(AB, "Sedan kom utredningen, antar jag. Hur var den?"),
    P(PH, "Hon kom hem till oss, handläggaren. Jättetrevlig. Men frågorna. Hur många gånger per natt vaknar han, hur lång tid tar det att klä på honom, kan han borsta tänderna själv. Och Theo satt bredvid och hörde allt. Att hans pappa räknade upp allt han inte kan.", UT, PR, -1, "pain"),
    P(SE, "Samma här. Man måste göra barnet så dåligt som möjligt på papperet. Det är ingen som säger det, men alla vet det.", UT, PR, -1, "pain"),
    B(JS, "Ja."),
    P(ML, "Jag tycker inte att det var så farligt, faktiskt. Vår handläggare hade varit på Lönnen och visste hur det är med epilepsi på natten. Hon ställde frågor som visade att hon förstod. Det är väl tur vem man får.", UT, PR, 1, "praise"),
    P(FH, "Tolken var i telefon. På högtalare på bordet. Och Yousef skrek hela tiden, så tolken hörde inte och handläggaren hörde inte. Det tog två timmar.", UT, PR, -1, "pain"),
    M(LB, "Får jag fråga en sak, Fatima? Var det ni som bad om tolk, eller ordnade kommunen det?"),
    P(FH, "Kommunen. Det var bra att de tänkte på det. Bara inte i telefon.", UT, PR, 0, "pain"),
    M(AB, "Och sedan väntan. Hur lång tid tog det från att ni sökte till att ni fick beslut?"),
    P(SE, "Fyra månader. Och det var fyra månader där jag inte visste någonting. Jag ringde på telefontiden, tisdagar och torsdagar mellan nio och tio, och då var det upptaget eller så var hon på hembesök.", VK, PR, -1, "pain"),
    P(JS, "Vi bytte handläggare två gånger under tiden. Den andra hade inte läst akten, hon ville komma på ett nytt hembesök.", VK, PR, -1, "pain"),
    B(PH, "Nej, men usch."),
    P(JS, "Jo. Och Alva vägrade. Hon sa att hon inte tänkte berätta allt en gång till för en ny tant. Och det förstår jag ju.", VK, PR, -1, "pain"),
    P(PH, "Min gick fort, faktiskt. Sex veckor. Jag tror att det var för att läkaren skrev att jag var sjukskriven. Då blev det bråttom plötsligt.", VK, PR, 0, "praise"),
    M(AB, "Och när beslutet kom, hur var det att läsa det?"),
    P(ML, "Man läser sista stycket först. Beviljas eller avslås. Allt annat är paragrafer.", BE, DE, 0, "neutral"),
    P(SE, "Vi fick korttids, men två helger i stället för tre som vi sökte. Motiveringen var att behovet bedöms vara tillgodosett. Vems behov, tänkte jag. Mitt eller Elsas?", BE, DE, -1, "pain"),
    P(PH, "Jag fick avslag på de extra dygnen. Det stod att jag kunde ansöka om stöd enligt socialtjänstlagen i stället. Vad det nu innebär. Ingen förklarade.", BE, DE, -1, "pain"),
    P(JS, "Vårt avslag gällde ledsagarservice. Alva vill gå på bio och till stallet utan mig, hon är sexton. Och de skrev att det ingår i föräldraansvaret att följa med en sextonåring. Det är ju precis det hon inte vill.", BE, DE, -1, "pain"),
    B(FH, "Hon är ju stor."),
    M(AB, "Överklagade någon av er?"),
    P(JS, "Jag. Man har tre veckor på sig. Jag skrev ett överklagande på kvällarna med hjälp av en mamma i gruppen som hade gjort det förut. Kommunen ändrade sig inte, så det gick vidare till förvaltningsrätten.", OV, DE, 0, "neutral"),
    P(JS, "Sju månader senare kom domen. Avslag där också. Domstolen höll med kommunen om föräldraansvaret. Så då var det det.", OV, DE, -1, "pain"),
    P(SE, "Jag funderade på det för dygnen, men jag orkade inte. Man ska orka bråka också, ovanpå allt annat.", OV, DE, -1, "pain"),
    P(ML, "Vår handläggare sa faktiskt att vi kunde överklaga och hur man gjorde. Hon sa: jag vill inte att du ska se det som att du bråkar med mig. Det var fint sagt.", OV, DE, 1, "praise"),
    M(AB, "Efter beslutet, hur lång tid tog det innan stödet faktiskt började?"),
    P(SE, "Fyra månader till. Det fanns ingen plats på Tallbacken. Beslutet gällde från april, men första helgen var i augusti.", VS, US, -1, "pain"),
    P(FH, "För oss gick det bra. De hittade en avlösare som pratar arabiska, Samira. Yousef älskar henne. Hon sjunger samma sånger som min mamma sjöng.", VS, US, 1, "praise"),
    B(SE, "Åh, vad fint."),
    P(JS, "Fjorton månader. Fjorton månader har Alva haft beslut om kontaktperson. De hittar ingen, säger de. Och varje kvartal kommer ett brev om att beslutet inte är verkställt och att de har rapporterat det.", VS, US, -1, "pain"),
    M(AB, "Vet du vart det rapporteras?"),
    P(JS, "Till IVO, står det. Och sedan då? Det händer ju ingenting med Alva för det.", VS, US, -1, "pain"),
    P(ML, "Det var likadant med korttidstillsynen. De hade en plats, men den var på Tallbacken med de små barnen, och Vincent är fjorton. Så vi tackade nej och väntade på Lönnen i stället. Då räknades det som att vi hade tackat nej.", VS, US, -1, "pain"),
    M(AB, "Om vi pratar om hur det fungerar nu, i vardagen. Hur är korttids och avlösningen när den väl är igång?", pause_before=600.0),
    P(PH, "Korttids är det bästa som har hänt oss. Jag säger det rakt ut. Theo tycker att det är roligt, de bakar och åker till badhuset, och jag sover. Jag sover två nätter i månaden.", KT, US, 1, "praise"),
    P(SE, "Det hänger på personalen. Elsa har två hon litar på, Amir och Jossan. Är båda lediga samma helg ringer vi och avbokar, för då blir det kaos.", KT, US, 0, "neutral"),
    P(ML, "För Vincent är det medicinen som är grejen. Epilepsimedicin på kvällen och ibland på natten. Varje gång det är ny personal måste jag gå igenom allt igen. Jag har skrivit ett eget papper som sitter på kylen där.", KT, US, -1, "pain"),
    M(LB, "Har ni fått vara med och bestämma vilka helger det blir?"),
    P(SE, "Schemat kommer en månad i taget. Så man kan inte planera någonting. Min syster gifter sig i juni och jag får inte veta om Elsa kan vara på Tallbacken den helgen förrän i maj.", KT, US, -1, "pain"),
    P(FH, "Avlösaren kommer på tisdagar. Men om Samira är sjuk kommer ingen. Det finns ingen ersättare, sa de.", LK, US, -1, "pain"),
    P(PH, "Avlösningen är mer flexibel för oss. Jag kan ringa och säga att jag har tandläkartid på torsdag, kan ni komma då i stället. Det funkar nästan alltid.", LK, US, 1, "praise"),
    P(JS, "Och ledsagare har vi ju inte, som sagt. Så det är jag som sitter i bilen utanför stallet i två timmar varje lördag. Alva vill inte att jag går in.", LK, US, -1, "pain"),
    B(ML, "Man blir chaufför."),
    M(AB, "Har någon av er haft uppföljning av besluten? Att någon från kommunen har hört av sig efteråt?"),
    P(PH, "Mitt beslut gäller ett år. Det går ut i januari. Och jag vet inte om jag ska söka nytt eller om de ringer mig. Ingen har sagt något.", UF, FU, -1, "pain"),
    P(ML, "Vi har omprövning varje år. Samma frågor, samma intyg. Vincent har CP. Det går inte över.", UF, FU, -1, "pain"),
    B(FH, "Nej, det gör det inte."),
    P(SE, "Vi hade faktiskt uppföljning i september. Handläggaren ringde och frågade hur det gick. Det var tio minuter, men det var skönt att någon frågade.", UF, FU, 1, "praise"),
    P(ML, "Det som oroar mig är arton. När han fyller arton blir allt nytt, har jag förstått. Korttids för vuxna, god man, ny handläggare. Ingen har pratat med oss om det än.", UF, FU, -1, "pain"),
    P(JS, "Är det så? Att man måste söka om allt när de fyller arton?", UF, FU, 0, "question"),
    M(AB, "Det beror lite på insatsen, men jag vill inte säga fel. Jag tar med mig frågan och ser till att ni får ett svar."),
    B(JS, "Vi får se."),
    M(AB, "Vi har pratat mycket om handläggarna. Hur har ni blivit bemötta, känner ni att ni blir lyssnade på?"),
    P(FH, "Det beror på vem. En handläggare pratade bara med mig genom tolken och tittade på tolken hela tiden. Den nya tittar på mig. Det är en stor skillnad, fast hon säger samma saker.", BM, PR, 0, "neutral"),
    P(PH, "Jag har aldrig hört någon från kommunen prata med Theo. Det är alltid med mig. Han kan svara på frågor om han får bildstöd, men ingen har frågat honom vad han vill göra på korttids.", BM, PR, -1, "pain"),
    P(SE, "Jag känner mig som en ansökan. Inte som en mamma.", BM, PR, -1, "pain"),
    P(ML, "Jag har faktiskt blivit väl bemött nästan hela vägen. Det är systemet som är tungt, inte människorna.", BM, PR, 1, "praise"),
    M(AB, "Sista rundan. Om ni fick ändra en sak i hur kommunen jobbar med LSS, vad skulle det vara?"),
    P(SE, "En person. Samma handläggare från ansökan till uppföljning. Som känner Elsa.", VK, PR, 0, "suggestion"),
    P(FH, "Information på flera språk, och att habiliteringen och kommunen pratar med varandra. Så att man inte behöver vänta tre år på att en mamma på öppna förskolan ska berätta.", IN, FI, 0, "suggestion"),
    P(JS, "Verkställ besluten. Det är det enda. Ett beslut utan kontaktperson är bara ett papper.", VS, US, -1, "suggestion"),
    P(PH, "Att man inte ska behöva gå sönder först. Jag fick hjälp när jag var sjukskriven. Det borde gå att få den innan.", BV, N_, -1, "suggestion"),
    P(ML, "Förbered oss på arton. Gärna ett år innan.", UF, FU, 0, "suggestion"),
    M(AB, "Tack. Det här har varit jätteviktigt för oss. Vi skickar en sammanfattning till er, och Jenny, jag hör av mig om frågan om arton."),
    B(SE, "Tack själv. Det var skönt att prata med andra som fattar.", 1, "praise"),
    B(PH, "Ja, tack för att ni frågade.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: fokusgrupp-2.xlsx (in person, Träffpunkt Ankaret, torsdag 13 november 2025;
# NOT recorded: two participants did not want a recording, so the note-taker typed the
# talk nearly verbatim into an Excel grid, one row per part of the guide, the whole
# exchange in one cell, a line per turn "Namn: text" (Alt+Enter), now and then a second
# line without a name when a long answer went on). Adults with LSS support and two gode
# män. The guide starts at the end (how the support works this week, follow-up) and jumps.
# The note-taker's text: short sentences, digits for numbers.
# sec= opens a row of the grid, com= is the note-taker's comment in column C.
# ---------------------------------------------------------------------------
FG2 = [
    M(AN_, "Välkomna. Vi spelar inte in i dag, Lina skriver i stället, så säg till om det är något ni inte vill ha nedskrivet. Jag tänkte börja i andra änden i dag. Hur fungerar ert stöd just nu, den här veckan?",
      sec="1. Välkomna. Hur fungerar stödet den här veckan?",
      com="Maja skriver ibland på plattan och läser upp själv. Kaffe och bullar."),
    P(JO, "Jonas. Jag har kontaktperson. Eller jag hade. Han slutade i våras. Han hette Leo. Vi gick på bandy.", LK, US, -1, "pain"),
    P(LN, "Linnea heter jag. Jag har ledsagare 16 timmar i månaden. Den här veckan har jag inte använt några, för ledsagaren är ny och jag vill inte gå på konsert med någon jag inte känner.", LK, US, -1, "pain"),
    P(TO, "Tobias. Jag ser ganska dåligt och jag har en hjärnskada sen en olycka för 6 år sen. Jag har ledsagare när jag ska till stan. Den här veckan har det funkat bra, vi var på banken och hos optikern.", LK, US, 1, "praise"),
    P(MA, "Maja. Jag har CP. Jag pratar långsamt så ha tålamod med mig. Jag har ledsagare. Och jag vill åka tåg till Göteborg men det får jag inte.", BE, DE, -1, "pain"),
    P(TO, "Varför får du inte det?", BE, DE, 0, "question"),
    M(AN_, "Det kommer vi till, Maja, spara det till när vi pratar om besluten. Gunilla?"),
    P(GU, "Gunilla. Jag är god man för 3 personer, 2 av dem har LSS-insatser. Jag var lärare i 30 år innan.", BV, N_, 0, "neutral"),
    P(AD, "Anders. Jag är god man åt min bror Mats som har Downs syndrom. Han bor i gruppbostad här i Lindåsa. Han har en kontaktperson som funkar och ledsagning som inte funkar, kan man säga.", LK, US, 0, "neutral"),
    M(AN_, "Ni har haft stöd ett tag allihop. Har någon från kommunen följt upp hur det går? Frågat om stödet är rätt?",
      sec="2. Uppföljning. Hör kommunen av sig?"),
    P(GU, "För en av mina huvudmän har det inte varit någon uppföljning på 4 år. Beslutet gäller tills vidare, så ingen tittar på det. Hon har haft samma 6 timmar ledsagning sen 2021 fast hela hennes liv har ändrats.", UF, FU, -1, "pain"),
    P(TO, "Jag fick ett brev om omprövning. Det stod att beslutet skulle omprövas och att jag skulle skicka in ett nytt läkarintyg. Det är samma hjärnskada.", UF, FU, -1, "pain"),
    P(MA, "Jag hade ett möte i våras. Handläggaren frågade mig. Inte mamma. Det var första gången.\nHon hade skrivit frågorna innan och skickat dem till mig. Så jag kunde svara på plattan hemma.", BM, FU, 1, "praise"),
    P(AD, "Mats har haft 3 handläggare på 2 år. Varje gång det kommer en ny ska de träffa honom, och han blir jätteorolig inför det. Han tror att han har gjort något fel.", VK, FU, -1, "pain"),
    P(JO, "Ingen har ringt mig.", UF, FU, -1, "pain"),
    P(LN, "Jag har inte heller haft någon uppföljning. Men jag vill inte ha ett möte heller. Ett mejl hade räckt.", UF, FU, 0, "suggestion"),
    P(TO, "Varför måste jag visa att jag fortfarande har en hjärnskada? Den försvinner inte.", UF, FU, -1, "question"),
    M(AN_, "Om vi hoppar bakåt nu. Hur kom det sig att ni sökte stöd från början?",
      sec="3. Hur det började",
      com="Anders tar fram en pärm ur väskan."),
    P(TO, "Efter olyckan låg jag på sjukhus i 3 månader och sen på rehab. Sen kom jag hem och kunde inte ta bussen. Jag hittade inte. Jag satt hemma i ett halvår.", BV, N_, -1, "pain"),
    P(LN, "Jag flyttade hemifrån när jag var 24. Innan gjorde mamma allt med mig. Sen satt jag mest i lägenheten. Jag gick inte ut, för jag klarar inte folk och ljud själv.", BV, N_, -1, "pain"),
    P(AD, "För Mats var det när mamma dog. Hon hade gjort allt, ansökningar, möten, allt. Och så satt jag där med den här pärmen och visste ingenting.", BV, N_, -1, "pain"),
    P(MA, "Jag föddes med CP. Så det var mamma som sökte allt när jag var liten. När jag fyllde 18 skulle jag söka själv. Ingen sa det till mig.", BV, N_, -1, "pain"),
    P(JO, "Skolan sa att jag skulle ha en kontaktperson. Så jag fick en.", IN, FI, 0, "neutral"),
    M(AN_, "Hur fick ni veta vad ni kunde söka?"),
    P(TO, "Arbetsterapeuten på rehab. Hon sa att kommunen har något som heter ledsagare och att hon kunde skriva ett intyg. Hade hon inte sagt det hade jag suttit kvar hemma.", IN, FI, 1, "praise"),
    P(LN, "Mamma googlade. Det var svårt, för på kommunens sida står det att man ska ha betydande svårigheter i den dagliga livsföringen. Jag vet inte om jag har det. Jag har det kanske på onsdagar.", IN, FI, -1, "pain"),
    P(GU, "Som god man får man ingen utbildning i LSS. Jag lärde mig av en annan god man på en kurs hos överförmyndaren. Sen har jag läst lagen själv. Den är inte lång, men den säger inte hur det går till.", IN, FI, -1, "pain"),
    M(AN_, "Vad stod det i besluten ni fick? Var de lätta att förstå? Maja, nu är det din tur.",
      sec="4. Besluten",
      com="Skratt efter Linneas onsdagar (förra raden)."),
    P(MA, "Jag fick ledsagning 10 timmar i månaden inom kommunen. Inom kommunen. Jag vill till Göteborg och träffa min kusin. Det är 2 timmar med tåg.", BE, DE, -1, "pain"),
    M(AN_, "Vad sa de när du frågade varför?"),
    P(MA, "Att ledsagning är till för närområdet. Göteborg är inte nära. Det vet jag.", BE, DE, -1, "pain"),
    P(GU, "Besluten är skrivna för juristen, inte för huvudmannen. Jag läser dem högt för mina huvudmän och förklarar, men det är ju jag som förklarar, inte kommunen.", BE, DE, -1, "pain"),
    P(LN, "Jag fick ett beslut på lätt svenska också, med bilder. Det var bra. Då förstod jag att jag hade fått ja.", BE, DE, 1, "praise"),
    P(JO, "Jag fick ett papper. Mamma läste det.", BE, DE, 0, "neutral"),
    P(AD, "Mats fick avslag på utökad ledsagning. Motiveringen var att han har personal på gruppbostaden som kan följa med. Men personalen säger att de inte hinner. Så han kommer ingenstans.", BE, DE, -1, "pain"),
    M(AN_, "Överklagade du det?"),
    P(AD, "Nej. Jag ringde handläggaren och hon sa att det var lönlöst. Jag vet inte om det stämmer. Jag borde kanske ha gjort det ändå.", OV, DE, -1, "pain"),
    P(TO, "Jag överklagade en gång, om hur många timmar. Det tog ett halvår, och sen fick jag 2 timmar till. Det var värt det, men det var jobbigt att skriva.", OV, DE, 0, "neutral"),
    M(AN_, "Hur lång tid tog det från att ni sökte till att ni fick besked? Och hur var det att få tag på handläggaren under tiden?",
      sec="5. Väntan och kontakten med handläggaren"),
    P(TO, "3 månader. Jag ringde varannan vecka. Hon svarade aldrig på telefontiden, så jag lämnade meddelanden.", VK, PR, -1, "pain"),
    P(GU, "Telefontiden är en timme två dagar i veckan. Jag har tre huvudmän med tre olika handläggare. Det är som ett lotteri.", VK, PR, -1, "pain"),
    P(LN, "Jag ringer inte. Jag mejlade och fick svar efter 2 veckor att jag skulle ringa.", VK, PR, -1, "pain"),
    B(MA, "Typiskt."),
    P(AD, "Mats handläggare var faktiskt snabb. Hon ringde tillbaka samma dag varje gång. Sen slutade hon.", VK, PR, 0, "neutral"),
    P(JO, "Jag vet inte vem min handläggare är nu.", VK, PR, -1, "pain"),
    P(MA, "Jag ringde aldrig. Mamma ringde. Jag tar för lång tid i telefon, tycker de.", VK, PR, -1, "pain"),
    M(AN_, "Jonas, du sa att din kontaktperson slutade i våras. Vad har hänt sen dess?",
      sec="6. När beslutet ska bli verklighet"),
    P(JO, "Jag väntar. De letar. Det tar tid att hitta rätt, sa de.", VS, US, -1, "pain"),
    M(AN_, "Hur länge har du väntat?"),
    P(JO, "Sen mars. Jag går inte på bandy nu. Jag vill inte gå själv.", VS, US, -1, "pain"),
    P(GU, "Det finns inga kontaktpersoner, det är problemet. Arvodet är så lågt att ingen vill. En av mina huvudmän väntade i 2 år. 2 år! Och de skickar in rapporter om att det inte är verkställt, som om det vore en ursäkt.", VS, US, -1, "pain"),
    P(LN, "Jag har haft 5 ledsagare på 3 år. Varje gång en ny måste jag börja om. Vad jag tycker om, vad som är jobbigt.\nJag har skrivit en lapp nu. Om mig. Den får de läsa först.", LK, US, -1, "pain"),
    M(LI, "Får jag fråga, Linnea, fick du träffa ledsagaren innan första gången?"),
    P(LN, "En gång. På ett kafé, med handläggaren. Det var bra. Men de två senaste kom bara.", VS, US, 0, "neutral"),
    P(TO, "Min första ledsagare var 20 och tittade i mobilen hela tiden. Jag sa till handläggaren och då fick jag byta. Det var bra att det gick.", VS, US, 0, "neutral"),
    P(MA, "Min ledsagare är bäst. Hon heter Nora. Hon är 22 som jag. Vi gör saker som jag vill, inte som en tant vill.\nFörlåt Gunilla.", LK, US, 1, "praise"),
    B(GU, "Jag tar det inte personligt."),
    M(AN_, "Vad gör ni med er ledsagare eller kontaktperson, när det fungerar?",
      sec="7. Vardagen med ledsagare och kontaktperson",
      com="Alla skrattar åt Maja, Gunilla också."),
    P(TO, "Vi går till stan, och varannan vecka till simhallen. Ledsagaren läser skyltar och sånt. Men jag måste betala hans kaffe och hans biljett till simhallen. Det blir dyrt med sjukersättning.", LK, US, -1, "pain"),
    P(MA, "Samma. Jag betalar Noras bussbiljett. Kommunen säger att det ingår. I vad?", LK, US, -1, "pain"),
    P(LN, "Betalar inte kommunen ledsagarens biljett?", LK, US, 0, "question"),
    P(GU, "Nej, inte här. Det är den enskilde som står för ledsagarens kostnader, och det är ett av de vanligaste klagomålen jag hör.", LK, US, -1, "pain"),
    P(AD, "Mats kontaktperson är guld. Det är en pensionerad busschaufför, Sven-Erik, och de åker och tittar på bussar. Mats har aldrig varit så glad.", LK, US, 1, "praise"),
    B(JO, "Bussar är bra."),
    P(GU, "En av mina huvudmän bor kvar hemma hos sin pappa, som är 80. Hon har korttids en vecka i månaden på Björken. Det är det enda som gör att pappan orkar.", KT, US, 1, "praise"),
    P(LN, "Finns det korttids för vuxna också?", KT, US, 0, "question"),
    P(GU, "Ja, men det är fem platser för hela kommunen. Hon fick vänta ett halvår på sin.", VS, US, -1, "pain"),
    P(LN, "Jag vill bestämma tiderna själv. Men ledsagaren jobbar bara vardagar till 17. Konserter är på kvällen.", LK, US, -1, "pain"),
    P(JO, "Leo och jag gick på bandy varje söndag. Det var det bästa.", LK, US, 1, "praise"),
    M(AN_, "Hur är det att ha kontakt med kommunen, känner ni att de lyssnar på er?",
      sec="8. Bemötande"),
    P(MA, "De pratar med mamma. Eller med ledsagaren. Jag sitter där. Jag är 22. Jag kan svara om man väntar.\nDet tar lite tid bara.", BM, PR, -1, "pain"),
    P(JO, "Min handläggare är snäll. Hon ritar när hon pratar. Då förstår jag.", BM, PR, 1, "praise"),
    P(GU, "Som god man blir man ibland den de pratar med i stället för huvudmannen, och det är fel. Jag har sagt till flera gånger att jag är där för att stötta, inte för att svara. Men det är lättare för dem att prata med mig.", BM, PR, -1, "pain"),
    P(AD, "Mats säger ja till allt han inte förstår, för att vara snäll. Handläggaren skrev att Mats inte ville ha mer ledsagning. Han hade sagt ja till allt hon frågade, det också.", BM, PR, -1, "pain"),
    P(TO, "De skickar brev. Jag ser inte breven. Jag har sagt att jag vill ha sms eller att de ringer. Det står i min akt. De skickar brev ändå.", BM, PR, -1, "pain"),
    P(LN, "Jag vill kunna mejla. Att ringa är det värsta jag vet.", BM, PR, 0, "suggestion"),
    M(AN_, "Gunilla och Anders, hur är det att söka för någon annan?",
      sec="9. Att söka, och god mans roll",
      com="Tobias skrattar åt breven men är irriterad (förra raden)."),
    P(AD, "Jag fick inte söka för Mats i början. De ville ha hans underskrift, fast jag är god man. Sen visade det sig att det räckte med min, men då hade det gått en månad.", AN, AP, -1, "pain"),
    P(GU, "E-tjänsten går inte att använda för oss gode män. Den loggar in med mitt bank-id och tror att det är jag som söker. Så jag skickar på papper, med en kopia av förordnandet varje gång.", AN, AP, -1, "pain"),
    P(TO, "Jag fick hjälp av arbetsterapeuten att fylla i. Själv hade jag inte klarat det. Det var 6 sidor.", AN, AP, 0, "neutral"),
    P(AD, "Och intyget. De ville ha ett nytt läkarintyg om Downs syndrom. Det har han haft sen han föddes. Det kostade 400 kronor och tog 3 veckor.", AN, AP, -1, "pain"),
    P(LN, "Mamma skrev. Jag läste och sa ja.", AN, AP, 0, "neutral"),
    P(MA, "Jag fyllde i själv på plattan. Det tog 3 kvällar. Men det var jag som skrev.", AN, AP, 0, "neutral"),
    M(AN_, "Sista frågan. Om ni fick ändra en sak, vad skulle det vara?",
      sec="10. Om ni fick bestämma"),
    P(JO, "En ny kontaktperson. Som gillar bandy.", VS, US, 0, "suggestion"),
    P(MA, "Att jag får åka tåg med Nora. Och att de pratar med mig.", BE, DE, 0, "suggestion"),
    P(LN, "Att man får träffa ledsagaren innan. Alltid.", VS, US, 0, "suggestion"),
    P(TO, "Sms i stället för brev.", BM, PR, 0, "suggestion"),
    P(GU, "Uppföljning. Att någon faktiskt tittar på besluten varje år, inte bara när man bråkar.", UF, FU, 0, "suggestion"),
    P(AD, "Samma handläggare. Mats behöver känna igen folk.", VK, PR, 0, "suggestion"),
    M(AN_, "Tack allihop. Det här var jättebra, och vi skickar en sammanfattning på lätt svenska."),
    B(MA, "Tack för att jag fick vara med.", 1, "praise"),
    B(JO, "Tack för fikat."),
    B(TO, "Tack."),
]

# ---------------------------------------------------------------------------
# Session 3: intervju-1.csv (staff: LSS-handläggare; in person at the office, måndag
# 10 november 2025; recorded on a phone, transcribed in Sonix, speaker names set in Sonix,
# exported as Sonix's CSV: one row per word). Sonix's recogniser: digits, punctuation.
# ---------------------------------------------------------------------------
INT1 = [
    M(AB, "Då spelar vi in. Tack för att du ställer upp, Petra. Kan du börja med att berätta vad du gör?"),
    P(PS, "Ja. Jag är LSS-handläggare på myndighetsenheten, barn och unga. Jag har jobbat här i sex år, och innan dess var jag biståndshandläggare inom äldreomsorgen. Just nu har jag ungefär 70 ärenden.", VK, PR, 0, "neutral"),
    M(AB, "70, är det mycket?"),
    P(PS, "Det är för mycket för att göra det bra. Riktlinjen säger 50. Men vi har haft två vakanser sedan i somras.", VK, PR, -1, "pain"),
    M(AB, "Hur brukar det börja, när en familj hör av sig till er?"),
    P(PS, "Oftast ringer de kontaktcenter och blir hänvisade till vår telefontid. Och väldigt ofta vet de inte vad de ska söka. De säger att de behöver avlastning. Då får jag fråga mig fram. Behöver barnet vara någon annanstans ibland, eller behöver ni någon som kommer hem till er?", IN, FI, 0, "neutral"),
    M(AB, "Varför vet de inte det, tror du?"),
    P(PS, "För att lagen är skriven i insatser och inte i behov. Ingen förälder vaknar och tänker att nu behöver jag korttidsvistelse utanför det egna hemmet. Och vår webbsida är en lista med insatserna, rakt av ur lagen. Den borde börja med frågor i stället.", IN, FI, -1, "suggestion"),
    M(AB, "Och ansökan?"),
    P(PS, "E-tjänsten fungerar för de flesta. Det som tar tid är underlagen. Vi behöver kunna bedöma personkretsen, alltså att barnet har en funktionsnedsättning som omfattas av lagen, och då begär vi intyg. Ibland har vi redan det i akten, och då ska vi inte begära det igen. Det händer att vi gör det ändå, det ska jag erkänna.", AN, AP, 0, "neutral"),
    M(AB, "Vad händer i utredningen?"),
    P(PS, "Jag gör nästan alltid hembesök. Jag vill se hur det ser ut och träffa barnet. Sedan ställer jag frågor om vardagen, om natten, om vad föräldrarna orkar. Jag vet att det känns utlämnande. Man sitter och räknar upp allt som är svårt med sitt barn.", UT, PR, 0, "neutral"),
    M(AB, "Mm."),
    P(PS, "Vi har börjat fråga vad som fungerar också, i början av besöket. Det var en mamma som sa till mig att hon grät i bilen efteråt. Det har jag tänkt på många gånger.", UT, PR, 0, "praise"),
    M(AB, "Hur pratar ni med barnen själva?"),
    P(PS, "Där är vi dåliga, ärligt talat. Vi ska ta reda på barnets inställning, det står i lagen, men ofta blir det att jag frågar föräldern vad barnet tycker. Vi har bildstöd och samtalsmattor, men det tar tid, och tid är det vi inte har.", BM, PR, -1, "pain"),
    M(AB, "Hur lång är handläggningstiden?"),
    P(PS, "Målet är tre månader. Vi ligger på fyra, fem. Det beror mycket på intygen och på om vi är fullt bemannade.", VK, PR, -1, "pain"),
    M(AB, "Och besluten, hur skrivs de?"),
    P(PS, "Vi har mallar. De är juridiskt korrekta, men jag förstår att de är svåra att läsa. Vi har börjat skicka med en sammanfattning på lätt svenska till vuxna, men inte till föräldrar. Det kanske vi borde.", BE, DE, 0, "suggestion"),
    M(AB, "Vilka är de vanligaste skälen till avslag?"),
    P(PS, "För barn är det ofta föräldraansvaret. Ett barn på tolv med autism behöver följas till sina fritidsaktiviteter, men det gör en tolvåring utan autism också. Det som går utöver vad en förälder normalt gör, det är LSS. Det är en gränsdragning som är svår att förklara för en trött förälder.", BE, DE, 0, "neutral"),
    M(AB, "Är det många som överklagar?"),
    P(PS, "Några varje år. Jag tycker inte att det är konstigt, och jag säger alltid att de har rätt att göra det. Vi tittar på beslutet igen först, och om vi inte ändrar oss går det till förvaltningsrätten. Ibland vinner de, och då lär vi oss något. Ibland är domen tydlig och då kan vi använda den i andra ärenden.", OV, DE, 0, "neutral"),
    M(AB, "Vad är det svåraste i ditt jobb just nu?"),
    P(PS, "Verkställigheten. Jag fattar ett beslut, familjen blir glad, och sedan händer ingenting. Det är utföraren som ska hitta kontaktperson eller ledsagare, och det finns inte folk. Vi har ett 20-tal beslut som inte är verkställda efter tre månader.", VS, US, -1, "pain"),
    M(AB, "Vad gör ni då?"),
    P(PS, "Vi rapporterar till IVO och till nämnden varje kvartal. Familjen får ett brev. Men jag förstår att brevet inte hjälper någon. Det blir som att vi dokumenterar att vi misslyckas.", VS, US, -1, "pain"),
    M(AB, "Hur är det med korttidsplatserna?"),
    P(PS, "Vi har två korttidshem, Tallbacken för de yngre och Lönnen för tonåringar. Det är fullt på båda. Det svåra är att få ihop grupperna. Man kan inte sätta ett barn som är ljudkänsligt ihop med ett som skriker, hur många platser det än finns.", KT, US, -1, "pain"),
    M(AB, "Och stödfamiljer?"),
    P(PS, "Det har nästan försvunnit. För tio år sedan hade vi 15 stödfamiljer, nu har vi tre. Folk orkar inte, och ersättningen har inte hängt med.", KT, US, -1, "pain"),
    M(AB, "Hur följer ni upp besluten?"),
    P(PS, "Vi ska följa upp minst en gång om året. Det hinner vi inte alltid. De tidsbegränsade besluten följs upp, för annars går de ut. De som gäller tills vidare glöms ibland bort om familjen inte hör av sig.", UF, FU, -1, "pain"),
    M(AB, "Och övergången till vuxen?"),
    P(PS, "Vid 18 flyttas ärendet till vuxenenheten och allt ska utredas på nytt. Många föräldrar blir chockade. Det borde vi börja prata om vid 16, och ha ett gemensamt möte med den nya handläggaren.", UF, FU, 0, "suggestion"),
    M(AB, "Om du fick ändra en sak?"),
    P(PS, "En kontaktväg. En familj ska inte behöva lära sig fem telefonnummer. Och fler kontaktpersoner, men det handlar om pengar, och det bestämmer inte jag.", VK, PR, 0, "suggestion"),
    M(AB, "Tack, Petra. Det här var väldigt bra."),
    B(PS, "Tack själv. Det är bra att ni gör det här. Säg till om ni vill att jag läser något innan det går vidare.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 4: interview-2.md (in English, video call from the family's home, onsdag
# 12 november 2025; the recording transcribed with Amazon Transcribe, speaker
# identification on, and the JSON converted with the open-source ole/transcribe CLI,
# `--names Lina Meera Ravi`). Amazon's recogniser: digits, some "um".
# ---------------------------------------------------------------------------
INT2 = [
    M(LI, "Okay, it's recording now. Thank you both for doing this in English, my colleagues will be jealous. Could you start by telling me a bit about your family?"),
    P(ME, "Sure. I'm Meera, and this is Ravi. We moved here from Bangalore three years ago for Ravi's job. We have two kids, Anika who's 10 and Arjun who's 7. Arjun is autistic and he doesn't really talk, he uses a tablet with pictures.", BV, N_, 0, "neutral"),
    M(LI, "And when did you start thinking you might need support here?"),
    P(RA, "Honestly, the first year we didn't think about it at all. In India there's no system like this, you manage with family. My mother would have lived with us. Here we had nobody, and I travel a lot for work.", BV, N_, -1, "pain"),
    P(ME, "The breaking point was the winter. Arjun stopped sleeping, the school called me every week, and I had to cut my hours. I remember sitting on the kitchen floor thinking, how do Swedish families do this?", BV, N_, -1, "pain"),
    M(LI, "How did you find out about LSS?"),
    P(ME, "From the preschool teacher, actually. She said, have you applied for LSS? And I said, for what? I'd never heard the word. She wrote it on a post-it for me.", IN, FI, 1, "praise"),
    P(RA, "Then I googled it and everything was in Swedish. The municipality website has one page in English and it says, contact us for more information. That's it.", IN, FI, -1, "pain"),
    M(LI, "Mm."),
    P(RA, "So I put the whole law into a translation app. That was, um, not helpful. It translated kontaktperson as contact person, and I thought it was someone we were supposed to call.", IN, FI, -1, "pain"),
    M(LI, "So how did you apply in the end?"),
    P(ME, "Online, with BankID. The form was okay with a translation tab open next to it. But the question about Arjun's needs, I wrote that in English, because I couldn't say what I wanted in Swedish. I didn't know if that was allowed.", AN, AP, 0, "neutral"),
    M(LI, "Was it?"),
    P(ME, "Yes, the case officer said it was fine. She even wrote back in English. She was lovely, Karolina.", VK, PR, 1, "praise"),
    M(LI, "Tell me about the home visit."),
    P(RA, "She came with an interpreter, which we didn't need, and the interpreter was for Tamil. We speak Kannada at home, and English. So the interpreter just sat there for an hour.", UT, PR, -1, "pain"),
    P(ME, "It was actually funny. The interpreter ended up playing with Arjun on the floor. He liked her.", UT, PR, 0, "neutral"),
    M(LI, "And the questions themselves?"),
    P(ME, "Very detailed. How many times does he wake up, can he dress himself, can he eat on his own. I understood why, but it felt like an exam where you want to fail.", UT, PR, -1, "pain"),
    M(LI, "How long did you wait for a decision?"),
    P(RA, "Around three months. Which is fine, I think. What was hard was not knowing what was happening. We didn't know if no news was good news or bad news.", VK, PR, 0, "pain"),
    M(LI, "And the decision?"),
    P(ME, "It came in the post, in Swedish, six pages. Beviljas, I knew that word by then. Avlösarservice, 10 hours a month, and korttidsvistelse, one weekend a month.", BE, DE, 0, "neutral"),
    P(RA, "We had applied for two weekends. It said the need was, what was the word, tillgodosett. We had to look that up too.", BE, DE, -1, "pain"),
    M(LI, "Did you think about appealing?"),
    P(RA, "I read that you have three weeks. By the time we understood the letter, one week was gone. And to be honest, as foreigners, you don't want to be the difficult family. We're here on my work permit.", OV, DE, -1, "pain"),
    M(LI, "That's really important to hear."),
    P(ME, "We didn't know if appealing would affect anything else. It doesn't, I know that now. But nobody told us.", OV, DE, -1, "pain"),
    M(LI, "How did it go when the support actually started?"),
    P(ME, "The respite at home started after a month, a young guy called Oscar, Arjun adores him. The short stay took longer. They had a place at Tallbacken, but the first weekend Arjun screamed in the car and we turned around.", VS, US, 0, "neutral"),
    P(RA, "The staff were good about it. They said, come and visit on Saturday afternoons first, just for a snack. We did that four times. Now he goes and he doesn't even look back.", KT, US, 1, "praise"),
    M(LI, "Oh, that's nice."),
    P(ME, "The food was one thing. We're vegetarian, and the first time they gave him meatballs. But I wrote a note and they fixed it the next time.", KT, US, 0, "neutral"),
    M(LI, "What about the contact with the municipality now?"),
    P(RA, "The case officer changed last spring. The new one only writes in Swedish. Which, okay, we live in Sweden, we're learning. But for these letters you want to be a hundred percent sure.", VK, FU, -1, "pain"),
    P(ME, "And in August we got a letter about a follow-up meeting. We went, and it was good, actually. They asked Arjun with his tablet what he likes at Tallbacken. He pressed swimming three times.", UF, FU, 1, "praise"),
    M(LI, "If you could change one thing?"),
    P(ME, "One page in English that explains the whole thing. What LSS is, what you can apply for, how long it takes, and that you can appeal and it's safe. Just one page.", IN, FI, 0, "suggestion"),
    P(RA, "And tell the interpreter service which language we speak.", UT, PR, 0, "suggestion"),
    M(LI, "Noted. Thank you both so much."),
    B(ME, "Thank you, this was nice. Tack!", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 5: intervju-3.txt (in Johan's flat, tisdag 18 november 2025; interviewed by a
# researcher in speech and language pathology from the university partner, transcribed by
# her in CLAN as CHAT with media linking, saved with the .txt extension for the municipality).
# Johan has CP with dysarthria; his personal assistant Maria is there and sometimes says
# what he said again, or answers. CHAT: one utterance per main tier, lower case but for
# names, a space before the terminator, (.) pauses, xxx for what could not be heard,
# &-eh for fillers, +... for trailing off. com= is a %com tier after the turn.
# ---------------------------------------------------------------------------
INT3 = [
    M(INV, "då är vi igång . tack för att jag fick komma hem till dig Johan ."),
    B(PAR, "ja . välkommen ."),
    M(INV, "kan du berätta lite om dig själv ?"),
    P(PAR, "jag heter Johan . jag är trettioåtta . jag har CP . jag har bott här i tolv år . jag har assistans . dygnet runt . Maria är en av dem .", BV, N_, 0, "neutral"),
    P(PAS, "jag har jobbat hos Johan i sju år .", BV, N_, 0, "neutral"),
    M(INV, "vad har du för stöd från kommunen ?"),
    P(PAR, "kontaktperson . Erik . vi går på fotboll .", LK, US, 0, "neutral"),
    M(INV, "hur kom det sig att du sökte kontaktperson ?"),
    P(PAR, "jag ville ha en kompis . inte personal . (.) alla runt mig får betalt .", BV, N_, -1, "pain"),
    P(PAS, "det sa han till mig för flera år sen . att alla som är här hos honom är anställda .", BV, N_, 0, "neutral",
      com="PAS tittar på Johan innan hon svarar ."),
    M(INV, "hur visste du att man kunde söka det ?"),
    P(PAR, "en kompis på träffpunkten . han hade en .", IN, FI, 0, "neutral"),
    M(INV, "och ansökan , hur gick den till ?"),
    P(PAS, "vi gjorde den tillsammans på datorn . Johan bestämde vad som skulle stå och jag skrev .", AN, AP, 0, "neutral"),
    P(PAR, "jag skrev sista meningen själv . med pinnen .", AN, AP, 1, "praise",
      com="Johan skriver med en pekpinne fäst i ett pannband ."),
    M(INV, "vad stod det ?"),
    P(PAR, "jag vill ha en vän som inte är min assistent .", AN, AP, 0, "neutral"),
    M(INV, "sen kom handläggaren hem till dig ?"),
    P(PAR, "ja . hon pratade med Maria .", BM, PR, -1, "pain"),
    P(PAS, "det var jättejobbigt . hon ställde frågorna till mig och jag sa hela tiden fråga Johan . till slut gick jag och satte mig i köket .", BM, PR, -1, "pain"),
    P(PAR, "då pratade hon med mig . (.) långsamt . som till ett barn .", BM, PR, -1, "pain"),
    M(INV, "hur kändes det ?"),
    P(PAR, "&-eh (..) jag blev arg . men jag sa inget .", BM, PR, -1, "pain",
      com="lång paus , Johan tittar mot fönstret ."),
    M(INV, "vad hände med ansökan sen ?"),
    P(PAR, "jag fick ja på kontaktperson . men nej på ledsagare .", BE, DE, 0, "neutral"),
    M(INV, "ledsagare sökte du också ?"),
    P(PAS, "ja för att Johan vill kunna åka på bortamatcher och då räcker det inte med en assistent . men kommunen sa att ledsagning ingår i assistansen .", BE, DE, -1, "pain"),
    P(PAR, "det står i beslutet . xxx (.) tillgodosett genom personlig assistans .", BE, DE, -1, "pain",
      com="Johan pekar på beslutet som ligger på bordet ."),
    M(INV, "överklagade du ?"),
    P(PAR, "nej . jag orkade inte .", OV, DE, -1, "pain"),
    M(INV, "hur lång tid tog det innan du fick träffa Erik ?"),
    P(PAR, "åtta månader .", VS, US, -1, "pain"),
    P(PAS, "de ringde en gång i månaden och sa att de letade . och en gång kom det en kille som var nitton och som aldrig hade sett en rullstol +...", VS, US, -1, "pain"),
    P(PAR, "det funkade inte .", VS, US, -1, "pain"),
    M(INV, "och Erik då ?"),
    P(PAR, "Erik är bra . han är femtio . han håller på Lindåsa IF . vi har samma humor .", LK, US, 1, "praise"),
    M(INV, "vad gör ni tillsammans ?"),
    P(PAR, "hemmamatcher . och pizza efteråt . Maria sitter tre rader bakom .", LK, US, 1, "praise"),
    P(PAS, "tre rader bakom . det är hela poängen .", LK, US, 1, "praise"),
    M(INV, "har kommunen följt upp hur det går ?"),
    P(PAR, "en gång . i telefon . med Maria .", UF, FU, -1, "pain"),
    M(INV, "om du fick bestämma , vad skulle kommunen göra annorlunda ?"),
    P(PAR, "prata med mig . ta tid . skicka frågorna innan .", BM, PR, 0, "suggestion"),
    M(INV, "tack Johan ."),
    B(PAR, "tack . kom på match nån gång .", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 6: intervju-4.docx (at the family's home in Norrbyn, torsdag 20 november 2025;
# recorded on a phone and typed in Word by the interviewer, without speaker labels: her
# own questions and comments in blue, the mother's answers in black, an empty paragraph
# after each answer; [paus] for a long silence). The mother is not named in the file.
# paras=2 types an answer as two paragraphs.
# ---------------------------------------------------------------------------
INT4 = [
    M(LB, "Då är inspelningen igång. Kan du börja med att berätta om er familj?"),
    P(UNK, "Ja. Det är jag och Noah, han är tolv, och så hans storasyster Wilma som är femton. Noahs pappa bor i Norge, så han är inte så mycket med i vardagen. Noah har autism och en intellektuell funktionsnedsättning, och han skadar sig själv när det blir för mycket. Biter sig i handen.", BV, N_, 0, "neutral"),
    M(LB, "När började ni fundera på att söka stöd från kommunen?"),
    P(UNK, "Det var när Wilma flyttade till sin pappa. Alltså, hon flyttade för att hon inte stod ut hemma. Hon var tretton. Det var då jag förstod att det inte bara handlade om mig.", BV, N_, -1, "pain"),
    M(LB, "Vad sökte du?"),
    P(UNK, "Korttidsvistelse. Två helger i månaden, så att Wilma kunde komma hem de helgerna och ha en vanlig helg med mig. Det var hela idén.", AN, AP, 0, "neutral"),
    M(LB, "Hur visste du att det var det du skulle söka?"),
    P(UNK, "Habiliteringen. Kuratorn där hjälpte mig att formulera ansökan. Hon sa: skriv om syskonen, det är viktigt. Så jag skrev om Wilma.", IN, FI, 1, "praise"),
    P(UNK, "Och hon skrev ett intyg. Psykologen skrev ett. Skolan skrev ett. Jag hade en hel bunt med papper när jag skickade in den.", AN, AP, 0, "neutral"),
    M(LB, "Hur var utredningen?"),
    P(UNK, "Handläggaren kom på hembesök en eftermiddag. Noah var i skolan, så hon träffade honom aldrig. Hon träffade mitt kök. [paus] Hon var korrekt, det ska jag säga. Men hon antecknade mest.", UT, PR, -1, "pain"),
    M(LB, "Och beslutet?"),
    P(UNK, "Avslag. Det stod att behovet kunde tillgodoses genom avlösarservice i hemmet. Men det var ju inte det jag hade sökt. Wilma ville inte vara hemma när Noah var hemma, oavsett om det satt en avlösare i vardagsrummet.", BE, DE, -1, "pain"),
    M(LB, "Hur kändes det?"),
    P(UNK, "Jag grät. Sedan blev jag arg. Och sedan ringde jag kuratorn igen.", BE, DE, -1, "pain"),
    M(LB, "Och då bestämde ni er för att överklaga?"),
    P(UNK, "Ja. Hon sa att jag hade tre veckor på mig och att jag skulle skriva varför beslutet var fel, inte bara att jag var ledsen. Det var ett bra råd. Jag skrev två sidor om Wilma.", OV, DE, 0, "neutral"),
    M(LB, "Vad hände sedan?"),
    P(UNK, "Kommunen gick igenom det igen och ändrade sig inte. Så det skickades vidare till förvaltningsrätten. Och sedan hörde jag ingenting på fem månader.", OV, DE, -1, "pain"),
    M(LB, "Fem månader."),
    P(UNK, "Sju, totalt. Från överklagandet till domen. Jag ringde domstolen en gång och de sa att målet var under handläggning. Det var allt de kunde säga.", OV, DE, -1, "pain"),
    M(LB, "Och domen?"),
    P(UNK, "Vi vann. Rätten skrev att syskonets situation skulle vägas in och att avlösarservice inte tillgodosåg behovet. Jag läste det på bussen och började skratta. Folk tittade på mig.", OV, DE, 1, "praise"),
    M(LB, "Grattis, ändå."),
    P(UNK, "Tack. Men sedan började nästa väntan.", VS, US, -1, "pain"),
    M(LB, "Hur då?"),
    P(UNK, "Det fanns ingen plats på Lönnen. Domen kom i april, och första helgen var i september. Fyra månader till. Och då hade Wilma redan bestämt sig för att bo kvar hos sin pappa.", VS, US, -1, "pain"),
    M(LB, "Så hon flyttade aldrig tillbaka?"),
    P(UNK, "Nej. Men hon kommer hit de helgerna Noah är på Lönnen. Så vi har de helgerna nu, hon och jag. Vi bakar och ser på film. Det är det bästa i hela månaden.", KT, US, 1, "praise"),
    M(LB, "Hur trivs Noah där?"),
    P(UNK, "Bra, tror jag. Det är svårt att veta, han säger inte så mycket. Men han ställer sin väska vid dörren på fredagarna, och det gör han inte när det är skola.", KT, US, 1, "praise"),
    M(LB, "Är det något som inte fungerar?"),
    P(UNK, "Bytena. Personalen byts ganska ofta, och när det är en ny person ringer de mig klockan tio på kvällen och frågar hur man gör när han biter sig. Det står i pärmen. Jag har skrivit pärmen. Nu har jag börjat skriva en sammanfattning på första sidan, med stora bokstäver.", KT, US, -1, "pain", paras=2),
    M(LB, "Har kommunen följt upp beslutet?"),
    P(UNK, "Nu i höstas kom ett brev om omprövning. Beslutet efter domen gäller ett år, så nu ska de utreda igen. Jag fick panik. Ska vi göra om hela resan?", UF, FU, -1, "pain"),
    M(LB, "Vad har du fått veta om hur det går till?"),
    P(UNK, "Ingenting än. Ett brev med en tid. Den nya handläggaren heter något jag inte känner igen. Det är tredje handläggaren på tre år.", VK, FU, -1, "pain"),
    M(LB, "Om du fick ändra en sak i hela det här?"),
    P(UNK, "Att man tittar på hela familjen direkt. Att syskonen räknas från början, inte först i domstolen.", UT, PR, 0, "suggestion"),
    M(LB, "Tack för att du berättade."),
    B(UNK, "Tack själv. Det är skönt att någon vill höra den hela vägen.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 7: intervju-5.vtt (god man, in a meeting room at the town hall, onsdag
# 26 november 2025; recorded on a dictaphone and transcribed on the interviewer's laptop
# with noScribe, speaker detection on, saved as "WebVTT Subtitles"). The god man spoke
# first ("Är den på nu?"), so he is S00 and the interviewer S01; the labels were not
# changed. Whisper's text: digits, "eh" and "ehm" kept (noScribe's disfluencies option).
# ---------------------------------------------------------------------------
INT5 = [
    B(S00, "Är den på nu? Den lilla röda lampan?"),
    M(S01, "Ja, nu spelar den in. Tack för att du kom hit, Bengt. Vill du börja med att berätta vem du är och vem du är god man för?"),
    P(S00, "Ja. Eh, Bengt heter jag, 68 år, pensionerad ingenjör. Jag är god man för Sofia sedan sex år. Hon är 45, hon har en intellektuell funktionsnedsättning och bor i gruppbostaden på Kvarnviken. Vi är inte släkt, jag fick uppdraget via överförmyndaren.", BV, N_, 0, "neutral"),
    M(S01, "Vilka insatser har Sofia?"),
    P(S00, "Bostad med särskild service, det är grunden. Sedan har hon ett beslut om kontaktperson sedan våren 2023, och hon har sökt ledsagning för att kunna hälsa på sin mamma. Det fick hon avslag på.", BE, DE, 0, "neutral"),
    M(S01, "Vi tar det i tur och ordning. Kontaktpersonen först. Hur kom det sig att hon sökte?"),
    P(S00, "Det var Sofia själv som ville. Hon sa till mig att hon ville ha någon att gå på stan med som inte jobbar på boendet. Ehm, hon har personal runt sig hela dagarna, men ingen som är där för hennes skull, om du förstår vad jag menar.", BV, N_, 0, "neutral"),
    M(S01, "Hur gick ansökan till?"),
    P(S00, "Jag skrev den, men Sofia skrev under också, för handläggaren ville det. Det var lite märkligt. Som god man har jag ju rätt att söka för henne, men de ville ha hennes namn på papperet. Fast jag tyckte att det var fint egentligen, att hon fick vara med.", AN, AP, 0, "neutral"),
    P(S00, "Men sedan skickade de beslutet till henne och inte till mig. Det låg i hennes brevlåda i tre veckor innan personalen såg det. Hade det varit ett avslag hade tiden för att överklaga nästan gått ut.", BE, DE, -1, "pain"),
    M(S01, "Men det var ett ja?"),
    P(S00, "Det var ett ja. Kontaktperson, två träffar i månaden. Sofia blev jätteglad. Hon ringde mig och sa: nu ska jag få en kompis.", BE, DE, 1, "praise"),
    M(S01, "Och sedan?"),
    P(S00, "Sedan ingenting. I 18 månader.", VS, US, -1, "pain"),
    M(S01, "18 månader?"),
    P(S00, "Ja. Och varje kvartal kom det ett brev om att beslutet inte var verkställt och att det hade rapporterats till IVO. Jag har dem i en pärm. Sex brev. Sofia frågade mig varje gång vi sågs: har de hittat någon? Och jag fick säga nej.", VS, US, -1, "pain"),
    M(S01, "Vad sa kommunen när du frågade?"),
    P(S00, "Att det är svårt att rekrytera. Att arvodet är lågt. Vilket jag förstår. Men då kan man ju skriva det i beslutet. \"Du har rätt till en kontaktperson, men räkna inte med det.\"", VS, US, -1, "pain"),
    M(S01, "Har hon en nu?"),
    P(S00, "Sedan i augusti. Hon heter Ingrid, hon är pensionerad undersköterska, och de går på loppis. Det var värt att vänta på, det måste jag säga. Sofia har satt upp ett foto på dem på kylskåpet.", LK, US, 1, "praise"),
    M(S01, "Vad fint. Och ledsagningen till mamman?"),
    P(S00, "Sofias mamma bor på ett äldreboende i Hedby, fyra mil härifrån. Sofia kan inte åka buss dit själv, hon måste byta i Lindåsa centrum och det klarar hon inte. Så vi sökte ledsagarservice två gånger i månaden.", BV, N_, 0, "neutral"),
    M(S01, "Och det blev avslag?"),
    P(S00, "Avslag. Motiveringen var att ledsagarservice är till för att delta i samhällslivet och att besök hos anhöriga ska ordnas av boendet. Och boendet säger att de inte har personal för att åka till Hedby en hel eftermiddag. Så det blev ingenting.", BE, DE, -1, "pain"),
    M(S01, "Överklagade ni?"),
    P(S00, "Ja, det gjorde jag. Jag har skrivit en del överklaganden i mitt liv, men då handlade det om bygglov. Förvaltningsrätten gick på kommunens linje. Jag tycker fortfarande att det är fel. Att träffa sin mamma är väl också samhällsliv.", OV, DE, -1, "pain"),
    M(S01, "Hur gör ni nu?"),
    P(S00, "Jag kör henne själv. En gång i månaden. Det ingår inte i mitt uppdrag som god man, det är jag medveten om, men vad ska man göra? Hennes mamma är 90.", LK, US, -1, "pain"),
    M(S01, "Hur är kontakten med handläggarna?"),
    P(S00, "Ehm, blandad. Vissa är väldigt bra. Men det byts ofta, och jag får aldrig veta att det har bytts. Jag ringer den gamla och får höra att hon har slutat.", VK, PR, -1, "pain"),
    M(S01, "Pratar de med Sofia?"),
    P(S00, "Den senaste gjorde det. Hon kom till boendet och hade med sig bilder, och hon frågade Sofia vad hon ville göra med en kontaktperson. Sofia pekade på en bild på en kaffekopp och en på en tröja. Loppis, alltså. Det var ju exakt rätt.", BM, PR, 1, "praise"),
    M(S01, "Följs besluten upp?"),
    P(S00, "Det ska de göra en gång om året, står det. Jag har varit med på en uppföljning på sex år. Och den blev av för att jag själv begärde den.", UF, FU, -1, "pain"),
    M(S01, "Vad skulle du vilja ändra?"),
    P(S00, "Att besluten skickas till mig också. Och ett telefonnummer som går till en människa som vet vem Sofia är. Och, om jag får önska, att man inte fattar beslut som man inte kan verkställa.", VK, PR, 0, "suggestion"),
    M(S01, "Tack, Bengt. Det här var väldigt värdefullt."),
    B(S00, "Ingen orsak. Skicka gärna det ni skriver, så läser jag det för Sofia.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 8: intervju-6.srt (Teams call at lunchtime, fredag 28 november 2025, recorded
# and transcribed in Teams; the .vtt was converted to .srt for a clip in a film for the
# nämnd, with a converter that dropped the closing </v> but kept the opening <v Name>).
# Teams' recogniser: digits, punctuation, no fillers.
# ---------------------------------------------------------------------------
INT6 = [
    M(LB, "Hej Sara, hör du mig? Då har jag startat inspelningen och transkriberingen."),
    B(SN, "Ja, jag hör dig bra. Och jag ser mig själv, det är alltid lika hemskt."),
    M(LB, "Jag vet. Tack för att du tar dig tid på lunchen. Kan du börja med att berätta om Oskar?"),
    P(SN, "Ja. Oskar är 17, han fyller 18 i mars. Han har autism och en lindrig intellektuell funktionsnedsättning. Han går på anpassade gymnasiet, programmet för fastighet och service. Han är rolig, han älskar datorspel och tåg.", BV, N_, 0, "neutral"),
    M(LB, "Vilka insatser har han i dag?"),
    P(SN, "Korttids på Lönnen en helg i månaden, och ledsagare 8 timmar i månaden. Och så hade vi avlösare när han var liten, men det slutade vi med.", LK, US, 0, "neutral"),
    M(LB, "Om vi går tillbaka till början, hur hittade ni till LSS?"),
    P(SN, "Det är länge sedan nu. Habiliteringen gav oss en broschyr när han fick diagnosen, han var 5. Jag minns att jag lade den i en låda för att jag inte orkade. Det tog 3 år innan jag tog fram den igen.", IN, FI, 0, "neutral"),
    M(LB, "Vad hände då, när du tog fram den?"),
    P(SN, "Oskars pappa och jag separerade, och jag klarade inte kvällarna själv. Oskar sov inte och han fick utbrott. Jag ringde kommunen och sa att jag behöver hjälp, vad som helst.", BV, N_, -1, "pain"),
    M(LB, "Och vad fick ni då?"),
    P(SN, "Avlösare, två kvällar i veckan. Det var en student, Julia. Hon räddade mig, ärligt talat. Hon var med oss i fem år.", LK, US, 1, "praise"),
    M(LB, "Ledsagaren, när sökte ni den?"),
    P(SN, "När han var 15. Han ville åka till Göteborg och titta på tåg utan sin mamma, vilket jag förstår. Första gången fick vi avslag. Det stod att det var ett normalt föräldraansvar att följa med en 15-åring.", BE, DE, -1, "pain"),
    M(LB, "Hur tog du det?"),
    P(SN, "Jag blev arg, men jag överklagade inte. Jag väntade ett år och sökte igen när han var 16, och då fick vi ja. Samma barn, samma behov. Han var bara ett år äldre.", BE, DE, -1, "pain"),
    M(LB, "Mm."),
    P(SN, "Jag har aldrig förstått var gränsen går. 15 är föräldraansvar, men 16 är det inte? Någon i Facebookgruppen sa att det beror på vilken handläggare man får.", BE, DE, -1, "pain"),
    M(LB, "Hur var det att hitta en ledsagare?"),
    P(SN, "Det tog två månader, vilket jag tycker var okej. Och de hittade Hampus. Han är 25 och spelar samma spel som Oskar. De kan prata i timmar om saker jag inte förstår ett ord av.", VS, US, 1, "praise"),
    M(LB, "Det låter som en bra matchning."),
    P(SN, "Den bästa. De har åkt till Göteborg tre gånger nu och tittat på tåg. Oskar har ett album med bilder från varje resa.", LK, US, 1, "praise"),
    M(LB, "Och korttids på Lönnen, hur fungerar det?"),
    P(SN, "Det fungerar. Oskar säger att det är tråkigt ibland, för de andra är yngre. Han är äldst där. Men han går dit, och jag hinner vara med hans lillasyster en helg i månaden.", KT, US, 0, "neutral"),
    M(LB, "Nu fyller han 18 snart. Vad vet du om vad som händer då?"),
    P(SN, "Inte mycket, och det är det som stressar mig. Jag läste i Facebookgruppen att alla beslut omprövas och att han får en ny handläggare på vuxensidan. Ingen från kommunen har sagt något till oss.", UF, FU, -1, "pain"),
    M(LB, "Har ni fått något brev?"),
    P(SN, "Nej. Jag ringde i september och frågade. Handläggaren sa att vi tar det när det blir aktuellt. Det är om 4 månader. När blir det aktuellt, om inte nu?", VK, FU, -1, "pain"),
    M(LB, "Vad oroar dig mest?"),
    P(SN, "Korttids. Lönnen är för barn, så det tar slut i mars. Vad finns det för vuxna? Jag vet inte ens om det finns något. Och han måste söka själv nu, med god man kanske, och det har vi inte ordnat.", UF, FU, -1, "pain"),
    M(LB, "God man, har ni börjat med det?"),
    P(SN, "Jag ringde överförmyndaren och de sa att jag kan bli god man själv. Men jag vet inte om jag vill. Jag vill vara hans mamma, inte hans handläggare.", UF, FU, 0, "neutral"),
    M(LB, "Det förstår jag."),
    P(SN, "Och Oskar själv vill ju bestämma. Han sa till mig att han vill ha Hampus även när han är vuxen. Det är det enda han bryr sig om.", UF, FU, 0, "neutral"),
    M(LB, "Om du fick ändra en sak, vad skulle det vara?"),
    P(SN, "Ett möte. Ett år innan 18, med den gamla handläggaren och den nya, och Oskar. Där någon går igenom vad som händer med varje beslut.", UF, FU, 0, "suggestion"),
    M(LB, "Det är en bra idé. Något mer?"),
    P(SN, "Att man slipper söka om samma sak. Det står i akten att han har autism. Han har haft det i 12 år.", AN, AP, -1, "suggestion"),
    M(LB, "Tack Sara, det här var jättebra. Jag stoppar inspelningen nu."),
    B(SN, "Tack! Hälsa Annelie.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook: id, label, description (where borderline turns go), examples (exact excerpts
# of turns coded with that theme and with no other)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (BV, "Behovet och livet före stödet",
     "Livssituationen som gör att man behöver stöd, innan kontakten med kommunen: diagnosen, "
     "sömnlösa nätter, syskon som far illa, en förälder som blir sjukskriven, en olycka, att "
     "flytta hemifrån eller att en förälder dör, att vilja ha en kompis som inte är personal, "
     "vem barnet, den vuxne eller gode mannen är. Hur man fick veta vad man kan söka hör till "
     "information; vad stödet sedan blev till de senare temana.",
     ["satt jag i bilen utanför jobbet", "Vi var aldrig lediga", "alla runt mig får betalt"]),
    (IN, "Att få veta vad man kan söka",
     "Hur man får veta att LSS finns och vad insatserna är: habiliteringen, kuratorn, förskolan, "
     "en annan förälder, Facebookgruppen, arbetsterapeuten, kommunens webbplats med insatserna i "
     "en lista, information på andra språk eller på lätt svenska, gode mäns brist på utbildning; "
     "önskemål om en person som ringer eller en sida som förklarar allt. Själva ansökan hör till "
     "ansokan_intyg.",
     ["mer på en kväll än på kommunens sida på ett år", "Jag har det kanske på onsdagar",
      "One page in English"]),
    (AN, "Ansökan, blanketter och intyg",
     "Att söka: e-tjänsten och BankID, pappersblanketten, rutan där behovet ska beskrivas, vem "
     "som skriver under (båda vårdnadshavarna, huvudmannen eller gode mannen), läkarintyg och "
     "utlåtanden om personkretsen, intyg som redan finns i akten, vad man skrev i ansökan. "
     "Handläggarens frågor och hembesöket hör till utredning.",
     ["Hur beskriver man sitt liv i en ruta", "med en kopia av förordnandet", "med pinnen"]),
    (UT, "Utredningen och hembesöket",
     "Handläggarens utredning: hembesöket, frågorna om natten, påklädning och vad barnet inte "
     "klarar, att barnet hör på, tolk i telefon eller för fel språk, en handläggare som förstår "
     "eller som bara antecknar, att familjens och syskonens situation vägs in. Att inte bli "
     "tilltalad själv hör till bemotande.",
     ["göra barnet så dåligt som möjligt på papperet", "Hon träffade mitt kök",
      "an exam where you want to fail"]),
    (VK, "Väntan och kontakten med handläggaren",
     "Handläggningstiden och att inte veta var ärendet är, telefontider och meddelanden, byte av "
     "handläggare och att behöva berätta allt igen, handläggarnas arbetsbelastning, en "
     "handläggare som svarar snabbt eller skriver på engelska, önskan om en och samma kontakt. "
     "Ett byte av handläggare inför en uppföljning räknas hit, uppföljningen själv till "
     "uppfoljning.",
     ["Det är som ett lotteri", "Den andra hade inte läst akten", "fem telefonnummer"]),
    (BE, "Beslutet",
     "Att få och förstå beslutet: beviljat eller avslag, färre timmar eller dygn än man sökte, "
     "motiveringar som behovet är tillgodosett, föräldraansvaret, personal på boendet eller "
     "personlig assistans, ledsagning bara inom kommunen, beslut på lätt svenska, beslut som "
     "skickas till fel person. Överklagandet hör till overklagande.",
     ["Man läser sista stycket först", "Samma barn, samma behov", "Göteborg är inte nära"]),
    (OV, "Överklagande och förvaltningsrätten",
     "Att överklaga eller låta bli: tre veckor, att skriva varför beslutet är fel, hjälp från en "
     "kurator eller en annan förälder, kommunens omprövning, månader av väntan på domstolen, "
     "domar som går åt ena eller andra hållet, rädsla för att vara besvärlig, att inte orka.",
     ["Man ska orka bråka också", "Jag läste det på bussen och började skratta",
      "you don't want to be the difficult family"]),
    (VS, "Verkställigheten: när beslutet ska bli verklighet",
     "Tiden mellan beslut och stöd: ingen plats på korttidshemmet, ingen kontaktperson eller "
     "ledsagare att hitta, kvartalsbrev om att beslutet inte är verkställt och rapporter till "
     "IVO, att tacka nej till fel plats, matchningen och att få träffa ledsagaren innan, en "
     "ledsagare som inte passade. Hur stödet fungerar när det väl är igång hör till korttids "
     "eller ledsagare_kontaktperson.",
     ["Ett beslut, alltså. Inte en kontaktperson.", "Sedan ingenting. I 18 månader.",
      "dokumenterar att vi misslyckas"]),
    (KT, "Korttidsvistelsen i praktiken",
     "Korttidshemmen Tallbacken och Lönnen och stödfamiljerna när stödet är igång: vad barnet "
     "gör där, personal som barnet litar på och personal som byts, medicin och pärmar, schemat "
     "som kommer en månad i taget, inskolning, maten, helgerna som familjen får, fulla platser "
     "och grupper som inte går ihop.",
     ["Jag sover två nätter i månaden", "Det står i pärmen", "he doesn't even look back"]),
    (LK, "Ledsagare, kontaktperson och avlösare i vardagen",
     "Hur ledsagarservice, kontaktperson och avlösarservice fungerar i vardagen: vad man gör "
     "tillsammans, en kontaktperson som blir en vän, avlösare som är sjuka utan ersättare, "
     "tider som inte passar, ledsagarens kostnader som den enskilde betalar, många byten, gode "
     "män som kör själva. Väntan på att få en hör till verkstallighet.",
     ["sitter i bilen utanför stallet", "Kommunen säger att det ingår. I vad?", "det är hela poängen"]),
    (UF, "Uppföljning, omprövning och att fylla arton",
     "Efter beslutet: uppföljningar som blir av eller inte, tidsbegränsade beslut som går ut, "
     "omprövningar med samma frågor och nya intyg, beslut som gäller tills vidare och glöms bort, "
     "övergången till vuxen vid arton, ny handläggare på vuxensidan, god man. Byte av "
     "handläggare hör till vantan_kontakt.",
     ["Det går inte över", "Förbered oss på arton", "Ett år innan 18"]),
    (BM, "Bemötande och att bli lyssnad på",
     "Hur den som stödet gäller och familjen blir bemötta: handläggare som pratar med "
     "föräldern, assistenten eller gode mannen i stället för personen, som talar till en vuxen "
     "som till ett barn, som tar sig tid, ritar, har med bilder eller skickar frågorna i förväg, "
     "brev till den som inte ser, att känna sig som en ansökan.",
     ["Jag känner mig som en ansökan", "som till ett barn", "Hon ritar när hon pratar"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def interleave(items, moderator, fillers):
    """No two turns in a row by one speaker: two moderator turns in a row are one turn;
    between two turns of one participant the moderator's short acknowledgement (from
    `fillers`, in turn) is its own turn, as it is on the recording. fillers=None: the
    session must not need any (the note-taker's grid)."""
    out, k = [], 0
    for it in items:
        if out and out[-1]["speaker"] == it["speaker"]:
            if it["mod"]:
                out[-1] = dict(out[-1], text=out[-1]["text"] + " " + it["text"])
                continue
            assert fillers, ("two turns in a row by one speaker", it["text"][:40])
            out.append(M(moderator, fillers[k % len(fillers)]))
            k += 1
        out.append(it)
    return out


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses; a
    turn with pause_before= starts that many seconds later (a break)."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        t += it.get("pause_before", 0.0)
        dur = len(norm(it["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_ms(s: float, sep=".") -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}{sep}{ms:03d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"'\[(])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def chunks(text: str, maxw: int) -> list[str]:
    """Cut a turn into pieces at sentence ends, at most maxw words each; a longer
    sentence is cut after a comma, or else between words."""
    units = []
    for s in sentences(text):
        w = s.split()
        if len(w) <= maxw:
            units.append(s)
            continue
        cur = []
        for word in w:
            cur.append(word)
            if (len(cur) >= maxw * 0.6 and word.endswith(",")) or len(cur) >= maxw:
                units.append(" ".join(cur))
                cur = []
        if cur:
            units.append(" ".join(cur))
    out, cur = [], []
    for u in units:
        if cur and len(" ".join(cur + [u]).split()) > maxw:
            out.append(" ".join(cur))
            cur = []
        cur.append(u)
    if cur:
        out.append(" ".join(cur))
    assert " ".join(out) == norm(text), (out, text)
    return out


def halves(text: str, min_words: int) -> list[str]:
    """A long turn in two pieces at the sentence boundary nearest the middle."""
    sents = sentences(text)
    total = len(norm(text).split())
    if total < min_words or len(sents) < 2:
        return [norm(text)]
    best, pos = None, 0
    for k in range(1, len(sents)):
        pos = len(" ".join(sents[:k]).split())
        if best is None or abs(pos - total / 2) < abs(best[1] - total / 2):
            best = (k, pos)
    k = best[0]
    return [" ".join(sents[:k]), " ".join(sents[k:])]


def piece_times(a, b, pieces, gap=0.3):
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def repackage(raw: bytes, when: _dt.datetime, app: str) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; no
    thumbnail; docProps/app.xml names the Office application."""
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
        ct = re.sub(r'<Override PartName="/docProps/thumbnail.jpeg"[^>]*/>', "", ct)
        parts["[Content_Types].xml"] = ct.encode("utf-8")
    if "docProps/app.xml" in parts:
        a = parts["docProps/app.xml"].decode("utf-8")
        a = re.sub(r"<Application>[^<]*</Application>", f"<Application>{app}</Application>", a)
        parts["docProps/app.xml"] = a.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
def ts_nvivo(s: float) -> str:
    """NVivo's transcript time h:mm:ss.f (tenths)."""
    d = int(round(s * 10))
    sec, tenth = divmod(d, 10)
    return f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}.{tenth}"


def nvivo_rows(session):
    """(timespan, content, speaker) rows: a new row for each paragraph the intern typed (a
    long turn is two rows), the speaker only on the first row of a turn (NVivo's Fill Down
    fills the rest on import); the coffee break is a bracketed row without a speaker."""
    rows, prev_end = [], 0.0
    for it, (a, b) in zip(session["items"], timings(session)):
        if it.get("pause_before"):
            rows.append((f"{ts_nvivo(prev_end + 1.0)} - {ts_nvivo(a - 1.0)}", session["break_note"], ""))
        pieces = halves(it["text"], session["split_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.2))):
            rows.append((f"{ts_nvivo(pa)} - {ts_nvivo(pb)}", p, it["speaker"] if k == 0 else ""))
        prev_end = b
    return rows


def write_nvivo_docx(session) -> bytes | None:
    """Word file typed for NVivo's Import Rows: a title, five metadata paragraphs, an empty
    paragraph, then one 3-column table with the header row Timespan | Content | Speaker
    (NVivo's field names, the speaker column last)."""
    try:
        import docx
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(session["title"], level=1)
    for line in session["meta"]:
        d.add_paragraph(line)
    d.add_paragraph("")
    rows = nvivo_rows(session)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    widths = (Cm(3.6), Cm(10.4), Cm(3.2))
    for cell, head, w in zip(t.rows[0].cells, ("Timespan", "Content", "Speaker"), widths):
        cell.width = w
        cell.paragraphs[0].add_run(head).bold = True
    for span, content, spk in rows:
        cells = t.add_row().cells
        for cell, val, w in zip(cells, (span, content, spk), widths):
            cell.width = w
            cell.paragraphs[0].add_run(val)
    cp = d.core_properties
    cp.author = cp.last_modified_by = session["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 3
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def grid_rows(session):
    """(section, cell lines, comment): a row per part of the guide; in the cell a line per
    turn, 'Namn: text', and a turn's further lines (Alt+Enter) without a name."""
    rows = []
    for it in session["items"]:
        if "sec" in it:
            rows.append([it["sec"], [], it.get("com", "")])
        first, *rest = it["text"].split("\n")
        rows[-1][1].append(f"{it['speaker']}: {first}")
        rows[-1][1].extend(rest)
    return rows


def write_notes_xlsx(session) -> bytes | None:
    """Note-taker's grid: title and note in merged cells A1:C1 and A2:C2, row 3 empty,
    header row 4 'Del | Samtalet | Kommentar' (bold, filled, frozen), one row per part of
    the guide with the whole exchange in column B (Alt+Enter between lines, wrapped), a
    second sheet 'Om fokusgruppen'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws["A1"] = session["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = session["subtitle"]
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:C2")
    ws.row_dimensions[2].height = 48
    hdr = 4
    for c, v in enumerate(["Del", "Samtalet", "Kommentar"], 1):
        cell = ws.cell(row=hdr, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    row = hdr + 1
    for sec, lines, com in grid_rows(session):
        ws.cell(row=row, column=1, value=sec).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=2, value="\n".join(lines)).alignment = Alignment(wrap_text=True, vertical="top")
        if com:
            ws.cell(row=row, column=3, value=com).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 15 * sum(1 + len(x) // 95 for x in lines)
        row += 1
    for col, w in zip("ABC", (30, 100, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"A{hdr + 1}"
    about = wb.create_sheet("Om fokusgruppen")
    for r, (k, v) in enumerate(session["about"], 1):
        about.cell(row=r, column=1, value=k).font = Font(bold=True)
        about.cell(row=r, column=2, value=v)
    about.column_dimensions["A"].width = 20
    about.column_dimensions["B"].width = 90
    wb.properties.creator = wb.properties.lastModifiedBy = session["author"]
    wb.properties.created = wb.properties.modified = session["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Excel")


def ts_sonix(s: float) -> str:
    """Sonix's word timecode hh:mm:ss.cc (hundredths)."""
    cs = int(round(s * 100))
    h, cs = divmod(cs, 360_000)
    m, cs = divmod(cs, 6_000)
    sec, cs = divmod(cs, 100)
    return f"{h:02d}:{m:02d}:{sec:02d}.{cs:02d}"


def write_sonix_words_csv(session) -> bytes:
    """Sonix CSV export: header 'Word,Start Timecode,End Timecode,Speaker', one row per
    word with its punctuation, fields quoted only when needed ('"Ja,"'); UTF-8 without BOM,
    LF, a final line break."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Word", "Start Timecode", "End Timecode", "Speaker"])
    rnd = random.Random(session["seed"] + 7)
    for it, (a, b) in zip(session["items"], timings(session)):
        words = norm(it["text"]).split()
        weights = [len(x) + 3 for x in words]
        span = b - a
        t = a
        for word, wt in zip(words, weights):
            d = span * wt / sum(weights)
            gap = rnd.choice((0.0, 0.0, 0.03, 0.09)) if word[-1] not in ".?!," else 0.0
            w.writerow([word, ts_sonix(t), ts_sonix(t + d - gap), it["speaker"]])
            t += d
    return buf.getvalue().encode("utf-8")


def swift_double(x: float) -> str:
    """Swift prints a Double with the shortest round-trip digits and at least one
    decimal (12.0, 5.27), as Python's repr does."""
    return repr(round(x, 2))


def write_ole_md(session) -> bytes:
    """ole/transcribe's makeMarkdown(): per Amazon Transcribe speaker segment
    '<start>–<end><br>' and '**Name** text' on the next line, paragraphs joined by a blank
    line; no header, UTF-8, LF, no final line break. A turn with pauses is several
    segments of one speaker."""
    paras = []
    for it, (a, b) in zip(session["items"], timings(session)):
        segs = chunks(it["text"], session["seg_words"])
        for seg, (pa, pb) in zip(segs, piece_times(a, b, segs, gap=0.6)):
            paras.append(f"{swift_double(pa)}\u2013{swift_double(pb)}<br>\n**{it['speaker']}** {seg}")
    return "\n\n".join(paras).encode("utf-8")


CHAT_TERMS = (".", "?", "!", "+...", "+/.")


def chat_utterances(text: str) -> list[str]:
    out, cur = [], []
    for tok in norm(text).split():
        cur.append(tok)
        if tok in CHAT_TERMS:
            out.append(" ".join(cur))
            cur = []
    assert not cur, ("CHAT utterance without terminator", text)
    return out


def chat_wrap(line: str, width: int = 80) -> list[str]:
    """CLAN-style long tiers: continuation lines start with a tab."""
    words, lines, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = "\t" + w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def write_chat(session) -> bytes:
    """CHAT (CLAN) saved as .txt: @UTF8, @Begin, header tiers, one main tier per utterance
    '*PAR:<tab>text . <NAK>start_end<NAK>' (media bullets in ms), long tiers wrapped with a
    tab, %com tiers after some turns, @End; UTF-8, LF."""
    out = list(session["header"])
    for it, (a, b) in zip(session["items"], timings(session)):
        utts = chat_utterances(it["text"])
        for u, (ua, ub) in zip(utts, piece_times(a, b, utts, gap=0.25)):
            bullet = f"\x15{int(ua * 1000)}_{int(ub * 1000)}\x15"
            lines = chat_wrap(f"*{it['speaker']}:\t{u}")
            lines[-1] += f" {bullet}"        # the bullet stays on the tier's last line
            out.extend(lines)
        if it.get("com"):
            out.extend(chat_wrap(f"%com:\t{it['com']}"))
    out.append("@End")
    return ("\n".join(out) + "\n").encode("utf-8")


BLUE = (0x00, 0x70, 0xC0)


def write_blue_docx(session) -> bytes | None:
    """Interview typed in Word without labels: a bold title, a note (whose questions are
    blue), an empty paragraph, then a paragraph per turn, the interviewer's in blue
    (RGB 0070C0, Word's 'Blue'), the answers in the default black; an empty paragraph
    after each answer; one answer typed as two paragraphs."""
    try:
        import docx
        from docx.shared import Pt, RGBColor
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    r = d.add_paragraph().add_run(session["title"])
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(session["note"])
    d.add_paragraph("")
    for it in session["items"]:
        parts = halves(it["text"], 0) if it.get("paras") == 2 else [norm(it["text"])]
        for p in parts:
            run = d.add_paragraph().add_run(p)
            if it["mod"]:
                run.font.color.rgb = RGBColor(*BLUE)
        if not it["mod"]:
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = cp.last_modified_by = session["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 5
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def write_noscribe_vtt(session) -> bytes:
    """noScribe's html_to_webvtt(): 'WEBVTT <title>' on the first line, a NOTE with the
    header (the paragraph's own line breaks, then two empty lines), 'NOTE media: <path>',
    then numbered cues, one per Whisper segment, '<v S00>text' without an end tag, text
    escaped with html.escape (&quot; &#x27; &amp;); written on Windows: CRLF."""
    out = f"WEBVTT {session['title']}\n\n"
    out += "NOTE\n" + "\n".join(session["note_lines"]) + "\n\n\n"
    out += f"NOTE media: {session['media']}\n\n"
    n = 0
    for it, (a, b) in zip(session["items"], timings(session)):
        segs = chunks(it["text"], session["seg_words"])
        for seg, (pa, pb) in zip(segs, piece_times(a, b, segs, gap=0.4)):
            n += 1
            out += f"{n}\n{ts_ms(pa)} --> {ts_ms(pb)}\n<v {it['speaker']}>{html.escape(seg)}\n\n"
    return out.replace("\n", "\r\n").encode("utf-8")


def write_teams_srt(session) -> bytes:
    """A Teams .vtt converted to SubRip by a converter that removed '</v>' but kept the
    opening '<v Name>' (and dropped Teams' cue ids): numbered cues, 'hh:mm:ss,mmm', one
    line per cue, a cue per Teams phrase; UTF-8, LF."""
    out, n = [], 0
    for it, (a, b) in zip(session["items"], timings(session)):
        segs = chunks(it["text"], session["cue_words"])
        for seg, (pa, pb) in zip(segs, piece_times(a, b, segs, gap=0.1)):
            n += 1
            out += [str(n), f"{ts_ms(pa, ',')} --> {ts_ms(pb, ',')}", f"<v {it['speaker']}>{seg}", ""]
    return "\n".join(out).encode("utf-8")


WRITERS = dict(nvivo_docx=write_nvivo_docx, notes_xlsx=write_notes_xlsx,
               sonix_csv=write_sonix_words_csv, ole_md=write_ole_md, chat=write_chat,
               blue_docx=write_blue_docx, noscribe_vtt=write_noscribe_vtt,
               teams_srt=write_teams_srt)
NEEDS = dict(nvivo_docx="docx", blue_docx="docx", notes_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per layout: (speaker, text) per turn, consecutive pieces of one
# speaker merged
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        text = norm(text)
        if out and out[-1][0] == spk:
            out[-1] = (spk, norm(out[-1][1] + " " + text))
        else:
            out.append((spk, text))
    return [(s, t) for s, t in out if t]


def parse_nvivo_docx(data: bytes):
    import docx
    doc = docx.Document(io.BytesIO(data))
    assert len(doc.tables) == 1
    rows = doc.tables[0].rows
    assert [c.text for c in rows[0].cells] == ["Timespan", "Content", "Speaker"]
    pairs, spk = [], None
    for row in rows[1:]:
        span, content, who = (c.text for c in row.cells)
        assert re.fullmatch(r"\d:\d\d:\d\d\.\d - \d:\d\d:\d\d\.\d", span), span
        if not who and re.fullmatch(r"\[.*\]", content):
            continue                          # the break: a note, not a turn
        spk = who or spk                      # Fill Down
        pairs.append((spk, content))
    return _merge(pairs)


def parse_notes_xlsx(data: bytes, labels):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert [ws.cell(row=4, column=c).value for c in (1, 2, 3)] == ["Del", "Samtalet", "Kommentar"]
    pairs = []
    for r in range(5, ws.max_row + 1):
        for line in (ws.cell(row=r, column=2).value or "").split("\n"):
            m = re.match(r"([^:]{1,20}): (.*)", line)
            if m and m.group(1) in labels:
                pairs.append([m.group(1), m.group(2)])
            else:
                pairs[-1][1] += " " + line
    return _merge([tuple(p) for p in pairs])


def parse_sonix_words_csv(data: bytes):
    text = data.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0].keys()) == ["Word", "Start Timecode", "End Timecode", "Speaker"]
    for r in rows:
        assert re.fullmatch(r"\d\d:\d\d:\d\d\.\d\d", r["Start Timecode"]), r
        assert " " not in r["Word"], r
    return _merge([(r["Speaker"], r["Word"]) for r in rows])


def parse_ole_md(data: bytes):
    text = data.decode("utf-8")
    assert not text.endswith("\n")
    pairs = []
    for blk in text.split("\n\n"):
        head, body = blk.split("\n")
        assert re.fullmatch(r"\d+\.\d+\u2013\d+\.\d+<br>", head), head
        m = re.fullmatch(r"\*\*(.+?)\*\* (.+)", body)
        assert m, body
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_chat(data: bytes):
    lines = data.decode("utf-8").split("\n")
    assert lines[0] == "@UTF8" and lines[1] == "@Begin" and lines[-2] == "@End"
    tiers = []
    for line in lines:
        if line.startswith("\t"):
            tiers[-1][1] += " " + line[1:]
        elif line.startswith("*") or line.startswith("%"):
            code, rest = line.split(":\t", 1)
            tiers.append([code, rest])
    pairs = []
    for code, rest in tiers:
        if code.startswith("*"):
            body = re.sub(r"\s*\x15\d+_\d+\x15\s*$", "", rest)
            assert "\x15" not in body, rest
            pairs.append((code[1:], body))
    return _merge(pairs)


def parse_blue_docx(data: bytes):
    import docx
    from docx.shared import RGBColor
    paras = docx.Document(io.BytesIO(data)).paragraphs
    blue = [any(r.font.color is not None and r.font.color.rgb == RGBColor(*BLUE) for r in p.runs)
            for p in paras]
    start = blue.index(True)
    pairs = []
    for p, is_blue in zip(paras[start:], blue[start:]):
        if p.text.strip():
            pairs.append((LB if is_blue else UNK, p.text))
    return _merge(pairs)


def parse_noscribe_vtt(data: bytes):
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    text = text.replace("\r\n", "\n")
    assert text.startswith("WEBVTT ")
    pairs = []
    for blk in text.split("\n\n")[1:]:
        blk = blk.strip("\n")
        if not blk or blk.startswith("NOTE"):
            continue
        lines = blk.split("\n")
        assert lines[0].isdigit() and "-->" in lines[1], blk
        m = re.fullmatch(r"<v ([^>]+)>(.*)", "\n".join(lines[2:]), re.S)
        assert m, blk
        pairs.append((m.group(1), html.unescape(m.group(2))))
    return _merge(pairs)


def parse_teams_srt(data: bytes):
    pairs = []
    for blk in data.decode("utf-8").strip("\n").split("\n\n"):
        lines = blk.split("\n")
        assert lines[0].isdigit() and "-->" in lines[1] and len(lines) == 3, blk
        m = re.fullmatch(r"<v ([^>]+)>(.*)", lines[2])
        assert m and "</v>" not in lines[2], blk
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


PARSERS = dict(nvivo_docx=parse_nvivo_docx, sonix_csv=parse_sonix_words_csv, ole_md=parse_ole_md,
               chat=parse_chat, blue_docx=parse_blue_docx, noscribe_vtt=parse_noscribe_vtt,
               teams_srt=parse_teams_srt,
               notes_xlsx=lambda d: parse_notes_xlsx(d, {AN_, LI, JO, LN, TO, GU, AD, MA}))


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
NOSCRIBE_AUDIO = "C:/Users/anbr0611/OneDrive - Lindåsa kommun/LSS-studien/Ljud/Intervju 5 god man.m4a"

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="nvivo_docx", seed=8101, start=4.0, rate=2.4,
         pause=(0.6, 2.4), items=interleave(FG1, AB, ["Mm.", "Ja.", "Mm, fortsätt."]),
         title="Fokusgrupp 1 \u2013 föräldrar till barn med LSS-insatser",
         meta=["Datum: tisdag 4 november 2025, kl. 18.00\u201319.45",
               "Plats: Medborgarhuset, Lindåsa, sal Ekbacken",
               "Samtalsledare: Annelie Brandt. Bisittare: Lina Berg.",
               "Deltagare: Sanna Eriksson, Mikael Lind, Fatima Haddad, Jenny Sjöberg, Per Holmgren.",
               "Utskrift: Elin Åkesson (praktikant), från diktafonen, för import till NVivo "
               "(Importera rader, en rad per stycke). Tom talarcell = samma talare som raden ovanför."],
         break_note="[Paus för fika, cirka tio minuter]",
         split_words=45, author="Elin Åkesson", epoch=_dt.datetime(2025, 11, 7, 15, 42, 0)),
    dict(file="fokusgrupp-2.xlsx", fmt="notes_xlsx", seed=8102, start=0.0, rate=1.6,
         pause=(2.0, 6.0), items=interleave(FG2, AN_, None),
         sheet="Anteckningar",
         title="Fokusgrupp 2 \u2013 vuxna med LSS-insatser och gode män",
         subtitle="Torsdag 13 november 2025, kl. 14.00\u201315.30, Träffpunkt Ankaret, Lindåsa. Ingen "
                  "inspelning (två deltagare ville inte bli inspelade). Anteckningar nästan ordagrant "
                  "av Lina Berg, en rad per del av guiden. Samtalsledare Annelie Brandt.",
         about=[("Studie", "LSS-insatser i Lindåsa kommun, användarstudie 2025"),
                ("Tillfälle", "Fokusgrupp 2 av 2"),
                ("Samtalsledare", "Annelie Brandt"),
                ("Antecknare", "Lina Berg"),
                ("Deltagare", "Jonas, Linnea, Tobias, Maja (insatser enligt LSS); Gunilla och Anders (gode män)"),
                ("Samtycke", "Muntligt samtycke, informationsbrev på lätt svenska skickat i förväg")],
         author="Lina Berg", epoch=_dt.datetime(2025, 11, 14, 9, 5, 0)),
    dict(file="intervju-1.csv", fmt="sonix_csv", seed=8103, start=1.2, rate=2.7,
         pause=(0.5, 1.8), items=interleave(INT1, AB, ["Mm.", "Ja.", "Okej."])),
    dict(file="interview-2.md", fmt="ole_md", seed=8104, start=0.44, rate=2.6,
         pause=(0.4, 1.6), items=interleave(INT2, LI, ["Mm.", "Okay.", "Right."]),
         seg_words=28),
    dict(file="intervju-3.txt", fmt="chat", seed=8105, start=2.0, rate=1.3,
         pause=(0.8, 3.5), items=interleave(INT3, INV, ["mm .", "ja .", "okej ."]),
         header=["@UTF8", "@Begin", "@Languages:\tswe",
                 "@Participants:\tINV Ida Investigator, PAR Johan Participant, PAS Maria Caretaker",
                 "@ID:\tswe|delaktighet|INV|||||Investigator|||",
                 "@ID:\tswe|delaktighet|PAR|38;|male|||Participant|||",
                 "@ID:\tswe|delaktighet|PAS|||||Caretaker|||",
                 "@Media:\tintervju3_johan, audio",
                 "@Date:\t18-NOV-2025",
                 "@Location:\tLindåsa, Johans lägenhet",
                 "@Situation:\tintervju om LSS-insatser, Johans personliga assistent Maria är med",
                 "@Transcriber:\tIda Norén",
                 "@Comment:\tJohan har dysartri. PAS upprepar ibland det Johan säger. Kopia till Lindåsa kommun, sparad som .txt."]),
    dict(file="intervju-4.docx", fmt="blue_docx", seed=8106, start=3.0, rate=2.3,
         pause=(0.8, 2.6), items=interleave(INT4, LB, ["Mm.", "Ja.", "Okej."]),
         title="Intervju 4 \u2013 mamma till Noah (korttidsvistelse, överklagande)",
         note="Torsdag 20 november 2025, hemma hos familjen i Norrbyn. Skrivet från inspelningen "
              "av Lina Berg. Mina frågor och kommentarer i blått, mammans svar i svart. [paus] = "
              "längre tystnad.",
         author="Lina Berg", epoch=_dt.datetime(2025, 11, 24, 16, 18, 0)),
    dict(file="intervju-5.vtt", fmt="noscribe_vtt", seed=8107, start=0.6, rate=2.4,
         pause=(0.5, 2.0), items=interleave(INT5, S01, ["Mm.", "Ja.", "Okej."]),
         title="Intervju 5 god man", media=NOSCRIBE_AUDIO, seg_words=24,
         note_lines=["Transcribed with noScribe vers. 0.6.2",
                     f"Audio file: {NOSCRIBE_AUDIO}",
                     "(Language: Swedish (sv) | Speaker detection: auto | Overlapping speech: False | "
                     "Timestamps: False | Disfluencies: True | Mark pause: none)"]),
    dict(file="intervju-6.srt", fmt="teams_srt", seed=8108, start=2.1, rate=2.5,
         pause=(0.5, 1.6), items=interleave(INT6, LB, ["Mm.", "Ja.", "Okej."]),
         cue_words=12),
]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"} | {LB}
    themes = [c[0] for c in CODEBOOK]
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["items"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] or s["fmt"] == "notes_xlsx", t["text"][:40]
            assert "\t" not in t["text"] and " | " not in t["text"], t["text"][:40]
            for line in t["text"].split("\n"):
                assert not LABEL_LIKE.match(norm(line)), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            if s["fmt"] == "chat":
                chat_utterances(t["text"])
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in themes, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
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
                    problems.append(f"{s['file']}: {len(parsed)} parsed turns, {len(expected)} expected")
        for i, t in enumerate(turns):
            if t["mod"]:
                continue
            rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                         t["sentiment"], t["kind"], norm(t["text"])])
    unused = known - used
    if unused:
        problems.append(f"participants.csv labels not used: {sorted(unused)}")

    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage",
                    "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                assert "|" not in e
                inside = [r for r in rows if e in r[7]]
                if not inside or any(r[3] != cid for r in inside):
                    problems.append(f"codebook example not (only) in {cid} turns: {e} "
                                    f"{[(r[0], r[1], r[3]) for r in inside]}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "roll", "age_group", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    print(f"{len(SESSIONS)} sessions, {sum(len(s['items']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        ts = s["items"]
        n_p = sum(1 for t in ts if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in ts if not t["mod"])
        print(f"  {s['file']}: {len(ts)} turns ({n_p} participant, {words} words), "
              f"ends {ts_hms(timings(s)[-1][1])}")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    sizes = sorted(sum(c.values()) for c in per.values())
    print(f"largest / smallest theme: {sizes[-1]} / {sizes[0]} = {sizes[-1] / sizes[0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
