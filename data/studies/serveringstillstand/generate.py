#!/usr/bin/env python3
"""Generate the fictional study of serveringstillstånd (licences to serve alcohol) in
Västerbro kommun: transcripts, gold.csv, codebook.csv and transcripts/participants.csv,
all from the structured session lists in this file.

Python 3.11, standard library, plus python-docx (the two .docx files) and openpyxl
(the .xlsx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Without python-docx or openpyxl the corresponding file is left as it is (the gold rows
do not depend on it) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a participant
turn is P(speaker, text, theme, stage, sentiment, kind); B() is a participant
backchannel, reaction, small talk or thanks (no theme, no stage). Transcript files and
gold rows are written from the same list, so turn indices cannot drift. How a turn is
cut into pieces (Word's segments, Whisper segments in aTrain, noScribe and Vibe, Excel
rows) is decided by the writer for its format; the gold keeps one row per turn. The
noScribe writer also decides where its pause marks "(..)" fall, from the synthetic
timings, so the text of those turns (as the file shows it) comes from the writer.
After writing, every file is parsed back with a minimal parser for its format and
compared with the list (turn index, speaker, text), and every codebook example must be
an exact excerpt of a participant turn coded with that theme and of no turn coded
otherwise.

Output is byte-identical from run to run: timings are seeded, and the .docx and .xlsx
are re-zipped with fixed timestamps and fixed core properties.
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


def M(speaker, text, **opts):
    """Moderator / interviewer turn (no gold row)."""
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
# Theme ids (the codebook itself is further down, after the sessions, because its
# examples are excerpts of the turns)
# ---------------------------------------------------------------------------
INF = "info_vagledning"
ANS = "ansokan_underlag"
KUN = "kunskapsprov"
VAN = "handlaggning_vantan"
KON = "kontakt_handlaggare"
BES = "beslut_villkor"
TIL = "tillsyn_kontroll"
AVG = "avgifter_kostnader"
RAP = "restaurangrapport"
TFS = "tillfalliga_tillstand"
PER = "personal_ansvar"
VER = "verksamhet_lokal"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
# fokusgrupp-1.docx (Word, Transkribera): Word's own speaker labels, Swedish UI
T1, T2, T3, T4, T5, T6, T7 = (f"Talare {i}" for i in range(1, 8))
# fokusgrupp-2.txt (aTrain): pyannote's labels; the moderator happens to be SPEAKER_02
S_00, S_01, S_02, S_03, S_04, S_05 = (f"SPEAKER_{i:02d}" for i in range(6))
# intervju-1.txt (noScribe): noScribe shortens SPEAKER_00 to S00
NS0, NS1 = "S00", "S01"
# intervju-2.md (oTranscribe, typed by the interviewer)
SARA, LIAM = "Sara", "Liam"
# intervju-3.docx (typed in Word, I: / IP:)
I_, IP = "I", "IP"
# intervju-4.xlsx (one column per speaker)
INTV, INFO = "Intervjuare", "Informant"
# intervju-5.srt (Vibe, "[Speaker n]")
V1, V2 = "Speaker 1", "Speaker 2"
# intervju-6.csv (Vibe, speaker column holds the number)
C1, C2, C3 = "1", "2", "3"

PARTICIPANTS = [
    # speaker; segment; verksamhet; district; situation
    (T1, "moderator", "", "", ""),
    (T7, "moderator", "", "", ""),
    (T2, "tillståndshavare", "pizzeria", "Kvarnby",
     "tog över en pizzeria i våras, fick söka nytt tillstånd, kunskapsprovet tre gånger"),
    (T3, "tillståndshavare", "kafé", "Centrum",
     "kafé vid torget som ville servera vin på fredagskvällar, beviljat till klockan tio"),
    (T4, "tillståndshavare", "cocktailbar", "Hamnen",
     "öppnade cocktailbar med en kompanjon, villkor om ordningsvakter, öppnade utan alkohol"),
    (T5, "tillståndshavare", "restaurang", "Centrum",
     "sushirestaurang med tillstånd sedan sex år, ändring för uteservering"),
    (T6, "tillståndshavare", "padelhall", "Björkhagen",
     "padelhall med kafé som sökte för öl, förmöte med handläggare, klarade kontrollköp"),
    (S_02, "moderator", "", "", ""),
    (S_00, "tillståndshavare", "pub", "Centrum",
     "pub sedan 2003, erinran efter ett kontrollköp"),
    (S_01, "tillståndshavare", "restaurang", "Hamnen",
     "restaurang med stor uteservering, förlängning beviljad med en halvtimme"),
    (S_03, "tillståndshavare", "nattklubb", "Centrum",
     "nattklubb med ordningsvakter, varning efter tillsyn med Polisen"),
    (S_04, "arrangör", "catering", "Strandviken",
     "cateringfirma utan egen restaurang, ett trettiotal tillfälliga tillstånd om året"),
    (S_05, "anställd", "restaurang", "Centrum",
     "restaurangchef i en restaurangkedja, sköter listan över serveringsansvariga"),
    (NS0, "moderator", "", "", ""),
    (NS1, "tillståndshavare", "vinbar", "Centrum",
     "vinbar, avslag på grund av finansieringen, förlorade i förvaltningsrätten, beviljat andra gången"),
    (SARA, "moderator", "", "", ""),
    (LIAM, "tillståndshavare", "pub", "Centrum",
     "irländsk pub, kom till Sverige för tre år sedan, intervju på svenska och engelska"),
    (I_, "moderator", "", "", ""),
    (IP, "handläggare", "kommunen", "",
     "alkoholhandläggare på enheten för tillstånd och tillsyn"),
    (INTV, "moderator", "", "", ""),
    (INFO, "anställd", "hotell", "Centrum",
     "hotellchef sedan i våras, anmäld som ny person med betydande inflytande"),
    (V1, "moderator", "", "", ""),
    (V2, "arrangör", "festival", "Hamnen",
     "ordförande i föreningen bakom en tredagarsfestival, tillfälligt tillstånd varje år"),
    (C1, "moderator", "", "", ""),
    (C2, "anhörig", "grillrestaurang", "Strandviken",
     "dotter till ägaren, har skött alla papper sedan hon var sexton"),
    (C3, "tillståndshavare", "grillrestaurang", "Strandviken",
     "ägare av grillrestaurangen, kunskapsprovet tre gånger, tillsynsärende"),
]


# ---------------------------------------------------------------------------
# Session 1: fokusgrupp-1.docx. Microsoft Word (Microsoft 365, Swedish UI),
# Hem > Diktera > Transkribera: recorded on the moderator's laptop in the room and
# "Lägg till allt i dokument" with speakers and timestamps. Word labels the voices
# "Talare 1" ... and cuts speech into segments at pauses; consecutive segments of one
# speaker are one turn. Machine transcript: no transcriber notes, digits, no quotes.
# In person, Stadshuset, 2025-11-05, new businesses; chronological guide.
# ---------------------------------------------------------------------------
FG1 = [
    M(T1, "Då tror jag att vi kan börja. Välkomna hit allihop och tack för att ni tog er tid mitt i veckan. Jag heter Elin och jobbar på näringslivsavdelningen här på kommunen, och det här är Jonas som antecknar. Vi vill höra hur det har varit att söka serveringstillstånd, från att ni fick idén till i dag. Vi spelar in, men det är bara vi som lyssnar. Är det okej för alla?"),
    B(T2, "Ja, absolut."),
    B(T3, "Det går bra."),
    M(T1, "Bra. Kan vi ta en runda först, vilka ni är och vad ni har för verksamhet? Murat, vill du börja?"),
    P(T2, "Ja. Murat heter jag, jag har Pizzeria Milano i Kvarnby sedan i våras. Jag köpte den av den gamla ägaren, han hade haft den i 15 år. Och jag trodde ärligt talat att tillståndet följde med, som ugnen och borden. Det gjorde det inte.", VER, N, 0, "neutral"),
    P(T3, "Johanna. Jag har ett litet kafé vid torget, Kaffe och Kaka, sedan fyra år. Vi har börjat ha öppet på fredagskvällar med musik, och folk frågade hela tiden efter ett glas vin. Så då tänkte vi, hur svårt kan det vara?", VER, N, 0, "neutral"),
    P(T4, "Viktor. Jag och min kompis öppnade en cocktailbar på Hamngatan i september, Bar Fyren. Det är mitt första eget ställe. Jag har jobbat i bar i tio år, men att söka själv var en helt annan sak.", VER, N, 0, "neutral"),
    P(T5, "Jag heter Linh. Vi har en sushirestaurang i Centrum sedan sex år och vi har haft tillstånd hela tiden. Nu i år ville vi ha uteservering på trottoaren, och då fick vi ändra tillståndet.", VER, N, 0, "neutral"),
    P(T6, "Peter. Jag driver en padelhall ute i Björkhagen. Vi har ett kafé i hallen och folk ville kunna ta en öl efter matchen, så vi sökte för det. Och sen har vi turneringar där vi har sökt tillfälligt också.", VER, N, 0, "neutral"),
    M(T1, "Tack. Om vi börjar från början: när ni förstod att ni behövde ett tillstånd, var letade ni information?"),
    P(T4, "Kommunens hemsida först. Där finns en sida om serveringstillstånd och den är okej, men den är skriven som en lagtext. Det står vad man ska ha men inte varför eller hur lång tid det tar.", INF, FI, 0, "pain"),
    P(T2, "Jag frågade den gamla ägaren. Han sa, det är bara att ringa kommunen. Så jag ringde. Och då fick jag veta att jag måste söka helt nytt, som om det var en ny restaurang. Fyra månader innan jag kunde servera en öl.", INF, FI, -1, "pain"),
    B(T3, "Fyra månader?"),
    P(T2, "Upp till, sa hon. Det blev tre och en halv.", VAN, PR, -1, "neutral"),
    P(T3, "Jag läste på Folkhälsomyndigheten. Där finns allt om kunskapsprovet och lagen, och det är bra skrivet faktiskt. Men sen hur man gör här i kommunen, det fick jag ringa om.", INF, FI, 0, "praise"),
    P(T5, "Vi hade en konsult första gången, för sex år sedan. Han gjorde allt. Men han tog 25 000 kronor, så den här gången ville jag göra det själv.", AVG, FI, 0, "neutral"),
    P(T6, "Jag googlade och hamnade hos en konsultfirma som ville ha betalt redan för ett första samtal. Då ringde jag kommunen i stället och fick boka ett möte med en handläggare. Det var det bästa vi gjorde.", INF, FI, 1, "praise"),
    M(T1, "Ett möte innan ni sökte, alltså?"),
    P(T6, "Ja, en halvtimme på Teams. Hon gick igenom vad vi behövde och vad vi kunde strunta i. Hon sa typ att vi inte behövde ritning på hela hallen, bara där vi serverar.", INF, FI, 1, "praise"),
    P(T4, "Det visste inte jag att man kunde. Det hade sparat mig två veckor.", INF, FI, -1, "pain"),
    B(T3, "Nej, inte jag heller."),
    M(T1, "Då går vi till själva ansökan. Hur var det att fylla i den?"),
    P(T3, "E-tjänsten i sig var okej, man loggar in med BankID och så. Men den ville ha saker som jag inte hade. Hyresavtalet hade jag, men ritningen över lokalen hade hyresvärden, och han svarade inte på mejl.", ANS, AP, -1, "pain"),
    P(T2, "För mig var det finansieringen. De ville veta var varenda krona kom ifrån. Jag hade lånat av min bror och av banken, och då skulle jag visa kontoutdrag, låneavtal och att pengarna gick från hans konto till mitt. Jag kände mig som en brottsling.", ANS, AP, -1, "pain"),
    P(T4, "Samma här. Och vi var två som ägde bolaget, så allt dubbelt. Två personer med betydande inflytande, två av allt.", ANS, AP, -1, "pain"),
    M(T1, "Förstod ni varför de ville ha de uppgifterna?"),
    P(T2, "Nu gör jag det. Det är för att ingen ska tvätta pengar genom en pizzeria. Okej. Men ingen sa det då, det kom bara ett brev med en lista.", KON, AP, 0, "pain"),
    P(T5, "För ändringen var det enklare. Jag behövde en ritning på uteserveringen och ett avtal med kommunen om marken. Men det är två olika avdelningar, och den ena väntade på den andra.", ANS, AP, -1, "pain"),
    P(T6, "Och avgiften. Man betalar innan de ens har tittat på ansökan. 12 000 kronor för en padelhall som vill sälja öl.", AVG, AP, -1, "pain"),
    B(T4, "Ja, det svider."),
    M(T1, "Kunskapsprovet, hur har det varit för er?"),
    P(T3, "Jag kuggade första gången. Det var mycket om vad som gäller vid catering och slutna sällskap och sånt som jag aldrig kommer att göra. Jag driver ett kafé.", KUN, PR, -1, "pain"),
    P(T4, "Jag klarade det, men jag pluggade i två veckor. Frågorna är luriga, det finns alltid två svar som båda känns rätt.", KUN, PR, 0, "pain"),
    P(T2, "Jag gjorde det tre gånger.", KUN, PR, -1, "neutral"),
    M(T1, "Tre gånger?"),
    P(T2, "Ja. Första gången läste jag inte alls, jag trodde att det var som körkortet, sunt förnuft. Andra gången var det språket. Det är svåra ord, servering till slutet sällskap, spritdrycker, starköl. Tredje gången gick det. Min dotter förhörde mig på kvällarna.", KUN, PR, -1, "pain"),
    P(T5, "Kan man inte göra det på andra språk? Jag gjorde det på svenska, men det var tungt.", KUN, PR, 0, "question"),
    P(T4, "Jag tror att det finns på engelska i alla fall.", KUN, PR, 0, "neutral"),
    M(T1, "Vi tar med oss frågan. Sen skickade ni in. Hur var väntan?"),
    P(T4, "Lång. Vi hade sagt upp oss från våra jobb, vi betalade hyra från augusti och vi fick tillståndet i november. Vi öppnade i september ändå och sålde alkoholfritt. Det var ingen bra affär.", VAN, PR, -1, "pain"),
    P(T6, "För oss var det sex veckor, tror jag. Det var snabbare än jag trodde. Men vi hade ju ingen brådska, vi har kaféet ändå.", VAN, PR, 1, "praise"),
    P(T2, "Det var remissen till Skatteverket som tog tid, sa de. Och Polisen. Jag ringde och frågade, och hon sa att de väntar på svar från Polisen. Vad gör jag då? Jag kan inte ringa Polisen och fråga om min pizzeria.", VAN, PR, -1, "pain"),
    B(T5, "Nej, precis."),
    P(T3, "Jag fick komplettering två gånger. Först ritningen, som hyresvärden hade, och sen skulle de ha menyn. Varje gång kändes det som att väntan började om.", VAN, PR, -1, "pain"),
    M(T1, "Menyn?"),
    P(T3, "Ja, man måste ha lagad mat för att få servera. Vi har smörgåsar och paj, och det räckte inte riktigt. Så nu har vi två varmrätter på fredagar, en soppa och en gryta. Det är väl okej, folk äter dem faktiskt.", VER, PR, 0, "neutral"),
    P(T6, "Det var samma sak för oss. Korv och toast räknas inte, sa handläggaren. Vi fick sätta in en ugn.", VER, PR, -1, "pain"),
    M(T1, "Hur var kontakten med handläggarna under tiden?"),
    P(T6, "Bra. Samma person hela vägen, och hon svarade på mejl nästan samma dag.", KON, PR, 1, "praise"),
    P(T4, "Vi hade också bra kontakt med Karin, men det var svårt att få tag på henne. Telefontid en timme om dagen, och då ringer alla krögare i hela kommunen samtidigt.", KON, PR, 0, "pain"),
    P(T2, "Jag fick en ny handläggare mitt i. Mehdi. Han var jättebra, men jag fick skicka allt igen, för han hittade inte det jag hade skickat till den förra.", KON, PR, 0, "pain"),
    P(T5, "Och de ringde mig på lunchen, mitt i rusningen. Jag sa, kan du ringa klockan tre? Och hon ringde klockan tre. Det var fint.", KON, PR, 1, "praise"),
    M(T1, "Sen kom beslutet till slut. Hur var det?"),
    P(T4, "Vi sökte till klockan två på natten och fick till ett. Med villkor om ordningsvakter fredag och lördag efter elva. Det stod att det var för att det bor folk ovanpå. Vilket det gör, det är sant.", BES, DE, 0, "neutral"),
    P(T2, "Jag fick ja. Det kom ett mejl, beviljat, och sen en pdf på sju sidor. Jag läste första raden och sen öppnade jag en öl. Bokstavligen.", BES, DE, 1, "praise"),
    B(T6, "Det förtjänade du."),
    P(T3, "Vi fick till tio på kvällen. Jag hade sökt till elva. Och jag förstår inte varför, det stod bara att det var lämpligt med hänsyn till verksamhetens karaktär. Ett kafé, alltså.", BES, DE, -1, "pain"),
    M(T1, "Fick du någon förklaring?"),
    P(T3, "Jag ringde, och hon sa att det är praxis för kaféer. Att man inte ska bli en bar. Men det står ingenstans att det är praxis.", BES, DE, -1, "pain"),
    P(T5, "Vi fick uteserveringen till tio också, fast vi har tillstånd inne till elva. Så klockan tio bär vi in folk med glasen.", BES, DE, 0, "pain"),
    P(T6, "Vi fick villkor om att det bara får serveras i kaféytan, inte ute vid banorna. Det är rimligt. Fast folk går ju ut med ölen ändå, och då är det vi som får skäll.", BES, DE, 0, "pain"),
    P(T4, "Överklagade någon av er? Jag funderade på det, men advokaten sa att det tar ett år och att vi förmodligen förlorar.", BES, DE, 0, "question"),
    P(T3, "Nej. Jag orkade inte. Och jag vill ju ha en bra relation med dem, de ska ju komma på tillsyn sen.", BES, DE, -1, "pain"),
    M(T1, "Hur har det varit nu när ni har börjat servera?"),
    P(T2, "Bra. Folk vill ha en öl till pizzan, det är klart. Omsättningen har gått upp kanske 20 procent.", VER, US, 1, "praise"),
    P(T4, "Det svåra är personalen. Det ska alltid finnas någon som är serveringsansvarig på plats, och när han är sjuk så blir det stressigt. Vi har fått anmäla fler personer, och varje gång är det ett nytt papper.", PER, US, -1, "pain"),
    P(T5, "Vi skickade alla på utbildning i ansvarsfull alkoholservering. Kommunen hade en kurs, två dagar. Den var bra, särskilt om hur man säger nej till någon som är full.", PER, US, 1, "praise"),
    P(T6, "Har ni fått restaurangrapporten än? Jag har hört att den ska in i mars.", RAP, US, 0, "question"),
    P(T5, "Ja, varje år. Man ska ange hur mycket man har sålt av öl, vin och sprit, i liter och kronor. Det är inte svårt, men man måste ha ordning i kassasystemet hela året. Första året gjorde min revisor den.", RAP, US, 0, "neutral"),
    P(T2, "Och den styr avgiften, va? Tillsynsavgiften?", AVG, US, 0, "question"),
    P(T5, "Ja, en del av den. Ju mer man säljer, desto mer betalar man.", AVG, US, 0, "neutral"),
    M(T1, "Har någon av er haft tillsyn, att kommunen har varit på besök?"),
    P(T4, "Ja, en fredag i oktober, halv tolv. Två från kommunen och en polis. De stod i baren i tjugo minuter och tittade, sen frågade de efter serveringsansvarig och tittade på menyn. Det var lugnt, men gästerna blev lite stela.", TIL, FU, 0, "neutral"),
    P(T3, "Inte än. Jag är lite nervös för det, faktiskt.", TIL, FU, 0, "neutral"),
    P(T6, "Vi hade ett kontrollköp. En ung kille som köpte öl i kiosken, och tjejen i kassan frågade efter leg. Sen kom det ett brev om att vi hade klarat det. Det var ju kul, hon fick en tårta.", TIL, FU, 1, "praise"),
    B(T2, "Snyggt."),
    M(T1, "Om ni fick ändra en sak i hela processen, vad skulle det vara?"),
    P(T2, "Att man får veta från början att tillståndet inte följer med när man köper en restaurang. Det borde stå med stora bokstäver.", INF, FI, 0, "suggestion"),
    P(T3, "En checklista. Det här behöver du, i den här ordningen, och så här lång tid tar varje steg. Inte en lagtext.", ANS, AP, 0, "suggestion"),
    P(T4, "Att man kunde få ett preliminärt besked. Så att man vet om man kan öppna innan man har skrivit på hyresavtalet.", VAN, PR, 0, "suggestion"),
    P(T5, "Ett ställe. Inte en avdelning för marken och en för tillståndet.", KON, AP, 0, "suggestion"),
    P(T6, "Behåll mötena innan man söker. Det var guld.", INF, FI, 1, "praise"),
    M(T1, "Tack. Jonas, har du något du vill fråga?"),
    M(T7, "Nej, bara att jag skickar ut en sammanfattning till er nästa vecka, och länken till kursen som Linh nämnde."),
    B(T5, "Tack."),
    M(T1, "Då säger vi tack så mycket allihop. Kaffe och bullar står kvar, ta gärna med er."),
    B(T2, "Tack för att ni lyssnade. Det är första gången någon från kommunen frågar.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: fokusgrupp-2.txt. aTrain (offline Whisper large-v3-turbo with pyannote
# speaker detection, run on a kommun laptop under Windows), the file
# transcription_timestamps.txt renamed: a headline "Transcription for <file id>", then
# a line with the speaker (SPEAKER_nn) at each change and one line per Whisper segment
# "[hh:mm:ss] - text"; CRLF. Machine transcript: no notes, no fillers, digits.
# In person, Kommunhuset, 2025-11-18, businesses that have had a licence for years.
# The guide starts with the latest visit from the kommun and jumps (follow_up, need,
# apply, processing, decision, use, processing, find_info, use, suggestions).
# ---------------------------------------------------------------------------
FG2 = [
    M(S_02, "Då är inspelningen igång. Välkomna. Jag heter Sara och jobbar med verksamhetsutveckling på kommunen. Ni har alla haft tillstånd ett tag, så i dag vill vi höra om livet med tillståndet och inte bara om själva ansökan. Och vi börjar lite bakvänt. När var kommunen senast på besök hos er, och hur gick det?"),
    P(S_00, "Jag kan börja. I maj var det kontrollköp. En tjej på 17 kom in och beställde en stor stark, och min nya bartender frågade inte efter leg. Han trodde att hon var 25. Så vi fick en erinran.", TIL, FU, -1, "pain"),
    M(S_02, "Hur kändes det?"),
    P(S_00, "Skit, ärligt talat. Jag har haft puben i 22 år utan en enda anmärkning. Och det är klart att han skulle ha frågat, det är inte det. Men brevet var skrivet som om vi var ett problemställe.", TIL, FU, -1, "pain"),
    P(S_03, "Välkommen till klubben. Vi fick en varning förra året.", TIL, FU, -1, "neutral"),
    M(S_02, "Vad gällde den?"),
    P(S_03, "Trängsel och berusade gäster. Det var en lördag i mars, och de kom vid ett med Polisen och räknade folk. Vi var för många enligt dem, och det stod en kille vid baren som enligt dem var för full för att få servering. Han hade fått ett glas vatten, men det såg de inte.", TIL, FU, -1, "pain"),
    P(S_01, "Hos oss har det varit lugnt. De var här i somras en tisdag, tittade på uteserveringen och gick. Vi fick ett mejl efteråt om att allt såg bra ut.", TIL, FU, 1, "praise"),
    P(S_04, "Jag har aldrig haft tillsyn, tror jag. Det är ju tillfälliga tillstånd, så jag är på olika ställen hela tiden. Ibland undrar jag om de ens vet var jag är.", TFS, FU, 0, "neutral"),
    P(S_05, "Vi hade en i september. Det var mest papper. De ville se att den som stod som ansvarig den kvällen fanns på listan, och det gjorde hon inte, för hon hade börjat två veckor innan. Det blev en diskussion.", PER, FU, -1, "pain"),
    M(S_02, "Om vi backar lite. Kan ni säga något om era verksamheter och varför ni en gång sökte?"),
    P(S_00, "Puben Ankaret på Storgatan. Engelsk pub, fast utan engelsmän. Jag tog över den 2003. Då sökte man på papper, och jag minns att det tog ett halvår.", VER, N, 0, "neutral"),
    P(S_01, "Strandkanten, nere vid hamnen. Vi är en restaurang med 60 platser inne och 80 ute på sommaren. Uteserveringen är hela affären, ärligt. Utan den skulle vi inte klara oss.", VER, N, 0, "neutral"),
    P(S_03, "Club Nova. Nattklubb, öppet fredag och lördag till tre. Vi har 400 i kapacitet och 8 ordningsvakter en vanlig lördag.", VER, N, 0, "neutral"),
    P(S_04, "Jag har catering, mest bröllop och fester. Varje gång ett brudpar vill att vi ska servera vin söker jag tillfälligt tillstånd för slutet sällskap. Det blir kanske 30 ansökningar om året.", TFS, N, 0, "neutral"),
    P(S_05, "Jag är restaurangchef på Grillhuset vid resecentrum. Det är ett bolag som äger tre restauranger, och jag sköter allt med tillståndet för vår. Så jag är inte ägare, jag är den som får ringa.", PER, N, 0, "neutral"),
    M(S_02, "Fatima, 30 ansökningar om året. Hur är det?"),
    P(S_04, "Det är mycket. Varje gång är det samma e-tjänst, samma bilagor, menyn, lokalen, gästlistan, inbjudan. Och varje gång betalar jag avgiften. Jag har frågat om man inte kan få ett tillstånd för hela året, men det finns inte för mig, sa de.", TFS, AP, -1, "pain"),
    P(S_00, "Det finns väl cateringtillstånd?", TFS, AP, 0, "question"),
    P(S_04, "Det finns, men då ska man ha ett stadigvarande tillstånd först, och det har jag inte, för jag har ingen restaurang. Det är moment 22.", TFS, AP, -1, "pain"),
    M(S_02, "Och tiden, hur lång framförhållning behöver du?"),
    P(S_04, "De vill ha ansökan tre veckor innan. Men brudpar bestämmer sig inte tre veckor innan om det ska vara vin. De ringer fem dagar innan. Då får jag säga nej, eller så får de köpa själva och så serverar vi bara.", TFS, AP, -1, "pain"),
    P(S_01, "Det där med veckor gäller ändringar också. Vi ville förlänga uteserveringen en timme en sommar när det var så varmt, och då var det samma sak. Ansökan, avgift, väntan. Sommaren var slut när vi fick svar.", VAN, PR, -1, "pain"),
    M(S_02, "Hur lång tid tog det?"),
    P(S_01, "Sju veckor. Vi sökte i juni och fick beslut i augusti.", VAN, PR, -1, "neutral"),
    M(S_02, "Och vad blev det?"),
    P(S_01, "En halvtimme i stället för en timme. Till halv elva. Motiveringen var grannarna, att det hade kommit klagomål. Fast klagomålen gällde ett annat ställe, inte oss.", BES, DE, -1, "pain"),
    P(S_03, "Grannarna är alltid motiveringen.", BES, DE, -1, "pain"),
    P(S_00, "Men alltså, det ska väl vara så? Folk ska kunna sova. Jag bor själv ovanför en pizzeria.", BES, DE, 0, "neutral"),
    B(S_03, "Ja, ja. Det är klart."),
    M(S_02, "Jonny, hur var det när ni sökte för klubben, med remisserna?"),
    P(S_03, "Det tog fem månader. Polisen ville ha en plan för ordningsvakterna, en ritning över entrén och hur kön skulle gå. Och räddningstjänsten ville veta hur många som får vara i lokalen. Det är rimligt, men ingen sa att det skulle ta fem månader.", VAN, PR, -1, "pain"),
    B(S_00, "Fem månader. Och jag som klagade på ett halvår."),
    P(S_05, "När vi bytte ägarbolag i fjol fick vi söka om allt. Samma restaurang, samma personal, samma meny. Men nytt organisationsnummer, så ny ansökan.", ANS, AP, -1, "pain"),
    P(S_01, "Fick ni servera under tiden?", VAN, PR, 0, "question"),
    P(S_05, "Nej. Vi fick stänga baren i sex veckor. Det gick inte att lösa.", VAN, PR, -1, "pain"),
    M(S_02, "Ali, du nämnde listan över de ansvariga. Hur fungerar det?"),
    P(S_05, "Man ska anmäla vilka som får vara serveringsansvariga, och det ska alltid finnas en av dem på plats. Och vi har studenter som jobbar, folk slutar hela tiden. Så jag skickar in en ny lista kanske varannan månad. Och det är ingen e-tjänst, det är en blankett som man skriver ut och skannar.", PER, US, -1, "pain"),
    P(S_03, "Vi har samma sak. Och så är det kunskapskravet. Den som är ansvarig ska kunna lagen, och det är inte alla 22-åringar som kan det.", PER, US, 0, "pain"),
    P(S_00, "Jag har slutat anställa folk som inte har gått utbildningen i ansvarsfull alkoholservering. Den är bra, men den kostar 3000 kronor per person och de slutar efter en sommar.", PER, US, 0, "pain"),
    M(S_02, "Hur var det med kunskapsprovet för er som ägare, när ni sökte?"),
    P(S_00, "Det fanns inte på min tid. Eller, det var ett samtal med en handläggare. Han frågade vad man gör om någon är full, och jag sa att man bär ut honom.", KUN, PR, 0, "neutral"),
    P(S_03, "Jag gjorde det 2015 på en dator i stadshuset. Det var okej. Men nu när bolaget bytte styrelse skulle den nya ordföranden göra det, och han har aldrig stått i en bar i hela sitt liv.", KUN, PR, 0, "neutral"),
    P(S_05, "Jag har gjort det två gånger, en gång för varje bolag jag har jobbat åt. Samma prov. Man borde kunna ta med sig resultatet.", KUN, PR, -1, "suggestion"),
    M(S_02, "Om vi pratar om den årliga biten, restaurangrapporten och tillsynsavgiften?"),
    P(S_01, "Restaurangrapporten är okej. Vi har ett kassasystem som tar fram siffrorna. Det tar en kvart.", RAP, US, 1, "praise"),
    P(S_00, "För mig tar den en helg. Jag har inget fint kassasystem, jag har en gammal kassa och pärmar. Och de vill ha liter, inte flaskor. Så jag sitter och räknar fat.", RAP, US, -1, "pain"),
    P(S_03, "Och om man glömmer den så kommer det en påminnelse och sen en avgift. Det hände oss ett år när vår ekonom slutade.", RAP, US, -1, "pain"),
    P(S_04, "Jag slipper den, tror jag. Eller gör jag det?", RAP, US, 0, "question"),
    M(S_02, "Vi kan ta reda på det åt dig."),
    B(S_04, "Tack."),
    M(S_02, "Tillsynsavgiften då?"),
    P(S_03, "Den är hög. Vi betalar över 20 000 om året, och den beror på omsättningen. Så ju bättre det går, desto mer betalar man för att de ska komma och kolla på en. Det är lite som att betala för sin egen parkeringsbot.", AVG, US, -1, "pain"),
    P(S_01, "Jag tycker att den är okej, faktiskt. De kommer, de är trevliga, de hjälper en. Det är värt något.", AVG, US, 1, "praise"),
    P(S_00, "Du har inte fått en erinran.", TIL, FU, -1, "pain"),
    B(S_01, "Nej, det är sant."),
    M(S_02, "Roger, vad hände efter erinran?"),
    P(S_00, "Vi hade ett möte med dem. Två handläggare kom till puben en förmiddag och gick igenom rutinerna. Och det var faktiskt bra. De var inte där för att sätta dit oss, de ville att det inte skulle hända igen. Så vi har satt upp en skylt, och nu frågar vi alla under 30.", TIL, FU, 1, "praise"),
    P(S_03, "Vi fick inget möte. Vi fick ett beslut om varning, och där står det att nästa gång kan det bli återkallelse. Då är det 30 jobb.", TIL, FU, -1, "pain"),
    M(S_02, "Hade ni kontakt med handläggaren efteråt?"),
    P(S_03, "Jag ringde. Hon var korrekt, det var hon. Men hon kunde inte säga mer än det som stod. Och vi överklagade inte, för vår jurist sa att det inte var värt det.", KON, FU, 0, "neutral"),
    P(S_05, "Det är olika vem man får. Karin förklarar allt. Den andra, jag minns inte vad han heter, han svarar bara med paragrafer.", KON, US, 0, "pain"),
    M(S_02, "Om ni tänker tillbaka på när ni sökte första gången. Var fick ni information?"),
    P(S_01, "Vi hade en konsult. Det har alla här, tror jag. Kommunens sida var för tunn.", INF, FI, -1, "pain"),
    P(S_03, "Branschorganisationen. De har mallar och en telefonlinje. Det var mer hjälp där än hos kommunen, ärligt talat.", INF, FI, 0, "praise"),
    P(S_04, "Jag frågade en annan cateringfirma. Hon visade mig sin ansökan och jag gjorde likadant.", INF, FI, 0, "neutral"),
    P(S_05, "Jag ärvde en pärm av den förra restaurangchefen. Den är guld. Där står allt, vem man ringer och vilka blanketter man ska ha.", INF, FI, 1, "praise"),
    M(S_02, "Och när ni har frågor i dag, vem ringer ni?"),
    P(S_00, "Jag ringer Karin. Hon har varit med i tio år. Om hon går i pension vet jag inte vad jag gör.", KON, US, 1, "praise"),
    B(S_03, "Då får du ringa mig."),
    B(S_00, "Gud bevare mig."),
    M(S_02, "Vi börjar närma oss slutet. Om ni fick önska en sak av kommunen?"),
    P(S_04, "Ett årstillstånd för catering, eller att man kan söka för tio bröllop på en gång. Samma meny, samma kök, samma jag.", TFS, AP, 0, "suggestion"),
    P(S_01, "Att ändringar av uteserveringen går fortare. Om det gäller en timme mer en sommar, då kan man väl få svar på en vecka.", VAN, PR, 0, "suggestion"),
    P(S_03, "Att tillsynen pratar med oss innan de skriver beslut. Vi har ordningsvakter, vi har rutiner, vi vill samma sak som de.", TIL, FU, 0, "suggestion"),
    P(S_05, "En e-tjänst för att byta serveringsansvariga. Det är 2025. Jag ska inte behöva skanna.", PER, US, -1, "suggestion"),
    P(S_00, "Att en erinran inte skickas som en dom. Ett samtal först.", TIL, FU, 0, "suggestion"),
    M(S_02, "Tack. Är det något vi inte har pratat om som ni vill ta upp?"),
    P(S_03, "Ja, en sak. Polisen och kommunen säger olika saker. Polisen skriver en sak om ordningsvakter i remissen, och sen står det något annat i beslutet. Vem ska man lyssna på?", BES, DE, -1, "pain"),
    P(S_01, "Och Skatteverket. De ringde oss och ville veta om personalliggaren, och jag trodde att det var kommunen. Det är tre myndigheter som kollar samma restaurang.", TIL, FU, -1, "pain"),
    M(S_02, "Det tar vi med oss. Tack så mycket för i dag, alla."),
    B(S_04, "Tack själv."),
    B(S_00, "Tack. Och hälsa Karin."),
]

# ---------------------------------------------------------------------------
# Session 3: intervju-1.txt. noScribe 0.6.2 (offline Whisper and pyannote, Windows),
# saved as .txt: a blank first line, the title (the audio file's name), noScribe's
# header with the options, three blank lines, then one paragraph per speaker change,
# "S00: [hh:mm:ss] text", a blank line between paragraphs; pauses of a second or more
# marked "(.)", "(..)" ... where they fall, which is at the end of the paragraph before
# a change of speaker; overlapping speech as "//S01: text//" inside the other speaker's
# paragraph; disfluencies kept ("eh", "ehm"); CRLF (written in text mode on Windows).
# At the vinbar, 2025-11-10. A vinbar that got avslag, appealed and applied again.
# inner={k: s}: a pause of s seconds after the k-th sentence of the turn.
# ---------------------------------------------------------------------------
INT1 = [
    M(NS0, "Så, nu spelar den in. Eh, tack för att jag fick komma hit. Kan du börja med att berätta lite om dig själv och om vinbaren?"),
    P(NS1, "Ja. Eh, jag heter Nadia, jag är 41 och har jobbat i restaurang sen jag var 17. Och Druvan öppnade jag för ett år sen, i november. Det är en liten vinbar, 30 platser, med småplock, ostar och så. Det har varit min dröm i typ tio år.", VER, N, 0, "neutral"),
    M(NS0, "Och när började du med tillståndet?"),
    P(NS1, "Ehm, jag skrev på hyresavtalet i januari förra året och skickade in ansökan i februari. Så jag tänkte att jag öppnar i maj. Det blev november.", VAN, PR, -1, "pain"),
    M(NS0, "Vad hände?"),
    P(NS1, "Jag fick avslag. I april. På grund av finansieringen. Eh, jag hade lånat pengar av min pappa och min farbror, och en del av pengarna kom från ett konto i Libanon. Och de sa att jag inte kunde visa var pengarna kom ifrån. Alltså, de kom från min farbror, jag hade kvitton på överföringen, men de ville se hur han hade fått pengarna. Och han är 70 år, han har haft en affär i Beirut i 40 år, han har inga papper på det sättet som de menar. Ehm, jag försökte få ett intyg från hans bank, men banken där, alltså, det tog veckor att ens få någon att svara. Så jag skickade det jag hade. Och det räckte inte. Jag förstår att de måste kolla. Men jag kunde inte bevisa mer än så.", BES, DE, -1, "pain"),
    M(NS0, "Hur fick du beskedet?"),
    P(NS1, "Först ringde handläggaren och sa att det såg svårt ut, att jag kunde ta tillbaka ansökan. Och jag sa nej, för jag tyckte inte att jag hade gjort något fel. Sen kom beslutet. Ehm, det var korrekt skrivet, det var det. Man förstod varför. Men det var som att läsa att man är misstänkt.", BES, DE, -1, "pain"),
    M(NS0, "Visste du hur man överklagar?"),
    P(NS1, "Det stod i beslutet, längst ner. Tre veckor. Jag skrev själv, ett brev på två sidor, och skickade det till kommunen och inte till domstolen, för så stod det. Det var rätt, visade det sig.", BES, DE, 0, "neutral"),
    M(NS0, "Och sen?"),
    P(NS1, "Sen tog det sju månader i förvaltningsrätten. Och under tiden betalade jag hyra för en lokal där jag inte fick servera vin. En vinbar utan vin.", BES, DE, -1, "pain"),
    M(NS0, "Mm."),
    P(NS1, "Så jag öppnade som kafé i somras. Kaffe och bakverk. Det gick sådär, ska vi säga.", AVG, PR, -1, "pain"),
    M(NS0, "Vad sa förvaltningsrätten?"),
    P(NS1, "De gav kommunen rätt. Och det var nästan skönt, för då visste jag. Och min revisor sa, ta ett banklån i stället, så är det klart. Så det gjorde jag, och sen sökte jag igen i augusti.", BES, DE, 0, "neutral"),
    M(NS0, "Hur var det att söka en andra gång?"),
    P(NS1, "Snabbare. Eh, de hade ju redan allt, typ. Och det var samma handläggare, Mehdi, och han sa, nu ser det bra ut, nu är det bara remisserna. Så sex veckor. Jag fick beslutet i oktober och öppnade den första november.", VAN, PR, 1, "praise"),
    M(NS0, "Remisserna, visste du vad det var?"),
    P(NS1, "Nej, inte första gången. Jag trodde att det var kommunen som bestämde allt. Men det går ju till Polisen och Skatteverket, och Skatteverket kollar att man inte har skulder och så. Och jag hade en gammal skuld från ett företag för tio år sen som jag trodde var betald. Den var inte det. Liksom, 4000 kronor.", VAN, PR, -1, "pain"),
    M(NS0, "Hade den betydelse?"),
    P(NS1, "Nej, jag betalade den samma dag. Men jag fick veta det genom ett brev från kommunen och inte från Skatteverket. Det var lite pinsamt.", KON, PR, 0, "pain"),
    M(NS0, "Hur var själva e-tjänsten?"),
    P(NS1, "Den var okej. Man kan inte spara och fortsätta sen, så jag satt en hel kväll. Och man måste ha alla bilagor som pdf. Jag fotade med mobilen och fick göra om allt.", ANS, AP, -1, "pain"),
    M(NS0, "Berätta om kunskapsprovet."),
    P(NS1, "Det gick bra, faktiskt. Jag har jobbat med det här i 20 år, så det mesta visste jag. Men det var en del om folköl och om vad som gäller i butik som jag inte fattade varför jag skulle kunna. Jag har en vinbar.", KUN, PR, 0, "praise"),
    M(NS0, "Okej. Och nu när du har öppet, hur är det att leva med tillståndet?"),
    P(NS1, "Det är bra. Eh, folk kommer, det är fullt på fredagar. Och jag har två anställda som har gått utbildningen, så jag kan vara ledig ibland. Det är första gången på ett år som jag sover.", VER, US, 1, "praise"),
    M(NS0, "Har du haft tillsyn?"),
    P(NS1, "En gång, i januari. En kvinna kom en torsdag och satt i baren, beställde ett glas vin och åt lite oliver, och sen presenterade hon sig. Jag blev jättenervös, men hon var snäll. Hon tittade på tillståndet i ramen, på menyn och frågade vem som var ansvarig. Tio minuter.", TIL, FU, 1, "praise"),
    M(NS0, "Fick du någon återkoppling?"),
    P(NS1, "Ett mejl. Eh, att allt var i sin ordning, men att jag skulle tänka på att det ska finnas mat hela kvällen. Vi stänger köket klockan 21 och har bar till 23. Och det visste jag inte att man inte fick.", TIL, FU, 0, "neutral"),
    M(NS0, "Mm. Restaurangrapporten då, har du gjort den?"),
    P(NS1, "Nästa månad. Ehm, jag har en mapp med alla leveranser från Systembolaget och grossisten. Jag hoppas att det räcker.", RAP, US, 0, "neutral"),
    M(NS0, "Och avgifterna, vad tycker du om dem?"),
    P(NS1, "Två ansökningsavgifter. Det är det som svider. Jag betalade full avgift två gånger för samma vinbar. Och så förvaltningsrätten, alltså, jag hade ingen advokat, men jag tog ledigt och...", AVG, AP, -1, "pain"),
    M(NS0, "Fick du någon hjälp med själva ansökan?"),
    P(NS1, "Första gången gjorde jag allt själv. Andra gången hade jag hjälp av min revisor med finansieringsdelen. Eh, hon skrev en sån sammanställning, varifrån pengarna kom, och bifogade lånehandlingarna. Det var det som saknades första gången, tror jag. Att någon som kan det förklarar.", ANS, AP, 0, "neutral"),
    M(NS0, "Om du skulle ge råd till någon som ska öppna en vinbar?"),
    P(NS1, "Börja med finansieringen. Inte med lokalen, inte med vinlistan. Och prata med kommunen innan du skriver på något. Jag skrev på ett hyreskontrakt på fem år innan jag ens hade skickat in.", INF, FI, 0, "suggestion"),
    M(NS0, "Är det något som kommunen kunde ha gjort annorlunda?"),
    P(NS1, "Ehm. Ja. Att de hade sagt tidigt vad som räknas som bevis för pengarna. Det stod bara att man ska redovisa finansieringen. Jag redovisade. Men det var inte på det sättet de ville. En lista med exempel, det hade räckt.", ANS, AP, -1, "suggestion"),
    M(NS0, "Och handläggarna, hur har kontakten varit?"),
    P(NS1, "Mehdi har varit jättebra. Eh, han svarar, han förklarar. Han sa en gång att han tyckte synd om mig, men att han måste följa lagen. Och det förstår jag. Det är inte honom jag är arg på.", KON, PR, 1, "praise"),
    M(NS0, "Vem är du arg på då?"),
    P(NS1, "Jag vet inte. Systemet, kanske. Att det ska ta ett år att få servera ett glas vin.", VAN, PR, -1, "pain", inner={1: 3.4}),
    M(NS0, "Tack. Finns det något mer du vill säga?"),
    P(NS1, "Nej. Jo, att det är bra att ni frågar. Jag hoppas att det leder till något.", "", "", 1, "praise"),
    M(NS0, "Det hoppas jag också. Då stänger jag av //S01: Ja.// inspelningen nu."),
    B(NS1, "Tack för att du kom hit."),
]

# ---------------------------------------------------------------------------
# Session 4: intervju-2.md. Typed by the interviewer in oTranscribe (the browser
# transcription editor) while listening, exported with "Markdown": paragraphs
# separated by a blank line, her bold speaker names "**Sara:**", "**Liam:**", a
# timestamp (oTranscribe's Ctrl+J: h:mm:ss, hours not padded, followed by a no-break
# space) before about half of her questions, italics as _text_; LF, no final newline.
# At the pub, 2025-11-13. An Irish pub owner; Swedish and English, as said.
# ts="0:01:40": the timestamp she inserted before the turn.
# ---------------------------------------------------------------------------
INT2 = [
    M(SARA, "Okej, den är igång. Should we do this in English or Swedish?", ts="0:00:04"),
    B(LIAM, "Både och, I think. My Swedish is okay for the pub, men inte för myndigheter. (skrattar)"),
    M(SARA, "Perfekt, vi kör både och. Tell me a bit about yourself and the pub.", ts="0:00:15"),
    P(LIAM, "So I'm from Galway, I came here three years ago because my partner is Swedish. I worked at a hotel bar in Göteborg for a year, and then we found this place. It was a kebab shop before. Och nu är det en pub. Irish pub, live music on Thursdays.", VER, N, 0, "neutral"),
    M(SARA, "Och när du skulle söka tillstånd, where did you start?", ts="0:00:52"),
    P(LIAM, "Google. (skrattar) And Google Translate. The kommun website is only in Swedish, so I put the whole page into Translate. And it said things like 'serving permit for closed company'. I thought, what is a closed company?", INF, FI, -1, "pain"),
    M(SARA, "Slutet sällskap."),
    P(LIAM, "Yeah, slutet sällskap, I know now. Men då hade jag ingen aning.", INF, FI, 0, "neutral"),
    M(SARA, "Did you get help from anyone?", ts="0:01:40"),
    P(LIAM, "My partner read everything with me, she's a teacher so she's good at forms. And I paid a consultant for two hours, to check the application before we sent it. Fifteen hundred kronor an hour. Worth it, I think.", INF, FI, 1, "praise"),
    M(SARA, "Och ansökan, hur var den?", ts="0:02:21"),
    P(LIAM, "The e-tjänst, you need BankID, and I didn't have BankID the first year, because the bank wanted me to have a personnummer and a Swedish ID card first. And it's the company that applies, so my partner couldn't just do it for me. So we waited until I had BankID. Two months, just for that.", ANS, AP, -1, "pain"),
    M(SARA, "Två månader bara för BankID?"),
    P(LIAM, "Ja. Welcome to Sweden. (skrattar)", ANS, AP, -1, "pain"),
    M(SARA, "Vad behövde du skicka med?", ts="0:03:05"),
    P(LIAM, "Everything. Hyresavtal, ritning, the plan for the kitchen, finansiering, registreringsbevis, a menu. And a paper from Ireland that I had no debts, which doesn't exist in Ireland in that form. So I had to get a letter from my old bank and have it translated.", ANS, AP, -1, "pain"),
    M(SARA, "Translated by...?"),
    P(LIAM, "An auktoriserad translator. Another 2 000 kronor.", AVG, AP, -1, "pain"),
    M(SARA, "Berätta om kunskapsprovet.", ts="0:04:10"),
    P(LIAM, "They told me I could do it in English, which was a relief. Men studiematerialet, the law itself, is in Swedish, so I read it through Translate again. And in the test there are these tricky ones about starköl and folköl, percentages. In Ireland beer is beer.", KUN, PR, 0, "pain"),
    M(SARA, "Klarade du det?"),
    P(LIAM, "Second time. The first time I was two points from passing. Two points! And then you wait for a new time.", KUN, PR, -1, "pain"),
    M(SARA, "Hur lång tid tog det från ansökan till beslut?", ts="0:05:02"),
    P(LIAM, "Fyra månader, nästan. That's a long time with a pub and no beer. We opened with food and alcohol-free beer, and people looked at us like we were mad.", VAN, PR, -1, "pain"),
    M(SARA, "Hade du kontakt med handläggaren under tiden?"),
    P(LIAM, "Yes, Karin. Alltså, hon behövde inte, she said the official language is Swedish. But she wrote the emails to me in English when I asked. The decision itself was in Swedish of course.", KON, PR, 1, "praise"),
    M(SARA, "Vad stod det i beslutet?", ts="0:05:48"),
    P(LIAM, "Beviljat, with conditions. Serveringstid until one o'clock, and ordningsvakter when we have more than 150 people, which we never have, we have 90 seats. And a condition about the music, that it can't be too loud outside. That one I understand, there are flats above.", BES, DE, 0, "neutral"),
    M(SARA, "Var det något som överraskade dig?"),
    P(LIAM, "That there is no pub licence like at home. In Ireland the licence goes with the pub, you can sell it with the pub. Here it's for the company, and if we sell the pub the new owner starts from zero. That was a shock.", VER, DE, 0, "neutral"),
    M(SARA, "Och nu när ni har öppet, how does it work day to day?", ts="0:06:40"),
    P(LIAM, "Good. The Swedes drink less than the Irish but they stay longer. (skrattar) And the staff. Everyone who works behind the bar did the course, ansvarsfull alkoholservering, because Karin recommended it. It was in Swedish, so my Polish bartender struggled a bit.", PER, US, 0, "neutral"),
    M(SARA, "Har ni haft tillsyn?"),
    P(LIAM, "Yes, twice. Once with the police, on a Saturday. They were very correct. They asked who was responsible tonight, and it was me, so I said me. And they looked at the door, how many people. Ten minutes.", TIL, FU, 1, "praise"),
    M(SARA, "Och kontrollköp?"),
    P(LIAM, "Not that I know of. Maybe they did and we passed. (skrattar) We ask everyone who looks under twenty-five. Even my mother-in-law when she came. She loved it.", TIL, FU, 0, "neutral"),
    M(SARA, "Restaurangrapporten?", ts="0:07:55"),
    P(LIAM, "Oh, that. In March, yeah. I had no idea what it was until I got the letter. Liters of starköl, liters of vin, liters of spritdrycker, and the turnover. And I thought, why does the kommun need to know how much whiskey I sell? My accountant said, it's for the fee.", RAP, US, 0, "pain"),
    M(SARA, "Tillsynsavgiften, ja."),
    P(LIAM, "Ja, the tillsynsavgift. It's fine. It's less than the music licence, honestly.", AVG, US, 1, "praise"),
    M(SARA, "If you could change one thing for someone like you, new in Sweden?", ts="0:08:30"),
    P(LIAM, "Information in English. Not everything, I know the law is Swedish. But a page that says, here are the steps, here is how long it takes, here is what a slutet sällskap is. Half the restaurants in this town are run by people who came from somewhere else.", INF, FI, 0, "suggestion"),
    M(SARA, "Det är en bra poäng."),
    P(LIAM, "And maybe a contact person. For the first year. Someone you can ask the stupid questions.", KON, US, 0, "suggestion"),
    M(SARA, "Något mer?", ts="0:09:15"),
    P(LIAM, "No. Jo, en sak. Tack för att ni frågar. Nobody asked me anything since I came here, except for BankID.", "", "", 1, "praise"),
    M(SARA, "Tack, Liam. Jag stänger av nu."),
    B(LIAM, "Sláinte."),
]

# ---------------------------------------------------------------------------
# Session 5: intervju-3.docx. Typed up in Word by the interviewer, the way many
# Swedish researchers do: a bold title and header lines, then one paragraph per turn
# opening with "I:" or "IP:" and a TAB (hanging indent), an empty paragraph between
# turns, Times New Roman 12, 1.5 line spacing, Word's line numbering (Layout > Line
# numbers > Continuous) and a page number in the footer; Word's curly quotes; the
# transcriber's notes (paus), (skratt). Staff: an alkoholhandläggare, 2025-11-20.
# ---------------------------------------------------------------------------
INT3 = [
    M(I_, "Tack för att du ställer upp. Kan du börja med att berätta vad du gör?"),
    P(IP, "Ja. Jag är alkoholhandläggare på enheten för tillstånd och tillsyn, vi är tre handläggare och en chef. Vi handlägger ansökningar om serveringstillstånd, både stadigvarande och tillfälliga, och så gör vi tillsyn. Det är ungefär 140 serveringsställen i kommunen, plus alla tillfälliga.", KON, PR, 0, "neutral"),
    M(I_, "Hur många ansökningar får ni in?"),
    P(IP, "Stadigvarande ett fyrtiotal om året, och då räknar jag ägarbyten. Tillfälliga är betydligt fler, kanske tvåhundra, och det är mest slutna sällskap. Bröllop, föreningsfester, företagsevent.", TFS, AP, 0, "neutral"),
    M(I_, "Vad är det vanligaste som gör att det tar tid?"),
    P(IP, "Ofullständiga ansökningar. (paus) Nästan alla ansökningar kommer in utan något. Det är ritningen som inte är skalenlig, det är finansieringen som inte är styrkt, det är hyresavtalet som saknar underskrift. Och så länge det saknas något börjar inte riktigt klockan ticka.", VAN, PR, -1, "pain"),
    M(I_, "Klockan?"),
    P(IP, "Ja, vi har som mål att en komplett ansökan ska vara klar inom fyra månader, och oftast går det fortare. Men många räknar från dagen de tryckte på skicka, och där har vi olika bild.", VAN, PR, 0, "neutral"),
    M(I_, "Finansieringen nämns av många. Varför är den så viktig?"),
    P(IP, "Därför att vi ska pröva att den som söker är lämplig, och där ingår att pengarna i verksamheten inte kommer från brott. Branschen är tyvärr utsatt. Så vi måste kunna följa pengarna. Ett lån från en släkting är inget konstigt, men då vill vi se hur pengarna har gått och att det finns ett avtal.", ANS, AP, 0, "neutral"),
    M(I_, "Hur upplever du att de sökande tar emot det?"),
    P(IP, "Många blir kränkta, och det förstår jag. (paus) De flesta är ju helt vanliga människor som har sparat och lånat. Vi försöker förklara varför innan vi begär in det, men vi har inte alltid tid, och då kommer det bara som en lista i ett mejl.", KON, AP, 0, "pain"),
    M(I_, "Remisserna, hur fungerar de?"),
    P(IP, "Vi skickar alltid till Polisen, och till Skatteverket för att se att det inte finns skulder eller brister i skötseln. Ibland till räddningstjänsten och miljö. Polisen har sin egen kö, och vi kan inte göra så mycket åt den. Det händer att vi väntar fem, sex veckor på ett yttrande.", VAN, PR, -1, "pain"),
    M(I_, "Kan de sökande se var ärendet är?"),
    P(IP, "Nej, inte i dag. Det finns ingen sådan funktion. De får ringa eller mejla, och det är därför vi har så mycket telefon. (skratt) Hälften av samtalen är \"var är mitt ärende\".", KON, PR, -1, "pain"),
    M(I_, "Telefontiden har kritiserats."),
    P(IP, "Jag vet. En timme om dagen. Vi har diskuterat att ha bokningsbara tider i stället, så att man inte sitter i kö. Jag tror att det vore bättre för alla.", KON, PR, 0, "suggestion"),
    M(I_, "Kunskapsprovet, vad ser du där?"),
    P(IP, "Att många underskattar det. Man tror att det är sunt förnuft, men det är lagen, och den är detaljerad. Ungefär en tredjedel klarar det inte första gången. Och vissa delar, som reglerna för catering, är inte relevanta för alla, det håller jag med om. Men provet är nationellt, vi bestämmer inte frågorna.", KUN, PR, 0, "neutral"),
    M(I_, "Och på andra språk?"),
    P(IP, "Det går att göra på engelska. Men inte på andra språk, och det är ett problem för en del. Man får inte ha tolk. Vi hänvisar till studiematerialet, men det finns bara på svenska, tror jag. Jag är inte säker.", KUN, PR, 0, "pain"),
    M(I_, "Besluten då. Hur tänker ni kring villkor, till exempel serveringstider?"),
    P(IP, "Normaltiden är till ett, och vill man ha senare gör vi en särskild prövning, med Polisen och grannarna i tanke. För kaféer är vi försiktiga med sena tider, så att verksamheten inte glider över till en bar. Men jag förstår att det kan upplevas som godtyckligt när det inte står förklarat i beslutet.", BES, DE, 0, "neutral"),
    M(I_, "Borde det stå förklarat?"),
    P(IP, "Ja, egentligen. Våra beslut är skrivna för att hålla i domstol, inte för att läsas av en kaféägare en fredagskväll. (skratt) Vi har pratat om att skicka med ett följebrev på vanlig svenska.", BES, DE, 0, "suggestion"),
    M(I_, "Hur ofta överklagas besluten?"),
    P(IP, "Sällan. Kanske ett, två om året. Och oftast får vi rätt, men inte alltid. Det är bra att det finns, det är en rättssäkerhetsfråga.", BES, DE, 0, "neutral"),
    M(I_, "Tillsynen. Hur går den till?"),
    P(IP, "Vi har en tillsynsplan, och alla ställen ska få besök, de med sena tider eller tidigare problem oftare. Vi gör en del kvällar tillsammans med Polisen. Och så kontrollköp, med ungdomar som är över arton men ser yngre ut, där vi meddelar resultatet i efterhand.", TIL, FU, 0, "neutral"),
    M(I_, "Vad händer när ni hittar brister?"),
    P(IP, "Det beror på. Ofta räcker ett samtal och en påminnelse. Om det är allvarligare kan nämnden meddela en erinran eller en varning, och i sista hand återkallas tillståndet. Det är ovanligt. Vi vill ju att det ska fungera.", TIL, FU, 0, "neutral"),
    M(I_, "En del tycker att breven är hårda."),
    P(IP, "De är formella. (paus) Och jag förstår att en erinran känns som en dom om man har drivit en pub i tjugo år. Vi försöker ringa först, men vi hinner inte alltid. Det vore bättre om vi alltid gjorde det.", TIL, FU, 0, "suggestion"),
    M(I_, "Restaurangrapporten?"),
    P(IP, "Den ska in senast den första mars. Den är viktig för oss, den ger statistik och ligger till grund för den rörliga delen av tillsynsavgiften. Men många har svårt med den, särskilt de som inte har ett modernt kassasystem. Vi får in rapporter med flaskor i stället för liter.", RAP, US, 0, "pain"),
    M(I_, "Avgifterna får också kritik."),
    P(IP, "Ja. Avgifterna ska täcka kostnaden för handläggning och tillsyn, vi får inte tjäna pengar på dem. Det är politikerna som beslutar om taxan. Men jag förstår att det känns mycket för en liten verksamhet, och att man betalar innan man vet om man får tillstånd.", AVG, AP, 0, "neutral"),
    M(I_, "Vad skulle du vilja förändra?"),
    P(IP, "Ett förmöte för alla som ska söka. Vi erbjuder det redan, men få känner till det. De som har haft ett förmöte skickar in mer kompletta ansökningar, det märker vi tydligt.", INF, FI, 0, "suggestion"),
    M(I_, "Och samarbetet med andra delar av kommunen?"),
    P(IP, "Det kan bli bättre. Uteserveringar är ett bra exempel, där markupplåtelsen och tillståndet är två olika ärenden hos två olika förvaltningar, och de sökande förstår inte varför. Det borde finnas en väg in.", VER, AP, 0, "suggestion"),
    M(I_, "Tillfälliga tillstånd för catering, det har vi också hört om."),
    P(IP, "Ja, cateringföretag utan egen restaurang har det krångligt. De måste söka varje gång. Vi har diskuterat om man kan förenkla för återkommande arrangörer, med samma meny och samma lokal. Lagen sätter gränser, men det finns nog mer att göra.", TFS, AP, 0, "suggestion"),
    M(I_, "Något du vill tillägga?"),
    P(IP, "Att de flesta krögare gör ett bra jobb. Vi ser mest dem som har problem, och det färgar. Men de allra flesta vill göra rätt.", TIL, FU, 0, "neutral"),
    M(I_, "Tack så mycket."),
    B(IP, "Tack själv. Och hör av dig om du vill ha statistiken."),
]

# ---------------------------------------------------------------------------
# Session 6: intervju-4.xlsx. The interviewer's Excel sheet with ONE COLUMN PER
# SPEAKER: Tid | Intervjuare | Informant | Kommentar, one row per turn, the text in the
# column of the person speaking and the other column empty; Tid as Excel time values;
# his own notes in Kommentar (not speech). One long answer was typed as two rows
# (rows=2). A second sheet "Info". At the hotel, 2025-11-24. note= goes to Kommentar.
# ---------------------------------------------------------------------------
INT4 = [
    M(INTV, "Då börjar vi. Kan du berätta om hotellet och om din roll?"),
    P(INFO, "Jag är hotellchef på Hotell Kvarnen sedan i våras. Vi har 84 rum, en restaurang med 70 platser, en lobbybar och konferens. Alkohol finns överallt: i restaurangen, i baren, i minibarerna och på konferenserna.", VER, N, 0, "neutral"),
    M(INTV, "Hade hotellet redan tillstånd när du kom?"),
    P(INFO, "Ja, sedan länge. Men när jag tillträdde skulle jag anmälas som ny person med betydande inflytande. Det visste jag inte. Det var vår ekonomichef som såg det i ett mejl från kommunen, tre månader efter att jag hade börjat.", PER, FU, -1, "pain"),
    M(INTV, "Vad innebar anmälan?"),
    P(INFO, "Nästan samma prövning som vid en ansökan. Jag fick lämna uppgifter om mig själv, de kontrollerade mig hos Polisen och Skatteverket, och jag fick göra kunskapsprovet.", PER, FU, 0, "neutral"),
    M(INTV, "Hur gick provet?"),
    P(INFO, "Bra. Jag har gjort det förut, i en annan kommun, men det gällde inte här. Man fick göra om det.", KUN, PR, 0, "pain"),
    M(INTV, "Det har fler sagt."),
    P(INFO, "Det känns onödigt. Lagen är ju densamma i hela landet.", KUN, PR, -1, "pain"),
    M(INTV, "Hur är det att ha tillstånd för ett hotell jämfört med en restaurang?"),
    P(INFO, "Det är fler ställen att hålla koll på. Minibaren till exempel. Den räknas som servering, så det ska finnas mat att tillgå, och det ska vara ordnat så att ingen under 18 får en minibar på rummet. Det var nytt för mig.", VER, US, 0, "neutral"),
    M(INTV, "Hur löser ni det?"),
    P(INFO, "Vi låser minibaren i rum där det bor barn eller ungdomar utan vuxen. Det är receptionen som gör det vid incheckningen. Det fungerar oftast.", VER, US, 0, "neutral", note="suckar"),
    M(INTV, "Och personalen?"),
    P(INFO, "Vi har runt 40 anställda i restaurangen och baren, många extra. Alla ska ha gått utbildningen i ansvarsfull alkoholservering, och vi har en internutbildning för extrapersonalen. Det svåra är att hålla listan över serveringsansvariga uppdaterad. Den ändras varje månad, och varje gång ska den in till kommunen.", PER, US, -1, "pain", rows=2),
    M(INTV, "Har det hänt att ingen serveringsansvarig har funnits på plats?"),
    P(INFO, "En gång, en söndag i somras när båda som stod på listan var sjuka. Då stängde vi baren och serverade bara i restaurangen, där kocken stod på listan. Det var en sämre söndag.", PER, US, -1, "pain"),
    M(INTV, "Restaurangrapporten, hur fungerar den för er?"),
    P(INFO, "Den görs centralt av kedjans ekonomiavdelning, så jag ser den bara när den är klar. Men förra året blev det fel, de hade räknat in det alkoholfria vinet i vinet, och vi fick en fråga från kommunen.", RAP, US, 0, "neutral"),
    M(INTV, "Alkoholfritt?"),
    P(INFO, "Ja, alkoholfritt vin. Det är tydligen inte vin. Nej men allvarligt, det blev en siffra som var dubbelt så hög som året innan, och då hör de av sig.", RAP, US, 0, "neutral", note="skrattar"),
    M(INTV, "Har ni haft tillsyn?"),
    P(INFO, "Ja, i augusti. Två handläggare som åt lunch i restaurangen först, sen presenterade de sig och gick igenom hela huset, baren, konferensen och en minibar. Det var grundligt. De hittade ingenting, men de påpekade att vår skylt om åldersgränsen i baren var för liten.", TIL, FU, 1, "praise"),
    M(INTV, "Hur kändes det?"),
    P(INFO, "Professionellt. Lite som en hotellinspektion, faktiskt. Jag har varit med om värre.", TIL, FU, 1, "praise", note="skrattar"),
    M(INTV, "Ni har också konferenser och fester. Söker ni tillfälliga tillstånd?"),
    P(INFO, "Nej, vi har tillstånd för slutna sällskap i alla lokaler. Men förra sommaren ville vi ha en gårdsfest för allmänheten, med musik på innergården, och innergården var inte med i tillståndet. Så då fick vi söka tillfälligt, fast vi är ett hotell med fullständiga rättigheter.", TFS, AP, -1, "pain"),
    M(INTV, "Vem gjorde ansökan?"),
    P(INFO, "Vår eventansvariga. Hon sa att e-tjänsten var enkel, men att de ville ha en situationsplan, och den fick hon rita i Paint.", TFS, AP, 0, "neutral", note="visar situationsplanen på mobilen"),
    M(INTV, "Hur gick det?"),
    P(INFO, "Det gick, men vi fick ha ordningsvakter och staket, och det skulle finnas en plan för hur man tar sig ut. Det kostade mer än vi tjänade på festen. Vi gör det inte i år.", TFS, DE, -1, "pain"),
    M(INTV, "Tillsynsavgiften, vad tycker du om den?"),
    P(INFO, "Den är inte det stora för oss. Men för att få ändra tillståndet och ta med innergården permanent ska vi betala en ny ansökningsavgift, och den är lika hög som för ett nytt tillstånd. Det tycker jag är konstigt.", AVG, FU, -1, "pain"),
    M(INTV, "Ni funderar på att ändra?"),
    P(INFO, "Ja. Vi har börjat titta på det. Men det är ritningar igen, och grannarna, och kanske fyra månader. Vi får se.", VER, FU, 0, "neutral"),
    M(INTV, "Hur är kontakten med handläggarna?"),
    P(INFO, "Bra. De svarar på mejl. Men de är få, och man märker att de har mycket. Ibland tar det en vecka att få svar på en enkel fråga.", KON, US, 0, "pain"),
    M(INTV, "Var fick du information när du började, om vad som gällde?"),
    P(INFO, "Från kedjan, vi har en handbok. Och från min föregångare, som lämnade en pärm. Kommunens webbplats har jag nog aldrig varit inne på, om jag ska vara ärlig.", INF, FI, 0, "neutral"),
    M(INTV, "Vad skulle göra det enklare för er?"),
    P(INFO, "Att anmälan av en ny hotellchef gick att göra digitalt, och att man kunde ta med sig kunskapsprovet mellan kommuner. Och att någon påminde en. Jag hade ingen aning om att jag skulle anmälas.", PER, FU, 0, "suggestion"),
    M(INTV, "Något annat?"),
    P(INFO, "Att en ändring, som innergården, kunde prövas enklare när det bara gäller en del av ett ställe som redan har tillstånd. Vi har haft tillstånd i 30 år.", VER, FU, 0, "suggestion"),
    M(INTV, "Tack. Är det något jag inte har frågat om?"),
    P(INFO, "Nej, jag tror att vi har täckt det mesta. Tack för att ni gör det här.", "", "", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 7: intervju-5.srt. Vibe (open-source desktop app, whisper.cpp with speaker
# diarization), exported as SRT with speakers: one cue per Whisper segment, the text
# prefixed "[Speaker n] " in every cue, hh:mm:ss,mmm, cues separated by a blank line,
# LF, no newline after the last cue. Machine transcript: no notes, digits.
# Recorded on a phone at the festival office, 2025-11-26. A festival organiser.
# ---------------------------------------------------------------------------
INT5 = [
    M(V1, "Ja, då spelar vi in. Kan du berätta vem du är och vad Hamnfesten är?"),
    P(V2, "Jag heter Mikael och är ordförande i föreningen som arrangerar Hamnfesten. Det är en musikfestival i tre dagar i augusti nere i hamnen, vi har haft den sedan 2016. Ungefär 5000 besökare per dag när det är fint väder.", TFS, N, 0, "neutral"),
    M(V1, "Och ni serverar alkohol?"),
    P(V2, "Ja, i ett inhägnat område vid scenen, ett öltält och en vinbar. Det är en stor del av intäkterna, kanske en tredjedel. Utan den skulle vi inte kunna ha gratis inträde.", TFS, N, 0, "neutral"),
    M(V1, "Hur går ansökan till?"),
    P(V2, "Vi söker tillfälligt tillstånd för allmänheten varje år. Man ska söka i god tid, kommunen vill ha den tre månader innan, och det är en ganska stor ansökan. Situationsplan, ritning över serveringsområdet, vilka som är serveringsansvariga, ordningsvakter, vilken mat som serveras och sanitet.", TFS, AP, 0, "neutral"),
    M(V1, "Är det samma varje år?"),
    P(V2, "I stort sett. Och det är det som är frustrerande. Vi skickar in samma ansökan med nya datum, och den prövas från början. Samma avgift, samma remisser.", TFS, AP, -1, "pain"),
    M(V1, "Hur skickar ni in?"),
    P(V2, "Via e-tjänsten. Den är gjord för restauranger, så varje fält frågar om lokalen och köket. Vi har ett tält. Jag skriver tält i alla rutor.", ANS, AP, -1, "pain"),
    M(V1, "Vilka remisser går den på?"),
    P(V2, "Polisen och räddningstjänsten. Polisen har synpunkter på antalet ordningsvakter varje år, och det ändras. Ett år ville de ha 12, nästa år 16, fast det var samma festival med samma antal besökare.", VAN, PR, -1, "pain"),
    M(V1, "Fick ni veta varför?"),
    P(V2, "Det stod att det var en samlad bedömning av läget. Jag ringde polisens evenemangsenhet och fick ett bra samtal, det handlade om andra händelser i stan den helgen. Det var rimligt när man väl förstod det.", KON, PR, 0, "neutral"),
    M(V1, "Hur lång tid tar handläggningen?"),
    P(V2, "Förra året fick vi beslutet nio dagar innan festivalen. Då hade vi redan beställt öl för 200 000 kronor och skrivit avtal med artisterna. Om det hade blivit nej hade föreningen gått i konkurs.", VAN, PR, -1, "pain"),
    M(V1, "Vad hade ni gjort då?"),
    P(V2, "Ölen hade vi kanske fått skicka tillbaka. Artisterna hade vi fått betala ändå. Vi hade nog kört festivalen utan bar, och sen lagt ner.", AVG, PR, -1, "pain"),
    M(V1, "Det är nära."),
    P(V2, "Det är för nära. Jag sov inte den veckan.", VAN, PR, -1, "pain"),
    M(V1, "Vad stod det i beslutet?"),
    P(V2, "Beviljat, med villkor. Servering mellan klockan 12 och 23, högst två drycker per köp, och att serveringsområdet ska vara inhägnat med en in- och utgång. Och att det ska finnas mat inom området. Det har vi alltid, vi har matvagnar.", BES, DE, 0, "neutral"),
    M(V1, "Är villkoren rimliga?"),
    P(V2, "De flesta. Två drycker per köp är lite konstigt när man står fyra kompisar i kö och en ska bjuda. Då får de ställa sig i kön fyra gånger. Det blir längre köer och mer folk som trängs vid baren, vilket är precis det som polisen inte vill.", BES, DE, -1, "pain"),
    M(V1, "Och personalen under festivalen?"),
    P(V2, "Vi har ungefär 60 volontärer i barerna. Alla ska ha en genomgång, och vi har fem serveringsansvariga som har gått utbildningen och är anmälda. Det är ett pussel att ha en ansvarig på plats i varje bar hela tiden.", PER, US, 0, "pain"),
    M(V1, "Hur hittar ni volontärerna?"),
    P(V2, "Idrottsföreningar som får pengar för passen. Det fungerar, men alla måste vara 18 och det ska finnas en lista. Vi har haft en pappa som ville ta med sin 16-åring. Nej.", PER, US, 0, "neutral"),
    M(V1, "Har kommunen varit på plats under festivalen?"),
    P(V2, "Ja, varje år. Två handläggare på fredagskvällen och lördagskvällen, ofta tillsammans med polisen. De går runt, tittar på inhägnaden och pratar med de ansvariga. De är trevliga och de syns, det är bra för alla.", TIL, FU, 1, "praise"),
    M(V1, "Har det hänt något?"),
    P(V2, "För två år sedan gjorde de kontrollköp, och en av våra volontärer sålde till en som var 18 men såg ut som 15, och hon frågade inte efter leg. Det var lagligt, han var ju 18, men vi fick ändå en påminnelse om att man alltid ska fråga. Det var pinsamt.", TIL, FU, 0, "neutral"),
    M(V1, "Hur tog volontären det?"),
    P(V2, "Hon grät. Hon är 19 själv. Vi pratade med henne och hon jobbade kvar resten av kvällen. Nu frågar hon alla.", PER, FU, 0, "neutral"),
    M(V1, "Vad händer efter festivalen, finns det någon uppföljning?"),
    P(V2, "Vi skickar in en rapport över försäljningen, hur många liter vi har sålt. Och sen hör vi inget förrän vi söker nästa år. Ingen frågar hur det gick. Jag hade gärna haft ett möte efteråt, vad fungerade och vad ska vi ändra.", KON, FU, -1, "suggestion"),
    M(V1, "Avgiften, hur mycket är den?"),
    P(V2, "För oss blir det runt 8000 kronor för tre dagar, plus ordningsvakterna, som kostar mycket mer. Avgiften är inte problemet. Ordningsvakterna är problemet. 16 vakter i tre dagar.", AVG, AP, 0, "pain"),
    M(V1, "Var fick ni information första gången?"),
    P(V2, "Första året gick jag på ett informationsmöte som kommunen hade för arrangörer. Det var jättebra, där var polisen, räddningstjänsten och alkoholhandläggarna i samma rum. Det har de tyvärr slutat med.", INF, FI, 0, "praise"),
    M(V1, "Varför tror du?"),
    P(V2, "Ingen aning. Pengar, kanske. Men det var det bästa som kommunen har gjort för oss.", INF, FI, 1, "praise"),
    M(V1, "Om du fick önska något?"),
    P(V2, "Ett flerårigt tillstånd, eller åtminstone att man kan söka för tre år i taget om det är samma festival. Och besked tidigare. Fyra veckor innan, inte nio dagar.", TFS, AP, 0, "suggestion"),
    M(V1, "Något mer?"),
    P(V2, "Att polisen och kommunen pratar ihop sig innan remissen kommer tillbaka, så att vi inte får två olika besked. Men jag ska säga att det har blivit bättre.", KON, PR, 0, "suggestion"),
    M(V1, "Tack, Mikael."),
    B(V2, "Tack. Ses i augusti."),
]

# ---------------------------------------------------------------------------
# Session 8: intervju-6.csv. Vibe again, the CSV export with timestamps and speakers:
# header content,start,end,speaker,text; every field quoted; one row per Whisper
# segment; the speaker column holds Vibe's number (1, 2, 3), which is the only label
# the file has; LF, no newline after the last row. Telephone on speaker in the
# restaurant, 2025-12-01: the owner's daughter, who does all the paperwork; her father
# joins in now and then (speaker 3).
# ---------------------------------------------------------------------------
INT6 = [
    M(C1, "Så, då är vi igång. Kan du börja med att berätta om restaurangen och om dig själv?"),
    P(C2, "Ja. Jag heter Dilan, jag är 24 och pluggar ekonomi. Min pappa har Zagros Grill i Strandviken sedan 2017. Det är grillat, kebabtallrikar och lite kurdisk mat. Och jag har gjort alla papper sedan jag var 16, typ. Allt som har med myndigheter att göra.", VER, N, 0, "neutral"),
    M(C1, "Och alkoholen, när kom den in?"),
    P(C2, "2019. Gästerna frågade efter öl till maten, och pappa tyckte att vi tappade kunder till pizzerian bredvid. Så vi sökte för öl och vin.", VER, N, 0, "neutral"),
    M(C1, "Hur var det att söka?"),
    P(C2, "Det var jag som fyllde i allt. Och det var helt okej, faktiskt, jag är bra på blanketter. Det svåra var att det är pappa som är ägare, så det var han som skulle göra kunskapsprovet. Och han läser inte svenska så bra.", KUN, PR, 0, "pain"),
    M(C1, "Hur gick det?"),
    P(C2, "Tre gånger. Första gången fick jag inte ens sitta med i rummet. Jag förstår att man inte får hjälpa, men han fick inte ens ha en ordbok.", KUN, PR, -1, "pain"),
    M(C1, "Kunde han göra det på ett annat språk?"),
    P(C2, "Bara engelska. Och han kan ännu mindre engelska än svenska. Så vi pluggade på kvällarna i två månader. Jag översatte frågorna från övningsprovet och vi gick igenom dem vid köksbordet.", KUN, PR, -1, "pain"),
    P(C3, "Tre gånger. Men jag klarade.", KUN, PR, 0, "neutral"),
    B(C2, "Ja, du klarade det."),
    M(C1, "Grattis i efterhand."),
    B(C3, "Tack, tack."),
    M(C1, "Hur lång tid tog det innan ni fick tillståndet?"),
    P(C2, "Ungefär fem månader från att vi skickade in. Men det var mest provet som tog tid. Själva handläggningen var väl två månader, och de var snabba när allt var klart.", VAN, PR, 0, "neutral"),
    M(C1, "Hur var kontakten med kommunen?"),
    P(C2, "Bra med mig. Men de ville ju prata med pappa, han är ju ägaren. Och när de ringde honom förstod han inte vad de sa, och då sa han bara ja, ja. Och sen ringde han mig.", KON, PR, -1, "pain"),
    B(C3, "Det är sant."),
    M(C1, "Har ni haft tillsyn?"),
    P(C2, "Ja, i våras. Och det var där det blev fel. De kom en tisdag kväll vid halv tio, jag var inte där, pappa var ensam med en kille i köket. Och de frågade efter mat, och köket hade stängt, för vi stänger grillen klockan nio på vardagar. Men det fanns ju öl.", TIL, FU, -1, "pain"),
    M(C1, "Vad hände sen?"),
    P(C2, "Vi fick ett brev om att kommunen hade inlett ett tillsynsärende. Att det inte fanns lagad mat under serveringstiden, och att vi skulle yttra oss inom två veckor. Pappa trodde att vi skulle förlora tillståndet. Han sov inte.", TIL, FU, -1, "pain"),
    M(C1, "Vad gjorde ni?"),
    P(C2, "Jag skrev ett svar. Att vi nu har mat till elva, eller i alla fall att man kan beställa enklare rätter. Och sen ringde jag handläggaren, och hon var faktiskt väldigt snäll och sa att det räckte. Det blev ingen erinran. Men brevet var skrivet så att man trodde att det var slut.", TIL, FU, 0, "pain"),
    M(C1, "Hade det hjälpt om de hade pratat med dig?"),
    P(C2, "Ja, eller om de hade haft en tolk. Pappa kan förklara allt om sin restaurang på kurdiska. På svenska blir han nervös och säger ja till allt.", TIL, FU, 0, "suggestion"),
    M(C1, "Restaurangrapporten då?"),
    P(C2, "Den gör jag varje år i februari. Det är okej när man väl har gjort den en gång. Första året fattade jag inte att det var liter och inte antal flaskor, så jag fick göra om.", RAP, US, 0, "neutral"),
    M(C1, "Och avgifterna?"),
    P(C2, "Tillsynsavgiften är typ 5000 om året för oss. Det är mycket för en grill som säljer kanske tio öl en vanlig kväll. Pappa frågade om det ens lönar sig. Det gör det, knappt.", AVG, US, -1, "pain"),
    P(C3, "Det lönar sig inte.", AVG, US, -1, "pain"),
    B(C2, "Pappa."),
    M(C1, "Personalen, hur gör ni med ansvariga?"),
    P(C2, "Det är pappa och jag och min kusin som står som ansvariga. Min kusin har gått utbildningen. Jag har inte gått den, men jag har läst allt. Det borde räcka, tycker jag, men det gör det nog inte.", PER, US, 0, "neutral"),
    M(C1, "Var fick ni information från början?"),
    P(C2, "Från en kompis till pappa som har en pizzeria. Han sa att det var enkelt. Det var det inte. Och på kommunens hemsida, där läste jag allt. Den är okej om man kan svenska bra.", INF, FI, 0, "neutral"),
    M(C1, "Finns det information på andra språk?"),
    P(C2, "Inte vad jag hittade. Det finns på Folkhälsomyndighetens sida om provet på engelska, men inte om hur man söker. Det vore bra med arabiska, kurdiska och turkiska, för det är väldigt många restauranger här som drivs av folk som pratar det.", INF, FI, 0, "suggestion"),
    M(C1, "Är det något mer du vill säga?"),
    P(C2, "Att det är många barn till restaurangägare som gör det här jobbet. Vi är typ gratis tolkar och jurister. Det vore skönt om kommunen visste det.", KON, US, 0, "pain"),
    M(C1, "Tack, Dilan. Och tack Kawa."),
    B(C3, "Tack. Välkommen och ät."),
]

# ---------------------------------------------------------------------------
# Codebook, written before coding, in the participants' words (examples are exact
# excerpts of participant turns of that theme; checked below)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (INF, "Information och vägledning",
     "Hur man tar reda på vad som gäller innan man söker: kommunens webbplats, "
     "Folkhälsomyndigheten, Google och Google Translate, konsulter, branschorganisationen, andra "
     "krögare, den förra ägaren eller en pärm från företrädaren, informationsmöten och förmöten "
     "med en handläggare, att inte veta att tillståndet inte följer med när man köper en "
     "restaurang, information på andra språk än svenska, råd till andra som ska söka. Kontakten "
     "med handläggaren under ett pågående ärende hör till kontakt_handlaggare.",
     ["den är skriven som en lagtext",
      "I put the whole page into Translate",
      "Jag ärvde en pärm av den förra restaurangchefen"]),
    (ANS, "Ansökan och underlag",
     "Själva ansökan om stadigvarande tillstånd eller om en ändring: e-tjänsten och BankID, att "
     "inte kunna spara halvvägs, bilagor som hyresavtal, ritningar, registreringsbevis och meny, "
     "redovisning av finansieringen och lån från släkten, personer med betydande inflytande, "
     "intyg från utlandet, att söka om när bolaget får nytt organisationsnummer, checklistor. "
     "Avgiften hör till avgifter_kostnader, provet till kunskapsprov och tillfälliga tillstånd "
     "till tillfalliga_tillstand.",
     ["De ville veta var varenda krona kom ifrån",
      "Man kan inte spara och fortsätta sen",
      "Men nytt organisationsnummer, så ny ansökan."]),
    (KUN, "Kunskapsprovet",
     "Provet i alkohollagen för den som söker: att plugga och att kugga, att göra om provet, "
     "frågor om catering, folköl och butik som inte gäller den egna verksamheten, svåra ord, "
     "att skriva provet på engelska eller inte kunna skriva det på sitt eget språk, att behöva "
     "göra om provet i en ny kommun eller för ett nytt bolag.",
     ["Jag kuggade första gången",
      "In Ireland beer is beer.",
      "Man borde kunna ta med sig resultatet."]),
    (VAN, "Handläggningstid, remisser och komplettering",
     "Tiden från ansökan till beslut och hur man har det under tiden: väntan, remisser till "
     "Polisen, Skatteverket och räddningstjänsten, kompletteringar som gör att väntan börjar om, "
     "att betala hyra utan att få servera, besked som kommer strax före ett evenemang, att inte "
     "veta var ärendet är, önskemål om förhandsbesked och snabbare ändringar.",
     ["Jag kan inte ringa Polisen och fråga om min pizzeria.",
      "Varje gång kändes det som att väntan började om.",
      "Förra året fick vi beslutet nio dagar innan festivalen."]),
    (KON, "Kontakt med handläggarna",
     "Hur det är att ha kontakt med alkoholhandläggarna och kommunen: telefontid, mejl, byte av "
     "handläggare, att få saker förklarade eller bara en lista, språk och bemötande, samordning "
     "mellan förvaltningar och myndigheter, uppföljning efteråt, anhöriga som tolkar och sköter "
     "kontakten. Innehållet i besluten hör till beslut_villkor och tillsynsbesöken till "
     "tillsyn_kontroll.",
     ["Telefontid en timme om dagen",
      "han svarar bara med paragrafer",
      "Vi är typ gratis tolkar och jurister."]),
    (BES, "Beslut, villkor och överklagande",
     "Beslutet om tillstånd: beviljat eller avslag, villkor om serveringstider, ordningsvakter, "
     "serveringsområde, antal drycker och musik, motiveringar som grannarna eller praxis, hur "
     "beslutet är skrivet och förklarat, när Polisens remissvar och beslutet säger olika saker, "
     "att överklaga till förvaltningsrätten och hur lång tid det tar.",
     ["Grannarna är alltid motiveringen.",
      "Men det står ingenstans att det är praxis.",
      "Två drycker per köp är lite konstigt"]),
    (TIL, "Tillsyn, kontrollköp och sanktioner",
     "Kommunens och Polisens besök när tillståndet gäller: tillsyn en fredagskväll, "
     "kontrollköp, att fråga efter legitimation, brister som att köket är stängt under "
     "serveringstiden, tillsynsärenden, erinran, varning och återkallelse, hur breven är "
     "skrivna, möten och samtal efteråt, att flera myndigheter kontrollerar samma ställe.",
     ["brevet var skrivet som om vi var ett problemställe",
      "Vi hade ett kontrollköp.",
      "nästa gång kan det bli återkallelse"]),
    (AVG, "Avgifter och kostnader",
     "Vad tillståndet kostar: ansökningsavgiften som betalas i förväg, att betala den två gånger "
     "eller för en ändring, den årliga tillsynsavgiften och att den följer omsättningen, "
     "konsulter, översättningar, ordningsvakter, intäkter som går förlorade medan man väntar.",
     ["Det är lite som att betala för sin egen parkeringsbot.",
      "Jag betalade full avgift två gånger för samma vinbar.",
      "Man betalar innan de ens har tittat på ansökan."]),
    (RAP, "Restaurangrapporten",
     "Den årliga restaurangrapporten: att redovisa försäljningen i liter och kronor, "
     "kassasystem, pärmar och leveranser, att räkna fel, påminnelser och förseningsavgift, vem "
     "som gör den.",
     ["Så jag sitter och räknar fat.",
      "Det tar en kvart.",
      "why does the kommun need to know how much whiskey I sell?"]),
    (TFS, "Tillfälliga tillstånd, evenemang och catering",
     "Tillfälliga tillstånd för allmänheten och för slutna sällskap: festivaler, bröllop, "
     "turneringar och gårdsfester, att söka varje gång med samma underlag, framförhållning, "
     "cateringtillstånd när man inte har en egen restaurang, situationsplaner, inhägnader och "
     "önskemål om tillstånd för flera år eller flera tillfällen.",
     ["Det är moment 22.",
      "Vi skickar in samma ansökan med nya datum, och den prövas från början.",
      "Ett årstillstånd för catering"]),
    (PER, "Personal och serveringsansvariga",
     "Människorna bakom tillståndet: serveringsansvariga som ska finnas på plats och anmälas, "
     "listor som ändras hela tiden, utbildning i ansvarsfull alkoholservering, volontärer och "
     "extrapersonal, anmälan av en ny person med betydande inflytande, anställda som sköter "
     "tillståndet åt ägaren.",
     ["Jag ska inte behöva skanna.",
      "Det är ett pussel att ha en ansvarig på plats i varje bar hela tiden.",
      "Jag hade ingen aning om att jag skulle anmälas."]),
    (VER, "Verksamheten, lokalen och ändringar",
     "Verksamheten som tillståndet gäller: att öppna, ta över en restaurang eller bygga ut med "
     "uteservering, att tillståndet inte följer med vid ett köp, kravet på lagad mat och kök, "
     "minibarer och innergårdar, att ändra tillståndet, vad tillståndet betyder för affären.",
     ["jag trodde ärligt talat att tillståndet följde med, som ugnen och borden",
      "Korv och toast räknas inte",
      "Uteserveringen är hela affären"]),
]
THEMES = [c[0] for c in CODEBOOK]

# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="word_transcribe_docx", turns=FG1, seed=7101, start=2.4,
         rate=2.3, pause=(0.5, 2.6), seg_words=26,
         title="Fokusgrupp 1 – serveringstillstånd, nya verksamheter",
         meta=["Onsdag 5 november 2025, kl. 17.30–19.00, Stadshuset, sammanträdesrum Kvarnen.",
               "Samtalsledare: Elin Sandberg, näringslivsavdelningen. Anteckningar: Jonas Ek.",
               "Inspelat och transkriberat med Transkribera i Word. Inte korrekturläst. "
               "Kodnyckel till talarna finns hos samtalsledaren."],
         author="Elin Sandberg", epoch=_dt.datetime(2025, 11, 5, 19, 41, 0)),
    dict(file="fokusgrupp-2.txt", fmt="atrain_txt", turns=FG2, seed=7102, start=1.1,
         rate=2.4, pause=(0.4, 2.4), seg_words=9, file_id="2511190912-Fokusgr"),
    dict(file="intervju-1.txt", fmt="noscribe_txt", turns=INT1, seed=7103, start=0.0,
         rate=2.0, pause=(0.2, 2.3), seg_words=6, title="Intervju 1 vinbaren",
         audio="C:/Users/elsa0412/OneDrive - Västerbro kommun/Serveringstillstånd/Ljud/"
               "Intervju 1 vinbaren.m4a"),
    dict(file="intervju-2.md", fmt="otranscribe_md", turns=INT2,
         header=["**Intervju 2 – Liam, The Wild Goose, Torggatan**",
                 "Torsdag 13 november 2025, på puben före öppning. Intervjuare: Sara Lindholm. "
                 "Liam växlar mellan svenska och engelska, jag har skrivit som det sades.",
                 "_Transkriberat i oTranscribe. Tidsstämplar vid mina frågor._"]),
    dict(file="intervju-3.docx", fmt="ip_docx", turns=INT3,
         title="Intervju 3 – alkoholhandläggare, Västerbro kommun",
         meta=["Datum: 2025-11-20",
               "Plats: Stadshuset, enheten för tillstånd och tillsyn",
               "I = intervjuare (Jonas Ek), IP = intervjuperson (alkoholhandläggare)",
               "Längd: 48 min. Transkriberat av JE. (paus) = paus över tre sekunder, "
               "(skratt) = skratt."],
         author="Jonas Ek", epoch=_dt.datetime(2025, 11, 21, 14, 2, 0)),
    dict(file="intervju-4.xlsx", fmt="cols_xlsx", turns=INT4, seed=7106, start=3.0,
         rate=2.4, pause=(1.0, 3.5), sheet="Intervju 4",
         info=[("Studie", "Serveringstillstånd – sökandes upplevelser (Västerbro kommun)"),
               ("Intervju", "4"),
               ("Informant", "Hotellchef, hotell med restaurang, bar och konferens"),
               ("Datum", "2025-11-24"),
               ("Plats", "Hotellets konferensrum"),
               ("Intervjuare", "Jonas Ek"),
               ("Inspelning", "Mobil, 41 min"),
               ("Transkribering", "En rad per replik. Texten i kolumnen för den som pratar. "
                                  "Kommentar = mina anteckningar.")],
         author="Jonas Ek", epoch=_dt.datetime(2025, 11, 25, 8, 47, 0)),
    dict(file="intervju-5.srt", fmt="vibe_srt", turns=INT5, seed=7107, start=0.6,
         rate=2.5, pause=(0.3, 2.0), seg_words=9),
    dict(file="intervju-6.csv", fmt="vibe_csv", turns=INT6, seed=7108, start=0.9,
         rate=2.4, pause=(0.3, 2.2), seg_words=9),
]
WORD_TYPED = {"ip_docx"}   # Word's AutoFormat as you type: curly quotes, en dashes

NOSCRIBE_VERSION = "0.6.2"
NOSCRIBE_OPTIONS = ("Language: Swedish (sv) | Speaker detection: auto | Overlapping speech: True"
                    " | Timestamps: True | Disfluencies: True | Mark pause: 1")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def smarten(text: str) -> str:
    """What Word's AutoFormat-as-you-type makes of straight quotes and ' - '."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201d", text)      # Swedish: ” opens and closes
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2019", text)
    text = text.replace("'", "\u2019")
    return text.replace(" - ", " \u2013 ")


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        words = len(norm(turn["text"]).split())
        dur = words / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def hms_ms(s: float, sep: str) -> str:
    ms = int(round(s * 100)) * 10            # whisper.cpp counts in centiseconds
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}{sep}{ms:03d}"


