#!/usr/bin/env python3
"""Generate the fictional study of the familjerätt (family law service) shared by the
fictional Älvsunda, Hedby and Norrmo kommuner: parents who separate and need help to
agree on vårdnad, boende och umgänge, samarbetssamtal, avtal approved by socialnämnden,
faderskap, utredningar ordered by Älvsunda tingsrätt, umgängesstöd and what follows.
Writes the transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all
from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B() for a participant backchannel, reaction, small talk or thanks (no theme, no
stage). Transcript files and gold rows are written from the same list, so turn indices
cannot drift. How a turn is cut into pieces (InqScribe records, ELAN annotations,
paragraphs in a cell) is decided by the writer of each layout; the gold keeps one row per
turn. After writing, every file is parsed back with a minimal parser for its layout and
compared with the list (turn index, speaker, text), and every codebook example must be an
exact excerpt of a participant turn coded with that theme and of no turn coded otherwise.

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
import textwrap
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
NEED, FIND, APPLY, PROC, DEC, USE, FOLL = STAGES


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
SB = "separation_behov"
HR = "hitta_ratt"
FK = "forsta_kontakt"
VA = "vantan"
SS = "samarbetssamtal"
AV = "avtal"
FA = "faderskap"
UT = "utredning"
BR = "barnets_rost"
US = "umgangesstod"
EF = "efterat"
BM = "bemotande"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
SL, BS = "SL", "BS"                                   # FG1: MAXQDA codes Talare\SL, Talare\BS
JES, MIK, SAR, PAT, LIN, TOM = "Jessica", "Mikael", "Sara", "Patrik", "Linnea", "Tomas"
KAR, ELI = "KARIN", "ELIAS"                           # FG2: InqScribe speaker field
EMM, NIK, HAN, ROB, JOH = "EMMA", "NIKLAS", "HANNA", "ROBERT", "JOHANNA"
LH, MF = "LH", "MF"                                   # INT1: Word table, initials
KO, TIL = "KÖ", "Tilda"                               # INT2: ELAN tier names
LNA, BIR = "Lina", "Birgitta"                         # INT3: Word table -> pandoc
IVR, KRW = "Intervjuare", "Karwan"                    # INT4: Microsoft Lists choice column
JON, FRE = "J", "F"                                   # INT5: typed into an e-mail
SAN = "Sanna"                                         # INT6: researcher's Excel (LH asks)

PARTICIPANTS = [
    # speaker, segment, roll, age_group, situation
    (SL, "moderator", "samtalsledare fokusgrupp 1 (Lina Hedström, tjänstedesigner, Älvsunda kommun)", "", ""),
    (BS, "moderator", "bisittare fokusgrupp 1 (Karin Öberg, Högskolan i Norrmo)", "", ""),
    (KAR, "moderator", "samtalsledare fokusgrupp 2 (Karin Öberg)", "", ""),
    (ELI, "moderator", "antecknare fokusgrupp 2 (Elias Wikander, forskningsassistent)", "", ""),
    (LH, "moderator", "intervjuare (Lina Hedström)", "", ""),
    (KO, "moderator", "intervjuare (Karin Öberg)", "", ""),
    (LNA, "moderator", "intervjuare (Lina Hedström)", "", ""),
    (IVR, "moderator", "intervjuare (Lina Hedström)", "", ""),
    (JON, "moderator", "intervjuare (Jonas Lundberg, utvecklingsledare)", "", ""),
    (JES, "förälder", "mamma", "30-44", "två barn (7 och 4), samarbetssamtal via e-tjänsten, avtal om växelvis boende"),
    (MIK, "förälder", "pappa", "30-44", "dotter (9), tingsrätten, vårdnadsutredning, umgängesstöd i början, dom"),
    (SAR, "förälder", "mamma", "18-29", "son (5), ogifta, faderskap digitalt, pappan flyttade till Göteborg, samtal på Teams"),
    (PAT, "förälder", "pappa", "45-64", "två tonåringar, avtal för åtta år sedan, tillbaka för nytt avtal"),
    (LIN, "förälder", "mamma", "30-44", "dotter (6), våld i relationen, samtal var för sig, umgängesstöd"),
    (TOM, "förälder", "pappa", "45-64", "tre barn (yngsta 14), skiftarbete, barnen flyttade själva"),
    (EMM, "förälder", "mamma", "30-44", "dotter (3), väntade tio veckor, mitt i samarbetssamtalen"),
    (NIK, "förälder", "pappa", "30-44", "två barn (6 och 9), mamman flyttade till Umeå, avtal om boende och långhelger"),
    (HAN, "förälder", "mamma", "45-64", "son (13) som vägrar umgänge, avtal som gått sönder, tillbaka i kön"),
    (ROB, "förälder", "pappa", "30-44", "två barn varannan vecka och ett med sambon, faderskap när sambon var gift"),
    (JOH, "förälder", "mamma", "18-29", "son (2), pappan har inte bekräftat faderskapet, talan i tingsrätten"),
    (MF, "personal", "familjerättssekreterare (Malin Forsberg), tolv år", "45-64", "samarbetssamtal, utredningar, avtal, faderskap"),
    (TIL, "ungdom", "dotter, hördes i en vårdnadsutredning vid femton", "15-17", "bor hos mamma, ser pappa när hon vill"),
    (BIR, "mor- och farförälder", "farmor", "65+", "barnbarnen 8 och 11, referensperson i utredningen, hämtar på torsdagar enligt avtalet"),
    (KRW, "förälder", "pappa, kurdiska som förstaspråk, talar enkel svenska", "30-44", "två barn (6 och 9), tolk i samtalen, växelvis boende"),
    (FRE, "förälder", "pappa", "30-44", "son (8), mamman ansökte om ensam vårdnad, utredning och dom"),
    (SAN, "förälder", "mamma", "30-44", "son (7), pappans alkohol, avtal om umgängesstöd, nedtrappning, flytt"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
# FG1: in person at Familjens hus Tallbacken, tisdag 14 oktober 2025; chronological guide.
# Transcribed by the university in MAXQDA, exported as the Overview of Coded Segments.
FG1 = [
    M(SL, "Då kör vi. Välkomna hit till Familjens hus allihop, och tack för att ni kommer en tisdagskväll. Jag heter Lina Hedström och jobbar som tjänstedesigner på kommunen. Bredvid mig sitter Karin Öberg från Högskolan i Norrmo, hon är bisittare och antecknar, och hon kanske flikar in någon fråga. Vi spelar in ljudet och Karin skriver ut det sen. Era namn byts ut innan något används. Det finns inga rätt eller fel, och ni behöver inte berätta mer än ni vill. Går det bra att vi spelar in?"),
    B(JES, "Ja, absolut."),
    M(SL, "Och jag ser att alla nickar. Bra. Då börjar vi med en runda. Säg ditt namn, hur många barn du har och ungefär när ni separerade. Jessica, vill du börja?"),
    P(JES, "Okej. Jessica heter jag, jag är 34. Jag har två barn, Alva som är sju och Melvin som är fyra. Vi separerade för ungefär ett och ett halvt år sen, jag och deras pappa. Det var ingen katastrof, alltså, men vi kunde inte prata med varandra utan att det blev bråk. Om precis allt.", SB, NEED, 0, "neutral"),
    M(SL, "Tack. Mikael?"),
    P(MIK, "Mikael, 41. Jag har en dotter, Elin, hon är nio. Vi har hållit på i tre år nu, om man räknar från när hennes mamma flyttade ut. Tingsrätten, utredning, hela paketet. Så jag har nog sett det mesta av familjerätten, kan man säga.", SB, NEED, 0, "neutral"),
    M(SL, "Det får vi säkert höra mer om. Sara?"),
    P(SAR, "Hej. Sara. Jag har en son, Theo, han är fem. Vi var aldrig gifta, vi bodde ihop i två år och så tog det slut när han var ett. Nu har hans pappa träffat en ny och flyttat till Göteborg, så det är där vi är just nu.", SB, NEED, 0, "neutral"),
    M(SL, "Patrik?"),
    P(PAT, "Patrik, 45. Två barn, tolv och femton. Vi separerade för typ åtta år sen, och då gjorde vi ett avtal på familjerätten som funkade jättebra i många år. Sen blev ungarna tonåringar. Så nu är jag tillbaka, kan man säga.", SB, NEED, 0, "neutral"),
    M(SL, "Välkommen tillbaka, då. Linnea?"),
    P(LIN, "Linnea. Jag har en dotter som är sex. Jag lämnade hennes pappa när hon var tre, och det var inte en vanlig separation, ska jag säga. Det fanns våld. Så för oss har det handlat mycket om umgängesstödet och om att hon ska vara trygg.", SB, NEED, 0, "neutral"),
    M(SL, "Tack för att du berättar det. Och Tomas."),
    P(TOM, "Tomas, 52. Tre barn, den yngsta är fjorton och de två äldsta är vuxna nu. Vi skildes för sex år sedan. Jag är väl här mest för att berätta hur det blir när barnen blir stora och börjar bestämma själva. För det är ingen som säger något om det.", SB, NEED, 0, "neutral"),
    M(SL, "Tack allihop. Vi börjar från början. När förstod ni att ni behövde hjälp utifrån, att ni inte skulle klara det här själva? Vad hände?"),
    P(JES, "För oss var det överlämningarna. Vi hade sagt varannan vecka, och det lät ju enkelt. Men varje söndag blev det en grej. Han kom en halvtimme sent, eller så hade jag glömt att packa Melvins gosedjur, och så stod vi där i hallen och väste åt varandra medan barnen tittade på. Alva började gråta på söndagarna redan vid lunch.", SB, NEED, -1, "pain", note="Flera nickar"),
    P(MIK, "Hos oss var det när hon skickade ett sms om att hon skulle flytta till sin mamma i Hedby med Elin. Bara ett sms. Jag flyttar med Elin nästa månad. Och jag tänkte, kan hon bara göra så? Vi har ju gemensam vårdnad. Det visade sig att det inte är så enkelt som man tror, åt något håll.", SB, NEED, -1, "pain"),
    P(LIN, "För mig var det inte att vi inte kunde prata. Jag kunde inte vara i samma rum som honom. Så att gå på samarbetssamtal, det kändes helt fel från början. Men jag visste inte vad det fanns för annat.", SB, NEED, -1, "pain"),
    P(TOM, "För oss var det inte bråk, inte då. Vi gick dit för att vi ville göra rätt. Tre barn i olika åldrar, en på lågstadiet och två tonåringar, hur delar man upp det? Vi behövde någon som hade sett det förut.", SB, NEED, 0, "neutral"),
    M(SL, "Hur fick ni veta var man skulle vända sig?"),
    P(JES, "Jag googlade. Familjerätt, det ordet kände jag inte ens till. Jag sökte typ hjälp separation barn Älvsunda, och då kom kommunens sida upp, men den handlade mest om ekonomiskt bistånd och om man var orolig för ett barn. Jag blev nästan rädd. Jag trodde att om jag ringde dit skulle de börja utreda oss.", HR, FIND, -1, "pain"),
    B(PAT, "Ja, det tror alla."),
    P(SAR, "Jag fick veta det av BVC-sköterskan faktiskt. Hon sa att det finns något som heter samarbetssamtal och att det är gratis. Jag hade ingen aning. Jag trodde att man var tvungen att ta en advokat.", HR, FIND, 0, "neutral"),
    P(MIK, "Jag tog en advokat direkt. Och det var advokaten som sa att ni måste ha försökt med samarbetssamtal först, annars ser det inte bra ut i tingsrätten. Så jag kom till familjerätten från fel håll, kan man säga. Via en faktura på fyrtio tusen.", HR, FIND, -1, "pain", note="Skratt i gruppen"),
    P(PAT, "Första gången, för åtta år sen, var det en kompis som hade gjort det. Han sa, gå dit, de är bra, de skriver avtalet åt er. Så jag visste exakt vart jag skulle. Den här gången var det svårare, för hemsidan säger ingenting om vad man gör när man redan har ett avtal som inte funkar längre.", HR, FIND, -1, "pain"),
    M(BS, "Får jag fråga en sak där? Visste ni skillnaden mellan familjerätten och socialtjänstens barn och familj?"),
    P(LIN, "Nej. Och det spelade roll för mig. Jag hade haft kontakt med socialtjänsten efter att jag anmälde honom, och jag trodde att det var samma personer. Att de skulle sitta och läsa allt om oss.", HR, FIND, -1, "pain"),
    M(SL, "Hur gick det till när ni tog första kontakten? Jessica, du nämnde hemsidan."),
    P(JES, "Ja, det fanns en e-tjänst, ansökan om samarbetssamtal. Den var rätt enkel faktiskt, man loggar in med BankID och svarar på några frågor. Men sen stod det att den andra föräldern också måste anmäla sig, i en egen ansökan. Och det var ju det som var problemet, att vi inte kunde prata. Så jag fick sms:a honom en länk och hoppas.", FK, APPLY, -1, "pain"),
    P(SAR, "Samma här. Han anmälde sig inte på fem veckor. Och ingen sa något till mig under tiden, jag trodde att vi stod i kön.", FK, APPLY, -1, "pain"),
    B(JES, "Nej men gud."),
    P(TOM, "Jag ringde. Det finns en telefontid, tisdagar och torsdagar mellan nio och elva. Jag jobbar skift på bruket, så jag fick ringa från fikarummet. Första gången kom jag inte fram alls, det var upptaget hela tiden, och sen var klockan elva.", FK, APPLY, -1, "pain"),
    P(PAT, "Men när man väl kom fram så var det bra. Hon jag pratade med tog sig tid. Hon frågade hur barnen mådde innan hon frågade om något annat. Det kommer jag ihåg.", FK, APPLY, 1, "praise"),
    P(MIK, "Vi kom ju in via tingsrätten. Domaren sa vid muntliga förberedelsen att vi skulle gå på samarbetssamtal, och sen fick familjerätten ett uppdrag. Så jag har aldrig fyllt i något själv. Det kom ett brev med en tid.", FK, APPLY, 0, "neutral"),
    M(SL, "Och hur lång tid tog det innan ni fick en tid?"),
    P(JES, "Elva veckor. Elva veckor med söndagar.", VA, PROC, -1, "pain"),
    B(LIN, "Usch."),
    P(SAR, "Vi fick vänta tre månader, och då räknar jag från att han äntligen hade anmält sig. Jag ringde två gånger och frågade, och båda gångerna sa de att det är lång kö och att de inte kunde säga när. Jag förstår att de har mycket. Men man vill ju veta ungefär.", VA, PROC, -1, "pain"),
    P(LIN, "Jag väntade nästan inte alls. När jag sa att det fanns våld fick jag en tid inom en vecka. Så det går ju, om man säger rätt saker.", VA, PROC, 0, "neutral"),
    P(TOM, "För oss gick det snabbare, tre veckor kanske. Men då hade vi sagt att vi kunde ta en återbudstid med kort varsel. Det kanske inte alla vet att man kan säga.", VA, PROC, 0, "suggestion"),
    P(PAT, "Och under tiden händer ju saker. Man hinner bråka om julen, om skolavslutningen, om vem som ska ha hunden. När man väl sitter där har det blivit mycket mer att prata om än när man sökte.", VA, PROC, -1, "pain"),
    P(MIK, "Det jag saknade var att någon sa, det här kan ni göra under tiden. Typ ett papper om hur man brukar dela upp julen. Vad som helst. Man står där helt själv i tre månader.", VA, PROC, -1, "suggestion"),
    M(SL, "Berätta om själva samtalen. Hur var det att sitta där?"),
    P(JES, "Första gången var jag jättenervös. Vi satt i ett rum med två samtalsledare, en man och en kvinna. Och det var faktiskt skönt att de var två, för då kände jag inte att någon tog hans parti. De var väldigt noga med att vi skulle prata om barnen och inte om vem som gjorde vad.", SS, PROC, 1, "praise"),
    P(LIN, "För mig funkade det inte att sitta i samma rum. Jag sa det i telefon innan, och de erbjöd att vi kunde ha samtal var för sig först. Det var bra. Men sen skulle vi ändå in i samma rum, och då satt jag och tittade på dörren hela tiden.", SS, PROC, -1, "pain"),
    P(SAR, "Vi hade våra på Teams, för han bodde redan i Göteborg. Det var ju praktiskt. Men det är svårt att läsa av någon på Teams. Han kunde sitta och himla med ögonen utanför bild, och jag såg det i reflexen i hans fönster.", SS, PROC, -1, "pain", note="Skratt"),
    B(PAT, "Haha. Nej."),
    P(TOM, "Det som var bra hos oss var att de frågade om barnen ville säga något. Den yngsta, hon var åtta då, fick komma på ett eget samtal, och sen sa samtalsledaren vad hon hade sagt, fast med andra ord. Att hon ville att vi slutade prata om varandra i telefon när hon hörde. Det tog hårt. Men det var nog det som fick oss att skärpa oss.", BR, PROC, 0, "praise", para=True),
    P(JES, "Alva fick aldrig frågan. De sa att sju år är lite ungt för ett eget samtal, men att de skulle ha med hennes perspektiv ändå. Jag vet inte riktigt vad det betydde.", BR, PROC, 0, "neutral"),
    M(SL, "Hur många gånger träffades ni?"),
    P(JES, "Fyra gånger. Och på den fjärde kom vi fram till något.", SS, PROC, 0, "neutral"),
    P(MIK, "Två. Sen sa hon att hon inte tänkte komma fler gånger, och då skrev familjerätten till tingsrätten att samtalen var avslutade utan överenskommelse. En rad. Utan överenskommelse.", SS, PROC, -1, "pain"),
    P(SAR, "Vi har haft sex, och vi är inte klara. Det känns lite som att de inte vet hur de ska avsluta, och inte vi heller.", SS, PROC, -1, "pain"),
    M(SL, "Jessica, ni kom fram till något. Hur blev det med avtalet?"),
    P(JES, "Samtalsledaren skrev ett utkast där, under samtalet, och så fick vi läsa. Boende varannan vecka, men med byte på fredagar vid skolan i stället för söndagar hemma, så att vi inte ses. Det var ju genialiskt enkelt. Varför hade vi inte tänkt på det själva? Sen skulle det godkännas av socialnämnden, och det tog tre veckor, och sen kom det ett brev.", AV, DEC, 1, "praise", para=True),
    P(TOM, "Brevet från socialnämnden förstod jag inte ens. Det stod att avtalet godkänns enligt sjätte kapitlet femton a paragrafen föräldrabalken. Jag fick googla om det betydde ja.", AV, DEC, -1, "pain"),
    P(LIN, "Vårt avtal handlar bara om umgänge med stöd. Att han får träffa henne här på Familjens hus, två timmar varannan lördag, med en umgängesstödjare i rummet. Det godkändes utan problem. Men jag fattade inte att det kunde bli ett avtal. Jag trodde att bara en domstol kunde bestämma sånt.", AV, DEC, 0, "neutral"),
    M(SL, "Mikael, ni fick en vårdnadsutredning. Kan du berätta om den?"),
    P(MIK, "Ja. Tingsrätten gav familjerätten uppdraget i februari, och de hade fyra månader på sig. Det var två utredare. De kom hem till mig och tittade på Elins rum. Jag hade städat i två dagar. Hon öppnade garderoben. Jag vet fortfarande inte om det var för att kolla att det fanns kläder där, eller om hon bara var nyfiken.", UT, PROC, -1, "pain"),
    B(PAT, "Garderoben. Haha."),
    P(MIK, "Och de pratade med Elin två gånger, en gång i skolan och en gång på deras kontor. Hon var sju då. Jag fick aldrig veta vad hon sa förrän jag läste utredningen, och då stod det en halv sida. Med citat. Det var jobbigt att läsa sin dotter inom citattecken.", BR, PROC, -1, "pain"),
    P(LIN, "Vi hade också en utredning, men först bara snabbupplysningar, innan tingsrätten beslutade om umgänget tills vidare. De ringde mig och frågade om våldet. Och sen ringde de honom och frågade. Och han sa att jag ljög. Och det stod i papperet också, hon säger si och han säger så. Jag förstår att de måste. Men det kändes som att mitt ord var värt lika mycket som hans.", UT, PROC, -1, "pain", note="Linnea tar en paus"),
    B(SAR, "Fy."),
    P(MIK, "Det värsta var väntan på utredningen. Den skulle vara klar i juni. Sen blev den försenad till augusti för att de hade personalbrist. Hela sommaren visste vi ingenting. Elin frågade var hon skulle bo när skolan började, och jag sa att det bestämmer en domare. Vad säger man?", UT, PROC, -1, "pain"),
    P(MIK, "Fast en sak ska jag säga. Innan den skickades till tingsrätten fick jag läsa den och säga vad jag tyckte. Kommunicering kallade de det. Jag fick rätta två fel, bland annat att det stod att jag jobbar natt. Jag har aldrig jobbat natt. Det hade ju kunnat påverka.", UT, DEC, 1, "praise"),
    M(SL, "Patrik, du sa att ni inte var gifta. Hur var det med faderskapet?"),
    P(PAT, "Ja, det var ju första kontakten med familjerätten egentligen, när äldsta föddes. Man fick gå dit båda två och skriva under ett papper, och de frågade om vi ville ha gemensam vårdnad, och det ville vi. Det tog tio minuter. Med den andra var det likadant. Vi skojade om att det var det enklaste vi någonsin gjort tillsammans.", FA, APPLY, 1, "praise"),
    P(SAR, "Vi gjorde det digitalt när Theo föddes, med BankID. Det var smidigt, tills det kom ett brev om att det var ofullständigt för att han hade kryssat fel om vårdnaden. Så vi fick göra om det. Två gånger.", FA, APPLY, -1, "pain"),
    B(JES, "Klassiskt."),
    P(LIN, "Vi var gifta, så för oss var det automatiskt. Det var nog det enda som var det.", FA, DEC, 0, "neutral"),
    M(SL, "Linnea, du nämnde umgängesstödet. Hur fungerar det i vardagen?"),
    P(LIN, "Det fungerar. Det är det viktigaste. Vi har haft samma umgängesstödjare i ett år, hon heter Eva, och min dotter gillar henne. Hon skriver en liten anteckning efter varje gång. Jag lämnar här vid tio, han kommer kvart över, så vi ses aldrig. Det är hela poängen.", US, USE, 1, "praise"),
    P(MIK, "Jag hade umgängesstöd i tre månader i början. Det kändes förnedrande, ärligt talat. Att sitta med en främling i ett rum med min egen dotter och bygga Lego. Men okej, jag förstår varför de ville det. Och det tog slut när utredningen var klar.", US, USE, -1, "pain"),
    P(LIN, "Jag förstår att det känns så för dig. Men för oss är det det enda som gör att det går.", US, USE, 0, "neutral"),
    M(SL, "Då vill jag fråga om tiden efteråt. Hur har det gått att leva med avtalet eller domen?"),
    P(TOM, "Det funkar tills barnen växer ur det. Min mellersta flyttade till mig när hon var femton, utan att fråga någon. Hon packade en väska. Och vårt avtal sa varannan vecka. Ingen av oss tänkte gå till familjerätten för att ändra ett papper när hon redan bodde hos mig. Men sen kom frågan om barnbidraget och underhållet, och då behövdes ju ett papper.", EF, FOLL, -1, "pain", para=True),
    P(PAT, "Det är exakt där jag är. Jag ringde för att göra ett nytt avtal, och de sa att från tolv år väger barnets vilja tungt, och att barnen kan få komma på samtal. Och det är bra. Men min femtonåring vill inte gå på några samtal. Hon vill bara att vi slutar tjata.", EF, FOLL, 0, "neutral"),
    P(SAR, "För oss är det flytten. Han flyttade till Göteborg i våras med sin nya. Och avtalet säger varannan helg, vilket betyder att Theo sitter på tåget fyra timmar varannan fredag. Han är fem. Jag åker med, så jag sitter på tåget åtta timmar. Det var ingen som tänkte på det när avtalet skrevs, för då bodde vi två kvarter från varandra.", EF, FOLL, -1, "pain"),
    P(JES, "Och den nya partnern. Det borde finnas ett kapitel om det. När hans nya tjej började hämta barnen på fredagarna blev det kaos igen. Ingen av oss visste om det var okej enligt avtalet. Det står ju inget om det.", EF, FOLL, -1, "pain"),
    P(MIK, "Jag tycker att man borde få en uppföljning. Att familjerätten ringer efter ett år och frågar hur det funkar. Ingen har ringt mig. Det kommer ett beslut, och sen är det tyst.", EF, FOLL, -1, "suggestion"),
    M(SL, "Hur har ni upplevt bemötandet från dem ni träffat?"),
    P(LIN, "Varierande. Den första jag pratade med i telefon var fantastisk. Hon sa, du behöver inte sitta i samma rum som honom, det ordnar vi. Det glömmer jag aldrig. Men i utredningen var det någon annan, och hon kändes mer som att hon kryssade i rutor.", BM, PROC, 0, "neutral"),
    P(MIK, "Jag kände mig som pappan i underläge hela tiden. Det kanske inte var så, det kan vara min känsla. Men när utredaren pratade om mamman hade hon ett mjukare tonfall.", BM, PROC, -1, "pain"),
    B(TOM, "Hm."),
    P(PAT, "Jag har inte känt så. Jag tyckte att de var sakliga. Men det har väl varit lättare för oss, vi har aldrig varit i rätten.", BM, PROC, 0, "neutral"),
    P(JES, "Det som var bra var att de aldrig sa vad vi skulle göra. De frågade bara, vad tror ni att Alva skulle vilja? Och det var irriterande i stunden, för man ville ha ett svar. Men det var nog rätt.", BM, PROC, 0, "praise"),
    M(BS, "Om ni fick ändra en sak, vad skulle det vara?"),
    P(JES, "Kortare väntan. Eller i alla fall ett sms som säger var i kön man står.", VA, PROC, 0, "suggestion"),
    P(SAR, "Att e-tjänsten säger till när den andra föräldern inte har anmält sig. Och vad man kan göra då.", FK, APPLY, 0, "suggestion"),
    P(LIN, "Att man får välja att aldrig sitta i samma rum, från början, utan att behöva förklara varför.", SS, PROC, 0, "suggestion"),
    P(MIK, "Att någon förklarar för barnen vad som händer. Elin trodde att det var hennes fel att vi var i domstolen. Det sa hon till utredaren, inte till mig.", BR, PROC, -1, "suggestion"),
    P(TOM, "Uppföljning. Ett samtal när barnen fyller tolv ungefär. Som en service på bilen.", EF, FOLL, 0, "suggestion"),
    B(JES, "Haha, en besiktning."),
    P(PAT, "Men seriöst, ja. Och en sida på hemsidan för oss som redan har ett avtal. Där står bara hur man börjar, inte hur man fortsätter.", HR, FIND, 0, "suggestion"),
    M(SL, "Tack. Är det något ni vill lägga till innan vi slutar?"),
    P(LIN, "Bara att Eva ska få löneförhöjning.", US, USE, 1, "praise"),
    B(JES, "Haha, instämmer."),
    M(SL, "Det ska jag framföra. Tack allihop för att ni delade med er. Det finns kaffe kvar, och lappar med numret till familjerätten om någon vill ha."),
    B(TOM, "Tack själv. Det här var faktiskt skönt.", 1, "praise"),
]

# FG2: Teams, torsdag 16 oktober 2025, evening; starts in the present and goes back.
# Transcribed by hand in InqScribe by the research assistant, exported as tab-delimited text.
FG2 = [
    M(KAR, "Hej och välkomna. Jag ser att alla fem är inne nu, skönt. Jag heter Karin Öberg och är forskare i socialt arbete på Högskolan i Norrmo, och vi gör det här tillsammans med kommunen. Elias är forskningsassistent och antecknar, han har kameran av. Vi spelar in, men bara ljudet sparas, och Elias skriver ut det. Era namn byts ut. Är det okej för alla att vi spelar in?"),
    B(EMM, "Ja, det är okej."),
    M(KAR, "Tack. Vi gör lite annorlunda i kväll och börjar i nuet. Säg vad du heter och hur det ser ut just nu, med barnen och boendet. Hanna, du ler, vill du börja?"),
    P(HAN, "Haha, okej. Hanna, 44. Jag har en son som är tretton. Just nu bor han hos mig på heltid, fast avtalet säger varannan vecka. Han vägrar åka till sin pappa sedan i somras. Så vi är tillbaka på ruta ett, kan man säga.", EF, FOLL, -1, "pain"),
    M(KAR, "Tack. Emma?"),
    P(EMM, "Emma, 31. Jag har en dotter, Wilma, hon är tre. Just nu har vi en sorts överenskommelse i luften. Vi har gått på tre samarbetssamtal och ska på ett fjärde. Så inget papper än.", SS, PROC, 0, "neutral"),
    M(KAR, "Niklas?"),
    P(NIK, "Niklas, 36. Två barn, sex och nio. Deras mamma flyttade till Umeå i augusti för ett jobb, och barnen bor med henne nu. Jag har dem varannan långhelg och halva loven. Vi har ett avtal om det sedan i somras. Det funkar. Det är inte vad jag ville, men det funkar.", EF, USE, 0, "neutral"),
    M(KAR, "Robert?"),
    P(ROB, "Ja, Robert, 39. Jag har två barn från förra förhållandet, tio och tolv, varannan vecka. Och sen har jag en liten med min sambo, han är ett. Så det är ett pussel. Just nu är det mest pusslet med skolorna, för vi bor i Hedby och barnen går i skolan här inne.", EF, USE, 0, "neutral"),
    M(KAR, "Och Johanna."),
    P(JOH, "Hej. Johanna, 27. Jag har en son som är två. Hans pappa har inte ens bekräftat att han är pappa. Så just nu är det en faderskapsgrej som ligger hos tingsrätten. Det är där vi är.", FA, PROC, -1, "pain"),
    M(KAR, "Tack allihop. Hanna, du sa ruta ett. Hur blev det så?"),
    P(HAN, "Vi gjorde avtalet på familjerätten för två år sedan, och det gick faktiskt bra. Men i våras flyttade hans nya sambo in, med två egna barn. Och min son kom hem och sa att han fick sova på en madrass i tvättstugan. Han är tretton. Sen sa han att han inte ville åka dit mer.", EF, FOLL, -1, "pain"),
    P(HAN, "Och där står jag med ett avtal som säger varannan vecka och en son som sitter i hallen med skorna på och vägrar. Jag kan ju inte bära honom till bilen.", EF, FOLL, -1, "pain"),
    B(ROB, "Nej."),
    M(KAR, "Robert, du nickade."),
    P(ROB, "Ja, för jag är ju den andra sidan av det där, typ. Min ex tycker att min sambo tar för mycket plats. Och barnen hamnar mitt i. Det var ingen som frågade hur det skulle funka med bonusbarn när vi skrev avtalet. Det var bara jag och hon då.", EF, FOLL, -1, "pain"),
    M(KAR, "Låt oss gå tillbaka en bit. När ni först separerade, var det något särskilt som gjorde att ni sökte hjälp?"),
    P(EMM, "För mig var det att han slutade svara. Han ghostade mig i tre veckor, liksom, och sen dök han upp utanför förskolan och ville hämta Wilma. Förskolan ringde och frågade om det var okej. Jag visste inte vad jag skulle säga. Han är ju hennes pappa.", SB, NEED, -1, "pain"),
    P(NIK, "Hos oss var det inget drama först. Vi hade växelvis och bodde nära varandra. Det var när hon fick jobbet i Umeå. Då insåg vi att vi inte kunde lösa det själva, för det finns ju inget mitt emellan. Antingen bor de där eller här.", SB, NEED, 0, "neutral"),
    P(HAN, "För oss var det för två år sedan, när vi inte ens kunde skriva till varandra om en tandläkartid utan att det blev tjugo meddelanden. Min son började sova dåligt. Det var då.", SB, NEED, -1, "pain"),
    P(JOH, "Jag sökte hjälp för att jag behövde underhållet, om jag ska vara ärlig. Försäkringskassan sa att jag inte kunde få underhållsstöd förrän faderskapet var fastställt. Och då skickade de mig till familjerätten.", FA, FIND, -1, "pain"),
    M(KAR, "Och ni andra, hur hittade ni till familjerätten?"),
    P(ROB, "Min ex hittade. Hon skickade en länk till e-tjänsten och skrev, fyll i den här. Så jag hade ingen aning om vad det var, jag trodde att det var typ en rättegång.", HR, FIND, -1, "pain"),
    P(EMM, "Jag frågade i en Facebookgrupp för ensamstående mammor i Älvsunda. Där fick jag typ tjugo svar. Hälften sa gå till familjerätten, hälften sa skaffa advokat direkt. Och en skrev att familjerätten alltid tar pappans parti, vilket gjorde mig jättenervös.", HR, FIND, -1, "pain"),
    B(HAN, "Haha, och i pappagrupperna säger de tvärtom."),
    P(NIK, "Jag läste på kommunens sida. Den var okej, ärligt. Den förklarade vad samarbetssamtal är, och att det är gratis och frivilligt. Men den sa ingenting om vad som händer om den ena flyttar. Det var ju det enda jag ville veta.", HR, FIND, 0, "neutral"),
    M(KAR, "Hur var det att ta första kontakten?"),
    P(EMM, "E-tjänsten var lätt. Men sen hände inget. Jag fick ett automatiskt mejl, tack för din ansökan, och sen ingenting på sex veckor. Jag visste inte ens om den hade kommit fram till en människa.", VA, PROC, -1, "pain"),
    P(ROB, "Jag har inget BankID på jobbdatorn, jag sitter i lastbilen hela dagarna, så jag skulle fylla i den på mobilen. Den krånglade, den ville att man laddade upp något. Till slut ringde jag i stället. Då fick jag svar direkt.", FK, APPLY, 0, "neutral"),
    P(HAN, "Jag ringde telefontiden båda gångerna. Första gången fick jag sitta i kö i fyrtio minuter. Nu i höstas kom jag fram på en gång, och hon kände igen mitt namn. Det var nästan lite pinsamt. Men också skönt.", FK, APPLY, 0, "neutral"),
    P(NIK, "Vi gick in via tingsrätten faktiskt, för vi hade redan lämnat in. Där fick familjerätten först göra snabbupplysningar, eller vad det heter, och sen frågade domaren om vi ville prova samarbetssamtal. Så vi sa ja. Advokaterna var inte så pigga, de ville köra.", FK, APPLY, 0, "neutral"),
    B(HAN, "Klart de ville."),
    M(ELI, "Förlåt, Niklas, du hackar lite. Kan du testa att stänga av kameran?"),
    B(NIK, "Är det bättre nu?"),
    M(KAR, "Ja, mycket bättre. Och väntan, hur lång tid tog det innan ni fick träffa någon?"),
    P(EMM, "Tio veckor. Och jag hade skrivit i ansökan att det var akut, att han dök upp på förskolan. Men det räknades tydligen inte som akut.", VA, PROC, -1, "pain"),
    P(HAN, "Första gången, för två år sedan, var det tolv veckor. Nu när jag ansökte igen i september sa de att det var kortare kö, fem veckor. Så det går åt rätt håll, i alla fall.", VA, PROC, 0, "neutral"),
    P(ROB, "Vi väntade två månader. Och under de två månaderna hann min ex byta skola för barnen. Så när vi väl satt där var det redan gjort.", VA, PROC, -1, "pain"),
    P(JOH, "För faderskapet fick jag en tid direkt, inom två veckor. Det var inte problemet. Problemet var att han inte kom.", FA, PROC, -1, "pain"),
    M(KAR, "Berätta mer om faderskapet, Johanna."),
    P(JOH, "Handläggaren skickade kallelser till honom tre gånger. Han svarade inte. Hon ringde honom, och då sa han att han inte var säker på att det var hans. Vilket, ja. Så då skulle det bli DNA-test. Och han dök inte upp på provtagningen heller.", FA, PROC, -1, "pain"),
    P(JOH, "Nu har socialnämnden väckt talan i tingsrätten, tror jag att det heter. Jag förstår inte allt. Jag får brev från tingsrätten där det står kärande, Socialnämnden i Älvsunda kommun. Det är lite roligt ändå. Socialnämnden stämmer honom för min sons räkning.", FA, DEC, 0, "neutral"),
    B(ROB, "Haha, skönt ändå."),
    P(ROB, "Jag har också en faderskapsgrej, fast tvärtom. När lillen föddes var min sambo fortfarande gift med sin exman på papperet, skilsmässan var inte klar. Så då blev han pappa automatiskt. Exmannen alltså. Vi fick gå till familjerätten, och han fick skriva under att han inte var pappan, och jag att jag var det. Det tog fyra månader, och han var inte jätteglad över att bli inblandad.", FA, DEC, -1, "pain"),
    B(EMM, "Oj."),
    P(ROB, "Men handläggaren där var riktigt bra. Hon ringde exmannen själv och förklarade, så vi slapp. Hon fattade att det var pinsamt för alla.", FA, PROC, 1, "praise"),
    M(KAR, "Om vi går till samarbetssamtalen. Emma, du är mitt i dem. Hur är det?"),
    P(EMM, "Det är bättre än jag trodde. Vi har en samtalsledare som heter Per, och han är väldigt lugn. Han har en whiteboard och ritar upp veckorna. När min ex börjar prata om att jag har ändrat mig, så säger Per bara, okej, vad behöver Wilma? Och så är vi tillbaka.", SS, PROC, 1, "praise"),
    P(NIK, "Vi hade två samtal, och de var väldigt praktiska. Hur många helger, vem som betalar resorna, flyg eller tåg. Samtalsledaren hade en lista med frågor som man brukar glömma, typ vad händer med fritidsaktiviteterna, vem köper vinterkläder. Det hade vi aldrig tänkt på.", SS, PROC, 1, "praise"),
    P(HAN, "Första gången var det bra. Nu andra gången vill hans pappa inte komma. Han säger att det är mitt fel att sonen inte vill åka dit. Och då kan familjerätten inte göra något. Det är frivilligt. Det är ju bra att det är frivilligt, men det betyder att den som inte vill kan bara låta bli.", SS, PROC, -1, "pain"),
    P(ROB, "Vi gick dit en gång när det krisade med min sambo. Min ex ville ha samtal utan min sambo, bara hon och jag. Vilket samtalsledaren sa var okej. Men det är ju min sambo som hämtar barnen tre dagar i veckan. Hon borde få vara med.", SS, PROC, -1, "pain"),
    M(KAR, "Kunde ni välja om ni ville ses på plats eller digitalt?"),
    P(NIK, "Ja, vi fick välja. Vi tog det andra samtalet på Teams när hon redan hade flyttat. Det funkade bättre än jag trodde, ärligt.", SS, PROC, 1, "praise"),
    P(EMM, "Vi ses på plats. Jag vill se honom i ögonen.", SS, PROC, 0, "neutral"),
    B(HAN, "Haha, respekt."),
    P(JOH, "Vi har inte kommit dit. Man kan inte ha samarbetssamtal med någon som inte ens svarar i telefon.", SS, PROC, -1, "pain"),
    M(KAR, "Niklas, ni skrev ett avtal. Hur gick det till?"),
    P(NIK, "Samtalsledaren skrev det. Det tog två veckor innan vi fick utkastet på mejl, och sen skulle vi båda skriva under, och sen gick det till socialnämnden för godkännande. Där låg det i en månad. Under tiden hade barnen redan flyttat. Så avtalet blev godkänt efter att det redan gällde i praktiken.", AV, DEC, -1, "pain"),
    B(ROB, "Typiskt."),
    P(HAN, "Vårt godkändes på två veckor. Och jag tyckte om att det var så konkret. Vilken dag, vilken plats, vem som ringer vem. Jag var stolt över det papperet. Det kändes vuxet.", AV, DEC, 1, "praise"),
    P(HAN, "Men det finns ingen plan B i det. Det står inte vad man gör när barnet inte vill.", EF, FOLL, -1, "pain"),
    P(EMM, "Kan man ens göra ett avtal när barnet är så litet som Wilma? Eller måste man göra om det hela tiden?", AV, DEC, 0, "question"),
    M(KAR, "Jag vill inte svara fel, så det tar jag med till familjerätten. Hur har ni upplevt att barnen fick komma till tals?"),
    P(HAN, "Min son fick prata med samtalsledaren själv första gången. Han var elva. Han tyckte att det var skönt, sa han. Nu när han är tretton och har åsikter säger de att hans vilja väger tungt, men de kan inte prata med honom om pappan inte går med på det, för de har gemensam vårdnad. Så han har åsikter men ingen att säga dem till.", BR, PROC, -1, "pain"),
    P(NIK, "Vår äldsta, nio, fick ett samtal med en familjerättssekreterare innan vi skrev avtalet. Hon ritade sitt rum i Umeå och sitt rum här. Sen sa hon till mig i bilen att tanten hade frågat om hon var ledsen, och hon hade sagt nej, för hon ville inte att jag skulle bli ledsen. Så vad fick de veta egentligen?", BR, PROC, -1, "pain"),
    P(EMM, "Wilma är för liten för att fråga. Men Per sa att han ändå ville veta hur hon har det, så han frågade om han fick prata med förskolan. Det tyckte jag var fint.", BR, PROC, 1, "praise"),
    M(KAR, "Då är du tillbaka, Johanna. Hur har ni blivit bemötta, tycker ni?",
      pre_note="[Paus \u2013 Johanna tappade uppkopplingen, ca två minuter]"),
    P(JOH, "Handläggaren för faderskapet har varit toppen. Hon ringer tillbaka. Hon förklarar saker två gånger. Hon sa en gång, det här är inte ditt fel, Johanna. Det behövde jag höra.", BM, PROC, 1, "praise"),
    P(ROB, "Jag har tyckt att de är lite för försiktiga. Man frågar något rakt, typ kan hon verkligen göra så här, och så får man svaret att det är upp till er föräldrar. Jag förstår att de inte får ta ställning. Men ibland vill man bara veta vad lagen säger.", BM, PROC, -1, "pain"),
    P(NIK, "Jag tänker på språket. Min ex är från Polen och har svenska som andraspråk. Hon pratar bra, men när det blir juridiska ord hänger hon inte med. Hon fick ingen tolk, för hon sa att hon inte behövde. Men hon behövde.", BM, PROC, -1, "pain"),
    B(EMM, "Mm, det är svårt."),
    P(HAN, "Och jag tycker att de har varit snälla. Men snällt och hjälpsamt är inte alltid samma sak.", BM, PROC, 0, "neutral"),
    M(KAR, "Hanna, vad har hänt sedan du kontaktade dem igen i höstas?"),
    P(HAN, "Jag har fått ett samtal med en familjerättssekreterare själv, och hon var jättebra. Hon sa att om pappan inte vill komma på samtal kan jag vända mig till tingsrätten, men att hon inte rekommenderade det än. Så nu väntar vi. Min son har inte träffat sin pappa på fyra månader. Det är ingen som gör något.", EF, FOLL, -1, "pain"),
    P(ROB, "Får jag fråga en sak? Om barnet inte vill åka, är det då den som har barnet som bryter mot avtalet? Jag har hört att man kan få vite.", EF, FOLL, 0, "question"),
    M(KAR, "Det är en bra fråga, men jag vill inte gissa om juridiken. Vi tar med den."),
    B(HAN, "Det undrar jag också."),
    P(NIK, "Hos oss är det resorna som är grejen nu. Jag hämtar på Arlanda varannan fredag. Barnen flyger som ensamresande barn med varsin skylt runt halsen. Första gången grät jag i bilen efteråt, inte de.", US, USE, -1, "pain"),
    M(KAR, "Om ni fick ändra en sak på familjerätten, vad skulle det vara? Kort."),
    P(EMM, "Ett besked om hur lång kön är. En siffra. Vecka tio av tolv, som paketspårning.", VA, PROC, 0, "suggestion"),
    P(NIK, "Att avtalet godkänns snabbare, eller att man får veta om det gäller redan innan det är godkänt.", AV, DEC, 0, "suggestion"),
    P(HAN, "En plan B. Vad man gör när avtalet inte längre funkar, som man kan läsa på nätet utan att behöva ringa.", EF, FOLL, 0, "suggestion"),
    P(JOH, "Hjälp på andra sätt än brev. Jag läser inte breven från tingsrätten ensam på kvällen längre. Jag öppnade dem och satt och grät.", FA, DEC, -1, "suggestion"),
    P(ROB, "Att bonusföräldrar räknas. Vi finns ju.", EF, FOLL, 0, "suggestion"),
    M(KAR, "Tack. Något sista?"),
    B(JOH, "Nej. Bara tack för att man fick prata.", 1, "praise"),
    M(KAR, "Tack själva, allihop. Jag stänger inspelningen nu."),
]

# INT1: staff, familjerättssekreterare, at the office, tisdag 21 oktober 2025. Typed by Lina
# into a Word table; Karin added English translations of the quotes she wants for the article.
INT1 = [
    M(LH, "Då är inspelningen igång. Kan du börja med att berätta vem du är och vad du gör?"),
    P(MF, "Malin Forsberg heter jag, jag är familjerättssekreterare och har jobbat här i tolv år. Vi är en gemensam familjerätt för Älvsunda, Hedby och Norrmo, så vi är nio personer för tre kommuner. Jag har samarbetssamtal, utredningar åt tingsrätten, avtal och lite faderskap. Allt utom adoptioner, ungefär.", BM, PROC, 0, "neutral"),
    M(LH, "Om man är förälder och har separerat, hur hittar man till er?"),
    P(MF, "På alla möjliga sätt. Många kommer via tingsrätten, för de har ofta redan ringt en advokat. Andra via förskolan eller BVC. Och så finns e-tjänsten på hemsidan. Det vi ser är att många tror att vi är socialtjänsten som ska utreda dem, och då väntar de för länge med att höra av sig. Det är synd, för då har konflikten hunnit sätta sig.", HR, FIND, -1, "pain",
      en="Many think we are the social services who will investigate them, so they wait too long before getting in touch. By then the conflict has set."),
    M(LH, "Hur fungerar e-tjänsten?"),
    P(MF, "Man ansöker om samarbetssamtal med BankID, och varje förälder gör en egen anmälan. Det är för att det ska vara frivilligt på riktigt, vi kan inte kalla någon. Men det betyder att en del ärenden ligger och väntar på att den andra ska anmäla sig. Vi skickar en påminnelse efter två veckor, och sen ringer vi. Men vi säger inte alltid till den som sökte först att vi väntar på den andra. Det borde vi göra.", FK, APPLY, 0, "suggestion"),
    M(LH, "Och telefontiden?"),
    P(MF, "Tisdagar och torsdagar, två timmar. Det är för lite, det vet vi. Vi är en i telefon åt gången, och varje samtal tar tid, för folk är ledsna och har mycket att berätta. Man kan inte säga, du har tre minuter.", FK, APPLY, -1, "pain",
      en="People are upset and have a lot to tell. You can't say, you have three minutes."),
    M(LH, "Hur lång är väntetiden just nu?"),
    P(MF, "Till samarbetssamtal ungefär tio veckor, det var fjorton som mest i våras. Men vi prioriterar. Finns det våld eller hot, eller om barnet far illa, går det före. Och när tingsrätten ger oss ett uppdrag har vi en tidsfrist.", VA, PROC, 0, "neutral"),
    M(LH, "Vet föräldrarna var de står i kön?"),
    P(MF, "Nej. Och det är ett av de vanligaste samtalen vi får, när får vi en tid. Vi har inget system som kan säga vecka sju av tio. Det låter enkelt, men vårt verksamhetssystem är byggt för socialtjänstens utredningar, inte för en kö.", VA, PROC, -1, "pain"),
    M(LH, "Berätta om samarbetssamtalen. Hur går de till?"),
    P(MF, "Vi är två samtalsledare om det går, gärna en man och en kvinna. Första samtalet handlar mycket om att lyssna. Sen försöker vi vrida fokus från vad föräldrarna tycker om varandra till vad barnet behöver. Jag brukar ha en whiteboard och rita upp en vanlig vecka. Det är förvånansvärt ofta som hela bråket handlar om en söndagskväll.", SS, PROC, 0, "neutral",
      en="It is surprisingly often that the whole fight is about one Sunday evening."),
    M(LH, "Och om det finns våld?"),
    P(MF, "Då gör vi en riskbedömning innan, och vi har samtal var för sig. Samarbetssamtal är inte rätt metod om den ena föräldern är rädd för den andra. Det ska man inte behöva sitta igenom. Men jag vet att vi inte alltid har varit tydliga med att man kan säga nej utan att det räknas emot en.", SS, PROC, 0, "neutral", para=True,
      en="Joint talks are not the right method if one parent is afraid of the other. Nobody should have to sit through that."),
    M(LH, "Hur kommer barnen till tals i samtalen?"),
    P(MF, "Från ungefär fem, sex år erbjuder vi barnsamtal, om båda föräldrarna går med på det. Vi pratar med barnet själva, och sen återkopplar vi till föräldrarna, men i barnets ord och på ett sätt som barnet har godkänt. Det svåraste är när föräldrarna inte är överens om att barnet ska få komma. Då kan vi inte.", BR, PROC, 0, "neutral"),
    M(LH, "Även om barnet är tretton?"),
    P(MF, "Ja, i samarbetssamtal behövs båda vårdnadshavarnas samtycke. I en utredning åt tingsrätten är det annorlunda, där kan vi prata med barnet ändå. Det är svårt att förklara för en trettonåring att hon får prata med oss om föräldrarna bråkar i domstol men inte om de bara bråkar hemma.", BR, PROC, -1, "pain",
      en="It's hard to explain to a thirteen-year-old that she may talk to us if her parents fight in court, but not if they only fight at home."),
    M(LH, "Och avtalen, hur blir de till?"),
    P(MF, "När föräldrarna är överens skriver vi avtalet, ofta direkt i samtalet. Sen ska socialnämnden godkänna det. Hos oss är det delegerat till enhetschefen, men det tar ändå två till fyra veckor, för vi ska pröva att det är förenligt med barnets bästa, läsa register och så vidare. Under tiden gäller det inte formellt. Det förstår inte alla, och det förstår jag.", AV, DEC, 0, "neutral"),
    M(LH, "Förstår föräldrarna vad ett godkänt avtal innebär?"),
    P(MF, "Inte alltid. Att det gäller som en dom och kan verkställas. Beslutet är skrivet på juristsvenska, och vi har försökt skriva om det, men det måste ha med vissa formuleringar. Så nu bifogar vi en lapp om vad det betyder på vanlig svenska.", AV, DEC, 0, "praise"),
    M(LH, "Hur gör ni med faderskap och föräldraskap?"),
    P(MF, "Sedan några år kan ogifta föräldrar bekräfta digitalt med BankID, till och med innan barnet är fött. Det är jättebra, de flesta gör så nu. Men det faller för dem som inte har BankID, eller om mamman är gift med någon annan, eller om pappan inte svarar. Då blir det ett ärende för oss, ibland en utredning och DNA, och i värsta fall tingsrätten. De ärendena tar lång tid.", FA, PROC, 0, "neutral"),
    M(LH, "Vad händer när pappan inte svarar?"),
    P(MF, "Vi skickar kallelser, ringer, skickar igen. Socialnämnden har ett ansvar att fastställa faderskapet för barnets skull, så vi kan inte bara släppa det. Till slut kan vi väcka talan. Mammorna tycker ofta att det går för långsamt, och det har de rätt i.", FA, PROC, -1, "pain"),
    M(LH, "Och utredningarna åt tingsrätten, hur jobbar ni där?"),
    P(MF, "Tingsrätten ger oss ett uppdrag, ofta först snabbupplysningar inom några veckor, och sen kanske en hel utredning med fyra månaders tidsfrist. Vi är två utredare. Vi träffar båda föräldrarna flera gånger, gör hembesök hos båda, pratar med barnet och hämtar upplysningar från förskola, skola och polis. Sen kommunicerar vi utredningen med föräldrarna innan den skickas.", UT, PROC, 0, "neutral"),
    M(LH, "Föräldrar beskriver hembesöken som jobbiga."),
    P(MF, "Ja. Och jag förstår det. Man har städat i två dagar och så öppnar utredaren garderoben. Vi tittar inte efter damm. Vi vill se att barnet har en egen säng och någonstans att ha sina saker. Men vi förklarar det för dåligt innan, det tar jag till mig.", UT, PROC, 0, "neutral",
      en="We are not looking for dust. We want to see that the child has a bed of their own and somewhere to keep their things."),
    M(LH, "Och förseningarna?"),
    P(MF, "I somras var tre av oss sjukskrivna samtidigt, och då fick vi begära förlängning i flera ärenden. Det är det värsta jag vet, att ringa och säga att den blir två månader sen. Föräldrarna har planerat sitt liv runt ett datum. Barnen också.", UT, PROC, -1, "pain"),
    M(LH, "Hur fungerar umgängesstödet?"),
    P(MF, "Det är en av de bästa sakerna vi har, tycker jag. En umgängesstödjare är med när barnet träffar föräldern, oftast i lägenheten på Familjens hus. Men det är svårt att rekrytera, de är timanställda, och när någon blir sjuk finns ingen ersättare. Då ställs det in, och det är barnet som får beskedet.", US, USE, 0, "neutral",
      en="When someone is ill there is no replacement. Then it is cancelled, and it is the child who gets the news."),
    M(LH, "Och efteråt? Hör ni av er till familjerna?"),
    P(MF, "Nej, det gör vi inte. Vi har inget uppdrag att följa upp ett avtal. När det är godkänt är ärendet avslutat. Många kommer tillbaka när barnen blir tonåringar, eller när någon flyttar eller träffar en ny. Då börjar de om från början i kön. Jag skulle vilja att de fick gå före, eller att vi hörde av oss efter ett år.", EF, FOLL, 0, "suggestion"),
    M(LH, "Kommer det föräldrar som inte har svenska som förstaspråk?"),
    P(MF, "Ja, ganska många. Vi bokar tolk, och det är viktigt att det är en tolk och inte en släkting. Men föräldrar tackar ibland nej till tolk för att de vill visa att de kan svenska. Och sen sitter de och nickar åt ord som umgängesrätt och verkställighet. Jag försöker fråga om, med andra ord. Och rita.", BM, PROC, 0, "neutral"),
    M(LH, "Om du fick ändra en sak?"),
    P(MF, "En kö man kan se. Och en väg tillbaka för dem som redan har ett avtal, utan att börja om från noll.", VA, PROC, 0, "suggestion"),
    M(LH, "Tack, Malin."),
    B(MF, "Tack själv. Och skriv gärna att vi vet om det mesta av det här."),
]

# INT2: young person (17) heard in a vårdnadsutredning at fifteen; at the university's
# office, torsdag 23 oktober 2025. Annotated by Karin in ELAN, exported as a traditional
# transcript.
INT2 = [
    M(KO, "Så, nu är den igång. Och du vet att du kan säga stopp när du vill, och att du inte behöver svara på allt?"),
    B(TIL, "Mm. Ja."),
    M(KO, "Kan du börja med att berätta lite om dig själv?"),
    P(TIL, "Jag heter Tilda, jag är sjutton och går andra året på samhäll. Jag bor med mamma och min lillebror, han är tio. Och så träffar jag pappa, typ varannan helg ibland. Det beror på.", SB, NEED, 0, "neutral"),
    M(KO, "Beror på vad?"),
    P(TIL, "På om jag orkar. Och om han har sin nya där. Nej, det var elakt. Det beror mest på mig, ärligt.", EF, USE, 0, "neutral"),
    M(KO, "Dina föräldrar separerade när du var tolv, skrev du i mejlet. Hur var det?"),
    P(TIL, "Det var kaos. Eller inte kaos, men de bråkade hela tiden om oss. Om var vi skulle vara på jul, om mobilen, om allt. Jag minns att jag satt i trappan och lyssnade. Man tror att barnen sover. Vi sover inte.", SB, NEED, -1, "pain"),
    M(KO, "När hörde du talas om familjerätten första gången?"),
    P(TIL, "När jag var femton. Mamma sa att det skulle komma en kvinna från kommunen och prata med mig, för att pappa hade gått till domstolen. Jag trodde att det var socialen och att de skulle ta oss. Seriöst. Jag googlade vårdnadsutredning mitt i natten och hamnade på TikTok, där en tjej berättade att hon hade blivit placerad.", HR, FIND, -1, "pain"),
    M(KO, "Oj. Vad hände sen?"),
    P(TIL, "Sen kom ett brev till mig. Med mitt namn på. Det var första gången jag fick ett brev från kommunen. Det stod att jag hade rätt att säga vad jag tyckte, men att jag inte behövde. Det var faktiskt bra att det stod så. Men det stod inte vad som skulle hända med det jag sa.", BR, PROC, 0, "neutral"),
    M(KO, "Var träffade du utredaren?"),
    P(TIL, "Första gången i skolan. I kuratorns rum. Och alla i klassen såg att jag gick dit mitt på matten. Sen frågade de vad jag hade gjort. Jag sa att det var tandläkaren.", BR, PROC, -1, "pain"),
    M(KO, "Tandläkaren."),
    P(TIL, "Andra gången fick jag välja, och då tog jag deras kontor. Där fanns en soffa och en sån där skål med godis som ingen äter. Men det var bättre. Ingen kände mig där.", BR, PROC, 0, "praise"),
    M(KO, "Hur var själva samtalet?"),
    P(TIL, "Hon var snäll. Sofia hette hon, tror jag. Hon frågade inte rakt ut var jag ville bo, det märkte jag. Hon frågade typ, hur ser en bra söndag ut för dig? Och efteråt förstod jag att det var samma fråga, fast förklädd.", BR, PROC, 0, "neutral"),
    M(KO, "Var det något du var orolig för?"),
    P(TIL, "Att pappa skulle läsa det. Jag frågade henne, får pappa veta vad jag säger? Och hon sa att det skulle stå i utredningen, men att hon skulle skriva det så att det inte blev som att jag valde sida. Och sen stod det ändå, Tilda säger att hon vill bo hos mamma. Inom citattecken.", BR, DEC, -1, "pain"),
    M(KO, "Hur fick du veta vad som stod?"),
    P(TIL, "Pappa visade mig. Han hade fått utredningen hem, och han satt med den vid köksbordet och sa, är det här vad du tycker? Med markeringspenna. Gul.", UT, DEC, -1, "pain"),
    M(KO, "Vad sa du då?"),
    P(TIL, "Jag sa att hon hade skrivit fel. Vilket inte var sant. Det har jag inte sagt till någon förut, faktiskt.", BR, DEC, -1, "pain"),
    M(KO, "Tack för att du säger det. Fick du någon hjälp efteråt att förstå vad som hände?"),
    P(TIL, "Nej. Domen kom på sommaren, och mamma sa att vi skulle bo kvar hos henne. Det var allt. Ingen från familjerätten pratade med mig igen. Jag hade velat att någon berättade vad domstolen tänkte. Om det var det jag sa som avgjorde. Jag vet fortfarande inte.", BR, DEC, -1, "pain"),
    M(KO, "Om du fick bestämma, hur borde det gå till?"),
    P(TIL, "Att man får läsa det som står om en innan föräldrarna läser det. Och att man får stryka saker. Eller i alla fall säga, så här menade jag. Och att de inte kommer till skolan, eller att man får välja från början.", BR, DEC, 0, "suggestion"),
    M(KO, "Var det någon gång i det här som du kände att du blev lyssnad på?"),
    P(TIL, "Ja, faktiskt. När hon kom hem till oss, till mamma alltså, på hembesök, så ville hon se mitt rum. Och jag visade min vägg med bilder. Och hon frågade om alla på bilderna. Det var typ första gången i hela den här grejen som en vuxen frågade om mina kompisar.", UT, PROC, 1, "praise"),
    M(KO, "Hur är det nu, med pappa?"),
    P(TIL, "Bättre, typ. Sen jag fyllde sexton bestämmer jag själv när jag åker dit. Det står fortfarande i domen att jag ska vara där varannan helg, men ingen bryr sig. Pappa säger att det är lagen. Mamma säger att jag är stor nog. Jag säger ingenting.", EF, USE, 0, "neutral"),
    M(KO, "Ingenting?"),
    P(TIL, "Nej. Det är skönast. Då blir det inget bråk.", EF, USE, -1, "pain"),
    M(KO, "Har du hört att man kan vända sig till familjerätten igen när man blir äldre och det inte funkar?"),
    P(TIL, "Nej. Kan man det? Själv?", EF, FOLL, 0, "question"),
    M(KO, "Jag vet inte exakt hur det går till när man är sjutton, så jag vill inte säga fel. Men jag tar reda på det och mejlar dig."),
    B(TIL, "Okej. Gärna."),
    M(KO, "Vad skulle du säga till en femtonåring som ska prata med en utredare nästa vecka?"),
    P(TIL, "Att man inte måste säga allt. Och att man kan be dem skriva att man inte vill välja. Det visste inte jag. Jag trodde att jag måste säga ett namn. Och kolla inte TikTok.", BR, PROC, 0, "suggestion"),
    M(KO, "Haha. Bra råd. Något mer du vill säga?"),
    P(TIL, "Att vuxna pratar om barnets bästa hela tiden. Det ordet. Men ingen frågade mig vad jag tyckte att det betydde.", BR, PROC, -1, "pain"),
    M(KO, "Tack, Tilda. Verkligen."),
    B(TIL, "Det var inget. Det var faktiskt rätt skönt.", 1, "praise"),
]

# INT3: farmor, at her home in Hedby, onsdag 29 oktober 2025. Typed by Lina into a Word
# table; the project archive keeps every transcript as Markdown converted with pandoc.
INT3 = [
    M(LNA, "Nu spelar jag in. Tack för kaffet, Birgitta. Kan du börja med att berätta vem du är?"),
    P(BIR, "Ja, Birgitta heter jag, jag är sextiosju och pensionerad undersköterska. Jag har tre barnbarn, och två av dem är Daniels, min sons. Ebba och Hugo. De är åtta och elva nu. Det är dem det handlar om.", SB, NEED, 0, "neutral"),
    M(LNA, "Vad hände när Daniel och Jenny separerade?"),
    P(BIR, "Det var för fyra år sedan. Fram till dess hämtade jag barnen på skolan varje torsdag, det hade jag gjort sedan Hugo började förskoleklass. Vi bakade, vi gick till biblioteket. Torsdagarna var våra. Och sen, när det blev bråk mellan dem, sa Jenny att hon inte ville att jag hämtade längre. För att jag var Daniels mamma, antar jag. Jag tog inte ställning. Jag vet inte vad hon trodde.", SB, NEED, -1, "pain", para=True),
    M(LNA, "Vad gjorde du då?"),
    P(BIR, "Jag ringde kommunen. Jag hittade inget på hemsidan om farföräldrar, bara om föräldrar. Så jag ringde växeln och sa att jag ville prata med någon om mina barnbarn. Och då kopplade de mig till barn och familj. Och där trodde de att jag ville göra en orosanmälan.", HR, FIND, -1, "pain"),
    M(LNA, "Oj."),
    P(BIR, "Jo. Det tog en stund innan vi förstod varandra. Till slut fick jag numret till familjerätten och deras telefontid. Tisdagar och torsdagar. Torsdagar, tänkte jag. Där har man det.", FK, APPLY, -1, "pain"),
    M(LNA, "Vad sa de på familjerätten?"),
    P(BIR, "Hon var vänlig. Men hon sa rakt ut att jag som farmor inte har någon egen rätt att träffa barnen. Att det är barnen som har rätt till umgänge med sina närstående, och att det i första hand är föräldrarna som ska se till det. Jag förstår principen. Men jag lade på och kände mig som ingen.", HR, FIND, -1, "pain"),
    M(LNA, "Sa hon något om vad du kunde göra?"),
    P(BIR, "Att socialnämnden kan ansöka hos tingsrätten om umgänge med en farförälder, om det är för barnens bästa. Men att det är ovanligt, och att det bästa var att prata med föräldrarna. Prata med föräldrarna. Som om jag inte hade försökt.", HR, FIND, -1, "pain"),
    M(LNA, "Hur gick det vidare med Daniel och Jenny?"),
    P(BIR, "De hamnade i tingsrätten om vårdnaden, och det blev en utredning. Och då ringde utredaren till mig. Jag var referensperson, det hade Daniel skrivit. Hon pratade med mig i tio minuter. Tio minuter om fyra år av torsdagar.", UT, PROC, -1, "pain"),
    M(LNA, "Vad frågade hon om?"),
    P(BIR, "Hur Daniel var som pappa. Om jag hade sett något oroande. Det var som ett förhör, men snällt. Hon frågade ingenting om mig och barnen. Jag fick inte ens säga att jag fanns.", UT, PROC, -1, "pain"),
    M(LNA, "Fick du veta vad som stod i utredningen?"),
    P(BIR, "Daniel visade mig. Det stod en mening om mig. Farmor beskriver fadern som omtänksam. Det var allt.", UT, DEC, -1, "pain"),
    M(LNA, "Förlåt, vi blev avbrutna. Du sa att det stod en mening om dig.",
      pre_note="[Telefonen ringer, Birgittas syster. Paus, cirka två minuter.]"),
    B(BIR, "Ja. Nej, det är bra. Var var vi?"),
    M(LNA, "Hur löste det sig till slut, med torsdagarna?"),
    P(BIR, "Det var faktiskt samarbetssamtalen som gjorde det. Tingsrätten skickade dem dit efter utredningen, och samtalsledaren frågade vilka som var viktiga i barnens liv. Och Hugo hade tydligen sagt farmor. Så i avtalet skrev de att Daniels umgänge på torsdagar är från skolan till kvällen, och att farmor hämtar. Jag står i ett avtal. Det har jag aldrig gjort förut.", AV, DEC, 1, "praise", para=True),
    M(LNA, "Hur är det att stå i ett avtal?"),
    P(BIR, "Konstigt och fint. Jenny och jag hälsar. Vi dricker inte kaffe ihop, men vi hälsar. Och barnen behöver inte välja mellan oss. Fast jag är lite rädd också. Det står ju inte mitt namn i det, det står farmor. Om Daniel flyttar, vad händer med farmor då?", EF, USE, 0, "neutral", para=True),
    M(LNA, "Har Daniel pratat om att flytta?"),
    P(BIR, "Han har träffat en ny i Norrmo. Så ja. Och då blir det nya samtal, antar jag, och då är jag inte med igen. Jag är aldrig med. Jag får stå i avtalet men inte sitta i rummet.", EF, FOLL, -1, "pain"),
    M(LNA, "Skulle du ha velat vara med i rummet?"),
    P(BIR, "En gång. Inte för att bestämma. Bara för att säga, jag finns, och jag tar inte ställning. Jag tror att Jenny hade behövt höra det från mig, inte från Daniel.", SS, PROC, 0, "suggestion"),
    M(LNA, "Hur har det varit med överlämningarna?"),
    P(BIR, "Det blev jag. Barnen går till Daniel från min lägenhet på söndagarna. Jenny släpper av dem hos mig och Daniel hämtar en timme senare. Jag är som en växel. Men det är bättre än att de står i hallen och skäller på varandra. Det har jag också sett.", US, USE, 0, "neutral"),
    M(LNA, "Var det familjerätten som föreslog det?"),
    P(BIR, "Nej, det var jag. Samtalsledaren sa att det fanns umgängesstöd och att man kunde lämna barnen på Familjens hus. Men varför ska barnen lämnas i ett kommunalt rum när de har en farmor med kakburk?", US, USE, 0, "neutral"),
    M(LNA, "Hur tycker du att det har varit att ha med familjerätten att göra, om du ser det i stort?"),
    P(BIR, "Personalen har varit trevlig varenda gång. Det är inte det. Det är att allt är byggt för två föräldrar. Blanketterna, e-tjänsten, breven. Jag försökte logga in på e-tjänsten för att se om det fanns något för mig, och det första den frågar efter är ditt barns personnummer.", FK, APPLY, -1, "pain"),
    M(LNA, "Har du fått någon information som riktar sig till dig som farförälder?"),
    P(BIR, "En broschyr från en förening för mor- och farföräldrar, som en väninna gav mig. Inte från kommunen. Där stod mer än på hela kommunens hemsida.", HR, FIND, -1, "pain"),
    M(LNA, "Om du fick önska något av familjerätten?"),
    P(BIR, "Ett samtal för oss som står bredvid. Vi mor- och farföräldrar, men också nya sambor och sådana. Inte för att bestämma något, bara för att förstå vad som händer och hur man kan hjälpa utan att göra det värre.", BM, PROC, 0, "suggestion"),
    P(BIR, "Och att utredaren frågar vad man gör med barnen. Inte bara vad man tycker om föräldrarna.", UT, PROC, 0, "suggestion"),
    M(LNA, "Hur mår Ebba och Hugo i dag?"),
    P(BIR, "Bra, tror jag. Hugo är elva och tycker att farmor är pinsam, så det är normalt. Ebba bakar fortfarande med mig. I torsdags gjorde vi kanelbullar, och hon sa, farmor, det är tur att du står i pappret. Hon har hört det från någon. Barn hör allt.", EF, USE, 1, "praise"),
    M(LNA, "Tack, Birgitta. Något mer?"),
    B(BIR, "Nej, men ta en bulle till innan du går."),
    M(LNA, "Det gör jag gärna. Tack."),
]

# INT4: pappa with simple Swedish (Kurdish first language), at Familjens hus, tisdag
# 4 november 2025. He did not want to be recorded: Lina typed live into a Microsoft List.
INT4 = [
    M(IVR, "Tack att du vill vara med, Karwan. Vi spelar inte in, jag skriver på datorn i stället. Är det okej?"),
    B(KRW, "Ja, okej. Skriv."),
    M(IVR, "Kan du berätta lite om dig och din familj?"),
    P(KRW, "Jag heter Karwan, jag är trettioåtta. Jag kommer från Kurdistan, från Sulaymaniyah. Jag bor i Sverige sen 2015. Jag har två barn, en pojke nio år och en flicka sex år. Jag jobbar på lager i Hedby.", SB, NEED, 0, "neutral"),
    M(IVR, "Vad hände när ni separerade?"),
    P(KRW, "Min fru sa att hon vill skiljas. Det var för två år sen. Hon flyttade till lägenhet i centrum med barnen. Hon sa att barnen bor med henne. Jag förstod inte, har jag ingen rätt? I vår kultur det är ofta så, barnen med mamma. Men jag är pappa också.", SB, NEED, -1, "pain"),
    M(IVR, "Vart vände du dig?"),
    P(KRW, "Först jag frågade kompis. Han sa gå inte till socialen, de tar barnen. Många säger så i vår grupp. Jag var rädd.", HR, FIND, -1, "pain"),
    M(IVR, "Hur hittade du familjerätten till slut?"),
    P(KRW, "Min chef på jobbet. Hon är svensk, hon sa att familjerätten är inte samma som socialen, de hjälper föräldrar att prata. Hon letade på datorn med mig i fikarummet.", HR, FIND, 1, "praise"),
    M(IVR, "Hur var det att kontakta dem?"),
    P(KRW, "Jag ringde i telefontiden. Kvinnan pratade snabbt. Hon sa samarbetssamtal, vårdnadshavare, umgänge. Jag förstod inte orden. Jag sa ja ja. Sen jag la på och förstod ingenting.", FK, APPLY, -1, "pain"),
    M(IVR, "Fick du frågan om du ville ha tolk?"),
    P(KRW, "Inte i telefon. Sen i brevet det stod att man kan få tolk. Men brevet var på svenska. Så man måste förstå svenska för att läsa att man kan få tolk.", FK, APPLY, -1, "pain"),
    M(IVR, "Hur gjorde du med e-tjänsten?"),
    P(KRW, "BankID har jag, det är inga problem. Men allt är på svenska. Jag använde Google Translate på telefonen. Ett ord det översatte till besökstid, som på sjukhus. Jag tänkte, får jag bara besöka mina barn?", FK, APPLY, -1, "pain", para=True),
    M(IVR, "Hur länge fick du vänta?"),
    P(KRW, "Tre månader. Den tiden jag träffade barnen bara när hon sa ja. Ibland två gånger i veckan, ibland inte på tre veckor.", VA, PROC, -1, "pain"),
    M(IVR, "Berätta om samarbetssamtalen.", pre_note="(hans telefon ringer, han svarar kort på kurdiska)"),
    P(KRW, "Första gången vi hade tolk på telefon. Tolken var en man, jag kände igen rösten. Han är från samma stad, han känner min kusin. Jag sa inget i rummet. Efteråt jag ringde och sa att jag vill ha en annan tolk.", BM, PROC, -1, "pain"),
    M(IVR, "Vad hände då?"),
    P(KRW, "De bytte. Nästa gång det var tolk på video, en kvinna från Stockholm. Bättre. Hon översatte exakt, också när min fru var arg.", BM, PROC, 1, "praise"),
    M(IVR, "Hur var samtalsledarna?"),
    P(KRW, "En var mycket bra. Hon ritade på papper. Två hus, barnens veckor, pilar. Då förstod jag mer än med alla ord. Jag har kvar pappret hemma.", SS, PROC, 1, "praise"),
    M(IVR, "Kom ni överens?"),
    P(KRW, "Ja, till slut. Varannan vecka, byte på måndag vid skolan. Det var fjärde samtalet.", AV, DEC, 0, "neutral"),
    M(IVR, "Och avtalet, förstod du det?"),
    P(KRW, "Jag skrev under. Men jag förstod kanske hälften. Det stod vårdnad och boende och umgänge och paragraf. Jag frågade, kan jag få det på kurdiska? Hon sa nej, avtalet måste vara på svenska. Hon läste högt med tolken. Det hjälpte lite.", AV, DEC, -1, "pain"),
    M(IVR, "Sen kom beslutet från socialnämnden?"),
    P(KRW, "Ett brev. Jag trodde det var problem. Min son läste det för mig, han är nio och läser bättre än mig. Det var inte bra, att han läste. Det stod om hans mamma och mig.", AV, DEC, -1, "pain"),
    M(IVR, "Hur fungerar det nu?"),
    P(KRW, "Det fungerar bra mest. Barnen har två hem. Min dotter har eget rum hos mig nu, rosa. Jag målade själv.", EF, USE, 1, "praise"),
    P(KRW, "Men skolan skickar allt till mamman. Appen för skolan, jag är inte med där. Jag missade utvecklingssamtal. Jag ringde skolan och de sa att det står bara en adress.", EF, USE, -1, "pain"),
    M(IVR, "Har du haft kontakt med familjerätten efter avtalet?"),
    P(KRW, "Nej. Men jag vill. Min fru har ny man nu. Han är okej. Men i sommar hon vill resa till Kurdistan med barnen fem veckor. Det står inte i avtalet om resor. Vem bestämmer?", EF, FOLL, 0, "question"),
    M(IVR, "Det vet jag inte säkert, men det är en bra fråga att ta med till familjerätten. Vet du hur du kontaktar dem igen?"),
    P(KRW, "Telefontiden. Och då samma problem. Kan jag ringa med tolk från början? Det vet jag inte.", FK, APPLY, 0, "question"),
    M(IVR, "Vad skulle göra det lättare för föräldrar som inte har svenska som första språk?"),
    P(KRW, "Information på kurdiska, arabiska, somaliska på hemsidan. Kort. Vad är familjerätten, att det är inte socialen som tar barn. Det är viktigast. Folk är rädda. Och ett papper ord för ord. Umgänge betyder det här. Boende betyder det här. Med bild, som hon ritade.", HR, FIND, 0, "suggestion", para=True),
    M(IVR, "Något mer du vill säga?"),
    P(KRW, "Tack till kvinnan som ritade. Säg till henne. Hon heter Malin tror jag.", SS, PROC, 1, "praise"),
    M(IVR, "Jag ska säga det. Tack för att du ville vara med, Karwan."),
    B(KRW, "Tack. Det var bra att prata. Skriv rätt nu.", 1, "praise"),
]

# INT5: pappa, by phone from his car, tisdag 4 november 2025; recorded on Jonas's phone,
# typed up by Jonas and sent to Lina in an e-mail, which Lina saved from Outlook as text.
INT5 = [
    M(JON, "Hörs jag? Du sitter i bilen, sa du."),
    B(FRE, "Ja, jag står på en parkering utanför jobbet. Det är lugnt, kör."),
    M(JON, "Bra. Och det är okej att jag spelar in, som vi sa i mejlet?"),
    B(FRE, "Japp."),
    M(JON, "Berätta lite om dig och hur det började."),
    P(FRE, "Fredrik, fyrtio, jobbar som elektriker. Jag har en son, Oliver, han är åtta. Jag och hans mamma separerade när han var fyra, och det gick hyfsat i ett par år. Sen träffade jag Sofie, och när vi flyttade ihop ansökte hans mamma om ensam vårdnad. Över en natt, typ.", SB, NEED, 0, "neutral"),
    M(JON, "Hur fick du veta vad som skulle hända?"),
    P(FRE, "Det kom en stämningsansökan från tingsrätten. Jag satt i bilen, precis som nu, och läste den på mobilen. Sen ringde jag en advokat, för det var det enda jag kunde komma på. Det var advokaten som sa att familjerätten skulle göra en utredning. Jag visste inte ens att de fanns.", HR, FIND, -1, "pain"),
    M(JON, "Hade du hört talas om samarbetssamtal innan?"),
    P(FRE, "Nej. Eller jo, i en pappagrupp på Facebook, men där skriver folk mest att allt är riggat. Vilket jag inte tycker att det var, ska jag säga direkt.", HR, FIND, 0, "neutral"),
    M(JON, "Hur tog familjerätten kontakt med dig?"),
    P(FRE, "De ringde från dolt nummer. Jag svarade inte, för jag trodde att det var telefonförsäljare. Tre gånger. Sen kom ett brev om att de hade försökt nå mig.", FK, APPLY, -1, "pain"),
    M(JON, "Vad hände först?"),
    P(FRE, "Först fick familjerätten göra snabbupplysningar. De frågade lite grundläggande saker och kollade register, och sen skrev de ett kort yttrande till tingsrätten. Det tog tre veckor. Sen blev det muntlig förberedelse, och domaren bestämde att Oliver skulle bo kvar hos sin mamma tills vidare och att det skulle bli en utredning.", UT, PROC, 0, "neutral"),
    M(JON, "Hur var det att vänta på utredningen?"),
    P(FRE, "Den skulle vara klar efter fyra månader. Det blev fem och en halv. Vi fick ett brev om att de hade begärt förlängning, utan förklaring. Jag ringde, och då sa hon att de hade hög arbetsbelastning. Och man vill ju inte bli sur på den som ska utreda en.", UT, PROC, -1, "pain"),
    M(JON, "Nej, precis."),
    P(FRE, "Så man håller god min. I fem och en halv månad.", UT, PROC, -1, "pain"),
    M(JON, "Hur var hembesöket?"),
    P(FRE, "Nervöst. Två utredare kom hem till oss, till mig och Sofie. De tittade på Olivers rum och frågade Sofie hur hon ser på sin roll. Det var faktiskt bra att de frågade henne, för hela grejen handlade ju om henne egentligen. Hon fick säga sin sak.", UT, PROC, 1, "praise"),
    M(JON, "Och Oliver?"),
    P(FRE, "De träffade honom två gånger, en gång hos mamman och en gång på deras kontor. Jag fick skjutsa honom dit och vänta i väntrummet. Han kom ut med en teckning och sa att de hade spelat Uno. Det var allt han ville berätta.", BR, PROC, 0, "neutral"),
    M(JON, "Fick du veta vad han hade sagt?"),
    P(FRE, "När vi fick läsa utredningen. Det stod att han ville bo hos båda, och att han tyckte om Sofies hund. Ingen av oss hade koll på att hunden var så viktig. Men det stod också att han var orolig för att mamma skulle bli ledsen om han sa att han ville vara mer hos mig. Det sved.", BR, DEC, -1, "pain"),
    M(JON, "Hur var det att läsa utredningen?"),
    P(FRE, "Den var fyrtio sidor. Jag läste den tre gånger. Den var rättvis, tycker jag, de hade skrivit både det bra och det dåliga om oss båda. Och vi fick två veckor att lämna synpunkter innan den gick till tingsrätten. Jag rättade ett årtal. Det kändes ändå som att man var med.", UT, DEC, 1, "praise", para=True),
    M(JON, "Vad landade det i?"),
    P(FRE, "De föreslog gemensam vårdnad, boende hos mamman och umgänge med mig varannan helg från fredag till måndag och varje onsdag. Och så blev domen. Exakt så. Så utredningen var egentligen domen.", UT, DEC, 0, "neutral"),
    M(JON, "Hur tänker du om det nu?"),
    P(FRE, "Jag är nöjd med vårdnaden. Boendet hade jag velat ha varannan vecka. Men jag förstår resonemanget, att han ska ha en fast punkt. Han är åtta. Om två år kanske det är annorlunda.", EF, USE, 0, "neutral"),
    M(JON, "Hur fungerar vardagen med domen?"),
    P(FRE, "Helt okej. Onsdagarna är bäst, då är det bara vi. Det som är knepigt är att domen inte säger något om loven. Så varje sommarlov blir en förhandling över sms. Förra sommaren tog det sex veckor att bli överens om två.", EF, USE, -1, "pain"),
    M(JON, "Har ni varit tillbaka på familjerätten efter domen?"),
    P(FRE, "Nej. Jag har tänkt ringa och fråga om samarbetssamtal om loven. Men det känns som att gå tillbaka till start. Och vi har ju en dom, så vad ska de göra?", EF, FOLL, 0, "question"),
    M(JON, "Om du tänker på hela resan, vad var sämst?", pre_note="(Här bröts samtalet, jag ringde upp igen efter någon minut.)"),
    P(FRE, "Tystnaden. Mellan att man lämnar in något och att något händer. Man sitter och uppdaterar mejlen. Ingen säger att det är normalt att det tar tid och att vi återkommer vecka fyrtiotvå.", VA, PROC, -1, "pain"),
    M(JON, "Och bäst?"),
    P(FRE, "Utredaren som kom hem till oss. Hon sa, jag ser att du och Oliver har det bra ihop, det kommer jag att skriva. Hon behövde inte säga det. Men hon gjorde det.", BM, PROC, 1, "praise"),
    M(JON, "Något du skulle vilja ändra?"),
    P(FRE, "Att man får ett samtal med familjerätten innan allt drar igång, utan advokater. Jag tror att vi hade kunnat lösa hälften själva om någon hade satt oss i ett rum tidigt. Nu lade vi hundratusen på advokater. Rättsskyddet tog en del, resten tog vi.", SS, PROC, -1, "suggestion"),
    M(JON, "Tack, Fredrik. Något sista?"),
    P(FRE, "Nej. Jo, förresten. Skriv att Oliver tyckte att Uno på familjerätten var bra. Det var hans betyg.", BR, PROC, 1, "praise"),
    M(JON, "Det ska jag skriva. Tack."),
    B(FRE, "Tack själv, hej."),
]

# INT6: mamma, at kommunhuset, fredag 7 november 2025. Typed by Lina in her own Excel
# sheet, with a column of real names that she hides while she works.
INT6 = [
    M(LH, "Okej, nu spelar den in. Tack för att du tog dig hit, Sanna."),
    B(SAN, "Inga problem. Jag har en timme innan jag ska hämta."),
    M(LH, "Kan du berätta lite om dig och din familj?"),
    P(SAN, "Ja, jag är trettiofem och jobbar som tandsköterska. Jag har en son, Leo, han är sju. Jag och hans pappa separerade när Leo var tre. Det var mycket alkohol i bilden, hans alltså. Han är nykter nu, sedan två år. Det ska sägas.", SB, NEED, 0, "neutral"),
    M(LH, "Vad fick dig att söka hjälp?"),
    P(SAN, "Han ville ha Leo varannan helg, vilket han har rätt till, det vet jag. Men jag kunde inte lämna min treåring hos någon som jag inte visste om han skulle vara full eller inte. Och jag kunde inte säga nej heller, för då var det jag som hindrade umgänget. Det var en omöjlig sits.", SB, NEED, -1, "pain"),
    M(LH, "Hur hittade du rätt?"),
    P(SAN, "Jag läste på hemsidan. Där stod det om samarbetssamtal, att föräldrar kan få hjälp att komma överens. Men ingenting om vad man gör om man inte är trygg med den andra. Jag trodde inte att det var för mig. Så jag ringde telefontiden för att fråga, typ, är det här ens något för oss?", HR, FIND, -1, "pain"),
    M(LH, "Vad sa de?"),
    P(SAN, "Hon jag pratade med frågade rakt ut om det fanns missbruk eller våld. Och när jag sa alkohol så sa hon, då gör vi på ett annat sätt. Jag började gråta i telefonen. För det var första gången någon inte tyckte att jag överdrev.", BM, APPLY, 1, "praise", quote=True),
    M(LH, "Hur gick ansökan till sen?"),
    P(SAN, "Jag fyllde i e-tjänsten samma kväll. Det fanns en ruta om man var orolig för barnets säkerhet, och där skrev jag en hel roman. Sen fick jag en tid inom två veckor. Så det gick snabbt, för att det var prioriterat, antar jag.", FK, APPLY, 1, "praise"),
    M(LH, "Hur var samtalen?"),
    P(SAN, "Vi hade samtal var för sig först, två gånger var. Sen satt vi tillsammans en gång, och då hade han med sig ett intyg från beroendemottagningen om sina prover. Det var första gången jag trodde på honom. Samtalsledaren sa inte vem som hade rätt. Hon sa, nu har vi ett papper, vad betyder det för Leo?", SS, PROC, 1, "praise", quote=True),
    M(LH, "Ni kom överens om umgänge med stöd?"),
    P(SAN, "Ja. Att Leo skulle träffa sin pappa varannan lördag på Familjens hus, tre timmar, med en umgängesstödjare. Och att det skulle ses över efter ett halvår. Det skrevs ett avtal, och det godkändes av socialnämnden. Jag fick det i brevlådan en tisdag, jag minns det.", AV, DEC, 0, "neutral"),
    M(LH, "Hur var det att läsa beslutet?"),
    P(SAN, "Jag förstod det. Det var en sida. Men det stod umgängesstöd enligt sjätte kapitlet femton c paragrafen föräldrabalken, och jag fick fråga min syster, som är jurist, vad skillnaden var mellan stöd och övervakat. Det visste jag inte.", AV, DEC, -1, "pain", note="suckar",
      comment="Fråga Malin: hur förklarar de skillnaden mellan umgängesstöd och övervakat umgänge?"),
    M(LH, "Hur har umgängesstödet fungerat?"),
    P(SAN, "Till största delen bra. De första månaderna satt jag i bilen på parkeringen alla tre timmarna. Jag kunde inte åka därifrån. Umgängesstödjaren kom ut efteråt och sa, det har gått bra, de har byggt en koja. Det var som att andas ut.", US, USE, 1, "praise", quote=True),
    M(LH, "Till största delen?"),
    P(SAN, "Det byttes umgängesstödjare fyra gånger på ett år. Och varje gång fick Leo lära känna en ny tant, som han sa. Två gånger blev det inställt samma morgon för att hon var sjuk. Då var det jag som fick berätta det för Leo. Och hans pappa trodde att jag hade ställt in.", US, USE, -1, "pain", comment="Jfr FG1 (Linnea) och INT1 (Malin): ingen ersättare vid sjukdom."),
    M(LH, "Fick du veta hur umgängena gick?"),
    P(SAN, "Ja, de skrev korta anteckningar som vi båda fick läsa. Leo var glad. Pappa kom i tid. Ibland stod det, pappa doftade inte alkohol. Det var skönt att läsa men också konstigt att någon skrev det.", US, USE, 0, "neutral"),
    M(LH, "Vad hände efter halvåret?"),
    P(SAN, "Då skulle det ses över. Och det dröjde. Jag fick ringa och påminna. Till slut hade vi ett nytt samtal efter nio månader i stället för sex, och då bestämde vi att trappa ner. Först stöd bara vid överlämningen, och sen inget stöd alls.", EF, FOLL, -1, "pain"),
    M(LH, "Hur kändes det att släppa stödet?"),
    P(SAN, "Läskigt. Jag hade vant mig vid att någon annan hade koll. Första helgen han hade Leo själv hemma hos sig sov jag inte. Men det gick bra. Och det har gått bra sedan dess.", EF, USE, 0, "neutral", note="skrattar lite"),
    M(LH, "Hur ser det ut nu?"),
    P(SAN, "Nu har jag fått jobb i Norrmo, och vi ska flytta i januari. Då blir det ett nytt avtal, för Leo byter skola. Jag ringde familjerätten och de sa att det är fem veckors kö. Det är okej. Men jag får börja om och berätta allt från början för någon ny. Igen.", EF, FOLL, -1, "pain"),
    M(LH, "Har hans pappa träffat någon ny?"),
    P(SAN, "Ja, han har en sambo sedan i våras. Hon är trevlig. Leo gillar henne. Men det står inget i avtalet om att hon får hämta, så första gången hon stod vid skolan ringde fröken mig. Det blev en liten kris för ingenting.", EF, FOLL, -1, "pain"),
    M(LH, "Har du känt dig trodd genom det här?"),
    P(SAN, "Av familjerätten, ja. Av andra, inte alltid. En kompis sa att jag använde umgängesstödet för att straffa honom. Och i en Facebookgrupp skrev någon att mammor som jag är problemet. Det var inte familjerätten. Men det satt i mig när jag gick på samtalen.", BM, PROC, 0, "neutral"),
    M(LH, "Om du fick ändra något i hur familjerätten jobbar?"),
    P(SAN, "Att hemsidan säger att man kan söka även om det finns missbruk. Att det inte bara är för föräldrar som bråkar om julafton. Jag höll på att inte ringa.", HR, FIND, 0, "suggestion", quote=True),
    P(SAN, "Och att uppföljningen sker av sig själv. Det står ju ses över efter sex månader i avtalet. Då borde någon ringa mig, inte tvärtom.", EF, FOLL, -1, "suggestion"),
    M(LH, "Och umgängesstödet?"),
    P(SAN, "Samma person hela vägen, om det går. Och en reserv som Leo har träffat.", US, USE, 0, "suggestion"),
    M(LH, "Något mer?"),
    P(SAN, "Bara att det funkade. Det låter kanske inte så när jag klagar. Men Leo har en pappa i dag. Det hade han inte haft utan dem.", US, USE, 1, "praise", quote=True),
    M(LH, "Tack, Sanna."),
    B(SAN, "Tack själv. Nu måste jag springa."),
]

# ---------------------------------------------------------------------------
# Codebook: id, label, description (with where borderline turns go), examples
# (exact excerpts of participant turns of that theme only; checked in main()).
# ---------------------------------------------------------------------------
CODEBOOK = [
    (SB, "Separationen och behovet av hjälp",
     "Vad som hände före kontakten med familjerätten: separationen, bråk om överlämningar, helger och högtider, en flytt som aviseras med ett sms, en ansökan om ensam vårdnad, våld eller missbruk som gör att föräldrarna inte kan mötas, en förälder som slutar svara, vad barnen märker; vem personen är och vilka barnen är. Presentationer hör hit, utom i fokusgrupp 2 där rundan handlar om nuet. Var man fick veta att familjerätten finns hör till hitta_ratt.",
     ["Man tror att barnen sover. Vi sover inte.", "Det var en omöjlig sits.",
      "Han ghostade mig i tre veckor"]),
    (HR, "Hitta rätt: information och vägen in",
     "Hur man fick veta att familjerätten finns och vad den gör: kommunens webbplats, Google, Facebookgrupper, BVC, förskolan, advokaten, tingsrätten, chefen på jobbet, en broschyr från en förening; rädslan att familjerätten är socialtjänsten som utreder eller tar barn; vad man har rätt till (också som farförälder); information på andra språk och för den som redan har ett avtal eller lever med missbruk. Själva ansökan och telefontiden hör till forsta_kontakt.",
     ["Via en faktura på fyrtio tusen.", "Hon letade på datorn med mig i fikarummet.",
      "Han sa gå inte till socialen, de tar barnen."]),
    (FK, "Första kontakten: e-tjänsten, telefontiden och tingsrätten",
     "Att ta kontakt eller bli kontaktad: e-tjänsten med BankID och att den andra föräldern måste anmäla sig separat, telefontiden tisdagar och torsdagar, kön i telefon, ett dolt nummer, uppdrag och brev som kommer via tingsrätten, frågan om tolk redan vid första kontakten, en e-tjänst som bara frågar efter barnets personnummer. Väntan efter ansökan hör till vantan.",
     ["Så jag fick sms:a honom en länk och hoppas.",
      "Så man måste förstå svenska för att läsa att man kan få tolk.",
      "Torsdagar, tänkte jag. Där har man det."]),
    (VA, "Väntan på tid och besked",
     "Tiden mellan ansökan och första samtalet: veckor i kö, automatiska mejl och tystnad, att inte veta var i kön man står, prioritering vid våld, återbudstider, konflikter som växer under väntan, önskemål om en synlig kö. Väntan på en utredning eller en försenad rapport hör till utredning, väntan på godkännande av ett avtal till avtal.",
     ["Elva veckor med söndagar.", "Vecka tio av tolv, som paketspårning.",
      "Man står där helt själv i tre månader."]),
    (SS, "Samarbetssamtalen",
     "Själva samtalen: två samtalsledare, whiteboard och ritade veckor, fokus på barnets behov, samtal var för sig vid våld eller rädsla, Teams eller på plats, tolk i rummet, hur många gånger, samtal som avslutas utan överenskommelse eller inte kan börja för att den andra inte kommer, vem som får vara med (sambor, farföräldrar), samtal tidigt i stället för advokater. Barnsamtalen hör till barnets_rost, det skrivna avtalet till avtal.",
     ["vad behöver Wilma?", "då satt jag och tittade på dörren hela tiden",
      "Två hus, barnens veckor, pilar."]),
    (AV, "Avtal och godkännande",
     "Avtalet om vårdnad, boende och umgänge: utkastet i rummet, vad som står i det (byten vid skolan, farmor som hämtar, umgänge med stöd), socialnämndens godkännande och hur lång tid det tar, att avtalet gäller som en dom, beslutsbrevets paragrafer, avtal på svenska för den som inte läser svenska, önskemål om enklare förklaringar. Ett avtal som inte längre passar, nya partner och flyttar hör till efterat.",
     ["Jag fick googla om det betydde ja.",
      "Så avtalet blev godkänt efter att det redan gällde i praktiken.",
      "Jag står i ett avtal."]),
    (FA, "Faderskap och föräldraskap",
     "Bekräftelse av faderskap och föräldraskap för ogifta: på plats eller digitalt med BankID, felaktiga kryss, en mamma som är gift med någon annan, en pappa som inte svarar eller inte kommer till DNA-provet, socialnämndens talan i tingsrätten, underhållsstöd som väntar på faderskapet, brev från tingsrätten.",
     ["Socialnämnden stämmer honom för min sons räkning.", "Så då blev han pappa automatiskt.",
      "Det tog tio minuter."]),
    (UT, "Utredningen: utredare, hembesök och rapporten",
     "Snabbupplysningar och vårdnads-, boende- och umgängesutredningar på tingsrättens uppdrag: utredarna, hembesöken och garderoben, samtal med referenspersoner, förseningar och förlängningar, att läsa och kommunicera utredningen, förslaget som blir domen. Vad barnet sa och hur det skrevs hör till barnets_rost.",
     ["Hon öppnade garderoben.", "Vi tittar inte efter damm.",
      "Tio minuter om fyra år av torsdagar.", "Med markeringspenna. Gul."]),
    (BR, "Barnets röst",
     "Hur barnen kommer till tals: barnsamtal i samarbetssamtal och utredning, samtycke från båda vårdnadshavarna, var samtalet hålls (kuratorns rum, kontoret), frågor som är förklädda, att läsa sitt barn eller sig själv inom citattecken, att ingen förklarar beslutet för barnet efteråt, små barn som ritar, vad barnets bästa betyder.",
     ["Jag sa att det var tandläkaren.", "Det var jobbigt att läsa sin dotter inom citattecken.",
      "Så han har åsikter men ingen att säga dem till."]),
    (US, "Umgängesstöd och överlämningar",
     "Umgänge med stöd och överlämningar: umgängesstödjaren i lägenheten på Familjens hus, anteckningar efter varje umgänge, att byta stödjare, inställda lördagar, stöd som känns förnedrande eller är det enda som gör umgänget möjligt, farmor som överlämningsplats. Nedtrappning och uppföljning av stödet hör till efterat.",
     ["Bara att Eva ska få löneförhöjning.", "de har byggt en koja",
      "en farmor med kakburk"]),
    (EF, "Att leva med det och vad som händer sen",
     "Livet med avtalet eller domen och det som följer: vardagen och loven, barn som växer och röstar med fötterna, nya partner och bonusbarn, flytt till en annan stad och resor, skolans information till bara en förälder, uppföljning som aldrig kommer, att börja om i kön, vite och vad man gör när barnet inte vill. I fokusgrupp 2 tar presentationerna detta tema när de handlar om nuet.",
     ["Jag kan ju inte bära honom till bilen.", "Som en service på bilen.",
      "Det står inte i avtalet om resor."]),
    (BM, "Bemötande, neutralitet och språk",
     "Hur familjerättens personal möter föräldrar, barn och närstående: att bli trodd, att känna sig i underläge som pappa eller mamma, neutralitet som känns som försiktighet, tolkar (en tolk man känner, tolk på video), svenska som andraspråk och juridiska ord, personalens egen bild av arbetet och arbetsbelastningen, ett samtal för mor- och farföräldrar och nya sambor.",
     ["Men snällt och hjälpsamt är inte alltid samma sak.",
      "det här är inte ditt fel, Johanna", "Allt utom adoptioner, ungefär."]),
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
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses; a
    turn after a noted break (pre_note) starts a minute and a half later."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        if it.get("pre_note"):
            t += 90.0
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


def ts_frames(s: float, fps: int = 30) -> str:
    """InqScribe's timecode HH:MM:SS.FF (frames at 30 fps)."""
    f = int(round(s * fps))
    h, f = divmod(f, 3600 * fps)
    m, f = divmod(f, 60 * fps)
    sec, f = divmod(f, fps)
    return f"{h:02d}:{m:02d}:{sec:02d}.{f:02d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÉ0-9\"'\[(”])")


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
    """A turn in two paragraphs: cut at the sentence end nearest the middle."""
    sents = sentences(text)
    assert len(sents) >= 2, text
    total = len(norm(text).split())
    best = min(range(1, len(sents)),
               key=lambda k: abs(len(" ".join(sents[:k]).split()) - total / 2))
    return [" ".join(sents[:best]), " ".join(sents[best:])]


