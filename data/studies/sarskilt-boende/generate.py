#!/usr/bin/env python3
"""Generate the fictional study of the move to a särskilt boende (vård- och omsorgsboende)
in the fictional Vallmora kommun: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B() for a participant backchannel, reaction, small talk or thanks (no theme, no
stage). Transcript files and gold rows are written from the same list, so turn indices
cannot drift. How a turn is cut into pieces (Teams live captions, Deepgram caption cues,
Audacity labels, subtitle rows, Meet paragraphs) is decided by the writer of each
layout; the gold keeps one row per turn. After writing, every file is parsed back with
a minimal parser for its layout and compared with the list (turn index, speaker, text),
and every codebook example must be an exact excerpt of a participant turn coded with
that theme and of no turn coded otherwise.

Output is byte-identical from run to run: timings are seeded, the .docx and .xlsx are
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
BV = "behov_vandpunkt"
IV = "information_vagen_in"
AU = "ansokan_utredning"
VD = "vilja_delaktighet"
BO = "beslut_overklagande"
VK = "vantan_ko"
EA = "erbjudande_avstand"
FL = "flytten"
AH = "avgifter_hyra"
VP = "vardag_personal"
AI = "anhoriga_insyn"
BL = "byte_livets_slut"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
UB, SWD = "Ulrika Berg", "Sara Wikström"                          # Teams / Meet display names
AS, GF, ML, HR, KN, LE = ("Anneli Sjögren", "Göran F", "Maria Lindholm", "Hassan Rahimi",
                          "Kent Nyberg", "Lena Ek (Gäst)")      # fokusgrupp-1.md (Teams)
S0, S1, S2, S3, S4, S5, S6 = (f"speaker {i}" for i in range(7))  # fokusgrupp-2.srt (Deepgram)
SWI, JA = "SW", "JÅ"                                             # intervju-1.docx (Fråga/Svar)
SARA, HOL = "Sara", "Holger"                                     # intervju-2.txt (Audacity)
IK, UNK = "Intervjuare (kursiv)", "unknown"                      # intervju-3.docx (kursiv)
PL = "Peter Lindqvist"                                           # interview-4.md (Meet)
ULR, MAL = "Ulrika", "Malin"                                     # intervju-5.csv (Subtitle Edit)
I_, IP = "I", "IP"                                               # intervju-6.xlsx (analysark)

# Labels that no file writes (the italic questions have no label); kept out of
# participants.csv, as the other studies do with their unlabelled interviewers.
UNWRITTEN = {IK}

PARTICIPANTS = [
    # speaker, segment, relation, age_group, situation
    (UB, "moderator", "samtalsledare, verksamhetsutvecklare vård och omsorg", "", ""),
    (SWD, "moderator", "antecknare i fokusgrupp 1, intervjuare (Mälarbergs högskola)", "", ""),
    (S0, "moderator", "samtalsledare (Ulrika Berg), Deepgrams talare 0", "", ""),
    (SWI, "moderator", "intervjuare (Sara Wikström), kolumnen Fråga (SW)", "", ""),
    (SARA, "moderator", "intervjuare (Sara Wikström), etikett i Audacity", "", ""),
    (IK, "moderator", "intervjuare (Sara Wikström), frågorna i kursiv, ingen etikett", "", ""),
    (ULR, "moderator", "programledare (Ulrika Berg), Vallmorapodden", "", ""),
    (I_, "moderator", "intervjuare (Sara Wikström), analysarket", "", ""),
    (AS, "anhörig", "dotter", "55-64",
     "mamma Gerd 91 år, fall och höftfraktur, avslag först, korttids, Björkgården sedan i våras"),
    (GF, "anhörig", "make", "75+",
     "hustru Inger med Alzheimer, skötte henne hemma i fyra år, Lärkängens demensavdelning"),
    (ML, "anhörig", "dotter", "45-54",
     "bor i Stockholm, pappa Sven 87 år, erbjuden Tallhöjden i Nässja, tackade nej, Lärkängen efter fyra månader"),
    (HR, "anhörig", "son", "45-54",
     "mamma Soraya 84 år, stroke, talar dari, syskonen turades om hemma, Solbacken i Östby"),
    (KN, "anhörig", "son", "55-64",
     "pappa Olle 94 år flyttade till Lärkängen i mars och dog tre veckor senare"),
    (LE, "anhörig", "dotter", "55-64",
     "mamma Ruth 88 år, tackade ja till Tallhöjden, bytte till Lärkängen efter åtta månader, gäst i Teams"),
    (S1, "äldre", "boende (Elsa)", "85+",
     "bor på Lärkängen sedan i mars, föll i köket, kom via korttids"),
    (S2, "äldre", "väntar hemma (Rune)", "85+",
     "änkling, beviljat särskilt boende i augusti, tackade nej till Nässja, väntar hemma med hemtjänst"),
    (S3, "äldre", "medboende (Birgit)", "75-84",
     "flyttade med sin man Arne som har Parkinson till Björkgården, parboende"),
    (S4, "äldre", "boende (Stig)", "85+",
     "bor på Solbacken, ville inte flytta, dottern sökte"),
    (S5, "äldre", "boende (Margit)", "85+",
     "bor på Tallhöjden i Nässja sedan sjukhusvistelse, rullstol, har sökt byte till Vallmora"),
    (S6, "personal", "undersköterska (inte deltagare)", "",
     "följde med Elsa från Lärkängen, kommer in en gång om färdtjänsten"),
    (JA, "personal", "biståndshandläggare", "35-44",
     "biståndshandläggare för äldre i sju år, biståndsenheten"),
    (HOL, "äldre", "väntar hemma (Holger)", "85+",
     "änkling i villa i Östby med en tax, beviljat i juli, tackade nej till Tallhöjden där hunden inte fick följa med"),
    (UNK, "anhörig", "hustru (Sonja, omärkt i filen)", "75-84",
     "maken Bertil med demens flyttade till Lärkängens demensavdelning via korttids, hon bor kvar i huset"),
    (PL, "anhörig", "son (bor i England)", "55-64",
     "bor i Leeds, mamma Ingrid 89 år med vaskulär demens, Björkgården, utan BankID och fullmakt, intervju på engelska"),
    (MAL, "anhörig", "dotter", "45-54",
     "pappa Erik 90 år, KOL, tredje våningen utan hiss, avslag, överklagade och vann i förvaltningsrätten"),
    (IP, "god man", "god man", "65-74",
     "god man för fyra huvudmän, tre på särskilt boende, exemplet Ella utan anhöriga, flytt från sjukhuset"),
]

# ---------------------------------------------------------------------------
# Session 1: fokusgrupp-1.md. Teams, tisdag 18 november 2025 kl. 19. Anhöriga.
# Vallmora har stängt av inspelning och transkribering i Teams; samtalsledaren
# slog på livetextningen och sparade den med webbläsartillägget MS Teams Live
# Captions Saver (Markdown-export). Guiden är kronologisk. Sara Wikström antecknar
# och ställer en fråga.
# ---------------------------------------------------------------------------
FG1 = [
    M(UB, "Då är klockan sju, så vi kör igång. Välkomna allihop, och tack för att ni tar er tid en tisdagskväll. Jag heter Ulrika Berg och jobbar med verksamhetsutveckling inom äldreomsorgen här i Vallmora. Med mig har jag Sara Wikström från högskolan, hon lyssnar och antecknar. Vi spelar inte in, men jag har slagit på textningen i Teams och sparar texten, och era namn tas bort innan något används. Är det okej för alla?"),
    B(AS, "Ja, det går bra."),
    M(UB, "Bra. Då tar vi en runda. Säg vad du heter och vem det är du har varit anhörig till, så kort eller långt du vill. Anneli, vill du börja?"),
    P(AS, "Ja. Anneli heter jag. Det är min mamma, Gerd, hon är 91. Hon bodde kvar i lägenheten på Storgatan alldeles för länge, om jag ska vara ärlig. Hon ramlade fyra gånger på ett år, sista gången bröt hon höften. Nu bor hon på Björkgården sedan i våras.", BV, N_, 0, "neutral"),
    M(UB, "Tack. Göran?"),
    B(GF, "Hallå? Hörs jag nu? Barnbarnet har ställt in det här åt mig, jag ser inte er, men jag hör."),
    M(UB, "Vi hör dig jättebra, Göran. Kameran spelar ingen roll."),
    P(GF, "Ja, jag heter Göran och jag är 81. Min fru Inger har Alzheimer. Vi har varit gifta i 57 år. Jag skötte henne hemma i fyra år, och sen gick det inte längre. Hon bor på Lärkängen nu, på demensavdelningen.", BV, N_, 0, "neutral"),
    M(UB, "Tack, Göran. Maria?"),
    P(ML, "Hej. Maria. Jag bor i Stockholm, så jag har gjort allt det här på distans, vilket har varit sin sak. Det gäller min pappa Sven, han är 87 och bodde kvar i huset i Vallmora. Han flyttade in på Lärkängen i oktober efter mycket om och men.", VK, N_, 0, "neutral"),
    M(UB, "Hassan?"),
    P(HR, "Hej allihop. Hassan heter jag. Min mamma Soraya fick en stroke för tre år sedan. Hon pratar dari, nästan ingen svenska. Vi var fyra syskon som turades om hemma hos henne, dygnet runt i perioder. Nu bor hon på Solbacken i Östby.", BV, N_, 0, "neutral"),
    M(UB, "Kent?"),
    P(KN, "Kent. Min pappa Olle flyttade till Lärkängen i mars och han dog tre veckor senare. Så jag har, vad ska man säga, hela resan på väldigt kort tid.", BL, N_, 0, "neutral"),
    M(UB, "Det vill vi gärna höra sen. Och Lena, sist."),
    P(LE, "Ja hej, Lena. Min mamma Ruth är 88. Hon fick först plats på Tallhöjden uppe i Nässja, fast vi hade önskat något här inne. Sen fick hon byta till Lärkängen efter åtta månader. Så jag kan det där med att flytta två gånger.", EA, N_, 0, "neutral"),
    M(UB, "Tack allihop. Vi börjar från början. När var det ni förstod att det inte skulle gå längre hemma? Vad hände?"),
    P(GF, "För mig var det nätterna. Inger vaknade vid tre och skulle till jobbet. Hon har inte jobbat sedan 92. Hon klädde på sig och stod i hallen med handväskan. Och jag skulle upp klockan sju och ge henne medicinen och laga frukost. Jag sov inte på ett halvår, ungefär.", BV, N_, -1, "pain"),
    B(LE, "Nej, det håller ingen."),
    P(GF, "Nej. Och det var ju min dotter som sa till slut, pappa, nu ringer vi. Jag hade inte ringt själv. Man vill ju inte lämna bort sin fru.", AI, N_, -1, "pain"),
    P(AS, "Hos oss var det fallen. Mamma hade trygghetslarm och hemtjänsten kom sex gånger om dygnet. Men hon ramlade ändå, och en gång låg hon på golvet i badrummet i tre timmar innan nattpatrullen kom, för hon hade inte larmet på sig. Det låg på diskbänken.", BV, N_, -1, "pain"),
    B(HR, "Usch."),
    P(ML, "För pappa var det mer smygande. Han slutade äta ordentligt, det stod matlådor orörda i kylen. Och han ringde mig sju, åtta gånger om dagen och frågade samma sak. Jag satt i möten på jobbet och tänkte, nu ringer han igen.", BV, N_, -1, "pain"),
    P(HR, "Vi försökte så länge. I vår kultur sätter man inte sin mamma på ett hem, det är nästan en skam. Så vi sov där i omgångar. Min syster gick ner till halvtid. Till slut var det hennes läkare som sa att nu blir du sjuk själv.", VD, N_, -1, "pain"),
    M(UB, "Hur fick ni veta att man kan söka särskilt boende, och hur man gör?"),
    P(AS, "Jag googlade. Kommunens sida säger att man ska kontakta en biståndshandläggare, men inte hur man når dem. Till slut ringde jag växeln och blev kopplad runt i 20 minuter.", IV, FI, -1, "pain"),
    P(ML, "Jag fick tipset av hemtjänstpersonalen faktiskt. En av dem sa, har ni tänkt på att söka boende? Och jag trodde att man måste vara typ sängliggande för att få det.", IV, FI, 0, "neutral"),
    P(GF, "Jag trodde också det. Att man får ett rum när man inte kan gå längre.", IV, FI, 0, "neutral"),
    P(LE, "Det finns inget som säger vad som gäller. Jag letade efter en lista, det här krävs. Den finns inte. Handläggaren sa sen att man gör en helhetsbedömning. Vilket ju är rimligt, men det gör det svårt att veta om det är lönt att söka.", IV, FI, -1, "pain"),
    P(HR, "För oss var problemet språket. Allt är på svenska. Mamma kunde inte läsa något själv, och broschyren fanns inte på dari. Jag fick översätta allt vid köksbordet.", IV, FI, -1, "pain"),
    M(UB, "Hur gick själva ansökan till?"),
    P(AS, "Jag ringde, och handläggaren ville prata med mamma själv. Vilket jag förstår. Men mamma hör dåligt i telefon, hon sa bara ja ja, det går bra, det är inga problem. Och sen stod det i utredningen att hon klarar sig bra.", AU, AP, -1, "pain"),
    B(GF, "Ja, så är det."),
    P(GF, "Inger var likadan när handläggaren kom på hembesök. Hon var så pigg. Hon bjöd på kaffe, hon frågade om barnen. Hon skärpte sig i en timme, och sen var hon helt slut resten av dagen. Men det såg ju inte handläggaren.", AU, PR, -1, "pain"),
    P(ML, "Det där var mitt största problem också, att pappa visade upp sin bästa sida. Jag bad att få vara med på telefon vid hembesöket, och det fick jag. Jag kunde säga, nej pappa, du har inte ätit lunch på en vecka.", AU, PR, 0, "praise"),
    P(HR, "Vi fick tolk på telefon vid hembesöket. Det fungerade halvbra. Tolken satt i Göteborg och det bröts hela tiden. Och mamma vill inte prata om toaletten inför en främmande man, så hon sa att allt var bra.", AU, PR, -1, "pain"),
    M(UB, "Behövdes det läkarintyg?"),
    P(AS, "Nej, det sa de att det inte behövdes. Men när vi fick avslag var det ett av skälen, att det inte fanns något medicinskt underlag. Så vad gäller?", AU, AP, -1, "pain"),
    M(UB, "Du fick avslag först, Anneli. Berätta."),
    P(AS, "Ja. Det stod att mammas behov kan tillgodoses i ordinärt boende med hemtjänst och trygghetslarm. Det var tre sidor, och två av dem var lagtext. Hon hade ju redan hemtjänst sex gånger om dagen. Vad mer skulle de göra, flytta in?", BO, DE, -1, "pain"),
    B(KN, "Precis."),
    P(AS, "Jag funderade på att överklaga men hann inte. Hon ramlade igen efter tre veckor, och då blev det sjukhus och sen korttids, och från korttids gick det plötsligt fort.", BO, DE, 0, "neutral"),
    P(ML, "Det är det jag har hört från flera. Att man måste hamna på sjukhus först. Att det är vägen in.", IV, FI, -1, "pain"),
    M(UB, "Ni andra som fick ja, hur var det att få beslutet?"),
    P(GF, "Det kom ett brev. Beviljas särskilt boende enligt socialtjänstlagen. Jag läste det tre gånger för att vara säker. Och sen satt jag i köket och grät. För det var ju ett ja, men det var ju också slutet på något.", BO, DE, 0, "neutral"),
    P(HR, "Vi fick beslutet på svenska, med ett papper om hur man överklagar. Jag trodde först att vi hade fått nej, för det stod så mycket om överklagande.", BO, DE, -1, "pain"),
    P(ML, "Och sen står det ingenting om när. Beviljas, ja, men när? Det var i juni. Han flyttade i oktober.", VK, PR, -1, "pain"),
    M(UB, "Hur var väntan?"),
    P(ML, "Ingen sa något. Jag ringde handläggaren varannan vecka och fick höra att han står i kö. Vilken plats i kön? Det kan vi inte säga. Hur många står före? Det kan vi inte säga. Och sen läste jag på nätet att kommunen måste rapportera till IVO om det tar mer än tre månader. Så jag tänkte, nu händer det något. Det hände ingenting. Pappa satt kvar i huset.", VK, PR, -1, "pain"),
    P(LE, "Men vad gör IVO med det? Får man något av det som anhörig, eller är det bara statistik?", VK, PR, 0, "question"),
    M(UB, "Bra fråga, jag vet faktiskt inte exakt vad som händer efter en rapport. Jag tar med mig den."),
    M(UB, "Låt oss prata om erbjudandet. Hur gick det till när ni fick en plats?"),
    P(ML, "Handläggaren ringde en fredag eftermiddag. Det finns en plats på Tallhöjden, ni måste svara senast måndag. Tallhöjden ligger i Nässja, fyra mil bort. Pappa har aldrig bott någon annanstans än i Vallmora. Han har ingen bil längre, och det går en buss två gånger om dagen.", EA, DE, -1, "pain"),
    P(LE, "Fyra mil, det är ju bara en bit.", EA, DE, -1, "pain"),
    B(ML, "Exakt."),
    P(GF, "Vad sa ni, då?", EA, DE, 0, "question"),
    P(ML, "Vi sa nej. Och då fick vi höra att om man tackar nej räknas det som att kommunen har gjort sitt. Det kändes som ett hot, ärligt talat. Han stod kvar i kön i alla fall, men ingen kunde säga det säkert i telefon.", EA, DE, -1, "pain"),
    P(LE, "Vi tackade ja till Tallhöjden, för jag vågade inte säga nej. Mamma var så rädd hemma. Och jag ångrar det inte, egentligen. Personalen där uppe var fantastisk. Men jag körde åtta mil tur och retur tre gånger i veckan i åtta månader.", EA, DE, 0, "neutral"),
    P(HR, "Vi fick Solbacken i Östby. Det är två mil, det är okej med bil. Men vi fick inte se rummet innan. Vi fick ett foto på mejlen.", EA, DE, 0, "pain"),
    M(UB, "Själva flytten då. Hur gick den?"),
    P(AS, "Vi fick tre dagar på oss, från att vi tackade ja till att hon skulle vara där. Hyran börjar gå direkt, sa de. Så vi flyttade med en hyrd släpkärra en onsdag, min man och jag och grannens son.", FL, US, -1, "pain"),
    P(KN, "Samma för pappa. Och vad ska man ta med? Rummet är 22 kvadrat. Han hade en trea full av saker från 60 år. Vi tog hans fåtölj, tv:n, två tavlor och hans klocka. Resten blev kvar i lägenheten, och där blev det kvar länge.", FL, US, 0, "neutral"),
    P(GF, "Det var värst för mig, faktiskt. Att packa hennes väska. Vad tar man med åt en människa som inte vet var hon är? Jag tog hennes kudde och bröllopsfotot.", FL, US, -1, "pain"),
    P(LE, "Personalen på Tallhöjden hade gjort i ordning rummet och satt en blomma i fönstret och skrivit Välkommen Ruth på dörren. Den lappen har jag kvar. Sånt betyder mer än man tror.", FL, US, 1, "praise"),
    P(HR, "På Solbacken frågade de vad mamma tycker om att äta innan hon kom. Det hade ingen frågat på tre år. De hade en blankett, levnadsberättelse heter den, och jag fyllde i den med henne.", FL, US, 1, "praise"),
    M(UB, "Och pengarna? Hyra och avgifter."),
    P(KN, "Ja, där har jag något. Pappa hade hyresrätt och uppsägningstiden var tre månader. Så han betalade dubbel hyra, och han var död efter tre veckor. Ingen sa att man kanske kan få kortare uppsägning när man flyttar till ett boende. Det fick jag veta efteråt av en granne.", AH, US, -1, "pain"),
    P(AS, "Avgiftsbeslutet kom en månad efter att hon flyttat. Då hade det redan gått två fakturor. Och det var hyran, omvårdnadsavgiften och maten var för sig. Mamma har ganska låg pension, så det var bra att förbehållsbeloppet fanns, men det tog mig en kväll att förstå räkningen.", AH, DE, 0, "neutral"),
    P(HR, "Maten, ja. Mamma äter knappt något av den svenska maten, så vi tar med mat hemifrån varje dag. Men hon betalar full matkostnad ändå. Det är 4000 i månaden för mat hon inte äter.", AH, US, -1, "pain"),
    P(AS, "Är det någon som vet om man kan slippa matkostnaden om man tar med egen mat?", AH, US, 0, "question"),
    P(ML, "Pappa har huset kvar, så han fick ingen reducering av något. Vilket är rätt, antar jag. Men huset ska säljas, och det är ett projekt i sig på distans.", AH, DE, 0, "neutral"),
    M(UB, "Hur är vardagen på boendet nu, för er som har någon där?"),
    P(GF, "Jag går dit varje dag klockan tre. Personalen är snälla. Men det är nya ansikten hela tiden, särskilt på sommaren. En dag kom jag och Inger hade en annan kvinnas kofta på sig. Det är en liten sak. Men det är inte en liten sak.", VP, US, -1, "pain"),
    P(HR, "Det bästa som har hänt är en undersköterska som heter Parisa. Hon pratar dari. När hon jobbar så äter mamma, hon skrattar. När hon inte jobbar är det tyst.", VP, US, 1, "praise"),
    P(ML, "Pappa har en kontaktman, Jonna, och hon skickar sms till mig ibland. Idag har Sven varit ute och gått. Det är guld värt när man bor 40 mil bort.", AI, US, 1, "praise"),
    P(AS, "Jag vet inte ens vem mammas kontaktman är. Jag har frågat två gånger. Först var det en som slutade, sen var det en som var föräldraledig.", AI, US, -1, "pain"),
    M(UB, "Hur mycket insyn har ni som anhöriga? Får ni veta saker?"),
    P(LE, "Det beror helt på vem som jobbar. Det finns ingen rutin för när de ringer. När mamma ramlade på Tallhöjden fick jag veta det två dagar senare, när jag själv kom dit och såg blåmärket.", AI, US, -1, "pain"),
    P(GF, "Jag går på anhörigträffen en gång i månaden. Det är bra. Men det är mest vi anhöriga som pratar med varandra. Personalen har inte tid att vara med.", AI, US, 0, "neutral"),
    P(HR, "Och en sak till. Mamma vill inte att man pratar om henne när hon hör. Personalen pratar om henne över huvudet på henne, på svenska, för att de tror att hon inte förstår. Men hon förstår mer än de tror. Hon förstår tonen.", VD, US, -1, "pain"),
    M(UB, "Lena, du har varit med om att byta boende. Hur gick det till?"),
    P(LE, "Man lämnar in en ansökan om byte. Eller en önskan, det heter något sånt. Och sen är det en egen kö, och de som väntar hemma går före, förstod jag, vilket jag fattar. Men ingen kunde säga hur lång den kön var heller. Åtta månader tog det. Och sen ny flytt, ny personal, och mamma var förvirrad i en månad efteråt.", BL, FU, -1, "pain"),
    M(UB, "Kent, du sa att din pappa dog bara tre veckor efter flytten. Vill du berätta om det?"),
    P(KN, "Ja. Han blev sämre på en gång efter flytten. Jag vet inte om det var flytten eller om det bara var dags. Men vården i livets slut var fantastisk. Sjuksköterskan ringde och sa att nu tror vi att det är nära, och vi fick sitta där hela sista natten. De bar in en extra säng åt mig och kom med kaffe och smörgås mitt i natten.", BL, FU, 1, "praise"),
    B(AS, "Vad fint."),
    P(KN, "Det jag inte var beredd på var det som kom efteråt. Två dagar efter att begravningsbyrån hade hämtat honom fick jag ett mejl om att rummet skulle vara tömt inom tio dagar. Och en faktura på hela månadens hyra.", BL, FU, -1, "pain"),
    B(ML, "Nej men herregud."),
    P(KN, "Jag förstår att det står folk i kö. Det är ju någon annans pappa som väntar. Men tonen. Det var ett standardmejl.", BL, FU, 0, "pain"),
    M(SWD, "Får jag fråga en sak, Kent? Vem var det som skickade mejlet, boendet eller biståndsenheten?"),
    P(KN, "Det var från boendets administratör, tror jag. Det fanns ingen signatur, bara Lärkängen.", BL, FU, 0, "neutral"),
    M(UB, "Om ni fick bestämma en sak som kommunen skulle ändra, vad skulle det vara?"),
    P(ML, "Att man får veta var man står i kön. Om det så är en siffra. Plats tolv. Då kan man planera.", VK, PR, 0, "suggestion"),
    P(AS, "Att utredningen lyssnar på anhöriga också, inte bara på mamma en bra dag. Och att man inte ska behöva ramla tre gånger till för att bli trodd.", AU, PR, -1, "suggestion"),
    P(HR, "Information på fler språk. Och att det står i beslutet om någon i personalen kan prata mammas språk, eller att man i alla fall kan önska det.", IV, FI, 0, "suggestion"),
    P(GF, "Att man får mer än tre dagar på sig att flytta. Man packar ett helt liv.", FL, US, 0, "suggestion"),
    P(KN, "Och att någon ringer efteråt, när någon har dött. Inte ett mejl om rummet. Ett samtal.", BL, FU, -1, "suggestion"),
    M(UB, "Tack. Är det något mer någon vill säga innan vi slutar?"),
    P(GF, "Bara att jag är glad att ni frågar. Det är första gången någon från kommunen frågar mig hur jag har det.", AI, FU, 1, "praise"),
    B(AS, "Tack själv, det här var bra.", 1, "praise"),
    M(UB, "Tack allihop, och ta hand om er. Jag stänger av textningen nu."),
]

# ---------------------------------------------------------------------------
# Session 2: fokusgrupp-2.srt. På plats, Träffpunkt Vallen, torsdag 20 november 2025
# kl. 14. Äldre som bor på särskilt boende, väntar på plats eller har flyttat med sin
# make. Inspelat med en konferenshögtalare på en bärbar dator; ljudet kördes genom
# kommunens pilotverktyg "Textaren" (Deepgram, svensk modell, diarize och utterances),
# SubRip skriven med deepgram-captions srt(). Deepgram numrerar talarna i den ordning
# de hörs: speaker 0 är samtalsledaren. Guiden börjar i nuet och går bakåt och hoppar.
# Maskintext: inga utfyllnadsord, en del siffror.
# ---------------------------------------------------------------------------
FG2 = [
    M(S0, "Då sätter jag på inspelningen. Välkomna hit till Vallen allihop, och tack för att ni har tagit er hit, en del med färdtjänst och en del med personal. Jag heter Ulrika och jobbar på kommunen med äldreomsorgen. Vi vill veta hur det har varit att flytta till ett boende, eller att vänta på att få flytta. Ingen behöver svara på något man inte vill. Ska vi börja med hur ni har det idag? Elsa, du bor på Lärkängen."),
    P(S1, "Ja, sedan i mars. 8 månader. Jag har det bra. Jag har ett fint rum med utsikt mot parken, och maten är god. Det ska ni skriva.", VP, US, 1, "praise"),
    P(S1, "Men jag saknar mitt kök. Jag bakade varje lördag i 60 år. Nu får jag inte ens koka kaffe själv på rummet.", VP, US, -1, "pain"),
    M(S0, "Birgit, hur har du det?"),
    P(S3, "Jag bor på Björkgården med min man Arne. Han har Parkinson och har fått boende. Jag har inte det, jag är frisk, men vi har varit gifta i 62 år, så jag flyttade med. Det går ju nu, det där med parboende.", AI, N_, 0, "neutral"),
    M(S0, "Och Stig?"),
    P(S4, "Jag bor på Solbacken. Jag ville inte flytta. Det var min dotter och den där handläggaren som bestämde. Jag blev lurad, kan man säga. De sa att det var en vecka på prov.", VD, N_, -1, "pain"),
    B(S5, "Ha! Det sa de till mig också."),
    P(S5, "Margit heter jag, jag är 90. Jag bor på Tallhöjden i Nässja, fast jag är från Vallmora. Så jag bor i exil, kan man säga. Jag har sökt om att få flytta hit till stan igen.", EA, N_, -1, "pain"),
    P(S2, "Och jag, Rune, jag bor kvar hemma. Jag har fått ja på boende i augusti, men det har inte blivit något än. Jag sitter och väntar på att telefonen ska ringa.", VK, N_, 0, "neutral"),
    M(S0, "Hur är det att vänta, Rune?"),
    P(S2, "Det är långtråkigt. Och nätterna är långa. Jag har larmet, och hemtjänsten kommer fem gånger om dagen. Men på natten är det ingen. Jag ligger och lyssnar.", VK, PR, -1, "pain"),
    B(S1, "Ja, nätterna."),
    P(S2, "De sa i radion att kommunen måste anmäla om man har väntat i mer än 3 månader. Då har de anmält mig nu. Men jag har inte märkt något.", VK, PR, -1, "pain"),
    P(S5, "De anmäler, och sen anmäler de igen. Det är som att ringa och beställa väder.", VK, PR, -1, "pain"),
    P(S2, "Men vet du hur länge det brukar ta, Ulrika?", VK, PR, 0, "question"),
    M(S0, "Det är olika, och jag vet inte hur det ser ut för dig, tyvärr. Men jag tar med frågan."),
    M(S0, "Har du fått något erbjudande, Rune?"),
    P(S2, "En gång. I Nässja. Men där känner jag ingen, och min fru ligger begravd här vid kyrkan. Jag vill kunna gå dit. Så jag sa nej tack.", EA, DE, 0, "neutral"),
    P(S5, "Det var klokt. Nässja är fint på sommaren. Resten av året är det bara skog och jag.", EA, US, -1, "pain"),
    M(S0, "Margit, hur blev det så att du hamnade i Nässja?"),
    P(S5, "Det var den enda plats som fanns, sa de. Jag låg på sjukhuset efter att jag brutit lårbenet, och då kom det en sköterska och sa att nu är du utskrivningsklar och kommunen har en plats. Jag fick en dag att bestämma mig. Jag låg i en sjukhussäng med morfin. Vad skulle jag säga? Min son bor i Uppsala, han kunde inte komma. Så jag sa ja.", EA, DE, -1, "pain"),
    M(S0, "Om vi går tillbaka till dagen då ni flyttade in. Hur var den dagen?"),
    P(S1, "Jag minns inte så mycket. Jag kom direkt från korttids. Min dotter hade ställt i ordning rummet med mina gardiner och min byrå. När jag kom in tänkte jag, jaha, här är det alltså.", FL, US, 0, "neutral"),
    P(S4, "Jag kom med en väska. Jag trodde ju att det var en vecka. Sen kom min dotter med resten av mina möbler dagen efter, och då förstod jag.", VD, US, -1, "pain"),
    B(S3, "Oj då."),
    P(S4, "Jag var arg på henne i flera månader. Nu är jag inte arg längre. Hon kunde inte ha det på något annat sätt, hon har jobb och barn. Men hon skulle ha sagt som det var.", VD, US, 0, "neutral"),
    P(S3, "För oss var det inte så svårt att bestämma, för vi gjorde det tillsammans, Arne och jag. Men att sälja villan, det var svårt. 50 år. Vi gick igenom allt. Till slut fick barnbarnen ta det som fanns kvar.", FL, US, 0, "pain"),
    P(S5, "Jag flyttade från sjukhuset. Jag har aldrig fått gå hem till min lägenhet igen. Min son tömde den. Jag vet inte var mina böcker är.", FL, US, -1, "pain"),
    B(S1, "Nej men usch, det är ju hemskt."),
    M(S0, "När började ni själva tänka på att flytta? Hur började det?"),
    P(S1, "Jag ramlade i köket och låg där en hel natt. Sen var jag rädd att vara ensam. Det var rädslan mer än benet.", BV, N_, -1, "pain"),
    P(S2, "För mig var det när min fru dog för 2 år sedan. Hon skötte allt. Jag kan inte laga mat. Jag har lärt mig koka ägg.", BV, N_, 0, "neutral"),
    B(S5, "Det är en början."),
    P(S3, "Det var Arne. Han föll och jag kunde inte lyfta upp honom. Jag fick ringa grannen mitt i natten. Sen hände det igen, och igen. Jag är 84. Jag kan inte lyfta en karl.", BV, N_, -1, "pain"),
    P(S4, "Jag tyckte inte att det var något fel. Det var min dotter som tyckte det. Jag hade glömt spisen på några gånger, det erkänner jag.", VD, N_, 0, "neutral"),
    M(S0, "Hur gick det till när ni sökte? Vem gjorde det?"),
    P(S2, "Det var tjejen från hemtjänsten som sa att jag borde ringa. Hon ringde åt mig till handläggaren. Jag hade inte vetat vem man skulle ringa.", IV, FI, 1, "praise"),
    P(S3, "Vi gjorde det själva. Jag ringde kommunen och det tog några dagar, men sen ringde handläggaren tillbaka. En trevlig flicka. Hon kom hem till oss och satt i 2 timmar.", AU, PR, 1, "praise"),
    P(S5, "Jag har inte sökt något. Det var sjukhuset och kommunen som pratade med varandra. Jag var mest med som ett paket.", VD, AP, -1, "pain"),
    P(S1, "Jag minns att handläggaren frågade om jag kunde duscha själv. Och jag sa ja, för det kan jag. Men det tar en timme och sen måste jag vila. Det frågade hon inte om.", AU, PR, -1, "pain"),
    P(S4, "Mig frågade hon vilket år det var och vem som är statsminister. Som ett förhör. Jag svarade rätt på allt.", AU, PR, -1, "pain"),
    B(S5, "Bra, Stig."),
    M(S0, "Hur fick ni beslutet? Förstod ni det?"),
    P(S2, "Det kom ett brev. Min granne läste det för mig, jag ser dåligt. Det stod beviljas, och sen en massa paragrafer. Men inget om vart eller när.", BO, DE, 0, "neutral"),
    P(S3, "Arne fick ja, och jag fick ett eget brev om att jag fick flytta med som medboende. Och att jag skulle betala hyra men ingen avgift för omvårdnad. Det var tydligt, det måste jag säga.", BO, DE, 1, "praise"),
    P(S5, "Jag har aldrig sett mitt beslut. Det gick till min son.", BO, DE, -1, "pain"),
    M(S0, "Var det någon av er som var på korttids medan ni väntade?"),
    P(S1, "Jag var på korttids i 5 veckor efter sjukhuset. Det var som ett hotell, fast man fick inte packa upp. Jag bodde i en resväska.", VK, PR, 0, "neutral"),
    P(S2, "Jag blev erbjuden korttids i oktober, men jag sa nej. Då får jag ju flytta två gånger. Och de tar inte hundar där heller, inte för att jag har hund, men ändå.", VK, PR, 0, "neutral"),
    M(S0, "Apropå pengar. Hur är det med hyra och avgifter?"),
    P(S4, "Det är dyrt. Hyran är nästan 8000 för ett rum. Och jag har ingen balkong.", AH, US, -1, "pain"),
    P(S5, "Jag betalar samma hyra som de som bor i stan. Men min son kör 8 mil för att hälsa på. Det borde vara rabatt på utsikten.", AH, US, -1, "pain"),
    P(S1, "Jag förstår inte räkningen. Min dotter sköter den. Hon säger att det blir kvar lite fickpengar. Det räcker till frisören.", AH, US, 0, "neutral"),
    P(S3, "För mig blev det konstigt. Jag är frisk, men jag bor på ett boende och betalar hyra där. Och jag fick inget bostadstillägg först, för att vi hade villan kvar. Det tog ett halvår innan den var såld.", AH, DE, -1, "pain"),
    M(S0, "Hur är det med personalen? Med vardagen?"),
    P(S1, "Personalen är söta flickor. Och pojkar. Men de springer. De har aldrig tid att sitta ner. De säger, jag kommer strax, Elsa. Och sen kommer de efter en timme.", VP, US, 0, "pain"),
    P(S4, "Det är för många nya. På sommaren var det en ny varje dag. De visste inte att jag vill ha kaffet svart.", VP, US, -1, "pain"),
    P(S5, "Min kontaktman heter Ahmed och han är den bästa människan på Tallhöjden. Han tar ut mig i rullstolen när det är fint väder. Han vet att jag läser deckare. Han lånar böcker åt mig på biblioteket.", VP, US, 1, "praise"),
    P(S3, "Det som är svårt för mig är att jag är den enda som kan prata ordentligt på vår avdelning. De andra har demens. Jag har ingen att prata med utom Arne och personalen. Jag går hit till Vallen 2 gånger i veckan för att träffa folk.", VP, US, -1, "pain"),
    P(S2, "Det är det jag är rädd för. Att hamna bland folk som inte vet vad de heter.", VK, PR, -1, "pain"),
    P(S4, "Maten är bra, det ska sägas. Men den är kall när den kommer till mig. Jag sitter längst bort.", VP, US, 0, "pain"),
    P(S1, "Och så har vi bingo. Varje tisdag. Jag hatar bingo.", VP, US, -1, "pain"),
    B(S5, "Ha ha, jag med."),
    M(S0, "Har det betydelse var boendet ligger?"),
    P(S5, "Det har betydelse för alla utom dem som bestämmer.", EA, DE, -1, "pain"),
    P(S1, "För mig är det viktigt att det är nära för min dotter. Hon kommer varje söndag. Om jag bodde i Nässja skulle hon komma en gång i månaden.", EA, DE, 0, "neutral"),
    P(S2, "Jag vill kunna gå till kyrkogården. Det är det enda jag vill.", EA, DE, 0, "neutral"),
    M(S0, "Hur mycket får era anhöriga veta, och hur mycket vill ni att de ska få veta?"),
    P(S4, "Min dotter vet mer om mig än jag vet själv. Personalen ringer henne och inte mig.", AI, US, -1, "pain"),
    P(S1, "Jag vill att de ringer min dotter. Jag orkar inte med allt prat.", AI, US, 0, "neutral"),
    P(S5, "Jag har sagt till dem att de ska prata med mig först. Jag är 90, jag är inte dum.", VD, US, -1, "pain"),
    B(S3, "Bra sagt."),
    P(S3, "Arne och jag har ett papper om vem som får veta vad. Det gjorde vi i början med kontaktmannen. Genomförandeplan heter det visst. Det var bra att få det nedskrivet.", VP, US, 1, "praise"),
    M(S0, "Har det kommit någon från kommunen efteråt och frågat hur det har blivit?"),
    P(S1, "Nej. Ingen.", BL, FU, -1, "pain"),
    P(S3, "Handläggaren ringde efter ett par månader och frågade om vi trivdes. Det var ett kort samtal. Men hon ringde.", BL, FU, 1, "praise"),
    P(S5, "Mig har ingen frågat. Jag har skrivit en lapp om byte och lämnat den till Ahmed. Han har skickat den vidare, säger han. Sen i maj.", BL, FU, -1, "pain"),
    M(S0, "Har någon av er pratat om hur man vill ha det i slutet av livet?"),
    P(S5, "Ja. Jag vill dö på boendet och inte på sjukhus. Det har jag sagt till sköterskan. Helst inte i Nässja, men man kan inte få allt.", BL, FU, 0, "neutral"),
    P(S1, "På Lärkängen dog en dam i rummet bredvid i somras. Personalen satt hos henne hela natten. Det tyckte jag var fint. Man vill ju inte dö ensam.", BL, FU, 1, "praise"),
    B(S4, "Jag vill inte prata om det där."),
    M(S0, "Det behöver du inte, Stig."),
    P(S2, "Jag vill bara hinna flytta innan dess.", VK, PR, -1, "pain"),
    M(S0, "Vad skulle ni vilja att kommunen gjorde annorlunda?"),
    P(S5, "Att man får bo där man har sitt liv. Och om man måste flytta långt bort, att man automatiskt får flytta tillbaka när det finns plats, utan att behöva tjata.", BL, FU, -1, "suggestion"),
    P(S2, "Att någon ringer och säger hur det går. Även om det inte har hänt något. Bara så att jag vet att jag inte är bortglömd.", VK, PR, 0, "suggestion"),
    P(S1, "Mer personal som hinner sitta ner. En kvart om dagen. Det är inte mycket begärt.", VP, US, 0, "suggestion"),
    P(S4, "Att man säger som det är. Inte en vecka på prov.", VD, US, -1, "suggestion"),
    P(S3, "Och att den som flyttar med sin man också räknas. Jag är inte en möbel.", AI, US, -1, "suggestion"),
    B(S6, "Förlåt att jag stör. Elsa, färdtjänsten står här ute nu, de kom lite tidigare."),
    B(S1, "Oj, då måste jag gå. Tack för kaffet.", 1, "praise"),
    M(S0, "Tack Elsa, och tack allihop. Det här var väldigt värdefullt. Jag stänger av nu."),
    B(S5, "Tack själv. Det var roligt att bli tillfrågad för en gångs skull.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 3: intervju-1.docx. Personal: biståndshandläggare (JÅ), biståndsenheten i
# kommunhuset, måndag 24 november 2025. Sara Wikström antecknade i en Word-tabell
# Nr | Fråga (SW) | Svar (JÅ), en rad per fråga och svar, och kompletterade från
# inspelningen samma kväll. Guidens delar som sammanfogade rader. En rad där svaret
# är en anteckning (telefonen ringde) och frågan aldrig kom tillbaka.
# ---------------------------------------------------------------------------
INT1 = [
    M(SWI, "Kan du börja med att berätta vad du gör?", section="Del 1 – Om dig och ditt arbete"),
    P(JA, "Jag är biståndshandläggare för äldre, sedan sju år. Vi är fem handläggare i Vallmora och har ungefär åttio ärenden var. Särskilt boende är kanske en femtedel av det jag gör, men det är det som tar mest tid och det som folk minns.", AU, N_, 0, "neutral"),
    M(SWI, "Hur kommer en ansökan om särskilt boende in?"),
    P(JA, "Oftast ringer en anhörig. Ibland hemtjänsten, ibland sjukhuset när någon är utskrivningsklar. Det finns en e-tjänst, men den används nästan inte, de äldre själva ringer. Och ansökan måste komma från den enskilde, det är viktigt. En dotter kan inte söka åt sin mamma om mamma inte vill.", AU, AP, 0, "neutral"),
    M(SWI, "Var hittar folk information innan de söker?"),
    P(JA, "På webben finns en sida, men den är skriven av oss för oss, om jag ska vara ärlig. De flesta får veta av hemtjänsten eller av en granne som har någon på ett boende. Och väldigt många tror att man måste vara sängliggande.", IV, FI, -1, "pain"),
    M(SWI, "Vad händer om personen inte vill?"),
    P(JA, "Då blir det inget. Det är frivilligt. Det är nog det svåraste i jobbet, när anhöriga ringer och gråter och säger att mamma inte klarar sig, och mamma säger att hon klarar sig fint. Vi kan erbjuda mer hemtjänst, korttids, vi kan prata, men vi kan inte flytta någon mot sin vilja.", VD, AP, 0, "neutral"),
    M(SWI, "Hur går hembesöket till?", section="Del 2 – Utredningen"),
    P(JA, "Jag vill alltid träffa personen hemma. Jag frågar om vardagen, om natten, om maten, hur man tar sig till toaletten. Jag vill gärna att en anhörig är med, men jag pratar med personen själv först. Vi vet att många skärper sig. Därför pratar jag också med hemtjänsten och läser deras anteckningar, för de ser ju tisdagen och inte bara besöket.", AU, PR, 0, "neutral", paras=2),
    M(SWI, "Och läkarintyg, behövs det?"),
    P(JA, "Det krävs inte hos oss, men vi ber ibland om ett, särskilt vid demens. Ett intyg från minnesmottagningen väger tungt. Men det är vi som bedömer, inte doktorn. Det har anhöriga svårt att förstå, att ett intyg där det står att hon behöver boende inte betyder att hon får det.", AU, AP, 0, "neutral"),
    M(SWI, "Vad avgör om det blir ja?"),
    P(JA, "Att behoven inte kan tillgodoses hemma, trots hemtjänst. Omfattande behov dygnet runt, eller en stark otrygghet som inte går att bryta. Otryggheten är svårast att bedöma. Det står inte i någon tabell hur rädd man måste vara.", BO, DE, 0, "neutral"),
    M(SWI, "Hur ofta blir det avslag?"),
    P(JA, "Kanske i en av fyra. Jag försöker alltid ringa innan beslutet kommer, så att ingen får ett avslag i brevlådan utan förvarning. Men beslutsmallen är som den är. Den är skriven för att hålla i förvaltningsrätten, inte för att läsas av en nittioåring.", BO, DE, -1, "pain"),
    M(SWI, "Och överklaganden?"),
    P(JA, "Några om året. Vi omprövar först, och ibland ändrar vi, om det har kommit nya uppgifter. Annars går det till förvaltningsrätten, och det tar fyra, fem månader. Under tiden har personen ofta blivit sämre, och då söker de på nytt, och då blir det ofta ja.", BO, DE, 0, "neutral"),
    M(SWI, "Hur lång är väntan på en plats just nu?", section="Del 3 – Väntan och verkställighet"),
    P(JA, "Just nu har vi trettiofyra personer med beslut som väntar. Snittet är kanske sju, åtta veckor, men den som önskar ett visst boende kan få vänta mycket längre. Lärkängen är det alla vill till.", VK, PR, -1, "pain"),
    M(SWI, "Hur fungerar det med de tre månaderna?"),
    P(JA, "Om ett beslut inte har verkställts inom tre månader rapporterar vi det till IVO och till nämnden, varje kvartal. Nu har vi elva sådana. IVO kan gå vidare och begära en särskild avgift, men för den enskilde ändrar rapporten ingenting. Det är ärligt talat mest statistik, och det har jag svårt att säga till anhöriga.", VK, PR, -1, "pain"),
    M(SWI, "Och om man tackar nej till ett erbjudande?"),
    P(JA, "Då räknas det inte längre som att vi inte har verkställt. Man står kvar med sitt beslut, men klockan börjar om, så säger vi det. Jag vet att det låter som ett hot när man säger det i telefon en fredag.", EA, DE, 0, "neutral"),
    M(SWI, "Varför erbjuds folk platser långt bort?"),
    P(JA, "Därför att det är där platsen finns. Vi har fem boenden, och Tallhöjden ligger i Nässja. Vi försöker ta hänsyn till önskemål, men om någon är väldigt otrygg eller ligger på sjukhus kan vi inte vänta på rätt rum. Sen går det att önska byte.", EA, DE, 0, "neutral"),
    M(SWI, "Hur får man veta var man står i kön?"),
    P(JA, "Det får man inte, och det är medvetet. Det är inte en kö i den meningen, vi fördelar efter behov. Den som är mest otrygg eller ligger på sjukhus går före. Om jag säger plats tolv, och sen kommer någon med större behov, så blir det fel.", VK, PR, 0, "neutral"),
    M(SWI, "Hur många hembesök gör du en vanlig vecka? Korttids, hur ser du på det som väntplats?",
      qa_split=("Hur många hembesök gör du en vanlig vecka?",
                "[Telefonen ringer, JÅ tar samtalet, cirka två minuter. Frågan kom inte tillbaka.]")),
    P(JA, "Korttids är en viktig bro. Men det är ingen bra plats att vänta på länge. Folk hinner rota sig, och sen ska de flytta igen.", VK, PR, 0, "neutral"),
    M(SWI, "Hur lång tid får man på sig när man har fått ett erbjudande?", section="Del 4 – Flytten och efteråt"),
    P(JA, "Man ska svara inom två, tre dagar och flytta inom ungefär en vecka. Hyran börjar löpa från tillträdesdagen. Det är snävt, det vet jag. Anhöriga som bor långt bort har det värst.", FL, US, -1, "pain"),
    M(SWI, "Många pratar om dubbla hyror. Hur ser det ut?"),
    P(JA, "Den som har hyresrätt har kortare uppsägningstid när man flyttar till särskilt boende, en månad tror jag. Det vet nog inte alla. Vi borde säga det tydligare, det står i ett informationsblad, men vem läser det.", AH, US, 0, "suggestion"),
    M(SWI, "Följer ni upp efter flytten?"),
    P(JA, "Vi ska följa upp inom tre månader. Ärligt talat hinner vi inte alltid. Då blir det ett telefonsamtal till boendet i stället för ett besök hos den som har flyttat.", BL, FU, -1, "pain"),
    M(SWI, "Och byte av boende?"),
    P(JA, "Beslutet om särskilt boende finns ju, så det läggs som en önskan om byte. De som väntar hemma går före, för de har ingen plats alls. Så den som bor i Nässja och vill till stan kan få vänta länge. Det är inte rättvist mot dem, men jag vet inte hur man annars skulle göra.", BL, FU, 0, "neutral"),
    M(SWI, "Vad önskar du att anhöriga visste?"),
    P(JA, "Att de får vara med. Att de får ringa mig. Och att det inte är ett svek att söka boende. Många känner sig som förrädare. Jag brukar säga att det inte är du som lämnar bort henne, det är vi som tar över det tunga så att du kan vara dotter igen.", AI, PR, 0, "neutral"),
    M(SWI, "Om du fick ändra en sak?"),
    P(JA, "Fler platser i stan, givetvis. Men om jag får välja något som inte kostar, så ett beslutsbrev på begriplig svenska. Och en enda person som anhöriga kan ringa under väntan.", BO, DE, 0, "suggestion"),
    M(SWI, "Tack för att du tog dig tid."),
    B(JA, "Tack själv. Det var skönt att få prata om det här utan att någon är arg på mig.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 4: intervju-2.txt. Holger, 88, hemma i köket i Östby, tisdag 25 november
# 2025. Sara Wikström spelade in med diktafon och transkriberade för hand i Audacity
# med ett etikettspår: en regionsetikett per fras, namnet bara på turens första
# etikett, punktetiketter för anteckningar. File > Export Other > Export Labels.
# ---------------------------------------------------------------------------
INT2 = [
    M(SARA, "Då är den igång. Tack för att jag fick komma, Holger. Du vet att det här spelas in och att ditt namn inte kommer att synas någonstans?"),
    B(HOL, "Ja, ja. Det går bra. Jag har inget att dölja. Utom hunden kanske, hon är inte anmäld någonstans."),
    M(SARA, "Ha. Kan du berätta lite om dig själv och hur du har det?"),
    P(HOL, "Jag är åttioåtta. Jag har bott här i Östby i femtio år, i det här huset. Min fru Asta dog för fyra år sedan. Sen är det jag och Tessan. Hon är en tax, tolv år. Benen bär inte så bra längre. Mina alltså, inte hennes.", BV, N_, 0, "neutral"),
    M(SARA, "Vad var det som gjorde att du sökte boende?"),
    P(HOL, "Jag ramlade ute på trappan i januari, det var halt. Jag låg där en stund innan grannen såg mig. Sen har jag inte vågat gå ut själv. Tessan får gå i trädgården. Och jag blir yr på nätterna.", BV, N_, -1, "pain"),
    M(SARA, "Vem var det som tog initiativet?"),
    P(HOL, "Min son, Lars. Han bor i Luleå. Han ringde kommunen, och sen ringde de mig för att höra om jag själv ville. Det tyckte jag var riktigt. Det var ju min ansökan, sa hon.", VD, AP, 1, "praise"),
    M(SARA, "Och ville du?"),
    P(HOL, "Ja och nej. Man vill ju inte. Men man vill inte ligga på trappan heller.", VD, AP, 0, "neutral"),
    M(SARA, "Hur fick ni veta hur man gör?"),
    P(HOL, "Lars hittade det på nätet. Det finns en sida om särskilt boende på kommunens webbplats, men där står ingenting om djur. Det borde stå. Det är ju det första man undrar.", IV, FI, -1, "pain"),
    M(SARA, "Hur var hembesöket?"),
    P(HOL, "Hon var bra, handläggaren. Hon satt där du sitter och frågade om allt. Om jag kunde ta på mig strumporna. Och sen frågade hon om Tessan. Och det var då jag förstod att det kunde bli ett problem.", AU, PR, 0, "neutral"),
    M(SARA, "Hur då?"),
    P(HOL, "Det är inte alla boenden som tar hundar. Det är bara ett, sa hon, och det är Solbacken, och bara om personalen går med på det. Annars får hunden inte följa med.", EA, PR, -1, "pain"),
    M(SARA, "Beslutet då, när kom det?"),
    P(HOL, "I juli. Jag fick ja. Särskilt boende. Sen har det varit tyst. Nej, inte helt tyst. De ringde i september och erbjöd en plats på Tallhöjden.", BO, DE, 0, "neutral"),
    M(SARA, "Och?"),
    P(HOL, "Jag frågade om Tessan fick följa med. Nej. Så jag tackade nej. Jag ska inte lämna bort henne. Hon har inte lämnat mig en enda dag på tolv år.", EA, DE, -1, "pain"),
    P(HOL, "Lars blev arg. Han tyckte att jag satte en hund före min egen säkerhet. Och det gör jag väl. Men det är min hund.", VD, DE, 0, "neutral", note_before="(Tessan skäller i hallen)"),
    M(SARA, "Vad hände efter att du hade tackat nej?"),
    P(HOL, "Hon sa att beslutet gäller, men att de har gjort sitt, på ett sätt. Att jag står kvar. Men att kommunen inte längre räknas som sen med mig. Det förstod jag inte riktigt. Jag är ju fortfarande inte där.", VK, PR, -1, "pain"),
    M(SARA, "Har du hört något om regeln om tre månader?"),
    P(HOL, "Lars har läst om det. Han säger att de ska anmäla till någon myndighet. Men om jag tackade nej så räknas jag inte, säger han. Så jag är inte ens en siffra.", VK, PR, -1, "pain"),
    M(SARA, "Hur har du det under tiden?"),
    P(HOL, "Hemtjänsten kommer fyra gånger om dagen. De är rara. Men det är aldrig samma, och de har bråttom. Och de är inte förtjusta i Tessan. En av dem är rädd för hundar, hon står kvar i dörren.", VK, PR, 0, "pain"),
    M(SARA, "Hur är nätterna?"),
    P(HOL, "Långa. Jag har larmet. Jag har tryckt två gånger. En gång kom de efter fyrtio minuter. Då hade jag hunnit ta mig upp själv.", VK, PR, -1, "pain"),
    M(SARA, "Har någon från kommunen hört av sig sedan i september?"),
    P(HOL, "Det kom ett brev. Vänta, jag har det här. Här. Det står att vi vill informera om att ditt ärende fortfarande är aktuellt. Och att jag kan kontakta min handläggare. Och det är ett nytt namn. Jag har aldrig träffat henne.", VK, PR, -1, "pain", note_inside=("Vänta, jag har det här.", "(Holger hämtar brevet i köket)")),
    M(SARA, "Så handläggaren har bytts?"),
    P(HOL, "Ja. Den första, hon som var här, hon har slutat. Så nu får jag berätta om Tessan en gång till.", VK, PR, -1, "pain"),
    M(SARA, "Vad tänker du om Solbacken?"),
    P(HOL, "Det skulle vara bra. Det är här i Östby. Jag kan se kyrktornet därifrån. Men det är där alla vill bo, säger de. Så jag får vänta tills någon dör, rent ut sagt.", EA, PR, 0, "neutral"),
    M(SARA, "Har du tittat på vad det skulle kosta?"),
    P(HOL, "Lars har räknat. Hyran är sju tusen åtta hundra, och sen mat och omvårdnad. Jag har pension och lite sparat. Det går. Men huset ska säljas, och det vill jag inte tänka på.", AH, DE, 0, "neutral"),
    M(SARA, "Hur skulle det vara att flytta från huset?"),
    P(HOL, "Det är här Asta dog. Det är här hennes pelargoner står. Jag vattnar dem fortfarande. Vem ska vattna dem sen?", FL, US, -1, "pain"),
    M(SARA, "Om du fick säga något till dem som bestämmer?"),
    P(HOL, "Att gamla människor har djur. Det är inte konstigt. Och att man borde få veta om det finns ett ställe där man får ha sin hund innan man tackar nej, och inte efter.", EA, DE, 0, "suggestion"),
    M(SARA, "Tack, Holger. Det här var jättebra."),
    B(HOL, "Tack själv. Ta en kaka till innan du går. Tessan har inte ätit upp alla.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 5: intervju-3.docx. Sonja, 83, hemma i köket i Vallmora, onsdag 26 november
# 2025. Maken Bertil har demens och bor sedan i maj på Lärkängens demensavdelning.
# Skriven i Word av Sara Wikström: inga talaretiketter, intervjuarens frågor och
# kommentarer i kursiv, svaren i rak stil (ett ord i kursiv som betoning i ett svar),
# en anteckning inom parentes mellan två turer, ett svar i två stycken.
# ---------------------------------------------------------------------------
INT3 = [
    M(IK, "Vill du börja med att berätta om dig och Bertil?"),
    P(UNK, "Ja. Vi träffades på dansbanan i Nässja nittonhundrasextiotre. Han var den som bjöd upp alla som satt kvar. Vi har tre barn. Bertil körde lastbil och jag satt i kommunens växel i trettio år, faktiskt.", BV, N_, 0, "neutral"),
    M(IK, "Då känner du kommunen inifrån."),
    B(UNK, "Det trodde jag, ja."),
    M(IK, "När började du märka att det inte gick längre?"),
    P(UNK, "Det var nog två år innan han flyttade. Först glömde han saker. Sen blev han arg på kvällarna. Han trodde att jag var någon annan, att det var en främmande kvinna i huset. En natt låste han ute mig på farstubron. I januari.", BV, N_, -1, "pain"),
    M(IK, "Oj."),
    P(UNK, "Jag fick ringa min dotter från grannens telefon. Det var då hon sa att nu, mamma, nu söker vi.", BV, N_, -1, "pain"),
    M(IK, "Visste ni hur man gjorde?"),
    P(UNK, "Vi hade demenssjuksköterskan från vårdcentralen, och hon sa vad vi skulle göra. Hon var en klippa. Hon ringde till och med biståndshandläggaren åt oss.", IV, FI, 1, "praise"),
    M(IK, "Hur var det när handläggaren kom?"),
    P(UNK, "Bertil ville inte. Han sa att han inte skulle någonstans, att det här var hans hus. Och det var ju det. Handläggaren sa att hon inte kunde bevilja något som han inte ville ha.", VD, PR, -1, "pain"),
    M(IK, "Hur löste ni det?"),
    P(UNK, "Det blev korttids först. En vecka i taget, så att jag skulle få sova. Och efter ett tag frågade de honom där, en bra dag, om han ville bo kvar. Och han sa ja, för där fanns en sköterska som han tyckte om. Jag vet inte om han förstod frågan. Jag har tänkt mycket på det.", VD, PR, 0, "neutral", emph="förstod"),
    P(UNK, "Det känns som att vi lurade honom. Fast ingen ljög.", VD, PR, -1, "pain"),
    M(IK, "Fick ni välja boende?"),
    P(UNK, "Vi önskade Lärkängen, för att det är tio minuter härifrån med rullator. Och det blev Lärkängen, på demensavdelningen. Det är jag så tacksam för. Jag hade inte klarat Nässja.", EA, DE, 1, "praise"),
    M(IK, "Fanns det möjlighet för dig att flytta med?"),
    P(UNK, "De frågade, det gjorde de. Parboende. Men på en demensavdelning, där folk ropar på nätterna? Jag är frisk. Jag sa nej, och det har jag inte ångrat. Men det var konstigt att säga nej till att bo med sin man.", AI, DE, 0, "neutral"),
    M(IK, "Hur var själva flytten?"),
    P(UNK, "Han flyttade direkt från korttids. Så han har aldrig varit hemma igen. Vi tog hans fåtölj och hans radio dit. Han lyssnar på P4 hela dagarna. Det gjorde han hemma också.", FL, US, 0, "neutral"),
    M(IK, "Och sedan?"),
    P(UNK, "De första veckorna var värst. Han ringde mig på nätterna från avdelningens telefon. Kom och hämta mig, Sonja. Och jag satt här och kunde inte.", FL, US, -1, "pain", note_after="(Inspelningen pausas en stund. Sonja hämtar fotoalbumet och visar bilder från bröllopet.)"),
    M(IK, "Hur är det nu, ett halvår senare?"),
    P(UNK, "Han har blivit lugnare. De har satt in någon medicin. Ibland känner han igen mig och ibland tror han att jag är hans syster. Då är jag hans syster. Det har jag lärt mig, att inte rätta honom.", VP, US, 0, "neutral"),
    M(IK, "Hur är personalen?"),
    P(UNK, "De flesta är underbara. Det finns en, Fatima, som kan få honom att duscha. Det kunde inte jag. Men det är många vikarier, och kvällarna är tunna. En gång kom jag vid sextiden och han satt fortfarande i pyjamasen från natten.", VP, US, 0, "pain", paras=2),
    M(IK, "Hur får du veta saker om honom?"),
    P(UNK, "Jag ringer. De ringer inte mig, om det inte har hänt något. När han slog en undersköterska i oktober ringde de samma kväll, och det var bra att de ringde. Men jag vill också få veta när han har haft en bra dag.", AI, US, 0, "pain"),
    M(IK, "Finns det en genomförandeplan, någon planering?"),
    P(UNK, "Det finns ett papper. Jag var med när det skrevs, i maj. Sen har ingen tittat på det, tror jag. Det står att han tycker om att gå promenader. Han har inte varit ute sedan i augusti.", VP, US, -1, "pain"),
    M(IK, "Hur ser ekonomin ut för er nu?"),
    P(UNK, "Det är dyrt med två hushåll. Jag har huset och han har hyran där. Vi fick jämkning, eller vad det heter, så att avgiften blev lite lägre för honom eftersom jag bor kvar. Men det tog tre månader att få ordning på. Och jag har aldrig skött räkningarna förut, det gjorde Bertil.", AH, DE, 0, "neutral"),
    M(IK, "Hur har du det själv?"),
    P(UNK, "Jag sover. För första gången på två år sover jag. Och jag skäms lite över det. Att jag mår bättre nu när han inte är här.", AI, US, 0, "neutral"),
    M(IK, "Det är vanligt att känna så."),
    P(UNK, "Det säger alla. Det hjälper inte.", AI, US, -1, "pain"),
    M(IK, "Har ni pratat om framtiden, om slutet?"),
    P(UNK, "Läkaren var där i oktober och vi hade ett samtal. Om han blir sjuk ska han inte till sjukhus, han ska få vara kvar. Det var skönt att det blev sagt. Jag vill inte att han dör i en korridor på akuten.", BL, FU, 1, "praise"),
    M(IK, "Vad skulle du vilja säga till kommunen?"),
    P(UNK, "Att de som bor kvar hemma också behöver någon. Jag var anhörig i tio år, och sen bara slutade det. Ingen har frågat hur jag har det efter att han flyttade.", AI, FU, -1, "suggestion"),
    M(IK, "Tack för att jag fick komma, Sonja."),
    B(UNK, "Tack själv. Det var skönt att prata om Bertil med någon som inte har bråttom.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 6: interview-4.md. In English. Peter Lindqvist, 56, in Leeds, on Google
# Meet from his work's Google Workspace, Thursday 27 November 2025, 09:02 GMT. Meet
# transcribed the call into a Google Doc in Peter's Drive; he shared it and Sara
# Wikström downloaded it as Markdown (File > Download > Markdown) for her notes.
# Meet's paragraphs: a long stretch of speech is two paragraphs of one speaker.
# ---------------------------------------------------------------------------
INT4 = [
    M(SWD, "Okay, I think the transcript is on now, I can see the little icon. Thanks so much for doing this, Peter, and for doing it in English with me."),
    B(PL, "Happy to. Sorry about the background, I'm in the car park at work, it's the only quiet place."),
    M(SWD, "No problem at all. Could you start by telling me a bit about yourself and your mum?"),
    P(PL, "Sure. I'm 56, I was born in Vallmora but we moved to England when I was 7, when my parents split up. Dad was English. Mum stayed in England for 40 years and then moved back to Vallmora when she retired, to be near her sister. Her sister died in 2022, and since then it's been Mum on her own in a flat on Kvarngatan.", BV, N_, 0, "neutral"),
    M(SWD, "And what happened that made you think about a care home?"),
    P(PL, "She had a couple of small strokes. Vascular dementia, they said. And she started ringing me at odd hours, 3 in the morning her time, which is 2 for me, asking where her sister was. So I'd be on the phone in the dark in Leeds explaining that Birgitta was dead. Again.", BV, N_, -1, "pain"),
    M(SWD, "That sounds really hard."),
    P(PL, "It was. You feel very useless from a thousand miles away.", AI, N_, -1, "pain"),
    M(SWD, "How did you find out what you could apply for?"),
    P(PL, "Google Translate, mostly. The kommun website is all in Swedish, which is fair enough, it's Sweden. But I didn't know what to search for. I didn't know the word. I was searching for care home and getting nursing homes in Leeds. It was a Swedish friend of my wife's who told me, you want säbo. Särskilt boende.", IV, FI, -1, "pain"),
    P(PL, "And then I rang the switchboard, and I have to say the woman there switched to English without blinking. She put me through to a case officer the same day. That bit was brilliant.", IV, FI, 1, "praise"),
    M(SWD, "How did the application itself work, from abroad?"),
    P(PL, "That's where it got complicated. Everything online needs BankID, and you can't get BankID without a Swedish bank, and I haven't had a Swedish bank since I was 7. So I couldn't log in to anything. I couldn't see her letters. I couldn't send anything. I had to post things. Actual post.", AU, AP, -1, "pain"),
    P(PL, "And the application has to come from Mum, which I understand. So the case officer had to talk to Mum, and Mum said she was fine, of course. She always says she's fine.", VD, AP, -1, "pain"),
    M(SWD, "Were you part of the assessment?"),
    P(PL, "They did the home visit with me on speakerphone. Which sort of worked. I could hear maybe half of it. The case officer, Jenny, she was great actually, she'd stop and summarise in English for me. But I think if I'd been in the room I'd have seen things she didn't see. Like the fridge.", AU, PR, 0, "praise"),
    M(SWD, "The fridge?"),
    P(PL, "Yeah. When I came over in the summer the fridge had nothing in it but marmalade and eleven yoghurts past their date. That tells you more than any interview.", AU, PR, -1, "pain"),
    M(SWD, "How did the decision reach you?"),
    P(PL, "It went to Mum. In the post, in Swedish. She put it in a drawer with the electricity bills. I only found it three weeks later when I flew over. So I actually lost three weeks, because I didn't know she'd been approved. Nobody told me, because I'm not the applicant. I get that, data protection and all that. But still.", BO, DE, -1, "pain"),
    M(SWD, "Did you have a power of attorney, or something like that?"),
    P(PL, "No. And that's the big lesson. Do a framtidsfullmakt before it's too late. By the time I heard of it, Mum couldn't really sign anything. So now there's talk of a god man, which is a whole other process. I'm her son and legally I'm nobody.", AI, AP, -1, "pain"),
    M(SWD, "And then the offer came?"),
    P(PL, "In October. The case officer rang me on a Thursday. There's a room at Björkgården, can she move in on Monday? And I'm in Leeds. I had to book a flight that night, 300 pounds, and ask my boss for a week off. If Mum's neighbour Agneta hadn't had a key, I don't know what we'd have done.", EA, DE, -1, "pain"),
    M(SWD, "Was Björkgården what you'd hoped for?"),
    P(PL, "Honestly, yes. It's in the town, it's near the church she likes, near Agneta. We were lucky. I know other people get sent 40 kilometres away.", EA, DE, 1, "praise"),
    M(SWD, "How did the move go?"),
    P(PL, "Mad. Three days. I emptied a flat with a hired van and a friend of a friend. Most of the furniture went to the second-hand shop. I kept her clock and her photo albums and the painting of the house in Yorkshire. Mum thinks she's on holiday, I think. She keeps asking when she's going home.", FL, US, -1, "pain"),
    M(SWD, "And how is everyday life there now?"),
    P(PL, "Better than I feared. The staff speak English, which Mum sometimes slips into now, which is funny, she's forgetting her Swedish before her English. Her contact person, Emelie, sends me a text every Friday with a photo. Mum at the Lucia thing, Mum with a cat that visits. I can't tell you what that does for me on a Friday night in Leeds.", AI, US, 1, "praise"),
    M(SWD, "And the fees and the rent, how has that worked?"),
    P(PL, "The invoices go to Mum, in Swedish, on paper. I can't pay them online because, guess what, BankID. Agneta goes to the bank with Mum once a month, which is a ridiculous thing to ask of a neighbour. I've asked the kommun if the invoice can be sent to me. They said not without a power of attorney. Which brings us back to the god man.", AH, US, -1, "pain"),
    P(PL, "The amount itself is fine, she has her English pension and her Swedish one. It's the paperwork that kills you, not the money.", AH, DE, 0, "neutral"),
    M(SWD, "Is there anything about being a relative abroad that the kommun should understand?"),
    P(PL, "That we exist. There's an assumption that family is down the road. Everything is, pop in, come to the meeting on Tuesday afternoon. I'd love to join the care planning meeting by video. I asked, and they said they don't really do video calls with relatives. Why not?", AI, US, -1, "suggestion"),
    M(SWD, "Is there anything you'd like to ask me?"),
    P(PL, "Actually, yes. Is there an English version of the decision anywhere, even a short one? Or is that just not a thing in Sweden?", BO, DE, 0, "question"),
    M(SWD, "I honestly don't know, I'll find out. What would you want changed?"),
    P(PL, "An English summary of the decision. Half a page. And a way for a relative abroad to be registered as a contact without BankID. That's it. Two things. Everything else, honestly, people were kind.", BO, DE, 0, "suggestion"),
    M(SWD, "Thank you so much, Peter."),
    B(PL, "Thank you. And tack, as Mum would say. I'd better get back in before they send a search party.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 7: intervju-5.csv. Malin, 52, i Vallmorapodden avsnitt 14 "Att överklaga",
# inspelat i kommunhusets studio fredag 28 november 2025, programledare Ulrika Berg.
# Kommunikatören textade videoversionen i Subtitle Edit (Ljud till text, sedan för
# hand), satte talarna i kolumnen Skådespelare och sparade som "Csv Nuendo" för att
# forskarna skulle kunna öppna den i Excel. Tre rader fick ingen talare.
# ---------------------------------------------------------------------------
INT5 = [
    M(ULR, "Välkommen till Vallmorapodden. Idag pratar vi om något som inte så många vet att man kan göra, och det är att överklaga ett beslut om särskilt boende. Med mig har jag Malin. Välkommen."),
    B(MAL, "Tack. Lite nervös, jag har aldrig varit med i en podd förut."),
    M(ULR, "Det märks inte alls. Berätta, vem är din pappa?"),
    P(MAL, "Pappa heter Erik, han är nittio. Han var snickare, han byggde halva Östby, brukar han säga. Han har KOL och hjärtsvikt och blir andfådd av att gå till brevlådan. Och han bodde ensam i en tvåa på tredje våningen utan hiss.", BV, N_, 0, "neutral"),
    M(ULR, "Tredje våningen utan hiss."),
    P(MAL, "Ja. Han gick inte ut på ett år. Han satt i fönstret.", BV, N_, -1, "pain"),
    M(ULR, "Hur visste ni att man kunde söka?"),
    P(MAL, "Det var pappas granne, hon hade sin man på Lärkängen. Hon sa att ni måste ringa själva, ingen kommer att ringa er.", IV, FI, 0, "neutral"),
    M(ULR, "När sökte ni första gången?"),
    P(MAL, "I februari förra året. Vi fick avslag i april. Det stod att hans behov kunde tillgodoses med hemtjänst och att han kunde söka bostadsanpassning eller byta till en lägenhet med hiss. Han var åttionio. Byta lägenhet, vid åttionio.", BO, DE, -1, "pain"),
    M(ULR, "Vad gjorde ni då?"),
    P(MAL, "Jag ringde handläggaren och frågade vad vi kunde göra. Och hon sa, ärligt, att vi kunde överklaga, och hon berättade hur. Det ska jag säga, hon var inte defensiv alls. Hon sa att det är er rätt.", BO, DE, 1, "praise"),
    M(ULR, "Hur gör man?"),
    P(MAL, "Man skriver ett brev och skickar det till kommunen inom tre veckor, inte till domstolen, vilket jag inte fattade först. Jag skrev fyra sidor. Sen kortade min kompis som är jurist ner det till en sida. Hon sa, skriv vad han inte klarar, inte hur ledsen du är.", BO, DE, 0, "neutral", no_actor=(2,)),
    M(ULR, "Bra råd."),
    P(MAL, "Ja. Och så bifogade vi ett intyg från hans läkare på vårdcentralen, om andningen och om att han inte klarade trappor. Det tog sex veckor att få det intyget.", AU, AP, -1, "pain"),
    M(ULR, "Och sen?"),
    P(MAL, "Sen omprövade kommunen och stod fast vid sitt beslut. Och då gick det vidare till förvaltningsrätten. Och sen var det tyst i fem månader.", BO, DE, -1, "pain"),
    M(ULR, "Fem månader."),
    P(MAL, "Fem månader. Under den tiden ramlade han i trappan och bröt handleden. Vi sökte på nytt samtidigt, för någon sa att man kan göra det, men då sa kommunen att vi skulle vänta på domen. Så vi satt fast.", VK, PR, -1, "pain"),
    M(ULR, "Hur kom domen?"),
    P(MAL, "Med posten. Förvaltningsrätten upphäver beslutet och visar målet åter till kommunen. Jag fick googla vad det betydde. Det betydde att vi hade vunnit, nästan. Att kommunen skulle göra om det.", BO, DE, 0, "neutral"),
    M(ULR, "Nästan vunnit."),
    P(MAL, "Ja. Och sen gjorde de om det, och då blev det ja. Två veckor senare. Så efter ett år och fyra månader fick han ja.", BO, DE, 0, "neutral"),
    M(ULR, "Hur kändes det?"),
    P(MAL, "Jag grät i bilen. Av lättnad, men också av ilska. För vad var skillnaden? Han var samma person. Han var bara äldre och hade gips.", BO, DE, -1, "pain"),
    M(ULR, "Sen skulle han få en plats."),
    P(MAL, "Ja, och det gick fort, tre veckor. Lärkängen. Och han var arg på mig i början, för han ville ju inte egentligen. Han hade sagt ja för att jag tjatade.", VD, US, 0, "neutral", no_actor=(1,)),
    M(ULR, "Hur har han det nu?"),
    P(MAL, "Han säger att maten är för lite saltad och att damerna pratar för mycket. Vilket betyder att han trivs. Han har en balkong och sitter där och tittar när de bygger den nya skolan och kommenterar hur de gör fel.", VP, US, 1, "praise"),
    M(ULR, "Han är snickare fortfarande."),
    B(MAL, "Han är snickare fortfarande."),
    M(ULR, "Vad har du lärt dig av det här?"),
    P(MAL, "Att man ska överklaga. Att ett avslag inte är slutet. Och att man ska skriva om vardagen, konkret. Hur lång tid det tar att klä på sig. Hur många gånger han har ramlat. Inte om känslor, domstolen bryr sig inte om känslor.", BO, DE, 0, "suggestion"),
    M(ULR, "Fanns det något kommunen kunde ha gjort annorlunda?"),
    P(MAL, "Lyssnat första gången. Och tagit hänsyn till trapporna. Det stod i utredningen att han bodde på tredje våningen utan hiss, men det påverkade inte bedömningen. Det förstår jag fortfarande inte.", AU, PR, -1, "pain"),
    P(MAL, "Och att man borde få hjälp att överklaga. Inte av handläggaren kanske, men av någon. Alla har inte en kompis som är jurist.", BO, DE, 0, "suggestion"),
    M(ULR, "Vad har det här kostat dig?"),
    P(MAL, "Tid. Jag tog ut tolv dagar av min semester på ett år för pappas skull. Och sömn. Jag är sjuksköterska och jobbar natt, så jag var trött redan innan.", AI, PR, -1, "pain", no_actor=(1,)),
    M(ULR, "Vad säger du till någon som lyssnar och har fått avslag?"),
    P(MAL, "Ring handläggaren och fråga varför. Skriv ner allt. Och överklaga. Det kostar ingenting. Det värsta som kan hända är att de säger nej en gång till.", BO, DE, 0, "suggestion"),
    M(ULR, "Tack, Malin, för att du delade med dig."),
    B(MAL, "Tack för att jag fick komma. Och hälsa pappa att han är med i en podd nu, han kommer att bli outhärdlig.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 8: intervju-6.xlsx. God man (IP) för fyra huvudmän, på högskolan, måndag
# 1 december 2025. Sara Wikström skrev utskriften i ett analysark: en rad per tur,
# kolumnerna Rad | Tid | Talare | Text, och bredvid den första omgången av en
# kvalitativ innehållsanalys (meningsbärande enhet, kondensering, kod, kategori), med
# gruppnamnen i sammanfogade celler på rad 1. Analysen når fram till tur 29.
# ---------------------------------------------------------------------------
INT6 = [
    M(I_, "Du är god man för flera personer som bor på särskilt boende. Vill du börja med att berätta om ditt uppdrag?"),
    P(IP, "Ja. Jag har varit god man i tolv år, jag är pensionerad banktjänsteman. Just nu har jag fyra huvudmän, och tre av dem bor på särskilt boende här i Vallmora. Jag sköter ekonomin, bevakar deras rätt och ser till att de får det de har rätt till. Sörja för person, heter det.", AI, N_, 0, "neutral",
      ca=("Jag sköter ekonomin, bevakar deras rätt och ser till att de får det de har rätt till.", "Sköter ekonomi och bevakar rätt", "uppdraget som god man", "Ställföreträdarens roll")),
    M(I_, "Kan du ta ett exempel på hur det gick till när någon flyttade?"),
    P(IP, "Vi kan ta Ella, vi kallar henne så. Sjuttionio år, inga barn, inga syskon kvar. Hon bodde i en lägenhet i centrum som, ja, det var inte bra. Hon hade haft alkoholproblem och en demens som kom smygande. Hon ville inte ha hemtjänst, hon öppnade inte dörren för dem.", BV, N_, -1, "pain",
      ca=("Hon ville inte ha hemtjänst, hon öppnade inte dörren för dem.", "Ville inte ha hemtjänst", "tackar nej till hjälp", "Vägen till boendet")),
    M(I_, "Vad hände?"),
    P(IP, "Hon hittades av en granne i trapphuset, uttorkad. Sjukhuset, sen utskrivningsklar efter en vecka, och då ringde sjukhuset mig och kommunen samtidigt och sa att hon inte kunde åka hem. Så det gick väldigt fort plötsligt.", BV, N_, -1, "pain",
      ca=("Så det gick väldigt fort plötsligt.", "Det gick fort", "akut väg via sjukhus", "Vägen till boendet")),
    M(I_, "Hur var det med ansökan, vem sökte?"),
    P(IP, "Jag sökte å hennes vägnar, det ingår i mitt förordnande. Men handläggaren ville ändå att Ella själv skulle säga ja. Och det är rätt. Men Ella sa ja ena dagen och nej nästa. Till slut skrev handläggaren att Ella inte motsatte sig. Det är en formulering man lär sig.", VD, AP, 0, "neutral",
      ca=("Till slut skrev handläggaren att Ella inte motsatte sig.", "Inte motsatte sig", "samtycke", "Den enskildes vilja")),
    P(IP, "Jag tycker att den formuleringen är både bra och farlig. Bra för att det annars inte blir något alls. Farlig för att vem vet vad hon egentligen vill.", VD, AP, 0, "neutral",
      ca=("Farlig för att vem vet vad hon egentligen vill.", "Vet inte vad hon vill", "osäkert samtycke", "Den enskildes vilja")),
    M(I_, "Hur vet du som god man vad som gäller?"),
    P(IP, "Jag har lärt mig genom att göra fel. Det finns en utbildning hos överförmyndaren, men den handlar om pengar och redovisning, inte om boenden. Om särskilt boende lärde jag mig av en handläggare som tog sig tid en eftermiddag.", IV, FI, 0, "neutral",
      ca=("Om särskilt boende lärde jag mig av en handläggare som tog sig tid en eftermiddag.", "Lärde av en handläggare", "lära sig systemet", "Ställföreträdarens roll")),
    M(I_, "Hur fungerar kontakten med kommunen för dig som god man?"),
    P(IP, "Det är det största problemet, ärligt talat. Brev går till huvudmannen, inte till mig. Beslutet om boende skickades till Ellas gamla lägenhet, där ingen bodde. Jag fick veta det när handläggaren ringde och undrade varför vi inte hade hört av oss.", BO, DE, -1, "pain",
      ca=("Brev går till huvudmannen, inte till mig.", "Breven går fel", "post till huvudmannen", "Ställföreträdarens roll")),
    M(I_, "Hur löste det sig?"),
    P(IP, "Jag fick skicka in mitt förordnande igen. Tredje gången till samma kommun. Det finns tydligen inget register där de ser att en person har god man.", AU, AP, -1, "pain",
      ca=("Jag fick skicka in mitt förordnande igen.", "Skicka förordnandet igen", "upprepade uppgifter", "Ställföreträdarens roll")),
    M(I_, "Och erbjudandet, hur gick det?"),
    P(IP, "Ella fick plats på Solbacken i Östby. Det är två mil från centrum, men hon hade ingen som skulle hälsa på ändå, så för henne spelade det mindre roll. Det låter hårt, men så är det.", EA, DE, 0, "neutral",
      ca=("hon hade ingen som skulle hälsa på ändå", "Ingen som hälsar på", "avstånd spelar mindre roll", "Vägen till boendet")),
    M(I_, "Och flytten?"),
    P(IP, "Hon flyttade från sjukhuset. Så det var jag som fick tömma lägenheten. Fyrtio år i en tvåa. Jag anlitade en flyttfirma och en städfirma, och det kostade Ella tjugotvå tusen. Jag fick gå igenom varje låda först för att se om det fanns värdepapper eller brev som var viktiga.", FL, US, -1, "pain",
      ca=("Så det var jag som fick tömma lägenheten.", "Tömde lägenheten", "tömma bostaden", "Flytten")),
    M(I_, "Hur mycket hann du få med till hennes rum?"),
    P(IP, "Jag tog med det jag trodde hon skulle vilja ha. Ett porslinsfat med en katt på. Några foton där jag inte vet vilka det är. Hennes rosa morgonrock. Man väljer åt någon annan, det är konstigt.", FL, US, 0, "neutral",
      ca=("Man väljer åt någon annan, det är konstigt.", "Väljer åt någon annan", "välja saker åt huvudmannen", "Flytten")),
    M(I_, "Avgifterna, hur gick det?"),
    P(IP, "Det tar tid att räkna. Hyran, omvårdnadsavgiften, maten. Jag fick söka bostadstillägg hos Pensionsmyndigheten, och det tog två månader. Under tiden gick det hyra på lägenheten, för uppsägningstiden, och hyran på boendet. Ella har garantipension. Det gick inte ihop.", AH, DE, -1, "pain",
      ca=("Ella har garantipension. Det gick inte ihop.", "Pengarna räckte inte", "dubbla hyror", "Ekonomin")),
    M(I_, "Vad gjorde du då?"),
    P(IP, "Jag begärde jämkning av avgiften för de månaderna. Det fick vi, efter ett tag. Avgiftshandläggaren var hjälpsam, det ska sägas. Men det var jag som fick veta att man kan begära det. Ingen sa det.", AH, DE, 0, "neutral",
      ca=("Men det var jag som fick veta att man kan begära det. Ingen sa det.", "Ingen berättade om jämkning", "information om avgifter", "Ekonomin")),
    M(I_, "Hur har hon det nu?"),
    P(IP, "Bättre än på länge. Hon är ren, hon äter, och hon har slutat dricka eftersom det inte finns något att dricka. Personalen säger att hon sjunger i korridoren. Hon känner inte alltid igen mig, men hon blir glad när jag kommer med wienerbröd.", VP, US, 1, "praise",
      ca=("Personalen säger att hon sjunger i korridoren.", "Sjunger i korridoren", "trivs på boendet", "Livet på boendet")),
    M(I_, "Hur är din insyn i vardagen?"),
    P(IP, "Den är begränsad. Jag är inte anhörig, så jag bjuds inte in till anhörigträffar. Och jag har ingen rätt att läsa journalen. Jag får det personalen berättar. Ibland är det mycket, ibland ingenting.", AI, US, -1, "pain",
      ca=("Jag är inte anhörig, så jag bjuds inte in till anhörigträffar.", "Inte bjuden som anhörig", "utanför anhörigarbetet", "Ställföreträdarens roll")),
    M(I_, "Har du varit med om att en huvudman har behövt byta boende?"),
    P(IP, "Ja, Harry, en annan huvudman. Han bodde på Björkgården, men han blev utåtagerande och de klarade inte av honom, så han flyttades till Lärkängens demensavdelning. Det var inte vi som ansökte, det var verksamheten som ville. Jag fick ett samtal om att han flyttar på torsdag.", BL, FU, -1, "pain",
      ca=("Jag fick ett samtal om att han flyttar på torsdag.", "Flytten meddelades", "byte utan inflytande", "Efteråt")),
    M(I_, "Fick du säga något om det?"),
    P(IP, "Jag fick säga att jag tyckte att det gick för fort. Det skrevs in i hans akt. Sen flyttade han på torsdag.", BL, FU, -1, "pain"),
    M(I_, "Och i livets slutskede, hur är det för dig som god man?"),
    P(IP, "Mitt uppdrag upphör när huvudmannen dör. Och då finns det ibland ingen alls. När Ingvar dog i våras, han hade inga anhöriga, så ringde boendet mig och frågade när rummet skulle tömmas. Och jag fick säga att jag inte längre har rätt att göra något. Det blev en dödsboanmälan och kommunen fick ta det. Det tog tre veckor.", BL, FU, -1, "pain"),
    M(I_, "Och under tiden?"),
    P(IP, "Under tiden stod hans saker kvar och rummet kunde inte användas. Och det stod någon i kö. Det är ingens fel. Men det är ett hål i systemet, och i det hålet står en nittioårings tröjor i en garderob.", BL, FU, -1, "pain"),
    M(I_, "Vad skulle du vilja förbättra?"),
    P(IP, "Ett enkelt sätt att registrera att någon har god man, så att breven kommer rätt. Och att gode män bjuds in till samma saker som anhöriga. För en del av de här människorna är det vi som är de anhöriga.", AI, FU, 0, "suggestion"),
    M(I_, "Något mer?"),
    P(IP, "Att vårdplaneringen på sjukhuset inte ska ske på ett dygn. Ella fick hela sitt liv omflyttat på en vecka. Hade hon haft en dotter hade någon protesterat.", VD, AP, -1, "suggestion"),
    M(I_, "Tack för att du tog dig tid."),
    B(IP, "Tack själv. Det är inte ofta någon frågar oss.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Codebook, written before coding (examples are exact excerpts of participant
# turns of that theme; checked in main())
# ---------------------------------------------------------------------------
CODEBOOK = [
    (BV, "Behovet och vändpunkten",
     "Livet före ansökan och ögonblicket då det inte gick längre hemma: fall, demens, nätter, "
     "rädsla och otrygghet, en make eller maka som inte orkar lyfta eller sova, hemtjänst och "
     "larm som inte räcker, vem personen är och hur hen levde. Anhörigas egen skuld och börda "
     "hör till anhoriga_insyn; vem som bestämde att det var dags hör till vilja_delaktighet.",
     ["Det var rädslan mer än benet.", "Jag kan inte lyfta en karl.", "Det låg på diskbänken."]),
    (IV, "Information och vägen in",
     "Hur man fick veta att särskilt boende finns och hur man söker: kommunens webbplats, "
     "växeln, hemtjänstpersonal och demenssjuksköterskan som tipsar, vänner, Google och "
     "översättning, tron att man måste vara sängliggande eller hamna på sjukhus först, att det "
     "inte finns någon lista över vad som krävs, information på andra språk. Frågor och svar "
     "under själva utredningen hör till ansokan_utredning.",
     ["blev kopplad runt i 20 minuter", "you want säbo", "Hon var en klippa."]),
    (AU, "Ansökan, utredning och hembesök",
     "Själva ansökan och utredningen: att ringa in, e-tjänsten, BankID och post från utlandet, "
     "att skicka in ett förordnande, läkarintyg och minnesmottagningen, hembesöket och vad "
     "handläggaren frågar eller inte frågar, tolk, den äldre som skärper sig, anhöriga som får "
     "vara med på telefon, handläggarens eget arbete och bedömning. Vem som vill och samtycker "
     "hör till vilja_delaktighet; själva beslutet till beslut_overklagande.",
     ["Hon skärpte sig i en timme", "Like the fridge.", "Som ett förhör."]),
    (VD, "Den enskildes vilja och delaktighet",
     "Vem som bestämmer om flytten: den äldres vilja och samtycke, att övertala eller lura, en "
     "vecka på prov, att bli tillfrågad eller förbigången, kultur och skam kring att flytta en "
     "förälder, formuleringen att någon inte motsätter sig, att tas med från sjukhuset som ett "
     "paket, personal som pratar över huvudet på någon, att få tala för sig själv.",
     ["Jag blev lurad, kan man säga.", "Jag var mest med som ett paket.", "Fast ingen ljög."]),
    (BO, "Beslut, avslag och överklagande",
     "Beslutet och dess form: beviljat eller avslag, motiveringen att behoven kan tillgodoses "
     "hemma, beslutsbrev med lagtext, brev som går till fel adress eller aldrig läses, "
     "omprövning, överklagande och förvaltningsrätten, domen, råd om hur man överklagar, "
     "önskemål om begripliga beslut. Väntan efter ett ja hör till vantan_ko; avgiftsbeslutet "
     "till avgifter_hyra.",
     ["två av dem var lagtext", "Byta lägenhet, vid åttionio.", "domstolen bryr sig inte om känslor"]),
    (VK, "Väntan och kön",
     "Tiden mellan beslut och plats: att inte veta var man står i kön, korttids som väntplats, "
     "nätterna hemma under tiden, rapporten till IVO efter tre månader och vad den betyder för "
     "den som väntar, att ha tackat nej och inte längre räknas, handläggare som byts, önskan "
     "att någon hör av sig. Erbjudandet självt hör till erbjudande_avstand.",
     ["Det är som att ringa och beställa väder.", "Så jag är inte ens en siffra.", "Jag bodde i en resväska."]),
    (EA, "Erbjudandet och avståndet",
     "Erbjudandet om en plats: kort svarstid och samtal på fredagen, platser långt bort "
     "(Tallhöjden i Nässja), att tacka ja eller nej och vad det får för följder, önskemål om ett "
     "visst boende, att inte få se rummet, hunden som inte får följa med, närhet till anhöriga "
     "och kyrkogården, utskrivning från sjukhus med en enda plats att välja.",
     ["Fyra mil, det är ju bara en bit.", "Resten av året är det bara skog och jag.",
      "Det har betydelse för alla utom dem som bestämmer."]),
    (FL, "Flytten",
     "Själva flytten och de första veckorna: några dagar på sig att tömma ett hem, vad man tar "
     "med till ett litet rum, släpkärra och flyttfirma, att packa åt någon annan, rummet som "
     "väntar, välkomstlappen och levnadsberättelsen, att aldrig komma hem igen, de första "
     "nätterna. Hyran och uppsägningen vid flytten hör till avgifter_hyra.",
     ["Man packar ett helt liv.", "Välkommen Ruth på dörren", "Vem ska vattna dem sen?"]),
    (AH, "Avgifter och hyra",
     "Vad boendet kostar och hur det betalas: hyra, omvårdnadsavgift, matkostnad, "
     "förbehållsbelopp, bostadstillägg, jämkning, dubbla hyror och uppsägningstid, "
     "avgiftsbeslut och fakturor som kommer sent eller på papper, huset som ska säljas, "
     "räkningar som någon annan måste sköta.",
     ["Det borde vara rabatt på utsikten.", "4000 i månaden för mat hon inte äter",
      "It's the paperwork that kills you, not the money."]),
    (VP, "Vardagen och personalen",
     "Livet på boendet för den som bor där: personalen, vikarier och nya ansikten, kontaktmannen "
     "och genomförandeplanen, maten, aktiviteter, att komma ut, personal som talar den boendes "
     "språk, ensamhet bland dem som har demens, att känna igen eller inte. Vad anhöriga får "
     "veta och hur de bemöts hör till anhoriga_insyn.",
     ["Jag hatar bingo.", "Det är en liten sak. Men det är inte en liten sak.",
      "Han har inte varit ute sedan i augusti."]),
    (AI, "Anhöriga, ställföreträdare och insyn",
     "Anhörigas och gode mäns roll: information och insyn, vem som ringer vem, kontaktmannens "
     "sms och foton, anhörigträffar, parboende och att flytta med eller inte, skuld, sömn och "
     "lättnad, anhöriga på distans och utomlands, fullmakt och god man, att ingen frågar hur "
     "den anhöriga har det.",
     ["legally I'm nobody", "Jag är inte en möbel.",
      "För en del av de här människorna är det vi som är de anhöriga."]),
    (BL, "Efteråt: uppföljning, byte och livets slut",
     "Det som kommer efter flytten: uppföljning från handläggaren eller ingen alls, byte av "
     "boende och bytesköns längd, flytt som verksamheten bestämmer, vård i livets slutskede och "
     "samtal om den, döden på boendet, rum som ska tömmas och hyra efter dödsfallet, dödsbon "
     "utan anhöriga.",
     ["Inte ett mejl om rummet. Ett samtal.", "en nittioårings tröjor i en garderob",
      "Sen flyttade han på torsdag."]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def interleave(items, moderator, fillers):
    """No two turns in a row by one speaker: two moderator turns in a row are one turn;
    between two turns of one participant the moderator's short acknowledgement (from
    `fillers`, in turn) is its own turn, as it is on the recording."""
    out, k = [], 0
    for it in items:
        if out and out[-1]["speaker"] == it["speaker"]:
            if it["mod"]:
                out[-1] = dict(out[-1], text=out[-1]["text"] + " " + it["text"])
                continue
            out.append(M(moderator, fillers[k % len(fillers)]))
            k += 1
        out.append(it)
    return out


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        dur = len(norm(it["text"]).split()) / session["rate"] + 0.4
        if it.get("note_inside"):
            dur += 30.0          # the participant fetches something mid-turn
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
        if it.get("note_after") or it.get("qa_split"):
            t += 40.0            # a pause in the recording (a note, a phone call)
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


def halves(text: str) -> list[str]:
    """Two pieces cut at the sentence end nearest the middle (one piece if one sentence)."""
    sents = sentences(text)
    if len(sents) < 2:
        return [norm(text)]
    total = len(norm(text).split())
    best, pos = 1, 0
    for k in range(1, len(sents)):
        pos = len(" ".join(sents[:k]).split())
        if abs(pos - total / 2) < abs(len(" ".join(sents[:best]).split()) - total / 2):
            best = k
    return [" ".join(sents[:best]), " ".join(sents[best:])]


def piece_times(a, b, pieces, gap=0.3):
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def wrap2(text: str, width: int) -> list[str]:
    """Caption line breaking: greedy, at most `width` characters a line."""
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


def subtitle_pieces(text: str, maxw: int, width: int = 42) -> list[str]:
    """Pieces of at most maxw words that fit two subtitle lines of `width` characters."""
    out = []
    for p in chunks(text, maxw):
        todo = [p]
        while todo:
            q = todo.pop(0)
            if len(wrap2(q, width)) <= 2:
                out.append(q)
            else:
                w = q.split()
                todo[:0] = [" ".join(w[:len(w) // 2]), " ".join(w[len(w) // 2:])]
    assert " ".join(out) == norm(text)
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
def clock(session, s: float) -> str:
    """Wall-clock time of second s of a session, as toLocaleTimeString() in sv-SE."""
    return (session["clock"] + _dt.timedelta(seconds=s)).strftime("%H:%M:%S")


def write_lcs_md(session) -> bytes:
    """MS Teams Live Captions Saver (browser extension, v4.5), Markdown export: an
    attendee report ('# Meeting Attendees', '**Total Attendees:** n', '**Meeting
    Start:** …', '## Attendee List', '- name' lines), '---', '# Transcript', then per
    change of speaker '**Name** (hh:mm:ss):' and one '> caption' line per live caption,
    a caption's time being the last time Teams updated it; consecutive captions of one
    speaker under one heading. UTF-8 without BOM, LF, no final line break (the
    extension trims the transcript)."""
    entries = []
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = chunks(it["text"], session["caption_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.4)):
            entries.append((it["speaker"], p, clock(session, pb + 0.6)))
    head = ["# Meeting Attendees", "", f"**Total Attendees:** {len(session['attendees'])}", "",
            f"**Meeting Start:** {session['clock'].strftime('%Y-%m-%d %H:%M:%S')}", "",
            "## Attendee List", ""]
    head += [f"- {n}" for n in session["attendees"]]
    content = "\n".join(head) + "\n\n---\n\n# Transcript\n\n"
    body, last = [], None
    for name, text, t in entries:
        if name != last:
            last = name
            body.append(f"\n**{name}** ({t}):\n> {text}")
        else:
            body.append(f"> {text}")
    return (content + "\n".join(body).strip()).encode("utf-8")


def write_deepgram_srt(session) -> bytes:
    """Deepgram (diarize, utterances) through deepgram-captions' srt(): numbered cues,
    'HH:MM:SS,mmm --> HH:MM:SS,mmm', each utterance cut into cues of at most 8 words,
    '[speaker N]' on a line of its own at the top of a cue whenever the speaker changes;
    cues joined with LF, the file ends with one LF."""
    rnd = random.Random(session["seed"] + 1)
    out, n, current = [], 1, None
    for it, (a, b) in zip(session["items"], timings(session)):
        spk = int(it["speaker"].split()[1])
        sents = sentences(it["text"])
        utts, i = [], 0
        while i < len(sents):
            k = rnd.choice((1, 1, 2, 2, 3))
            utts.append(" ".join(sents[i:i + k]))
            i += k
        words_all = norm(it["text"]).split()
        per = (b - a) / max(1, len(words_all))
        t = a
        for u in utts:
            words = u.split()
            for j in range(0, len(words), 8):
                cue = words[j:j + 8]
                start, end = t, t + per * len(cue) - 0.08
                t += per * len(cue)
                out.append(str(n))
                out.append(f"{ts_ms(start, ',')} --> {ts_ms(end, ',')}")
                if spk != current:
                    current = spk
                    out.append(f"[speaker {spk}]")
                out.append(" ".join(cue))
                out.append("")
                n += 1
            t += 0.9                                   # the pause that ended the utterance
    return "\n".join(out).encode("utf-8")


def qa_rows(session):
    """(kind, values) rows of the question-and-answer table: 'section' rows merged
    across the table, 'qa' rows (number, question, answer paragraphs)."""
    rows, items, i = [], session["items"], 0
    while i < len(items):
        q = items[i]
        assert q["mod"], q["text"][:40]
        a = items[i + 1] if i + 1 < len(items) else None
        assert a is not None and not a["mod"], q["text"][:40]
        if q.get("section"):
            rows.append(("section", q["section"]))
        qtext = q["text"]
        if q.get("qa_split"):
            first, note = q["qa_split"]
            assert qtext.startswith(first + " ")
            rows.append(("qa", [first], [note]))
            qtext = qtext[len(first) + 1:]
        paras = halves(a["text"]) if a.get("paras") == 2 else [a["text"]]
        rows.append(("qa", [qtext], paras))
        i += 2
    return rows


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def write_qa_docx(session) -> bytes | None:
    """The researcher's interview record in Word: a bold title, three header paragraphs,
    then a table 'Nr | Fråga (SW) | Svar (JÅ)' (Table Grid, header row bold and marked
    to repeat on each page), one row per question and answer, the guide's parts as rows
    merged across the table; one answer in two paragraphs; one row whose answer is a
    note in square brackets."""
    try:
        import docx
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    t = d.add_paragraph().add_run(session["title"])
    t.bold = True
    t.font.size = Pt(14)
    for line in session["header"]:
        d.add_paragraph(line)
    rows = qa_rows(session)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, session["columns"]):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    _repeat_header(table.rows[0])
    nr = 0
    for row in rows:
        cells = table.add_row().cells
        if row[0] == "section":
            merged = cells[0].merge(cells[2])
            merged.text = ""
            merged.paragraphs[0].add_run(row[1]).bold = True
            _shade(merged, "F2F2F2")
            continue
        nr += 1
        _, qs, answers = row
        cells[0].text = str(nr)
        cells[1].text = qs[0]
        cells[2].text = answers[0]
        for extra in answers[1:]:
            cells[2].add_paragraph(extra)
    for r in table.rows:
        for cell, w in zip(r.cells, (Cm(1.0), Cm(5.5), Cm(10.0))):
            cell.width = w
    d.add_paragraph(session["footer"])
    cp = d.core_properties
    cp.author = cp.last_modified_by = session["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 3
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


def write_audacity(session) -> bytes:
    """Audacity, File > Export Other > Export Labels: one label per line, 'start TAB end
    TAB text', seconds with six decimals; the transcriber made a region label per
    phrase and typed 'Name: ' only on the first label of each turn; point labels
    (start = end) hold her notes in parentheses. UTF-8, CRLF (Windows)."""
    lines = []

    def lab(a, b, text):
        lines.append(f"{a:.6f}\t{b:.6f}\t{text}")

    for it, (a, b) in zip(session["items"], timings(session)):
        text = norm(it["text"])
        if it.get("note_before"):
            lab(a - 0.8, a - 0.8, it["note_before"])
        parts = [text]
        note_inside = it.get("note_inside")
        if note_inside:
            cut = text.index(note_inside[0]) + len(note_inside[0])
            parts = [text[:cut], text[cut + 1:]]
        pieces, marks = [], []
        for k, part in enumerate(parts):
            ps = chunks(part, session["label_words"])
            pieces += ps
            marks.append(len(pieces))
        pause = 30.0 if note_inside else 0.0
        spans = piece_times(a, b - pause, pieces, gap=0.25)
        for k, (p, (pa, pb)) in enumerate(zip(pieces, spans)):
            if note_inside and k >= marks[0]:
                pa, pb = pa + pause, pb + pause
            lab(pa, pb, f"{it['speaker']}: {p}" if k == 0 else p)
            if note_inside and k == marks[0] - 1:
                lab(pb + 2.0, pb + 2.0, note_inside[1])
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def write_italic_docx(session) -> bytes | None:
    """Word, typed by the researcher without speaker labels: a bold title and a header
    paragraph ('Mina frågor och kommentarer står i kursiv.'), an empty paragraph, then one
    paragraph per turn, the interviewer's in italics, the answers in roman (a word in
    italics for emphasis inside one answer, one answer in two paragraphs), a note in
    parentheses between two turns."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    t = d.add_paragraph().add_run(session["title"])
    t.bold = True
    d.add_paragraph(session["header"])
    d.add_paragraph("")
    for it in session["items"]:
        if it["mod"]:
            d.add_paragraph().add_run(norm(it["text"])).italic = True
            continue
        paras = halves(it["text"]) if it.get("paras") == 2 else [norm(it["text"])]
        for para in paras:
            p = d.add_paragraph()
            emph = it.get("emph")
            if emph and f" {emph} " in para:
                left, right = para.split(f" {emph} ", 1)
                p.add_run(left + " ")
                p.add_run(emph).italic = True
                p.add_run(" " + right)
            else:
                p.add_run(para)
        if it.get("note_after"):
            d.add_paragraph(it["note_after"])
    cp = d.core_properties
    cp.author = cp.last_modified_by = session["author"]
    cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.revision = 5
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