SENT_RE = re.compile(r"(?<=[.!?\u2026])\s+(?=[A-ZÅÄÖÉÜ0-9\"'\u201c\u201d\u2019(])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


def segments(text: str, target: int, force=()) -> list[str]:
    """Cut a turn into segments of whole sentences of about `target` words (a speech
    recogniser's segments); a cut is always made after the sentences in `force`."""
    sents = sentences(text)
    out, cur = [], []
    for i, s in enumerate(sents, 1):
        cur.append(s)
        if len(" ".join(cur).split()) >= target or i in force:
            out.append(" ".join(cur))
            cur = []
    if cur:
        if out and len(" ".join(cur).split()) < 4 and len(sents) not in force:
            out[-1] = out[-1] + " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    assert " ".join(out) == norm(text), text
    return out


def piece_times(a, b, pieces, gaps):
    """Start/end of each piece of a turn, by words, with the given pauses between."""
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - sum(gaps)
    t, out = a, []
    for k, p in enumerate(pieces):
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + (gaps[k] if k < len(gaps) else 0)
    return out


def seg_layout(session):
    """(turn index, speaker, start, end, text) per recogniser segment."""
    out = []
    for i, (t, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        pieces = segments(t["text"], session["seg_words"])
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, [0.4] * (len(pieces) - 1))):
            out.append((i, t["speaker"], pa, pb, p))
    return out