def paragraphs(it) -> list[str]:
    return halves(norm(it["text"])) if it.get("para") else [norm(it["text"])]


def piece_times(a, b, pieces, gap=0.3):
    total = sum(len(p.split()) for p in pieces)
    span = (b - a) - gap * (len(pieces) - 1)
    t, out = a, []
    for p in pieces:
        d = span * len(p.split()) / total
        out.append((t, t + d))
        t += d + gap
    return out


def repackage(raw: bytes, when: _dt.datetime, app: str, patch=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; no
    thumbnail; docProps/app.xml names the Office application. `patch` may rewrite
    parts (name -> function(bytes) -> bytes)."""
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
    for name, fn in (patch or {}).items():
        parts[name] = fn(parts[name])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _core(doc_or_wb, author):
    cp = doc_or_wb.core_properties if hasattr(doc_or_wb, "core_properties") else doc_or_wb.properties
    if hasattr(cp, "author"):
        cp.author = cp.last_modified_by = author
        cp.title = cp.subject = cp.comments = cp.keywords = cp.category = ""
        cp.revision = 3
    else:
        cp.creator = cp.lastModifiedBy = author
        cp.title = cp.subject = cp.description = cp.keywords = cp.category = None


def _shared_strings():
    """Turn openpyxl's inline strings into a shared-string table, as Excel saves."""
    table: list[str] = []
    index: dict[str, int] = {}
    refs = [0]

    def fix_sheet(data: bytes) -> bytes:
        def repl(m):
            t = m.group(2)
            refs[0] += 1
            if t not in index:
                index[t] = len(table)
                table.append(t)
            return f'<c {m.group(1)} t="s"><v>{index[t]}</v></c>'
        return re.sub(r'<c ([^>]*?) t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>',
                      repl, data.decode("utf-8"), flags=re.S).encode("utf-8")

    def sst() -> bytes:
        body = "".join(f"<si>{t}</si>" for t in table)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{refs[0]}" uniqueCount="{len(table)}">{body}</sst>').encode("utf-8")
    return fix_sheet, sst


def excel_package(raw: bytes, when: _dt.datetime, sheets: list[str]) -> bytes:
    """Re-zip an openpyxl workbook the way Excel saves it: shared strings instead of
    inline strings, Excel and its AppVersion named in docProps/app.xml."""
    fix_sheet, sst = _shared_strings()

    def fix_app(data: bytes) -> bytes:
        return re.sub(rb"<AppVersion>[^<]*</AppVersion>", b"<AppVersion>16.0300</AppVersion>", data)

    patch = {f"xl/worksheets/{n}": fix_sheet for n in sheets}
    patch["docProps/app.xml"] = fix_app
    step1 = repackage(raw, when, "Microsoft Excel", patch)
    z = zipfile.ZipFile(io.BytesIO(step1))
    parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts["xl/sharedStrings.xml"] = sst()
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
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
MAXQDA_HEADERS = ["Color", "Document group", "Document name", "Code", "Begin", "End",
                  "Weight score", "Segment", "Comment", "Modified by", "Modified",
                  "Created by", "Created", "Area", "Coverage %"]


def write_maxqda_xlsx(session) -> bytes | None:
    """MAXQDA's Overview of Coded Segments exported to Excel (English interface), the
    speaker codes Talare\\<name> activated, one row per coded segment: the colour of the
    code as a filled cell, Begin/End as paragraph numbers of the document, the segment's
    text (two paragraphs joined by a line break), the coder's comment, Area in characters
    and Coverage in per cent of the document. Sorted on Begin and saved again in Excel."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws.append(MAXQDA_HEADERS)
    for c in ws[1]:
        c.font = Font(bold=True)
    para = session["first_para"]
    segs = []
    for it in session["items"]:
        ps = paragraphs(it)
        segs.append((it, para, para + len(ps) - 1, "\n".join(ps)))
        para += len(ps)
    doc_chars = session["header_chars"] + sum(len(x[3]) + 1 for x in segs)
    rnd = random.Random(session["seed"] + 7)
    t = session["coded_at"]
    colours = session["colours"]
    for it, b, e, seg in segs:
        t += _dt.timedelta(seconds=rnd.randint(6, 48))
        ws.append([None, session["group"], session["docname"], "Talare\\" + it["speaker"], b, e,
                   0, seg, it.get("note"), session["coder"], t, session["coder"], t,
                   len(seg), round(100 * len(seg) / doc_chars, 2)])
        r = ws.max_row
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=colours[it["speaker"]])
        ws.cell(row=r, column=8).alignment = Alignment(wrap_text=True, vertical="top")
        for c in (11, 13):
            ws.cell(row=r, column=c).number_format = "yyyy-mm-dd hh:mm"
    ws.auto_filter.ref = f"A1:O{ws.max_row}"
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHIJKLMNO", (7, 14, 30, 18, 7, 7, 7, 90, 24, 11, 16, 11, 16, 7, 11)):
        ws.column_dimensions[col].width = width
    _core(wb, session["author"])
    raw = io.BytesIO()
    wb.save(raw)
    return excel_package(raw.getvalue(), session["epoch"], ["sheet1.xml"])


def write_inqscribe_txt(session) -> bytes:
    """InqScribe, File > Export > Tab-delimited Text: no header, one record per line,
    start and end timecode (HH:MM:SS.FF, 30 fps), speaker, text; the typist set a
    timecode at each change of speaker and about every half minute inside long turns, so
    a long turn is two or three records and only its first names the speaker; a line
    break typed inside a record is a vertical tab (ASCII 11); a break in the recording is
    a bracketed record without speaker. UTF-8 without BOM, CRLF."""
    recs = []   # (start, end, speaker, text)
    n_part = 0
    for it, (a, b) in zip(session["items"], timings(session)):
        if it.get("pre_note"):
            recs.append([a - 88.0, None, "", it["pre_note"]])
        text = norm(it["text"])
        words = len(text.split())
        pieces = chunks(text, session["piece_words"]) if words > session["split_words"] else [text]
        if not it["mod"]:
            n_part += 1
        vt = (not it["mod"]) and n_part % session["vt_every"] == 0
        for k, (p, (pa, pb)) in enumerate(zip(pieces, piece_times(a, b, pieces, gap=0.4))):
            if vt and k == 0 and len(sentences(p)) >= 2:
                ss = sentences(p)
                p = ss[0] + "\x0b" + " ".join(ss[1:])
            recs.append([pa, pb, it["speaker"] if k == 0 else "", p])
    for i in range(len(recs) - 1):
        recs[i][1] = recs[i + 1][0] - 1 / 30
    lines = [f"{ts_frames(a)}\t{ts_frames(b)}\t{spk}\t{text}" for a, b, spk, text in recs]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def write_word_table4_docx(session) -> bytes | None:
    """The interviewer's Word table Tid | Talare | Yttrande | Citat (eng. övers.): one
    row per turn, the header row repeated on each page, a two-paragraph answer in one
    cell, and a fourth column where a colleague typed English translations of the
    quotes she wants for an article (only some rows)."""
    try:
        import docx
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(session["title"], level=1)
    for line in session["front"]:
        d.add_paragraph(line)
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    widths = (Cm(1.9), Cm(1.4), Cm(8.6), Cm(5.6))
    for cell, head, w in zip(tab.rows[0].cells, session["columns"], widths):
        cell.text = ""
        run = cell.paragraphs[0].add_run(head)
        run.bold = True
        cell.width = w
    _repeat_header(tab.rows[0])
    for it, (a, _) in zip(session["items"], timings(session)):
        cells = tab.add_row().cells
        cells[0].text = ts_hms(a)
        cells[1].text = it["speaker"]
        ps = paragraphs(it)
        cells[2].text = ps[0]
        for extra in ps[1:]:
            cells[2].add_paragraph(extra)
        if it.get("en"):
            cells[3].text = ""
            cells[3].paragraphs[0].add_run(it["en"]).italic = True
        for cell, w in zip(cells, widths):
            cell.width = w
    d.add_paragraph(session["closing"])
    _core(d, session["author"])
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), session["epoch"], "Microsoft Office Word")


ELAN_LABEL = 14
ELAN_WRAP = 62


def write_elan_txt(session) -> bytes:
    """ELAN, File > Export As > Traditional Transcript (from memory): one block per
    annotation, the time interval on the first line, the tier name padded to a label
    column and the annotation wrapped below it, silences of 1.5 s or more as a bracketed
    duration on a line of their own, an empty line between blocks. Long turns are two or
    three annotations of one tier (the annotator cut at breaths). UTF-8, LF."""
    blocks = []
    prev_end = None
    for it, (a, b) in zip(session["items"], timings(session)):
        text = norm(it["text"])
        pieces = chunks(text, session["piece_words"]) if len(text.split()) > session["split_words"] else [text]
        for p, (pa, pb) in zip(pieces, piece_times(a, b, pieces, gap=0.9)):
            if prev_end is not None and pa - prev_end >= 1.5:
                blocks.append(" " * ELAN_LABEL + f"({pa - prev_end:.1f})")
            lines = textwrap.wrap(p, ELAN_WRAP, break_long_words=False, break_on_hyphens=False)
            body = [f"{it['speaker']:<{ELAN_LABEL}}{lines[0]}"]
            body += [" " * ELAN_LABEL + ln for ln in lines[1:]]
            blocks.append(f"{ts_ms(pa)} - {ts_ms(pb)}\n" + "\n".join(body))
            prev_end = pb
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def write_pandoc_md(session) -> bytes:
    """A Word transcript (heading, metadata with line breaks, a table Tid | Talare |
    Yttrande with a header row, some answers in two paragraphs, a pause row merged across
    the table) converted with `pandoc -t gfm`: cells with two paragraphs cannot be a
    pipe table, so pandoc writes the whole table as raw HTML (colgroup, thead, a <p> in
    every cell, colspan for the merged row); the paragraphs around it are Markdown
    wrapped at 72 columns, hard line breaks as a backslash. UTF-8, LF."""
    out = [f"# {session['title']}", ""]
    meta = session["meta"]
    for i, line in enumerate(meta):
        out.append(line + ("\\" if i < len(meta) - 1 else ""))
    out.append("")
    out += textwrap.wrap(session["note"], 72, break_long_words=False, break_on_hyphens=False)
    out += ["", "<table>", "<colgroup>"]
    out += [f'<col style="width: {w}%" />' for w in session["widths"]]
    out += ["</colgroup>", "<thead>", "<tr>"]
    out += [f"<th><p>{h}</p></th>" for h in session["columns"]]
    out += ["</tr>", "</thead>", "<tbody>"]
    for it, (a, _) in zip(session["items"], timings(session)):
        if it.get("pre_note"):
            out += ["<tr>", f'<td colspan="3"><p>{html.escape(it["pre_note"], quote=False)}</p></td>', "</tr>"]
        ps = [f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs(it)]
        out += ["<tr>", f"<td><p>{ts_hms(a)}</p></td>", f"<td><p>{it['speaker']}</p></td>",
                "<td>" + "\n".join(ps) + "</td>", "</tr>"]
    out += ["</tbody>", "</table>", "", session["closing"]]
    return ("\n".join(out) + "\n").encode("utf-8")


LISTS_HEADERS = ["Nr", "Talare", "Yttrande", "Tid", "Tema (prel.)", "Objekttyp", "Sökväg"]
LIST_TAGS = {SB: "Bakgrund", HR: "Info", FK: "Kontakt", VA: "Väntan", SS: "Samtal", AV: "Avtal",
             BM: "Tolk/språk", EF: "Efteråt", FA: "Faderskap", UT: "Utredning", BR: "Barnen",
             US: "Umgängesstöd"}


def write_lists_csv(session) -> bytes:
    """Notes typed live into a Microsoft List (SharePoint) and exported with Export >
    Export to CSV: BOM, comma, CRLF, the title column renamed Nr (a running number), the
    speaker as a choice column Talare, the words in a multi-line column Yttrande (two
    lines in some), a clock time typed now and then (Swedish 10.42), a preliminary tag
    now and then, and SharePoint's Objekttyp and Sökväg columns at the end; a note row
    without speaker when the phone rang."""
    rows = [LISTS_HEADERS]
    nr = 0
    n_part = 0
    clock0 = session["clock0"]
    for it, (a, _) in zip(session["items"], timings(session)):
        if it.get("pre_note"):
            nr += 1
            t = (clock0 + _dt.timedelta(seconds=a - 60)).strftime("%H.%M")
            rows.append([str(nr), "", it["pre_note"], t, "", "Objekt", session["path"]])
        nr += 1
        if not it["mod"]:
            n_part += 1
        t = (clock0 + _dt.timedelta(seconds=a)).strftime("%H.%M") if nr % 5 == 1 else ""
        tag = LIST_TAGS.get(it.get("theme", ""), "") if (not it["mod"] and n_part % 4 == 2) else ""
        rows.append([str(nr), it["speaker"], "\n".join(paragraphs(it)), t, tag, "Objekt",
                     session["path"]])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write_outlook_txt(session) -> bytes:
    """An e-mail saved from Outlook with File > Save As > Text Only: the header lines
    (Från / Skickat / Till / Ämne, a tab after each), a greeting and a note on who J and
    F are, the interview typed as paragraphs `J: ` / `F: `, one answer going on in a
    paragraph without a label, a note in brackets where the call dropped, the sign-off
    and signature, then Outlook's line of underscores and the earlier message it
    replied to. Windows-1252, CRLF."""
    out = list(session["header"]) + [""] + list(session["intro"]) + [""]
    for it in session["items"]:
        if it.get("pre_note"):
            out += [it["pre_note"], ""]
        ps = paragraphs(it)
        out += [f"{it['speaker']}: {ps[0]}", ""]
        for extra in ps[1:]:
            out += [extra, ""]
    out += list(session["outro"])
    return ("\r\n".join(out) + "\r\n").encode("cp1252")


XL_HEADERS = ["Rad", "Tid", "Talare", "Namn (DÖLJ \u2013 ta bort före delning!)", "Yttrande",
              "Citat?", "Anteckning"]


def write_hidden_names_xlsx(session) -> bytes | None:
    """The interviewer's own Excel sheet: Rad | Tid | Talare | Namn (DÖLJ …) | Yttrande |
    Citat? | Anteckning, one row per turn, the speaker picked from a drop-down list (data
    validation), a column of real names hidden while she works, x for quotable rows,
    notes, two cell comments (Excel notes); a sheet Info after the transcript."""
    try:
        import openpyxl
        from openpyxl.comments import Comment
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws.append(XL_HEADERS)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, (it, (a, _)) in enumerate(zip(session["items"], timings(session)), start=1):
        s = int(a)
        ws.append([i, _dt.time(s // 3600, s % 3600 // 60, s % 60), it["speaker"],
                   session["real_names"][it["speaker"]], "\n".join(paragraphs(it)),
                   "x" if it.get("quote") else None, it.get("note")])
        r = ws.max_row
        ws.cell(row=r, column=2).number_format = "h:mm:ss"
        ws.cell(row=r, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        if it.get("comment"):
            cm = Comment(it["comment"], session["author"])
            cm.width, cm.height = 240, 90
            ws.cell(row=r, column=5).comment = cm
    dv = DataValidation(type="list", formula1=session["choices"], allow_blank=True)
    dv.add(f"C2:C{ws.max_row + 40}")
    ws.add_data_validation(dv)
    ws.column_dimensions["D"].hidden = True
    for col, width in zip("ABCDEFG", (5, 8, 9, 22, 92, 7, 18)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Info")
    for k, v in session["info"]:
        info.append([k, v])
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 70
    wb.active = 0
    _core(wb, session["author"])
    raw = io.BytesIO()
    wb.save(raw)
    return excel_package(raw.getvalue(), session["epoch"], ["sheet1.xml", "sheet2.xml"])


WRITERS = dict(maxqda=write_maxqda_xlsx, inqscribe=write_inqscribe_txt,
               table4=write_word_table4_docx, elan=write_elan_txt, pandoc=write_pandoc_md,
               lists=write_lists_csv, outlook=write_outlook_txt, hidden=write_hidden_names_xlsx)
NEEDS = dict(maxqda="openpyxl", table4="docx", hidden="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers, one per layout: they return [(speaker, text)] per turn
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


def _bracketed(text: str) -> bool:
    t = text.strip()
    return (t.startswith("[") and t.endswith("]")) or (t.startswith("(") and t.endswith(")"))


def parse_maxqda(data: bytes, sheet: str):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb[sheet]
    assert [c.value for c in ws[1]] == MAXQDA_HEADERS
    pairs = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        pairs.append((row[3].split("\\")[-1], row[7]))
    return [(s, norm(t)) for s, t in pairs]


def parse_inqscribe(data: bytes):
    lines = data.decode("utf-8").split("\r\n")
    assert lines[-1] == ""
    out = []
    for line in lines[:-1]:
        f = line.split("\t")
        assert len(f) == 4, line
        spk, text = f[2], f[3].replace("\x0b", " ")
        if not spk:
            if _bracketed(text):
                continue
            out[-1] = (out[-1][0], out[-1][1] + " " + text)
            continue
        out.append((spk, text))
    return _merge(out)


def parse_table4(data: bytes):
    import docx
    d = docx.Document(io.BytesIO(data))
    rows = d.tables[0].rows
    assert [c.text for c in rows[0].cells] == ["Tid", "Talare", "Yttrande", "Citat (eng. övers.)"]
    return [(r.cells[1].text, norm(" ".join(p.text for p in r.cells[2].paragraphs))) for r in rows[1:]]


def parse_elan(data: bytes):
    out = []
    for block in data.decode("utf-8").rstrip("\n").split("\n\n"):
        lines = block.split("\n")
        if len(lines) == 1:
            assert re.fullmatch(r" +\(\d+\.\d\)", lines[0]), lines
            continue
        assert re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3} - \d\d:\d\d:\d\d\.\d{3}", lines[0]), lines[0]
        spk = lines[1][:ELAN_LABEL].strip()
        text = " ".join(ln[ELAN_LABEL:] for ln in lines[1:])
        assert all(ln.startswith(" " * ELAN_LABEL) for ln in lines[2:])
        out.append((spk, text))
    return _merge(out)


def parse_pandoc(data: bytes):
    text = data.decode("utf-8")
    body = text.split("<tbody>")[1].split("</tbody>")[0]
    out = []
    for row in re.findall(r"<tr>\n(.*?)\n</tr>", body, flags=re.S):
        if "colspan" in row:
            continue
        cells = re.findall(r"<td>(.*?)</td>", row, flags=re.S)
        assert len(cells) == 3, row
        spk = html.unescape(re.sub(r"</?p>", "", cells[1]))
        words = html.unescape(re.sub(r"</?p>", " ", cells[2]))
        out.append((spk, norm(words)))
    return out


def parse_lists(data: bytes):
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == LISTS_HEADERS
    out = []
    for r in rows[1:]:
        spk, text = r[1], r[2]
        if not spk:
            assert _bracketed(text)
            continue
        out.append((spk, norm(text)))
    return out


def parse_outlook(data: bytes):
    lines = data.decode("cp1252").split("\r\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith(("J: ", "F: ")))
    end = lines.index("Säg till om något är oklart!")
    paras = [p for p in "\n".join(lines[start:end]).split("\n\n") if p.strip()]
    out = []
    for p in paras:
        m = re.match(r"^([JF]): (.*)$", p, flags=re.S)
        if m:
            out.append((m.group(1), m.group(2)))
        elif _bracketed(p):
            continue
        else:
            out[-1] = (out[-1][0], out[-1][1] + " " + p)
    return [(s, norm(t)) for s, t in out]


def parse_hidden(data: bytes, sheet: str):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == [sheet, "Info"]
    ws = wb[sheet]
    assert [c.value for c in ws[1]] == XL_HEADERS
    assert ws.column_dimensions["D"].hidden
    return [(row[2], norm(row[4])) for row in ws.iter_rows(min_row=2, values_only=True)]


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
FG1_HEADER = ["Fokusgrupp 1 \u2013 Familjerätten, föräldrar",
              "Familjens hus Tallbacken, tisdag 14 oktober 2025",
              "SL = samtalsledare (Lina Hedström), BS = bisittare (Karin Öberg)",
              "Deltagare: Jessica, Mikael, Sara, Patrik, Linnea, Tomas (fingerade namn)", ""]

SESSIONS = [
    dict(file="fokusgrupp-1.xlsx", fmt="maxqda", seed=1301, start=3.0, rate=2.5,
         pause=(0.5, 2.4), items=interleave(FG1, SL, ["Mm.", "Ja.", "Okej."]),
         sheet="Coded Segments", first_para=len(FG1_HEADER) + 1,
         header_chars=sum(len(x) + 1 for x in FG1_HEADER),
         group="Fokusgrupper", docname="FG1 Familjens hus 2025-10-14", coder="KÖ",
         coded_at=_dt.datetime(2025, 10, 21, 9, 12, 0),
         colours={SL: "7F7F7F", BS: "BFBFBF", JES: "F4B183", MIK: "9DC3E6", SAR: "C5E0B4",
                  PAT: "FFD966", LIN: "D9A1D6", TOM: "8FAADC"},
         author="Karin Öberg", epoch=_dt.datetime(2025, 10, 22, 13, 40, 0)),
    dict(file="fokusgrupp-2.txt", fmt="inqscribe", seed=1302, start=6.0, rate=2.6,
         pause=(0.4, 2.0), items=interleave(FG2, KAR, ["Mm.", "Ja.", "Okej."]),
         piece_words=40, split_words=55, vt_every=6),
    dict(file="intervju-1.docx", fmt="table4", seed=1303, start=2.0, rate=2.4,
         pause=(0.6, 2.4), items=interleave(INT1, LH, ["Mm.", "Ja."]),
         title="Intervju 1 \u2013 familjerättssekreterare",
         front=["Datum: tisdag 21 oktober 2025. Plats: familjerättens kontor, Storgatan, Älvsunda.",
                "LH = Lina Hedström (intervjuare), MF = familjerättssekreterare.",
                "Utskrift: LH. Kolumn 4: KÖ:s översättningar av citat till artikelmanuset (utkast, ej klart)."],
         columns=["Tid", "Talare", "Yttrande", "Citat (eng. övers.)"],
         closing="Inspelningen slutar (51 min).",
         author="Lina Hedström", epoch=_dt.datetime(2025, 10, 28, 15, 5, 0)),
    dict(file="intervju-2.txt", fmt="elan", seed=1304, start=1.5, rate=2.3,
         pause=(0.6, 3.0), items=interleave(INT2, KO, ["Mm.", "Mm, okej."]),
         piece_words=30, split_words=45),
    dict(file="intervju-3.md", fmt="pandoc", seed=1305, start=4.0, rate=2.2,
         pause=(0.7, 2.6), items=interleave(INT3, LNA, ["Mm.", "Ja."]),
         title="Intervju 3 \u2013 farmor",
         meta=["**Datum:** onsdag 29 oktober 2025", "**Plats:** hemma hos Birgitta, Hedby",
               "**Intervjuare:** Lina Hedström", "**Inspelning:** mobilen, 48 minuter"],
         note="Birgitta har själv valt sitt fingerade namn. Sonens, svärdotterns och barnbarnens namn är ändrade. Hon bjöd på kaffe och bullar, och en bit in i intervjun ringde hennes syster.",
         widths=(13, 14, 72), columns=["Tid", "Talare", "Yttrande"],
         closing="Inspelningen avslutad efter 48 minuter. Utskriften är ordagrann men utan de flesta hummanden."),
    dict(file="intervju-4.csv", fmt="lists", seed=1306, start=0.0, rate=1.6,
         pause=(1.0, 3.5), items=interleave(INT4, IVR, ["Mm.", "Okej."]),
         clock0=_dt.datetime(2025, 11, 4, 10, 5, 0),
         path="sites/FamiljerattUtveckling/Lists/Intervjuanteckningar"),
    dict(file="intervju-5.txt", fmt="outlook", seed=1307, start=0.0, rate=2.6,
         pause=(0.5, 2.0), items=interleave(INT5, JON, ["Mm.", "Okej."]),
         header=["Från:\tJonas Lundberg", "Skickat:\tden 6 november 2025 16:52",
                 "Till:\tLina Hedström",
                 "Ämne:\tSV: Intervju med pappan (Fredrik) \u2013 utskrift"],
         intro=["Hej Lina!", "",
                "Här kommer utskriften från telefonintervjun med Fredrik i tisdags. Jag har skrivit det mesta ordagrant från inspelningen men hoppat över lite småprat i början om hans jobb. J = jag, F = Fredrik. Inspelningen ligger i projektmappen och raderas när du har fått det här."],
         outro=["Säg till om något är oklart!", "", "/Jonas", "", "Jonas Lundberg",
                "Utvecklingsledare", "Socialförvaltningen, Älvsunda kommun", "",
                "________________________________",
                "Från: Lina Hedström <lina.hedstrom@alvsunda.se>",
                "Skickat: den 3 november 2025 08:15",
                "Till: Jonas Lundberg <jonas.lundberg@alvsunda.se>",
                "Ämne: Intervju med pappan (Fredrik)", "",
                "Hej Jonas!", "",
                "Tack för att du tar telefonintervjun med Fredrik i morgon, han vill helst efter jobbet. Guiden ligger i Teams-kanalen. Spela gärna in om han går med på det och skriv ut det så ordagrant du hinner. Skriv J och F framför, så gör jag likadant med de andra.",
                "", "/Lina"]),
    dict(file="intervju-6.xlsx", fmt="hidden", seed=1308, start=3.0, rate=2.5,
         pause=(0.6, 2.4), items=interleave(INT6, LH, ["Mm.", "Ja."]),
         sheet="Intervju 6", real_names={LH: "Lina Hedström", SAN: "Sandra Bergkvist"},
         choices='"LH,Sanna"',
         info=[("Intervju", "6, mamma"), ("Datum", "fredag 7 november 2025"),
               ("Plats", "Kommunhuset Älvsunda, rum Ljusnan"),
               ("Intervjuare", "Lina Hedström (LH)"), ("Deltagare", "Sanna (fingerat namn)"),
               ("Längd", "46 min"), ("OBS", "Kolumn D ska tas bort innan filen delas med högskolan.")],
         author="Lina Hedström", epoch=_dt.datetime(2025, 11, 10, 8, 31, 0)),
]

PARSERS = dict(maxqda=lambda d: parse_maxqda(d, "Coded Segments"), inqscribe=parse_inqscribe,
               table4=parse_table4, elan=parse_elan, pandoc=parse_pandoc, lists=parse_lists,
               outlook=parse_outlook, hidden=lambda d: parse_hidden(d, "Intervju 6"))


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
            for bad in ("\n", "\t", "|", "\x0b", "<", ">"):
                assert bad not in t["text"], (bad, t["text"][:40])
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            assert not re.search(r"\b\d?\d[:.]\d\d\b", t["text"]), t["text"][:40]
            assert not _bracketed(t["text"]), t["text"][:40]
            if s["fmt"] == "outlook":
                t["text"].encode("cp1252")
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
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "turn", "speaker", "theme", "journey_stage",
                    "sentiment", "kind", "text"])
        w.writerows(rows)

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
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
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["speaker", "segment", "roll", "age_group", "situation"])
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