MEET_NOTE = ("This editable transcript was computer generated and might contain errors. "
             "People can also change the text after it was created.")


def write_meet_md(session) -> bytes:
    """A Google Meet transcript (the Google Doc Meet writes) downloaded from Google Docs
    with File > Download > Markdown: '# title', '### Attendees', the names, '#
    Transcript', Meet's note as '####', then 'Name: text' paragraphs (a long stretch of
    speech is two paragraphs of one speaker), a paragraph 'hh:mm:ss' every five
    minutes, 'Meeting ended after hh:mm:ss 👋' and the note again. UTF-8, LF."""
    out = [f"# {session['title']}", "### Attendees", session["attendee_line"], "# Transcript",
           f"#### {MEET_NOTE}"]
    mark = 300
    tims = timings(session)
    for it, (a, b) in zip(session["items"], tims):
        pieces = halves(it["text"]) if len(norm(it["text"]).split()) >= session["split_words"] else [norm(it["text"])]
        for p, (pa, _) in zip(pieces, piece_times(a, b, pieces)):
            while pa >= mark:
                out.append(ts_hms(mark))
                mark += 300
            out.append(f"{it['speaker']}: {p}")
    out.append(f"Meeting ended after {ts_hms(tims[-1][1] + 4)} 👋")
    out.append(f"#### {MEET_NOTE}")
    return ("\n\n".join(out) + "\n").encode("utf-8")