def repackage(raw: bytes, when: _dt.datetime, tidy=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates (python-docx
    and openpyxl stamp dcterms:modified at save), after an optional tidy(parts)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    core = parts["docProps/core.xml"].decode("utf-8")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", core)
    core = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    if tidy:
        parts = tidy(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _drop_part(parts, name, rels="_rels/.rels"):
    """Remove a package part, its relationship and its content-type override."""
    parts.pop(name)
    r = parts[rels].decode("utf-8")
    r, k = re.subn(r'<Relationship [^>]*Target="%s"/>' % re.escape(name), "", r)
    assert k == 1, name
    parts[rels] = r.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = re.sub(r'<Override PartName="/%s"[^>]*/>' % re.escape(name), "", ct)
    parts["[Content_Types].xml"] = ct.encode("utf-8")


def docx_tidy(parts):
    """No thumbnail; docProps/app.xml names Word."""
    parts = dict(parts)
    if "docProps/thumbnail.jpeg" in parts:
        _drop_part(parts, "docProps/thumbnail.jpeg")
    app = parts["docProps/app.xml"].decode("utf-8")
    app = re.sub(r"<Application>[^<]*</Application>", "<Application>Microsoft Office Word</Application>", app)
    parts["docProps/app.xml"] = app.encode("utf-8")
    return parts


def excel_like(parts):
    """What Excel writes rather than openpyxl: cell text in a shared string table,
    Microsoft Excel in docProps/app.xml."""
    strings, index, count = [], {}, 0

    def to_shared(m):
        nonlocal count
        count += 1
        t = m.group(2)
        if t not in index:
            index[t] = len(strings)
            strings.append(t)
        return f'<c {m.group(1)} t="s"><v>{index[t]}</v></c>'

    parts = dict(parts)
    for name in sorted(n for n in parts if n.startswith("xl/worksheets/sheet")):
        xml = parts[name].decode("utf-8")
        xml = re.sub(r'<c ([^>]*?) t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>', to_shared, xml, flags=re.S)
        assert "inlineStr" not in xml
        parts[name] = xml.encode("utf-8")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{count}" uniqueCount="{len(strings)}">'
           + "".join(f"<si>{t}</si>" for t in strings) + "</sst>")
    ct = parts["[Content_Types].xml"].decode("utf-8").replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rid = 1 + max(int(x) for x in re.findall(r'Id="rId(\d+)"', rels))
    rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" '
                        f'Id="rId{rid}"/></Relationships>')
    app = re.sub(r"<Application>[^<]*</Application><AppVersion>[^<]*</AppVersion>",
                 "<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion>",
                 parts["docProps/app.xml"].decode("utf-8"))
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    parts["docProps/app.xml"] = app.encode("utf-8")
    out = {}
    for name, data in parts.items():
        out[name] = data
        if name == "xl/styles.xml":
            out["xl/sharedStrings.xml"] = sst.encode("utf-8")
    return out