def tc_frames(s: float, fps: int = 25) -> str:
    f = int(round(s * fps))
    sec, fr = divmod(f, fps)
    return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}:{fr:02d}"


def write_nuendo_csv(session) -> bytes:
    """Subtitle Edit, Save as 'Csv Nuendo': header '"Character","Timecode In","Timecode
    Out","Dialogue"', one row per subtitle, the actor quoted (empty and unquoted where no
    actor was set), timecodes hh:mm:ss:ff (25 fps) unquoted, the text always quoted with
    the subtitle's line break written as LF inside the quotes; rows end with CRLF,
    UTF-8 with BOM, no line break after the last row (Subtitle Edit trims)."""
    lines = ['"Character","Timecode In","Timecode Out","Dialogue"']
    for it, (a, b) in zip(session["items"], timings(session)):
        pieces = subtitle_pieces(it["text"], session["sub_words"])
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.12))):
            actor = "" if k in it.get("no_actor", ()) else it["speaker"]
            text = "\n".join(wrap2(p, 42)).replace('"', '""')
            afield = f'"{actor}"' if actor else ""
            lines.append(f'{afield},{tc_frames(pa)},{tc_frames(pb)},"{text}"')
    return ("\ufeff" + "\r\n".join(lines)).encode("utf-8")