def a4(d):
    """A Swedish Word's page: A4, 2.5 cm margins."""
    from docx.shared import Cm
    for sect in d.sections:
        sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
        sect.left_margin = sect.right_margin = Cm(2.5)
        sect.top_margin = sect.bottom_margin = Cm(2.5)


def set_docx_props(d, when, author, title=""):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.language = ""
    cp.created = when
    cp.modified = when
    cp.revision = 3


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
WORD_SEG_RE = re.compile(r"^(\d\d:\d\d:\d\d) (Talare \d+)$")


def write_word_transcribe_docx(session) -> bytes | None:
    """Word's Transkribera, "Lägg till allt i dokument" with speakers and timestamps,
    below a heading and three lines typed by the moderator."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Aptos"
    d.styles["Normal"].font.size = Pt(12)
    d.add_heading(session["title"], level=1)
    for line in session["meta"]:
        d.add_paragraph(line)
    d.add_paragraph()
    for _, spk, a, _, text in seg_layout(session):
        d.add_paragraph(f"{hms(a)} {spk}")
        d.add_paragraph(text)
        d.add_paragraph()
    a4(d)
    set_docx_props(d, session["epoch"], session["author"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], docx_tidy)


def write_atrain_txt(session) -> bytes:
    """aTrain's transcription_timestamps.txt (Python text mode on Windows: CRLF)."""
    out = f"Transcription for {session['file_id']}\n"
    current = None
    for _, spk, a, _, text in seg_layout(session):
        if spk != current:
            out += "\n" + spk + "\n"
            current = spk
        out += f"[{hms(a)}] - {text}\n"
    return out.replace("\n", "\r\n").encode("utf-8")


def noscribe_layout(session):
    """noScribe's paragraphs: [speaker, text] per change of speaker, with the timestamps,
    pause marks and overlap marks where noScribe writes them. Also sets turn["shown"]:
    the turn's text as the file shows it, without label and timestamps."""
    paras, owner = [], []
    last_end, last_ts, current = 0, 0, None
    for i, (t, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        inner = t.get("inner", {})
        pieces = segments(t["text"], session["seg_words"], force=tuple(inner))
        cuts, n = [], 0
        for p in pieces[:-1]:
            n += len(sentences(p))
            cuts.append(n)
        gaps = [inner.get(c, 0.35) for c in cuts]
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gaps)):
            start, end = round(pa * 1000), round(pb * 1000)
            if start - last_end >= 1000:
                pause_len = round((start - last_end) / 1000)
                if pause_len >= 60:
                    mark = f" ({round(pause_len / 60)} minute[s] pause)"
                elif pause_len >= 10:
                    mark = f" ({pause_len} seconds pause)"
                else:
                    mark = " (" + "." * pause_len + ")"
                paras[-1][1] += mark
            last_end = end
            if t["speaker"] != current:
                paras.append([t["speaker"], f"{t['speaker']}: [{hms(start / 1000)}] {p}"])
                owner.append(i)
                current = t["speaker"]
                last_ts = start
            elif start - last_ts > 60_000:
                paras[-1][1] += f" [{hms(start / 1000)}] {p}"
                last_ts = start
            else:
                paras[-1][1] += " " + p
    assert owner == list(range(len(session["turns"])))
    for t, (spk, text) in zip(session["turns"], paras):
        body = text[len(spk) + 2:]
        body = re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", body)
        t["shown"] = norm(re.sub(r" \[\d\d:\d\d:\d\d\] ", " ", body))
    return paras