CA_HEAD = ["Rad", "Tid", "Talare", "Text", "Meningsbärande enhet",
           "Kondenserad meningsbärande enhet", "Kod", "Kategori (preliminär)"]


def write_ca_xlsx(session) -> bytes | None:
    """The researcher's analysis sheet for a qualitative content analysis: row 1 two
    group headings in merged cells ('Transkription' over A:D, the analysis over E:H),
    row 2 the column headers, one row per turn from row 3, the analysis columns filled
    for the participant's turns analysed so far (the meaning unit an exact excerpt of
    the turn); autofilter and frozen panes below the headers; sheets 'Kategorier' and
    'Om intervjun'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws["A1"] = "Transkription"
    ws["E1"] = session["analysis_head"]
    ws.merge_cells("A1:D1")
    ws.merge_cells("E1:H1")
    for ref, fill in (("A1", "DDEBF7"), ("E1", "FCE4D6")):
        ws[ref].font = Font(bold=True)
        ws[ref].fill = PatternFill("solid", fgColor=fill)
        ws[ref].alignment = Alignment(horizontal="center")
    for c, v in enumerate(CA_HEAD, 1):
        cell = ws.cell(row=2, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    r = 3
    for i, (it, (a, _)) in enumerate(zip(session["items"], timings(session))):
        values = [i + 1, ts_hms(a), it["speaker"], norm(it["text"])]
        if it.get("ca"):
            unit = it["ca"][0]
            assert unit in it["text"], unit
            values += list(it["ca"])
        for c, v in enumerate(values, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for col, w in zip("ABCDEFGH", (6, 10, 8, 70, 40, 28, 22, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:H{r - 1}"
    cats = wb.create_sheet("Kategorier")
    cats.append(["Kategori (preliminär)", "Koder"])
    by_cat = defaultdict(list)
    for it in session["items"]:
        if it.get("ca"):
            by_cat[it["ca"][3]].append(it["ca"][2])
    for cat, codes in by_cat.items():
        cats.append([cat, "; ".join(dict.fromkeys(codes))])
    cats["A1"].font = cats["B1"].font = Font(bold=True)
    cats.column_dimensions["A"].width = 30
    cats.column_dimensions["B"].width = 80
    about = wb.create_sheet("Om intervjun")
    for k, v in session["about"]:
        about.append([k, v])
        about.cell(row=about.max_row, column=1).font = Font(bold=True)
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 90
    wb.properties.creator = wb.properties.lastModifiedBy = session["author"]
    wb.properties.created = wb.properties.modified = session["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Excel")


WRITERS = dict(lcs_md=write_lcs_md, deepgram_srt=write_deepgram_srt, qa_docx=write_qa_docx,
               audacity=write_audacity, italic_docx=write_italic_docx, meet_md=write_meet_md,
               nuendo_csv=write_nuendo_csv, ca_xlsx=write_ca_xlsx)
NEEDS = dict(qa_docx="docx", italic_docx="docx", ca_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per layout: (speaker, text) per turn, consecutive pieces of
# one speaker merged
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


def parse_lcs_md(data: bytes):
    text = data.decode("utf-8")
    assert not text.startswith("\ufeff") and "\r" not in text and not text.endswith("\n")
    lines = text.split("\n")
    start = lines.index("# Transcript") + 1
    pairs, cur = [], None
    for line in lines[start:]:
        m = re.fullmatch(r"\*\*(.+?)\*\* \((\d\d:\d\d:\d\d)\):", line)
        if m:
            cur = m.group(1)
        elif line.startswith("> "):
            pairs.append((cur, line[2:]))
        else:
            assert line == "", line
    return _merge(pairs)


def parse_deepgram_srt(data: bytes):
    text = data.decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n") and "\r" not in text
    pairs, cur = [], None
    for blk in text.strip("\n").split("\n\n"):
        lines = blk.split("\n")
        assert lines[0].isdigit() and "-->" in lines[1], blk
        body = lines[2:]
        m = re.fullmatch(r"\[speaker (\d+)\]", body[0])
        if m:
            cur = f"speaker {m.group(1)}"
            body = body[1:]
        assert len(body) == 1 and len(body[0].split()) <= 8, blk
        pairs.append((cur, body[0]))
    return _merge(pairs)


def parse_qa_docx(data: bytes, q_label, a_label):
    import docx
    d = docx.Document(io.BytesIO(data))
    table = d.tables[0]
    head = [c.text for c in table.rows[0].cells]
    assert head == ["Nr", "Fråga (SW)", "Svar (JÅ)"], head
    pairs = []
    for row in table.rows[1:]:
        cells = row.cells
        if cells[0]._tc is cells[2]._tc:          # merged section row
            continue
        q, a = cells[1].text, cells[2].text
        if q.strip():
            pairs.append((q_label, q))
        if a.strip() and not re.fullmatch(r"\[.*\]", a.strip()):
            pairs.append((a_label, " ".join(p.text for p in cells[2].paragraphs)))
    return _merge(pairs)


def parse_audacity(data: bytes, labels):
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    pairs = []
    for line in text.rstrip("\r\n").split("\r\n"):
        a, b, lab = line.split("\t")
        assert re.fullmatch(r"\d+\.\d{6}", a) and re.fullmatch(r"\d+\.\d{6}", b), line
        if a == b and re.fullmatch(r"\(.*\)", lab):
            continue                                   # the transcriber's note
        m = re.match(r"([^:\s]+): (.*)", lab)
        if m and m.group(1) in labels:
            pairs.append([m.group(1), m.group(2)])
        else:
            pairs[-1][1] += " " + lab
    return _merge([tuple(p) for p in pairs])


def parse_italic_docx(data: bytes, q_label, a_label):
    import docx
    paras = docx.Document(io.BytesIO(data)).paragraphs
    start = next(i for i, p in enumerate(paras) if not p.text.strip()) + 1
    pairs = []
    for p in paras[start:]:
        if not p.text.strip() or re.fullmatch(r"\(.*\)", p.text.strip()):
            continue
        runs = [r for r in p.runs if r.text.strip()]
        spk = q_label if all(r.italic for r in runs) else a_label
        pairs.append((spk, p.text))
    return _merge(pairs)


def parse_meet_md(data: bytes, labels):
    text = data.decode("utf-8")
    paras = text.strip("\n").split("\n\n")
    start = paras.index("# Transcript") + 1
    pairs = []
    for para in paras[start:]:
        if para.startswith("#") or re.fullmatch(r"\d\d:\d\d:\d\d", para) or para.startswith("Meeting ended after"):
            continue
        name, body = para.split(": ", 1)
        assert name in labels, para
        pairs.append((name, body))
    return _merge(pairs)


def parse_nuendo_csv(data: bytes):
    assert data.startswith("\ufeff".encode("utf-8")) and not data.endswith(b"\n")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["Character", "Timecode In", "Timecode Out", "Dialogue"], rows[0]
    pairs = []
    for r in rows[1:]:
        assert re.fullmatch(r"\d\d:\d\d:\d\d:\d\d", r[1]) and len(r[3].split("\n")) <= 2, r
        if r[0]:
            pairs.append([r[0], r[3].replace("\n", " ")])
        else:
            pairs[-1][1] += " " + r[3].replace("\n", " ")
    return _merge([tuple(p) for p in pairs])


def parse_ca_xlsx(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert [c.value for c in ws[2]] == CA_HEAD
    pairs = []
    for r in range(3, ws.max_row + 1):
        pairs.append((ws.cell(row=r, column=3).value, ws.cell(row=r, column=4).value))
    return _merge(pairs)


PARSERS = dict(lcs_md=parse_lcs_md, deepgram_srt=parse_deepgram_srt,
               qa_docx=lambda d: parse_qa_docx(d, SWI, JA),
               audacity=lambda d: parse_audacity(d, {SARA, HOL}),
               italic_docx=lambda d: parse_italic_docx(d, IK, UNK),
               meet_md=lambda d: parse_meet_md(d, {SWD, PL}),
               nuendo_csv=parse_nuendo_csv, ca_xlsx=parse_ca_xlsx)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
SESSIONS = [
    dict(file="fokusgrupp-1.md", fmt="lcs_md", seed=8101, start=24.0, rate=2.4,
         pause=(0.6, 2.4), items=interleave(FG1, UB, ["Mm.", "Ja.", "Okej.", "Mhm."]),
         clock=_dt.datetime(2025, 11, 18, 18, 58, 41), caption_words=24,
         attendees=[UB, SWD, AS, ML, HR, KN, GF, LE]),
    dict(file="fokusgrupp-2.srt", fmt="deepgram_srt", seed=8102, start=3.2, rate=2.1,
         pause=(0.8, 2.8), items=interleave(FG2, S0, ["Mm.", "Ja.", "Jaha."])),
    dict(file="intervju-1.docx", fmt="qa_docx", seed=8103, start=5.0, rate=2.5,
         pause=(0.8, 2.4), items=interleave(INT1, SWI, ["Mm."]),
         title="Intervju 1 – biståndshandläggare, Vallmora kommun",
         header=["Måndag 24 november 2025, biståndsenheten, kommunhuset i Vallmora. "
                 "Intervjuare: Sara Wikström (SW), Mälarbergs högskola. Intervjuperson: "
                 "biståndshandläggare (JÅ).",
                 "Antecknat under intervjun och kompletterat från inspelningen samma kväll. "
                 "Nära ordagrant; upprepningar och ehm är strukna. Följdfrågor på egen rad.",
                 "Guidens delar som grå rader."],
         columns=["Nr", "Fråga (SW)", "Svar (JÅ)"],
         footer="Inspelningen avslutad. Längd 47 minuter.",
         author="Sara Wikström", epoch=_dt.datetime(2025, 11, 24, 21, 40, 0)),
    dict(file="intervju-2.txt", fmt="audacity", seed=8104, start=6.5, rate=1.9,
         pause=(1.0, 3.0), items=interleave(INT2, SARA, ["Mm.", "Ja.", "Okej."]),
         label_words=12),
    dict(file="intervju-3.docx", fmt="italic_docx", seed=8105, start=2.0, rate=2.0,
         pause=(1.0, 3.2), items=interleave(INT3, IK, ["Mm.", "Ja."]),
         title="Intervju 3 – Sonja, hustru till Bertil (Lärkängen)",
         header="Onsdag 26 november 2025, hemma hos Sonja i Vallmora. Intervjuare: Sara "
                "Wikström, Mälarbergs högskola. Mina frågor och kommentarer står i kursiv. "
                "Ordagrant men utan ehm; pauser är inte markerade.",
         author="Sara Wikström", epoch=_dt.datetime(2025, 11, 28, 10, 15, 0)),
    dict(file="interview-4.md", fmt="meet_md", seed=8106, start=12.0, rate=2.6,
         pause=(0.5, 2.0), items=interleave(INT4, SWD, ["Mm.", "Right.", "Yeah."]),
         title="Interview – Vallmora care home study (2025-11-27 09:02 GMT) - Transcript",
         attendee_line=f"{PL}, {SWD}", split_words=55),
    dict(file="intervju-5.csv", fmt="nuendo_csv", seed=8107, start=9.0, rate=2.4,
         pause=(0.5, 1.8), items=interleave(INT5, ULR, ["Mm.", "Ja."]), sub_words=14),
    dict(file="intervju-6.xlsx", fmt="ca_xlsx", seed=8108, start=4.0, rate=2.4,
         pause=(0.7, 2.4), items=interleave(INT6, I_, ["Mm.", "Ja.", "Okej."]),
         sheet="Intervju 6",
         analysis_head="Kvalitativ innehållsanalys, omgång 1 (SW, 3 december)",
         about=[("Studie", "Flytten till särskilt boende (Vallmora kommun och Mälarbergs högskola)"),
                ("Intervju", "6 av 6"), ("Intervjuare", "Sara Wikström (I)"),
                ("Intervjuperson", "God man för fyra huvudmän (IP)"),
                ("Datum och plats", "Måndag 1 december 2025, grupprum 2, Mälarbergs högskola"),
                ("Inspelning", "INT06_011225.m4a, 44 minuter"),
                ("Analys", "Graneheim och Lundman; omgång 1 gjord till och med Rad 32")],
         author="Sara Wikström", epoch=_dt.datetime(2025, 12, 3, 16, 20, 0)),
]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
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
            assert "\n" not in t["text"] and "\t" not in t["text"] and " | " not in t["text"], t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            assert not norm(t["text"]).startswith(("[", ">", "#", "(")), t["text"][:40]
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
        w.writerow(["speaker", "segment", "relation", "age_group", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(p for p in PARTICIPANTS if p[0] not in UNWRITTEN)

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