def write_noscribe_txt(session) -> bytes:
    """noScribe's .txt: its html_to_text() of the transcript, written in text mode on
    Windows (CRLF)."""
    lines = ["", session["title"], "",
             f"Transcribed with noScribe vers. {NOSCRIBE_VERSION}",
             f"Audio file: {session['audio']}",
             f"({NOSCRIBE_OPTIONS})", "", "", ""]
    for k, (_, text) in enumerate(noscribe_layout(session)):
        if k:
            lines.append("")
        lines.append(text)
    lines.append("")
    return "\r\n".join(lines).encode("utf-8")


def write_otranscribe_md(session) -> bytes:
    """oTranscribe's Markdown export of the typed transcript."""
    paras = list(session["header"])
    for t in session["turns"]:
        ts = t.get("ts")
        assert ts is None or t["mod"]
        lead = f"{ts}\u00a0" if ts else ""
        paras.append(f"{lead}**{t['speaker']}:** {norm(t['text'])}")
    return "\n\n".join(paras).encode("utf-8")


def write_ip_docx(session) -> bytes | None:
    """A transcript typed in Word: I:/IP: and a tab, hanging indent, line numbers."""
    try:
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.paragraph_format.line_spacing = 1.5
    st.paragraph_format.space_after = Pt(0)
    r = d.add_paragraph().add_run(session["title"])
    r.bold = True
    r.font.size = Pt(14)
    for line in session["meta"]:
        d.add_paragraph(line)
    d.add_paragraph()
    for k, t in enumerate(session["turns"]):
        if k:
            d.add_paragraph()
        p = d.add_paragraph(f"{t['speaker']}:\t{norm(t['text'])}")
        pf = p.paragraph_format
        pf.left_indent = Cm(1.25)
        pf.first_line_indent = Cm(-1.25)
        pf.tab_stops.add_tab_stop(Cm(1.25))
    sect = d.sections[0]
    ln = OxmlElement("w:lnNumType")
    ln.set(qn("w:countBy"), "1")
    ln.set(qn("w:restart"), "continuous")
    sect._sectPr.find(qn("w:cols")).addprevious(ln)
    fp = sect.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = fp.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
        else:
            run.text = text
    a4(d)
    set_docx_props(d, session["epoch"], session["author"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], docx_tidy)


def cols_rows(session):
    """(time, speaker, text, note) per Excel row; rows=2 types a turn as two rows."""
    out = []
    for t, (a, b) in zip(session["turns"], timings(session)):
        if t.get("rows", 1) == 2:
            sents = sentences(t["text"])
            h = (len(sents) + 1) // 2
            pieces = [" ".join(sents[:h]), " ".join(sents[h:])]
        else:
            pieces = [norm(t["text"])]
        for k, (p, (pa, _)) in enumerate(zip(pieces, piece_times(a, b, pieces, [1.2]))):
            out.append((pa, t["speaker"], p, t.get("note") if k == 0 else None))
    return out


def write_cols_xlsx(session) -> bytes | None:
    """The interviewer's sheet: one column per speaker."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws.append(["Tid", INTV, INFO, "Kommentar"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for a, spk, text, note in cols_rows(session):
        s = int(a)
        tm = _dt.time(s // 3600, s % 3600 // 60, s % 60)
        ws.append([tm, text if spk == INTV else None, text if spk == INFO else None, note])
        ws.cell(row=ws.max_row, column=1).number_format = "hh:mm:ss"
    for row in ws.iter_rows(min_row=2):
        for c in row[1:]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        row[0].alignment = Alignment(vertical="top")
    for col, w in zip("ABCD", (10, 55, 80, 24)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Info")
    for k, v in session["info"]:
        info.append([k, v])
    for c in info["A"]:
        c.font = Font(bold=True)
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 90
    when = session["epoch"]
    wb.properties.creator = session["author"]
    wb.properties.lastModifiedBy = session["author"]
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), when, excel_like)


def write_vibe_srt(session) -> bytes:
    cues = []
    for k, (_, spk, a, b, text) in enumerate(seg_layout(session), 1):
        cues.append(f"{k}\n{hms_ms(a, ',')} --> {hms_ms(b, ',')}\n[{spk}] {text}")
    return "\n\n".join(cues).encode("utf-8")


def write_vibe_csv(session) -> bytes:
    def q(v):
        return '"' + str(v).replace('"', '""') + '"'
    rows = ["content,start,end,speaker,text"]
    for _, spk, a, b, text in seg_layout(session):
        rows.append(",".join(q(v) for v in ("transcript", hms_ms(a, "."), hms_ms(b, "."), spk, text)))
    return "\n".join(rows).encode("utf-8")


WRITERS = dict(word_transcribe_docx=write_word_transcribe_docx, atrain_txt=write_atrain_txt,
               noscribe_txt=write_noscribe_txt, otranscribe_md=write_otranscribe_md,
               ip_docx=write_ip_docx, cols_xlsx=write_cols_xlsx, vibe_srt=write_vibe_srt,
               vibe_csv=write_vibe_csv)
NEEDS = dict(word_transcribe_docx="docx", ip_docx="docx", cols_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per format: (speaker, text) per turn, consecutive pieces of
# one speaker merged
# ---------------------------------------------------------------------------
def _merge(pairs):
    out = []
    for spk, text in pairs:
        text = norm(text)
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return out


def parse_word_transcribe_docx(data: bytes):
    import docx
    paras = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    k = next(i for i, p in enumerate(paras) if WORD_SEG_RE.match(p))
    pairs = []
    while k < len(paras):
        m = WORD_SEG_RE.match(paras[k])
        assert m and paras[k + 1].strip() and paras[k + 2] == "", paras[k:k + 3]
        pairs.append((m.group(2), paras[k + 1]))
        k += 3
    return _merge(pairs)


def parse_atrain_txt(data: bytes):
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")
    assert lines[0].startswith("Transcription for ") and lines[-1] == ""
    pairs, spk = [], None
    for line in lines[1:-1]:
        if not line:
            continue
        if re.fullmatch(r"SPEAKER_\d\d", line):
            spk = line
            continue
        m = re.fullmatch(r"\[\d\d:\d\d:\d\d\] - (.*)", line)
        assert m and spk, line
        pairs.append((spk, m.group(1)))
    return _merge(pairs)


def parse_noscribe_txt(data: bytes):
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    pairs = []
    for para in text.split("\r\n\r\n"):
        m = re.fullmatch(r"(S\d\d): \[\d\d:\d\d:\d\d\] (.*)", para.strip("\r\n"), re.S)
        if m:
            body = re.sub(r" \[\d\d:\d\d:\d\d\] ", " ", m.group(2))
            pairs.append((m.group(1), body))
    return _merge(pairs)


def parse_otranscribe_md(data: bytes):
    pairs = []
    for para in data.decode("utf-8").split("\n\n"):
        m = re.fullmatch(r"(?:\d+:\d\d:\d\d\u00a0)?\*\*([^*]+):\*\* (.*)", para, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_ip_docx(data: bytes):
    import docx
    pairs = []
    for p in docx.Document(io.BytesIO(data)).paragraphs:
        m = re.fullmatch(r"(I|IP):\t(.*)", p.text, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_cols_xlsx(data: bytes):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    ci, ii = head.index(INTV), head.index(INFO)
    pairs = []
    for r in rows[1:]:
        assert (r[ci] is None) != (r[ii] is None), r
        pairs.append((INTV, r[ci]) if r[ci] else (INFO, r[ii]))
    return _merge(pairs)


def parse_vibe_srt(data: bytes):
    text = data.decode("utf-8")
    assert not text.endswith("\n")
    pairs = []
    for k, block in enumerate(text.split("\n\n"), 1):
        ls = block.split("\n")
        assert ls[0] == str(k) and "-->" in ls[1] and len(ls) == 3, block
        m = re.fullmatch(r"\[(Speaker \d+)\] (.*)", ls[2])
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_vibe_csv(data: bytes):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["content", "start", "end", "speaker", "text"]
    return _merge((r[3], r[4]) for r in rows[1:])


PARSERS = dict(word_transcribe_docx=parse_word_transcribe_docx, atrain_txt=parse_atrain_txt,
               noscribe_txt=parse_noscribe_txt, otranscribe_md=parse_otranscribe_md,
               ip_docx=parse_ip_docx, cols_xlsx=parse_cols_xlsx, vibe_srt=parse_vibe_srt,
               vibe_csv=parse_vibe_csv)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    used: set[str] = set()
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["turns"]
        if s["fmt"] in WORD_TYPED:
            for t in turns:
                t["text"] = smarten(t["text"])
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"], t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
            assert "-->" not in t["text"] and "**" not in t["text"] and "\t" not in t["text"]
            assert not t["text"].startswith("["), t["text"][:40]
            if s["fmt"] != "noscribe_txt":
                assert "//" not in t["text"], t["text"][:40]
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
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
            expected = [(t["speaker"], t.get("shown", norm(t["text"]))) for t in turns]
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
                         t["sentiment"], t["kind"], t.get("shown", norm(t["text"]))])
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
        w.writerow(["speaker", "segment", "verksamhet", "district", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    # summary
    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in s["turns"] if not t["mod"])
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant, {words} words)")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    sizes = sorted((sum(c.values()), th) for th, c in per.items())
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    print(f"largest / smallest theme: {sizes[-1][0]} / {sizes[0][0]} = {sizes[-1][0] / sizes[0][0]:.2f}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
