#!/usr/bin/env python3
"""Generate the fictional study of private sewage systems (enskilt avlopp) in
Rävsunds kommun: transcripts, gold.csv, codebook.csv and transcripts/participants.csv,
all from the session lists in this file.

Python 3.11, standard library, plus python-docx (three .docx files). Run with the
project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer
turn, P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B() for
a participant backchannel / small talk (no theme, no stage). Files and gold rows are
written from the same list, so turn indices cannot drift. After writing, every file
is parsed back with a minimal parser for its layout and compared with the list; every
gold text must be found in the text of its file; every codebook example must be an
exact excerpt of a participant turn of that theme (and of no turn of another theme).

Output is byte-identical between runs: timings are seeded, the .docx files are
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
N, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text, **o):
    return dict(speaker=speaker, text=text, mod=True, **o)


def P(speaker, text, theme, stage, sentiment, kind, **o):
    assert kind in KINDS and sentiment in (-1, 0, 1)
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **o)


def B(speaker, text, sentiment=0, kind="neutral", **o):
    return P(speaker, text, "", "", sentiment, kind, **o)


KRAV = "inventering_krav"
HUS = "huskop_ansvar"
INFO = "regler_information"
ANS = "ansokan_underlag"
HAN = "handlaggning_kontakt"
BES = "beslut_villkor"
KOST = "kostnader_avgifter"
ENT = "entreprenor_anlaggning"
DRIFT = "drift_slamtomning"
MILJO = "miljo_brunnar_grannar"
EFTER = "efterkontroll_tillsyn"
THEMES = (KRAV, HUS, INFO, ANS, HAN, BES, KOST, ENT, DRIFT, MILJO, EFTER)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
MOD, MARG, POLOF, GUNILLA, JONAS, SP6 = (
    "Moderator", "Margareta", "Per-Olof", "Gunilla", "Jonas", "Speaker 6")   # fokusgrupp-1.docx (Transkriptor)
EMIL, KARIN, ALI, BIRGITTA, MATTIAS, HELENA = (
    "Emil Sjödin", "Karin Lund", "Ali Haddad", "Birgitta Holm", "Mattias Strand",
    "Helena Vik")                                                            # fokusgrupp-2.docx (Tactiq)
JOH, LIN = "Johanna", "Linnea"                   # intervju-1.csv (MacWhisper, names typed in)
S1, S2, UU = "S1", "S2", "UU"                    # intervju-2.txt (Speechmatics)
JOHV, SARA = "JOHANNA", "SARA"                   # intervju-3.txt (Voice Memos, names typed in)
SPK1, TOMAS = "Speaker 1", "Tomas Lindgren"      # intervju-4.txt (Notta)
GA = "Gunnel & Åke Lindahl (Gäst)"               # intervju-5.vtt (Teams, one account for two)
INT, SVEN = "Intervjuare", "Sven"                # intervju-6.docx (Word, footnotes)

PARTICIPANTS = [
    # speaker; segment; system; area; situation
    (MOD, "moderator", "", "", ""),
    (MARG, "fastighetsägare", "markbädd med fosforfälla", "Lillsjön",
     "köpte fritidshus med trekammarbrunn 2023, avslag på infiltration, sedan tillstånd"),
    (POLOF, "fastighetsägare", "markbädd", "Västra Rävsund",
     "lantbrukare, fick krav efter inventeringen, byggde markbädd"),
    (GUNILLA, "fastighetsägare", "sluten tank", "Bäckaby",
     "pensionär som bor ensam, sluten tank sedan åttiotalet, tätare tömning"),
    (JONAS, "fastighetsägare", "minireningsverk", "Norrby",
     "byggde nytt med sambo och två barn, minireningsverk med serviceavtal"),
    (SP6, "fastighetsägare", "ej byggt", "Skogsby",
     "köpte hus som permanentboende, visste inte att avloppet inte var godkänt"),
    (EMIL, "moderator", "", "", ""),
    (KARIN, "fastighetsägare", "stenkista, ombyggd", "Rävön",
     "fritidshus i skärgården, byggde om utan tillstånd, sanktionsavgift"),
    (ALI, "fastighetsägare", "markbädd", "Norrby",
     "byggde nytt hus med sin fru, lång handläggning under semestern"),
    (BIRGITTA, "fastighetsägare", "minireningsverk", "Lövnäs",
     "pensionerad lärare, minireningsverk sedan 2019, servicefirman gick i konkurs"),
    (MATTIAS, "granne", "godkänt avlopp", "Bäckaby",
     "brunnen förorenad av grannens avlopp, gjorde en anmälan"),
    (HELENA, "fastighetsägare", "gemensamhetsanläggning", "Ekhagen",
     "ordförande i samfälligheten för fyra hus med gemensam anläggning"),
    (JOH, "moderator", "", "", ""),
    (LIN, "miljöinspektör", "", "",
     "miljöinspektör på miljöförvaltningen, ansökningar och tillsyn av enskilda avlopp"),
    (S1, "moderator", "", "", ""),
    (S2, "fastighetsägare", "sluten tank och BDT-markbädd", "Sörby",
     "fick avslag på infiltration på grund av högt grundvatten, sökte igen"),
    (UU, "okänd", "", "",
     "Speechmatics okända talare: Anders fru Maria i bakgrunden"),
    (JOHV, "moderator", "", "", ""),
    (SARA, "fastighetsägare", "minireningsverk", "Björkudden",
     "byggde nytt med familjen, trodde att avloppet ingick i bygglovet"),
    (SPK1, "moderator", "", "", ""),
    (TOMAS, "fastighetsägare", "markbädd, söker", "Högmossen",
     "köpte torp som fritidshus, trodde att tillstånd bara krävs för nya hus"),
    (GA, "fastighetsägare", "markbädd och ny brunn", "Bäckaby",
     "äldre par på ett konto, krav efter inventeringen, fick borra ny brunn"),
    (INT, "moderator", "", "", ""),
    (SVEN, "entreprenör", "", "Västra Rävsund",
     "driver brunnsborrnings- och avloppsfirma, bygger markbäddar och minireningsverk"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
FG1 = [
    M(MOD, "Då tror jag att inspelningen är igång. Välkomna hit, och tack för att ni tog er tid en tisdagskväll. Jag heter Johanna och jobbar på kommunens utvecklingsenhet, alltså inte på miljöförvaltningen, det vill jag säga direkt. Vi vill höra hur det har varit att ha med enskilt avlopp att göra, från början till slut. Kan vi börja med en kort presentationsrunda?"),
    P(MARG, "Jag kan börja. Margareta. Vi köpte ett fritidshus vid Lillsjön för två år sedan, min man och jag. Det fanns en trekammarbrunn och sen ingenting, visade det sig.", HUS, N, 0, "neutral"),
    P(POLOF, "Per-Olof, jag har gården i Västra Rävsund. Mjölk förr, nu mest spannmål. Vi fick brevet från miljö i fjol om att avloppet inte var godkänt, så det är därför jag sitter här.", KRAV, N, 0, "neutral"),
    P(GUNILLA, "Gunilla. Jag bor ensam sedan min man gick bort, i huset i Bäckaby. Vi har haft sluten tank sedan åttiotalet och jag trodde att det var det bästa man kunde ha. Och det är det tydligen, det fick jag höra sen.", DRIFT, N, 0, "neutral"),
    P(JONAS, "Jonas heter jag. Vi byggde nytt i Norrby för tre år sedan, jag och min sambo och två barn. Där fanns inget kommunalt vatten och avlopp, så det blev ett minireningsverk.", KRAV, N, 0, "neutral"),
    P(SP6, "Och jag är Eva. Jag och min dotter köpte ett hus i Skogsby som permanentboende, och ingen sa ett ord om avloppet vid visningen. Inte mäklaren, inte säljaren.", HUS, N, -1, "pain"),
    M(MOD, "Tack. Då börjar vi där det började för er. Per-Olof, du nämnde brevet. Hur gick det till?"),
    P(POLOF, "Det kom ett brev om att de skulle göra en inventering i området, och sen kom en inspektör ut en förmiddag. Hon lyfte på locket, tittade, frågade när den var byggd. Sen kom ett nytt brev några veckor senare. Bristfällig rening, åtgärd krävs inom två år.", KRAV, N, 0, "neutral"),
    M(MOD, "Hur tog du det?"),
    P(POLOF, "Ja, inte särskilt bra. Den har funkat i fyrtio år. Det luktar inte, det rinner inte över. Och så ska man lägga över hundratusen på något som ingen ser.", KRAV, N, -1, "pain"),
    P(MARG, "Men det är ju det som är grejen, att man inte ser det. Det rinner ut i marken och vidare ner mot sjön.", MILJO, N, 0, "neutral"),
    P(POLOF, "Ja, ja. Jag vet.", "", "", 0, "neutral"),
    M(MOD, "Gunilla, fick du också ett sånt brev?"),
    P(GUNILLA, "Nej, jag fick inget brev om åtgärd. Jag ringde själv, för grannen hade fått ett. Och då sa de att sluten tank är godkänd, men att jag ska tömma den oftare än jag gjort.", INFO, FI, 0, "neutral"),
    M(MOD, "Hur ofta hade du tömt den?"),
    P(GUNILLA, "När den var full. Man märker ju när den är full.", DRIFT, US, 0, "neutral"),
    P(JONAS, "Har du inget larm på den?", DRIFT, US, 0, "question"),
    P(GUNILLA, "Det piper något i förrådet ibland. Jag trodde det var brandvarnaren.", DRIFT, US, 0, "neutral"),
    M(MOD, "Eva, ni köpte ju huset. När fick ni veta något om avloppet?"),
    P(SP6, "Ett halvår efter tillträdet. Det kom ett brev från miljö- och hälsoskyddsnämnden om att fastigheten hade ett avlopp som inte uppfyllde kraven och att vi skulle få ett föreläggande om vi inte kom in med en ansökan. Jag fick läsa det tre gånger.", KRAV, N, -1, "pain"),
    M(MOD, "Stod det något i besiktningsprotokollet?"),
    P(SP6, "Det stod att avloppet inte ingick i besiktningen. Det står det tydligen alltid. Jag trodde att det betydde att det var okej.", HUS, N, -1, "pain"),
    P(MARG, "Samma för oss. Mäklaren sa att det fanns en trekammarbrunn, som om det var ett plus.", HUS, N, -1, "pain"),
    P(SP6, "Precis.", "", "", 0, "neutral"),
    M(MOD, "Hur gjorde ni för att ta reda på vad som gällde, när ni väl förstod att ni måste göra något?"),
    P(MARG, "Jag började på kommunens hemsida. Där fanns en sida om enskilt avlopp med en länk till Avloppsguiden. Avloppsguiden var faktiskt bra, där förstod jag skillnaden mellan markbädd och infiltration. Men på kommunens sida stod det mest om blanketten.", INFO, FI, 0, "praise"),
    P(JONAS, "Jag ringde en entreprenör direkt. Han visste mer än hemsidan, ärligt talat. Han kom ut och tittade på tomten innan vi ens hade pratat med kommunen.", INFO, FI, 1, "praise"),
    P(POLOF, "Jag frågade grannen, han hade gjort om sitt för några år sedan. Han sa att det enda man behövde var en markbädd och en grävmaskin.", INFO, FI, 0, "neutral"),
    M(MOD, "Stämde det?"),
    P(POLOF, "Nja. Det behövdes en ansökan också. Och en provgrop. Och en situationsplan. Och en avgift.", ANS, AP, -1, "pain"),
    P(GUNILLA, "Jag har ingen dator hemma, så jag ringde växeln. De kopplade mig till en inspektör som var väldigt trevlig och skickade hem papper med posten.", INFO, FI, 1, "praise"),
    M(MOD, "Fanns det något ni saknade i informationen?"),
    P(SP6, "Vad det kostar. Alltså på riktigt, allt. Avgiften för ansökan stod där, men inte att det blir hundrafemtiotusen för hela anläggningen, och inte att man ska betala för tillsyn efteråt.", KOST, FI, -1, "pain"),
    P(JONAS, "Det vet ju inte kommunen heller, vad entreprenören tar.", KOST, FI, 0, "neutral"),
    P(SP6, "Nej, men de kunde skriva ett spann. Någonting.", KOST, FI, 0, "suggestion"),
    P(MARG, "Och vad som gäller om man bara är här på sommaren. Jag trodde länge att fritidshus hade andra regler, att det var lättare.", INFO, FI, 0, "neutral"),
    M(MOD, "Hade det andra regler?"),
    P(MARG, "Inte som jag förstod det. Samma krav, men man kan få söka för en mindre anläggning om det är lite folk. Det hade jag aldrig räknat ut själv.", INFO, FI, 0, "neutral"),
    M(MOD, "Om vi går vidare till själva ansökan. Hur var det att söka tillstånd?"),
    P(JONAS, "För oss var det entreprenören som fyllde i det mesta. Jag skrev under. Situationsplanen ritade jag själv på en utskrift från kartan, med avstånd till brunnen och tomtgränsen.", ANS, AP, 0, "neutral"),
    P(POLOF, "Blanketten i sig var inte svår. Det var provgropen. Man ska gräva en grop, en och en halv meter, och så ska någon titta på jorden och grundvattnet. Det var i april och det stod vatten i botten.", ANS, AP, -1, "pain"),
    P(MARG, "Vi fick gräva två gropar. Den första var för nära sjön.", ANS, AP, 0, "neutral"),
    M(MOD, "Vem grävde?"),
    P(MARG, "Entreprenören. Det kostade åttatusen bara det, innan vi visste om vi fick bygga alls.", KOST, AP, -1, "pain"),
    P(GUNILLA, "Jag har inte sökt något, jag har ju tanken. Men jag lyssnar.", "", "", 0, "neutral"),
    M(MOD, "Det är bra, Gunilla. Var det något i ansökan som var svårt att förstå?"),
    P(SP6, "Skyddsnivån. Normal eller hög. Det skulle man kryssa i, och jag hade ingen aning. Det visade sig att vi ligger i ett område med hög skyddsnivå för miljö, på grund av ån.", ANS, AP, -1, "pain"),
    P(JONAS, "Den kryssade vår entreprenör i. Jag tror inte ens att jag såg den frågan.", ANS, AP, 0, "neutral"),
    M(MOD, "Och sen, när ansökan väl var inne?"),
    P(POLOF, "Sen kom en komplettering. De ville ha en ny situationsplan med min egen brunn utritad, och avståndet till grannens brunn. Grannens brunn! Jag vet inte ens exakt var den är.", HAN, PR, -1, "pain"),
    P(MARG, "Vi fick två kompletteringar. Den andra gällde samma sak som den första, fast formulerat på ett annat sätt.", HAN, PR, -1, "pain"),
    P(SP6, "Det låter bekant.", "", "", 0, "neutral"),
    M(MOD, "Hur lång tid tog det från att ni skickade in tills ni fick beslut?"),
    P(JONAS, "Sex veckor ungefär. Det var inte dåligt alls, tycker jag. Entreprenören hade sagt att vi skulle räkna med tre månader.", HAN, PR, 1, "praise"),
    P(POLOF, "För mig var det närmare fyra månader, med kompletteringarna. Och under tiden ska man hålla tidsfristen i föreläggandet. Det kändes som att klockan bara gick för mig.", HAN, PR, -1, "pain"),
    M(MOD, "Var det någon som hade platsbesök av inspektören?"),
    P(MARG, "Ja. Hon kom ut och tittade på provgropen och gick runt tomten. Det var faktiskt det bästa i hela processen, för då kunde vi fråga saker direkt. Hon förklarade varför det inte fick ligga närmare sjön.", HAN, PR, 1, "praise"),
    P(POLOF, "Min inspektör var också okej. Jag var nog inte så trevlig själv den dagen.", HAN, PR, 1, "praise"),
    M(MOD, "Beslutet då. Hur var det att få det?"),
    P(JONAS, "Vi fick tillstånd med villkor. Fem sidor. Det mesta var standard, men ett villkor var att vi skulle ha serviceavtal för minireningsverket och skicka in det. Det hade ingen sagt innan.", BES, DE, 0, "pain"),
    P(POLOF, "Mitt beslut sa att markbädden måste ligga minst trettio meter från min egen brunn. Det gick precis, om man lägger den i hagen där korna gick förr.", BES, DE, 0, "neutral"),
    P(MARG, "Vi fick avslag först.", BES, DE, -1, "pain"),
    M(MOD, "Berätta."),
    P(MARG, "Vi hade sökt infiltration, och de sa nej för att marken var för genomsläpplig och för nära sjön. Det står i beslutet att risken för påverkan på Lillsjön var för stor. Jag blev ledsen, men jag förstod det ju också. Vi badar i den sjön.", BES, DE, 0, "pain"),
    P(SP6, "Vad gjorde ni då?", BES, DE, 0, "question"),
    P(MARG, "Sökte igen, med en markbädd med fosforfälla. Den fick vi. Men det blev ju dyrare.", BES, DE, 0, "neutral"),
    M(MOD, "Eva, hur gick det för er?"),
    P(SP6, "Vi har fått tillstånd men vi har inte byggt än. Entreprenörerna har kö till våren. Så nu sitter vi med ett papper och ett gammalt avlopp.", ENT, US, -1, "pain"),
    M(MOD, "Jonas, ni har haft minireningsverket ett tag. Hur fungerar det?"),
    P(JONAS, "Det fungerar, men det är en maskin. Den larmar. Första vintern larmade den tre gånger, en gång klockan två på natten. Det var en flottör som frös.", DRIFT, US, -1, "pain"),
    P(GUNILLA, "Då är det bättre med min tank.", "", "", 0, "neutral"),
    P(JONAS, "Ja, den larmar bara när den är full.", "", "", 0, "neutral"),
    M(MOD, "Har ni serviceavtal?"),
    P(JONAS, "Ja, det är ett villkor. Fyratusen om året, de kommer två gånger och tar prover och fyller på fällningskemikalien. Det är inte särskilt smidigt att boka, man får ett sms med en tid och kan inte ändra den.", DRIFT, US, -1, "pain"),
    P(POLOF, "Och slamtömningen kommer ovanpå, eller?", DRIFT, US, 0, "question"),
    P(JONAS, "Ja, det är kommunens slamtömning, det går på renhållningstaxan. En gång om året.", DRIFT, US, 0, "neutral"),
    P(GUNILLA, "Jag betalar för tömning av tanken fyra gånger om året nu. Det blir nästan åttatusen. Det är mycket för en pensionär.", KOST, US, -1, "pain"),
    M(MOD, "Per-Olof, hur gick bygget hos dig?"),
    P(POLOF, "Bra, faktiskt. Vi tog Ruuds, de har borrat brunnar här sen sjuttiotalet. De grävde på tre dagar och det var ordning och reda. Hundrafemtiotusen totalt, med fosforfällan.", ENT, US, 1, "praise"),
    P(MARG, "Vi hade en firma från stan, och de körde sönder gräsmattan och glömde att lägga tillbaka locket till inspektionsbrunnen. Men själva markbädden ser ut att fungera.", ENT, US, 0, "pain"),
    M(MOD, "Och efteråt? Vad hände när det var byggt?"),
    P(JONAS, "Entreprenören skickade in ett utförandeintyg, med foton från när allt var öppet. Sen hörde vi inget mer. Jag vet faktiskt inte om det är godkänt eller bara inte underkänt.", EFTER, FU, 0, "pain"),
    P(MARG, "Vi fick skicka in foton själva. Ingen sa det innan, så vi hade bara två bilder, och på den ena syns mest hunden.", EFTER, FU, -1, "pain"),
    P(POLOF, "Jag fick en faktura för tillsyn i våras. Elvahundra kronor. För att de ska komma och titta på det jag nyss har byggt för deras skull.", KOST, FU, -1, "pain"),
    P(GUNILLA, "Jag fick också en sån. Ingen kom, men fakturan kom.", EFTER, FU, -1, "pain"),
    M(MOD, "Om ni ser tillbaka på allt. Var det värt det?"),
    P(MARG, "För sjöns skull, ja. Vi har sett algerna på sensommaren. Jag tror inte att det är vårt avlopp som gör det, men alla gamla avlopp runt sjön tillsammans.", MILJO, FU, 1, "praise"),
    P(POLOF, "Jag vet inte. Det är bra att folk inte släpper ut skit i ån, det håller jag med om. Men att samma regler gäller för mig med en gård på femtio hektar som för tomter i ett villaområde. Det förstår jag inte.", MILJO, FU, 0, "pain"),
    P(SP6, "Jag tycker att det är rätt i grunden. Men det borde stå i köpekontraktet. Det är där det gick fel för oss.", HUS, FU, 0, "suggestion"),
    P(JONAS, "Jag skulle vilja att kommunen hade en lista på entreprenörer som har gjort det förut. Inte rekommendera, bara en lista. Vi hade tur.", ENT, FI, 0, "suggestion"),
    P(GUNILLA, "Och att någon ringer en innan fakturan kommer. Det är allt jag begär.", EFTER, FU, -1, "suggestion"),
    M(MOD, "Tack. Är det något mer någon vill säga innan vi slutar?"),
    P(POLOF, "Kaffet var gott i alla fall.", "", "", 0, "neutral"),
    P(MARG, "Tack för att ni lyssnar. Det är första gången någon från kommunen frågar.", "", "", 1, "praise"),
    M(MOD, "Tack själva. Då stänger jag av."),
]

FG2 = [
    M(EMIL, "Hej allihop, jag ser att Tactiq har börjat transkribera, så ni vet det. Jag heter Emil och jobbar med utveckling på Rävsunds kommun. Tack för att ni ställer upp en onsdagskväll. Vi pratar om enskilt avlopp, och jag vill höra er erfarenhet, inte det rätta svaret. Ska vi ta en runda? Namn och vad ni har för avlopp. Karin?"),
    P(KARIN, "Hej, Karin. Vi har ett fritidshus på Rävön, ute i skärgården, sen tjugo år. Där hade vi en gammal stenkista som vi byggde om själva. Och det var tydligen fel, visade det sig.", INFO, N, 0, "neutral"),
    M(EMIL, "Det återkommer vi till. Ali?"),
    P(ALI, "Ali heter jag. Jag och min fru byggde hus i Norrby förra året. Det var en helt ny tomt, så vi måste ordna avlopp från början. Vi har markbädd.", KRAV, N, 0, "neutral"),
    M(EMIL, "Birgitta?"),
    P(BIRGITTA, "Birgitta. Jag är pensionerad lärare och bor permanent i Lövnäs sedan tio år. Vi har ett minireningsverk sedan tjugonitton, och det har varit, ja, vi får se.", DRIFT, N, 0, "neutral"),
    M(EMIL, "Mattias?"),
    P(MATTIAS, "Mattias. Jag är nog den som inte riktigt hör hemma här, för mitt avlopp är godkänt. Men min brunn blev förorenad av grannens avlopp för två år sedan. Så jag kommer från andra hållet.", MILJO, N, 0, "neutral"),
    M(EMIL, "Du hör absolut hemma här. Och Helena."),
    P(HELENA, "Hej, Helena. Vi är fyra hus i Ekhagen som har en gemensam anläggning, och jag är den som blev ordförande i samfälligheten. Det var inte ett aktivt val.", KRAV, N, 0, "neutral"),
    M(EMIL, "Tack. Karin, du sa att ni byggde om själva. Vill du berätta?"),
    P(KARIN, "Ja alltså, stenkistan var igensatt, det luktade. Så min man och en kompis grävde upp den och lade nya rör och ny makadam. Vi trodde att man bara behövde söka tillstånd om man bygger ett nytt hus. Det här var ju bara en reparation, tänkte vi.", INFO, FI, 0, "neutral"),
    P(MATTIAS, "Det tänker nog de flesta.", "", "", 0, "neutral"),
    M(EMIL, "Hur fick ni veta att det inte stämde?"),
    P(KARIN, "En granne hade anmält det, tror vi. Det kom en inspektör, och sen fick vi ett beslut om att vi skulle söka tillstånd i efterhand, och en sanktionsavgift. Femtusen.", KRAV, N, -1, "pain"),
    P(BIRGITTA, "Oj.", "", "", 0, "neutral"),
    P(KARIN, "Ja. Och det roliga är att inspektören sa att det vi hade byggt förmodligen var bättre än det gamla. Men det spelade ingen roll.", KRAV, N, -1, "pain"),
    M(EMIL, "Ali, hur var det för er när ni skulle ta reda på vad som gällde?"),
    P(ALI, "Vi googlade mycket. Havs- och vattenmyndigheten har en vägledning som är ganska tung att läsa, men den förklarade skyddsnivåerna. Sen ringde jag kommunen och fick prata med en inspektör. Hon sa ungefär samma sak men med enklare ord.", INFO, FI, 1, "praise"),
    P(HELENA, "Jag hittade ingenting på kommunens sida om gemensamma anläggningar. Ingenting. Vi fick fråga i en Facebookgrupp.", INFO, FI, -1, "pain"),
    M(EMIL, "Vad fick ni för svar där?"),
    P(HELENA, "Tjugo olika. Någon sa att man inte behöver tillstånd om man är fler än fem hushåll, vilket var helt fel. Till slut ringde jag miljöförvaltningen.", INFO, FI, -1, "pain"),
    M(EMIL, "Birgitta, minns du hur ni gjorde när ni valde minireningsverket?"),
    P(BIRGITTA, "Det var en säljare som kom hem till oss. Han var väldigt övertygande. Han sa att det var det modernaste och att det inte krävde något underhåll. Det sista stämde inte.", ENT, FI, -1, "pain"),
    M(EMIL, "Om vi tar ansökan. Ali, ni sökte för ett år sedan?"),
    P(ALI, "Ja. E-tjänsten var okej, man loggar in med BankID och laddar upp. Men situationsplanen var ett problem, för vi hade bara bygglovsritningen, och de ville ha avstånd till alla brunnar inom hundra meter.", ANS, AP, 0, "pain"),
    P(MATTIAS, "Där kommer jag in.", "", "", 0, "neutral"),
    P(ALI, "Ja, precis. Vi visste inte att det fanns en brunn på andra sidan vägen.", ANS, AP, 0, "neutral"),
    M(EMIL, "Helena, hur var ansökan för en samfällighet?"),
    P(HELENA, "Fyra fastighetsägare som alla ska skriva under. En bor i Stockholm, en var i Thailand i tre månader. Bara att få ihop underskrifterna tog längre tid än handläggningen.", ANS, AP, -1, "pain"),
    M(EMIL, "Hur lång var handläggningen?"),
    P(HELENA, "Sju veckor. Och en komplettering om vem som skulle vara kontaktperson. Det gick ganska smidigt, ska jag säga.", HAN, PR, 1, "praise"),
    P(ALI, "Vi fick vänta längre. Det var semester, och sen var inspektören sjuk, och ingen annan kunde ta ärendet. När jag ringde fick jag bara höra att det låg i kö.", HAN, PR, -1, "pain"),
    M(EMIL, "Fick du veta något om hur lång tid det skulle ta?"),
    P(ALI, "Nej. Det stod ingenting i bekräftelsen. Bara ett diarienummer.", HAN, PR, -1, "pain"),
    P(KARIN, "Vi fick i alla fall ett datum för platsbesöket. Hon kom ut med båt till Rävön, det var ganska imponerande.", HAN, PR, 1, "praise"),
    M(EMIL, "Mattias, du kom in från ett annat håll. Vad hände med brunnen?"),
    P(MATTIAS, "Vi fick magsjuka, hela familjen, två gånger på en månad. Vi tog ett vattenprov och det var E. coli i det. Och grannen har en gammal trekammarbrunn med utsläpp i diket som går trettio meter från vår brunn.", MILJO, N, -1, "pain"),
    P(BIRGITTA, "Usch.", "", "", 0, "neutral"),
    P(MATTIAS, "Så jag ringde kommunen och gjorde en anmälan. Det var inte lätt, han är en trevlig granne och vi har bott bredvid varandra i femton år.", MILJO, N, 0, "pain"),
    M(EMIL, "Hur hanterade kommunen det?"),
    P(MATTIAS, "Inspektören var snabb. Hon var ute inom en vecka och tog prover i diket. Men sen tog det ett år innan grannen fick ett föreläggande, och under tiden fick vi köra vatten i dunkar från jobbet.", HAN, PR, 0, "pain"),
    P(HELENA, "Ett år? Med barn?", "", "", 0, "neutral"),
    P(MATTIAS, "Ett år och två månader. Jag har kvar mejlen.", HAN, PR, -1, "pain"),
    M(EMIL, "Hur är det med grannen nu?"),
    P(MATTIAS, "Han har byggt om, och vi hälsar. Men vi fikar inte längre.", MILJO, FU, 0, "neutral"),
    M(EMIL, "Om vi går till besluten. Vad stod det i era beslut som ni minns?"),
    P(ALI, "Villkoren. Att markbädden skulle ha en fosforfälla för att vi ligger inom hög skyddsnivå, och att fällan skulle bytas när den var mättad. Jag frågade entreprenören vad mättad betyder, och han visste inte heller.", BES, DE, -1, "pain"),
    P(KARIN, "Vi fick tillstånd i efterhand, men med villkor att vi skulle lägga in en provtagningsbrunn. Så min man fick gräva upp det han just hade grävt ner.", BES, DE, -1, "pain"),
    P(BIRGITTA, "Jag minns inte ens beslutet. Det var säljaren som skötte allt. Jag har det i en pärm någonstans.", BES, DE, 0, "neutral"),
    P(HELENA, "Vi fick beslutet och en faktura samma dag. Prövningsavgift, åttatusen fyrahundra, delat på fyra. Det var väl okej.", KOST, DE, 0, "neutral"),
    M(EMIL, "Och själva bygget?"),
    P(ALI, "Entreprenören var bra men han hade för mycket. Han skulle börja i maj och kom i augusti. Vi flyttade in med en byggtoalett på tomten.", ENT, US, 0, "pain"),
    P(HELENA, "Vi anlitade Ruuds, de var jättebra. De pratade med alla fyra hushållen och ritade upp var ledningarna skulle gå. Ingen bråkade, och det är ett under.", ENT, US, 1, "praise"),
    M(EMIL, "Birgitta, hur har minireningsverket fungerat?"),
    P(BIRGITTA, "Det har larmat säkert trettio gånger på sex år. Ibland är det strömmen, ibland pumpen, ibland vet ingen. Och firman vi hade serviceavtal med gick i konkurs förra året, så nu har vi inget avtal, och det är ett villkor i tillståndet.", DRIFT, US, -1, "pain"),
    P(KARIN, "Vad gör man då?", DRIFT, US, 0, "question"),
    P(BIRGITTA, "Man ringer runt. Det finns en firma i Ljungsta som kan ta oss, men de kommer bara en gång om året och de tar sextusen. Jag har skrivit till kommunen och frågat om det räcker, men jag har inte fått svar.", DRIFT, US, -1, "pain"),
    P(MATTIAS, "Grannen har ett minireningsverk nu också. Jag hör när det larmar.", "", "", 0, "neutral"),
    M(EMIL, "Slamtömningen, hur fungerar den?"),
    P(HELENA, "Den sköts av kommunen, och det fungerar. Bilen kommer, de tömmer, det kommer en avi i brevlådan. Det är den delen jag aldrig behöver tänka på.", DRIFT, US, 1, "praise"),
    P(KARIN, "Ute på ön kan inte slambilen komma. Så vi har en sluten tank för toaletten, och den ska fraktas till fastlandet med pråm en gång om året. Det kostar det tredubbla mot fastlandet.", KOST, US, -1, "pain"),
    M(EMIL, "Och efteråt, efter att anläggningen var klar? Har någon haft tillsyn eller uppföljning?"),
    P(MATTIAS, "Ja, hos grannen. Men nu vet jag att det är tillsynsbesök vart sjätte år eller något sånt, och det tycker jag är för sällan. Min brunn var förstörd på två.", EFTER, FU, -1, "pain"),
    P(ALI, "Vi har inte fått något besök. Vi skickade in slutdokumentationen med foton och kvitto på fosforfällan och sen fick vi ett mejl om att ärendet var avslutat. Ganska skönt, faktiskt.", EFTER, FU, 1, "praise"),
    P(BIRGITTA, "Jag fick ett brev i våras om att de skulle göra tillsyn på minireningsverken i området, och att jag skulle skicka in serviceprotokoll för de senaste tre åren. Jag har två.", EFTER, FU, -1, "pain"),
    M(EMIL, "Vad tänker ni om det stora syftet, miljön, vattnet?"),
    P(MATTIAS, "För mig är det ingen fråga. Jag har sett vad som händer när det inte funkar. Men jag förstår att det svider när man får betala.", MILJO, FU, 1, "praise"),
    P(KARIN, "Jag tycker att det är rimligt för sjöar och hav. Men att vi fick en sanktionsavgift för att vi försökte göra rätt, det sitter kvar.", MILJO, FU, 0, "pain"),
    P(HELENA, "Det enda jag önskar är att kommunen hade en person man kunde ringa från början till slut. Vi hade fyra olika inspektörer på två år.", HAN, PR, -1, "suggestion"),
    P(ALI, "Och en sida där man ser var i kön man är. Det hade räckt.", HAN, PR, 0, "suggestion"),
    P(BIRGITTA, "Och en lista på vilka servicefirmor som finns. Som inte har gått i konkurs.", DRIFT, US, -1, "suggestion"),
    M(EMIL, "Bra. Tack allihop, det här var jättevärdefullt. Jag stänger av transkriberingen nu."),
    P(KARIN, "Tack, det var roligt.", "", "", 1, "praise"),
    P(MATTIAS, "Tack, hej.", "", "", 0, "neutral"),
]

INT1 = [
    M(JOH, "Då är den igång. Kan du börja med att berätta vad du gör?"),
    P(LIN, "Jag heter Linnea och är miljöinspektör på miljöförvaltningen sedan sex år. Jag jobbar nästan bara med enskilda avlopp, både ansökningar och tillsyn. Vi är tre inspektörer på ungefär fyratusen anläggningar.", HAN, PR, 0, "neutral"),
    M(JOH, "Hur börjar det oftast för en fastighetsägare?"),
    P(LIN, "Oftast med inventeringen. Vi tar ett område i taget, i år runt Lillsjön och Bäckaby. Först skickar vi ett brev, sen åker vi ut. Det är tyvärr vanligt att det vi hittar är en trekammarbrunn från sextiotalet utan någon efterföljande rening alls.", KRAV, N, 0, "neutral"),
    M(JOH, "Hur reagerar folk?"),
    P(LIN, "Alla möjliga sätt. En del är tacksamma, de har väntat på att någon ska säga vad de ska göra. En del blir arga. Jag förstår dem, det är mycket pengar. Men jag har också stått och lyssnat på någon som säger att hans avlopp är renare än sjön.", KRAV, N, 0, "neutral"),
    M(JOH, "Vad tror folk om reglerna som inte stämmer?"),
    P(LIN, "Det vanligaste är att man tror att ett gammalt avlopp är godkänt för att det är gammalt. Att det finns någon sorts hävd. Eller att man bara behöver tillstånd om man bygger ett nytt hus. Och så fritidshusägare som tror att det inte gäller dem för att de bara är här på sommaren.", INFO, FI, 0, "neutral"),
    M(JOH, "Var letar folk information?"),
    P(LIN, "Hos entreprenören, ärligt talat. Det är entreprenören som blir deras rådgivare, på gott och ont. Vi har en sida på webben och vi länkar till Avloppsguiden, men jag vet att den inte läses så mycket. Telefontiden är tisdagar och torsdagar på förmiddagen, och då ringer det hela tiden.", INFO, FI, 0, "neutral"),
    M(JOH, "Mm."),
    P(LIN, "Det borde finnas mer tid för det. Jag skulle hellre prata med folk innan de söker än skicka kompletteringar efteråt.", INFO, FI, 0, "suggestion"),
    M(JOH, "Får ni frågor om vilken entreprenör man ska ta?"),
    P(LIN, "Varje dag. Och vi får inte rekommendera någon. Det är svårt att förklara för någon som bara vill veta vem som gör ett bra jobb. Jag brukar säga att de ska fråga grannarna och be om referenser.", ENT, FI, 0, "neutral"),
    M(JOH, "Finns det entreprenörer som ni ser gör det bättre?"),
    P(LIN, "Ja. Men det säger jag inte i en inspelning.", ENT, US, 0, "neutral"),
    M(JOH, "Vad är det som brukar saknas i ansökningarna?"),
    P(LIN, "Situationsplanen. Den ska visa var anläggningen ska ligga, avstånd till egen brunn och grannars brunnar, till sjö och dike och tomtgräns. Ofta är det en handritad skiss utan skala. Och jordprovet, att man har grävt en provgrop och beskrivit jorden och var grundvattnet står.", ANS, AP, 0, "pain"),
    M(JOH, "Och när det saknas?"),
    P(LIN, "Då skickar vi en begäran om komplettering. Jag försöker skriva exakt vad som saknas, men jag vet att breven låter som lagtext. Vi har mallar och mallarna är skrivna av jurister.", HAN, PR, 0, "pain"),
    M(JOH, "Hur lång tid tar handläggningen?"),
    P(LIN, "När ansökan är komplett brukar det gå på fyra till sex veckor. Men på våren kommer allt på en gång, alla vill bygga på sommaren, och då blir det längre. Jag har haft sjuttio ärenden samtidigt.", HAN, PR, -1, "pain"),
    M(JOH, "Gör du platsbesök på alla?"),
    P(LIN, "Nästan alla. Det är där man ser saker som inte syns på kartan. En bäck som inte finns på kartan, eller en brunn bakom ladan som ingen har nämnt. Jag gillar platsbesöken. Folk är oftast vänligare när man står i samma trädgård.", HAN, PR, 1, "praise"),
    M(JOH, "Ja."),
    P(LIN, "Inte alltid, men oftast.", "", "", 0, "neutral"),
    M(JOH, "Hur tänker du kring villkoren i besluten?"),
    P(LIN, "Vi skriver skyddsavstånd till brunnar, krav på provtagningsmöjlighet, att man ska skicka in ett utförandeintyg och foton. För minireningsverk att det ska finnas ett serviceavtal. Folk läser inte alltid villkoren, och sen blir de förvånade när vi frågar efter dem.", BES, DE, 0, "neutral"),
    M(JOH, "Hur ofta blir det avslag?"),
    P(LIN, "Inte så ofta, kanske ett av tjugo. Oftast handlar det om att platsen är olämplig, för nära en sjö eller för högt grundvatten. Då ringer jag alltid innan beslutet går ut, så att det inte kommer som en chock i brevlådan.", BES, DE, 0, "neutral"),
    M(JOH, "Kostnaderna, är det något folk pratar med dig om?"),
    P(LIN, "Hela tiden. Anläggningen kostar ofta mellan hundra och tvåhundratusen, och det har vi ingen kontroll över. Sen är det vår avgift för prövningen, och det är den de är arga på, för den är vår. Jag förstår det. Det är en timavgift och den är inte låg.", KOST, DE, 0, "neutral"),
    M(JOH, "Minireningsverken, hur ser du på dem?"),
    P(LIN, "De kan rena väldigt bra när de sköts. Problemet är att de är små kemiska fabriker i en trädgård, och många ägare har inte förstått det. Larmet stängs av för att det tjuter. Fällningskemikalien tar slut.", DRIFT, US, -1, "pain"),
    M(JOH, "Och efter att det är byggt?"),
    P(LIN, "Då ska det komma in ett utförandeintyg med foton från entreprenören. Det är där det brister mest. Bilder på en öppen grop där man inte ser vad som är vad. Vi har inte tid att åka ut på slutbesiktning på allt, så vi gör stickprov.", EFTER, FU, -1, "pain"),
    M(JOH, "Och villkoren om serviceprotokoll, följer ni upp dem?"),
    P(LIN, "Vi ska. Men ärligt talat hinner vi inte jaga protokoll från alla minireningsverk. Det blir när vi gör tillsyn i ett område, och då visar det sig att hälften inte har skickat in något.", EFTER, FU, -1, "pain"),
    M(JOH, "Tillsynen på befintliga anläggningar, hur går den till?"),
    P(LIN, "Vi försöker komma ut vart sjätte år på minireningsverk och vart tionde på markbäddar. Vi tar betalt för tillsynen, en fast avgift, och den uppskattas inte. Jag har fått höra att vi tar betalt för att titta i ett hål.", KOST, FU, 0, "neutral"),
    M(JOH, "Ja."),
    P(LIN, "Vilket inte är helt fel.", "", "", 0, "neutral"),
    M(JOH, "Har du varit med om att en brunn har blivit förorenad?"),
    P(LIN, "Flera gånger. Det är det jobbigaste. Grannar som har varit vänner i trettio år och plötsligt är det vi som står mitt emellan. Och miljöbalken är inte snabb. Ett föreläggande kan överklagas, och under tiden dricker någon vatten från dunkar.", MILJO, PR, -1, "pain"),
    M(JOH, "Vad skulle du vilja förändra?"),
    P(LIN, "En sak vore att vi fick skicka med en enkel sammanfattning på första sidan i beslutet. Vad du får, vad du måste göra, vad det kostar. Sen kan juristtexten komma efter.", BES, DE, 0, "suggestion"),
    M(JOH, "Något mer?"),
    P(LIN, "Att mäklarna tog ansvar. Vi får samtal varje vecka från folk som just har köpt ett hus och inte visste något om avloppet. Det borde vara en självklar fråga vid en visning.", HUS, N, -1, "suggestion"),
    M(JOH, "Tack, Linnea."),
    P(LIN, "Tack själv. Det var skönt att få säga det.", "", "", 1, "praise"),
]

INT2 = [
    M(S1, "Okej, nu spelar vi in. Tack för att du ville ställa upp, Anders. Jag tänkte att vi börjar med det du skrev om i mejlet, avslaget."),
    P(S2, "Ja. Det var i juni. Vi hade sökt tillstånd för en infiltration, och så kom beslutet att det blev avslag. Jag stod vid brevlådan och läste det två gånger för jag trodde att jag hade missförstått.", BES, DE, -1, "pain"),
    M(S1, "Vad stod det?"),
    P(S2, "Att grundvattnet står för högt på tomten och att infiltration därför inte är lämpligt. Vilket de hade sett i provgropen. Som vi grävde. I april.", BES, DE, -1, "pain"),
    M(S1, "Hade ni fått någon signal innan?"),
    P(S2, "Nej, och det är det som stör mig. Inspektören var ju här och tittade på gropen. Hon sa inget om att det såg dåligt ut. Hon sa att hon skulle återkomma. Och sen kom beslutet.", HAN, PR, -1, "pain"),
    M(S1, "Mm."),
    P(S2, "Det hade varit hyggligt med ett samtal. Jag hade kunnat dra tillbaka ansökan och söka något annat direkt i stället.", HAN, PR, -1, "suggestion"),
    M(S1, "Om vi backar lite. Hur började det hela?"),
    P(S2, "Vi köpte huset för fem år sen. Det fanns en gammal slamavskiljare och en stenkista. Mäklaren sa att det var godkänt, och jag tror att han trodde det själv. Sen fick vi inventeringsbrevet i fjol.", HUS, N, 0, "pain"),
    M(S1, "Vad stod det i det?"),
    P(S2, "Att avloppet inte uppfyller kraven i miljöbalken och att vi ska åtgärda det inom två år, annars blir det förbud. Förbud! Som om vi skulle sluta gå på toaletten.", KRAV, N, -1, "pain"),
    P(UU, "Det var jag som läste det först.", "", "", 0, "neutral"),
    P(S2, "Ja, Maria läste det först. Hon var lugnare än jag.", "", "", 0, "neutral"),
    M(S1, "Frågade ni säljaren om avloppet när ni köpte?"),
    P(S2, "Säljaren var ett dödsbo. Det fanns ingen att fråga, bara en mäklare som sa att allt var i sin ordning.", HUS, N, 0, "pain"),
    M(S1, "Hur gjorde ni sen, för att ta reda på vad ni skulle göra?"),
    P(S2, "Jag läste på Avloppsguiden och på Havs- och vattenmyndighetens sida. Det är mycket, men det går att förstå om man sitter en helg. Och så ringde jag Ruuds, för de hade gjort grannens.", INFO, FI, 0, "neutral"),
    M(S1, "Vad sa de?"),
    P(S2, "Att infiltration var billigast och att det borde gå. Så vi sökte det. I efterhand kanske de skulle ha grävt gropen själva och sett vattnet.", ENT, FI, 0, "pain"),
    M(S1, "Och nu, efter avslaget, vad blev det?"),
    P(S2, "En sluten tank för toaletten och en markbädd för BDT, alltså disk och dusch. Det fick vi tillstånd till på tre veckor. Det gick snabbt när det väl var rätt.", BES, DE, 0, "neutral"),
    M(S1, "Hur var det att söka andra gången?"),
    P(S2, "Lättare. Samma situationsplan, ny ritning från Ruuds, och den här gången ringde inspektören och frågade saker i stället för att skicka brev.", ANS, AP, 1, "praise"),
    M(S1, "Vad kostade det?"),
    P(S2, "Allt inräknat hundrasextiotusen. Plus avgiften för två ansökningar, för den första fick vi betala fast det blev avslag.", KOST, DE, -1, "pain"),
    M(S1, "Visste du att man betalar för ett avslag?"),
    P(S2, "Nej. Det står väl någonstans. Men det känns fel att betala för ett nej.", KOST, DE, -1, "pain"),
    M(S1, "Hur har det varit att leva med den slutna tanken?"),
    P(S2, "Det är okej. Den ska tömmas två gånger om året och vi har ett larm i tvättstugan som piper när den är full till åttio procent. Det har den gjort en gång, på julafton.", DRIFT, US, 0, "neutral"),
    M(S1, "Nej."),
    P(S2, "Jo. Slambilen kom inte förrän den tjugosjunde. Vi duschade hos svärmor.", DRIFT, US, -1, "pain"),
    M(S1, "Och BDT-markbädden?"),
    P(S2, "Den märker man inte av. Den ligger där den ligger. Det är väl så det ska vara.", DRIFT, US, 1, "praise"),
    M(S1, "Har ni haft något besök efteråt, någon kontroll?"),
    P(S2, "Vi skickade in foton och ett intyg från Ruuds. Sen kom ett brev om att anläggningen var godkänd. Det var faktiskt det första brevet från kommunen som jag blev glad av.", EFTER, FU, 1, "praise"),
    M(S1, "Om du tänker på varför kraven finns, vad tänker du då?"),
    P(S2, "Jag har fiskat i ån sen jag var liten och den har blivit grönare för varje år. Så jag begriper det.", MILJO, FU, 1, "praise"),
    M(S1, "Mm."),
    P(S2, "Men det borde finnas bidrag, som det fanns förr för annat. Vi går i pension snart och det här var hela bufferten.", KOST, FU, -1, "suggestion"),
    M(S1, "Något annat du vill säga?"),
    P(S2, "Att inspektören ska ringa innan det blir avslag. Det är allt.", HAN, PR, 0, "suggestion"),
    M(S1, "Tack Anders."),
    P(S2, "Tack själv.", "", "", 1, "praise"),
]

INT3 = [
    M(JOHV, "Då spelar den in. Berätta lite om er och huset."),
    P(SARA, "Vi är jag och Oskar och två barn, fyra och sju. Vi byggde här i Björkudden för tre år sedan. Tomten var det enda vi hade råd med nära skolan, och det fanns inget kommunalt avlopp.", KRAV, N, 0, "neutral"),
    M(JOHV, "Hur visste ni att ni behövde söka för avloppet?"),
    P(SARA, "Det visste vi inte. Vi trodde att det ingick i bygglovet. Det var först när byggnadsinspektören frågade efter tillståndet för avloppet på det tekniska samrådet som vi förstod att det var en helt egen ansökan, till en helt annan förvaltning.", INFO, FI, -1, "pain", para=2),
    M(JOHV, "Hur kändes det?"),
    P(SARA, "Panik, lite. Vi hade ett datum för husleveransen. Och tillståndet tar ju sin tid.", HAN, PR, -1, "pain"),
    M(JOHV, "Vad gjorde ni?"),
    P(SARA, "Oskar ringde miljöförvaltningen samma dag, och de var faktiskt hjälpsamma. Inspektören sa vad som behövdes och att vi kunde skicka in fast allt inte var klart, så kunde de börja titta.", INFO, FI, 1, "praise"),
    M(JOHV, "Hur var själva ansökan?"),
    P(SARA, "Den gjorde jag. E-tjänsten var okej, men man ska bifoga en situationsplan i skala, och det enda vi hade var bygglovsritningen som inte visade grannarnas brunnar. Så jag gick runt och knackade dörr och frågade var folk hade sina brunnar.", ANS, AP, 0, "pain"),
    M(JOHV, "Knackade dörr?"),
    P(SARA, "Ja. Det var faktiskt trevligt. Vi lärde känna halva vägen. En granne bjöd på kaffe och visade sin brunn, som var från artonhundratalet.", ANS, AP, 1, "praise"),
    M(JOHV, "Varför blev det ett minireningsverk?"),
    P(SARA, "Tomten är liten och det är berg nära ytan, så det fanns inte plats för en markbädd. Det var entreprenören som sa det, och inspektören höll med. Minireningsverk var det som gick.", ENT, AP, 0, "neutral"),
    M(JOHV, "Hur hittade ni entreprenören?"),
    P(SARA, "Husleverantören hade en lista, och vi tog den som kunde komma innan gjutningen. Inte så vetenskapligt.", ENT, FI, 0, "neutral"),
    M(JOHV, "Och beslutet?"),
    P(SARA, "Det kom efter fem veckor. Tillstånd med villkor, bland annat att vi ska ha serviceavtal hela tiden och att vi ska skicka in serviceprotokollen varje år. Det är lätt att glömma, visade det sig.", BES, DE, 0, "neutral"),
    M(JOHV, "Har ni glömt?"),
    P(SARA, "En gång. Då fick vi ett brev med en påminnelse och ett nytt datum. Inget drama, men jag skämdes lite.", EFTER, FU, 0, "neutral"),
    M(JOHV, "Vad kostade det?"),
    P(SARA, "Hundrafemtiotusen för verket och installationen. Plus tillståndsavgiften, som var drygt sjutusen. Vi hade det i byggkalkylen, men det var ändå en av de större posterna som inte syns. Ingen kommer hem till en och säger vilket fint avlopp ni har.", KOST, DE, 0, "pain", para=3),
    M(JOHV, "Hur fungerar verket i vardagen?"),
    P(SARA, "Det larmar. Det sitter en lampa i hallen som lyser rött, och en app som skickar notiser. Första året trodde vi att det var fel varje gång, och Oskar sprang ut i pyjamas. Nu vet vi att det oftast är kemikaliedunken som är tom.", DRIFT, US, 0, "pain", para=3),
    M(JOHV, "Hur ofta?"),
    P(SARA, "Kanske en gång i månaden. Det är inte farligt, det är bara ett ställe till i livet som piper.", DRIFT, US, 0, "pain"),
    M(JOHV, "Och serviceavtalet?"),
    P(SARA, "Det är bra, ärligt. De kommer två gånger om året, tar prover, byter det som ska bytas och skickar protokollet direkt till kommunen. Det kostar fyratusen fyrahundra om året. Det är värt det för att slippa tänka.", DRIFT, US, 1, "praise"),
    M(JOHV, "Slamtömning?"),
    P(SARA, "Den går via kommunen, en gång om året. Men verket behöver tömmas oftare, så vi har fått beställa en extra. Det hade ingen sagt till oss, det var serviceteknikern som såg det.", DRIFT, US, 0, "pain"),
    M(JOHV, "Har ni haft någon kontroll från kommunen efter installationen?"),
    P(SARA, "Vi skickade in ett utförandeintyg från entreprenören och bilder från när allt var öppet. Sen har vi inte hört något. Jag antar att tystnad betyder godkänt.", EFTER, FU, 0, "neutral"),
    M(JOHV, "Och tillsynsavgiften?"),
    P(SARA, "Den kom i år. Niohundra kronor. Jag förstår inte riktigt vad vi betalar för, eftersom protokollen redan skickas in av servicefirman. Kanske att någon läser dem?", KOST, FU, -1, "pain"),
    M(JOHV, "Bra fråga."),
    P(SARA, "Jag vill gärna ha svar på den.", "", "", 0, "neutral"),
    M(JOHV, "Hur tänker du kring varför man måste ha allt det här?"),
    P(SARA, "Vi har ju egen brunn. Barnen dricker vattnet. Så jag vill ju inte att vårt avlopp ska hamna där. Det är lätt att vara för det när man själv dricker vattnet.", MILJO, FU, 1, "praise"),
    M(JOHV, "Om du fick ändra en sak?"),
    P(SARA, "Att bygglov och avloppstillstånd hängde ihop. Att någon på byggsidan sa det första dagen. Vi hade sparat två månaders stress.", INFO, FI, -1, "suggestion"),
    M(JOHV, "Något mer?"),
    P(SARA, "Nej, jag tror inte det. Jo, förresten. Entreprenören var jättebra. Han förklarade allt två gånger och satte upp ett papper på kylskåpet om vad man gör när det larmar.", ENT, US, 1, "praise"),
    M(JOHV, "Tack, Sara."),
    P(SARA, "Tack själv, det var kul.", "", "", 1, "praise"),
]

INT4 = [
    M(SPK1, "Hej Tomas, hör du mig?"),
    P(TOMAS, "Ja, jag hör dig. Jag sitter i bilen, men jag har stannat.", "", "", 0, "neutral"),
    M(SPK1, "Bra. Du skrev i mejlet att ni väntar på ett beslut just nu?"),
    P(TOMAS, "Ja, vi skickade in ansökan i augusti, och nu är det november. Vi har fått en komplettering om jordprovet, som vi har skickat in, och sen har det varit tyst.", HAN, PR, -1, "pain"),
    M(SPK1, "Har du hört av dig till dem?"),
    P(TOMAS, "Jag mejlade för två veckor sen och fick ett automatsvar om att inspektören var på semester. Sen inget. Jag vill inte tjata, men jag vill ju bygga innan tjälen kommer.", HAN, PR, -1, "pain"),
    M(SPK1, "Har du pratat med inspektören någon gång?"),
    P(TOMAS, "En gång, i telefon, när jag skulle skicka kompletteringen. Hon var trevlig och förklarade vad ett jordprov ska visa. Det var det bästa samtalet i hela ärendet.", HAN, PR, 1, "praise"),
    M(SPK1, "Vad är det ni har sökt för?"),
    P(TOMAS, "En markbädd. Vi ska sätta in vattentoalett i torpet. Förut hade de torrdass och bara ett rör från diskbänken ut i backen.", ANS, AP, 0, "neutral"),
    M(SPK1, "Okej. Och hur kom ni fram till att ni behövde söka?"),
    P(TOMAS, "Ärligt talat trodde jag att man bara behövde söka om man byggde ett nytt hus. Det här är ju ett gammalt torp. Det var en kollega som sa att så fort man sätter in en vattentoalett så blir det tillståndspliktigt.", INFO, FI, 0, "neutral"),
    M(SPK1, "Hade du kollat med kommunen innan?"),
    P(TOMAS, "Nej. Jag trodde inte att kommunen brydde sig om ett torp i skogen. Det var väl det första misstaget.", INFO, FI, 0, "pain"),
    M(SPK1, "När köpte ni torpet?"),
    P(TOMAS, "Förra våren. Det stod i annonsen enskilt vatten och avlopp, och det lät ju som att det fanns ett avlopp. Det gjorde det, på sätt och vis. Ett rör.", HUS, N, -1, "pain"),
    M(SPK1, "Stod det något om avloppet i besiktningen?"),
    P(TOMAS, "Besiktningsmannen skrev att avloppsanläggningen inte ingick i uppdraget och rekommenderade en avloppsbesiktning. Som jag hoppade över, för den kostade femtusen.", HUS, N, 0, "neutral"),
    M(SPK1, "Mm."),
    P(TOMAS, "Så det var mitt eget fel, på sätt och vis. Men säljaren borde ha sagt något. Han bodde ju där i tjugo år.", HUS, N, -1, "pain"),
    M(SPK1, "Hur gick det till att ta reda på hur man söker?"),
    P(TOMAS, "Jag hittade en blankett på kommunens sida, och en länk till Avloppsguiden, som jag läste på tåget. Där fattade jag till slut vad en markbädd är. Kommunens sida var ganska torr, men den fungerade.", INFO, FI, 0, "praise"),
    M(SPK1, "Och själva ansökan?"),
    P(TOMAS, "Det svåraste var provgropen. Vi är bara där på helger, och man ska gräva ner till en och en halv meter och ta ett jordprov och skicka på analys. Entreprenören gjorde det till slut, för sjutusen.", ANS, AP, -1, "pain", blocks=2),
    M(SPK1, "Vilken entreprenör har ni?"),
    P(TOMAS, "En lokal firma, Ruuds. Det var grannen som tipsade. Det var ingen annan som svarade i telefon.", ENT, FI, 0, "neutral"),
    M(SPK1, "Okej."),
    P(TOMAS, "Jag ringde fem firmor. Två hade fullt till nästa år, två svarade aldrig.", ENT, FI, -1, "pain"),
    M(SPK1, "Vad tänker du om kostnaden?"),
    P(TOMAS, "Entreprenören sa runt hundrafemtiotusen, allt inräknat. Det är nästan en tredjedel av vad vi betalade för torpet. Men vi vill ju kunna ha gäster som inte behöver gå ut på natten.", KOST, AP, 0, "pain", blocks=2),
    M(SPK1, "Vet du vad det kommer att kosta hos kommunen?"),
    P(TOMAS, "Nej, faktiskt inte. Jag antar att ansökan är gratis?", KOST, AP, 0, "question"),
    M(SPK1, "Det brukar vara en avgift."),
    P(TOMAS, "Jaha. Det visste jag inte. Nåja.", KOST, AP, 0, "neutral"),
    M(SPK1, "Har ni tänkt på slamtömning?"),
    P(TOMAS, "Nej, det blir väl kommunen? Jag vet ärligt talat inte hur det fungerar med en markbädd. Töms den?", DRIFT, US, 0, "question"),
    M(SPK1, "Det är slamavskiljaren före markbädden som töms."),
    P(TOMAS, "Jaha, okej. Då vet jag det.", "", "", 0, "neutral"),
    M(SPK1, "Hur tänker du om själva syftet med reglerna?"),
    P(TOMAS, "Jag är inte emot det. Torpet ligger tvåhundra meter från en bäck som går till Lillsjön. Men det känns orimligt att ett torp som används tjugo helger om året ska ha samma krav som ett hus där det bor fem personer året runt.", MILJO, N, 0, "pain"),
    M(SPK1, "Vad hade hjälpt dig mest?"),
    P(TOMAS, "Att någon hade sagt till när vi köpte. En rad i köpekontraktet hade räckt.", HUS, N, 0, "suggestion"),
    M(SPK1, "Och nu, i väntan?"),
    P(TOMAS, "Att man kunde se någonstans var ärendet står. Bara en rad, typ väntar på platsbesök.", HAN, PR, 0, "suggestion"),
    M(SPK1, "Tack Tomas, det var det jag hade."),
    P(TOMAS, "Tack, och lycka till med projektet.", "", "", 1, "praise"),
]

INT5 = [
    M(EMIL, "Hej, hör ni mig? Jag ser bara en ruta, så jag antar att ni sitter båda två vid datorn."),
    P(GA, "Ja, vi sitter här båda två. Det är Gunnel som pratar nu. Och Åke. Hej.", "", "", 0, "neutral"),
    M(EMIL, "Hej på er. Tack för att ni ställer upp. Kan ni börja med att berätta om huset?"),
    P(GA, "Vi har bott i Bäckaby sedan sextioåtta. Åke byggde huset själv med sin far. Avloppet gjorde de också, en trekammarbrunn och en stenkista ner mot hagen. Det har aldrig varit något fel på det.", KRAV, N, 0, "neutral"),
    M(EMIL, "Och så kom det ett brev?"),
    P(GA, "Ja, förra hösten. Jag trodde att det var en räkning. Det stod att avloppet inte var godkänt och att vi måste göra om det. Åke sa att det måste vara fel, för det var godkänt när vi byggde. Det var det ju. Det fanns inga krav då.", KRAV, N, -1, "pain"),
    M(EMIL, "Hur kändes det?"),
    P(GA, "Jag sov dåligt i en vecka. Vi är åttio år. Vad ska vi med ett nytt avlopp till? Men det säger man ju inte till en inspektör.", KRAV, N, -1, "pain"),
    M(EMIL, "Vad gjorde ni sen?"),
    P(GA, "Vi ringde vår son i Göteborg. Han läste på nätet och sa att vi måste söka tillstånd och att det finns något som heter Avloppsguiden. Sen gjorde han allt på datorn. Vi skrev bara under.", INFO, FI, 0, "neutral"),
    M(EMIL, "Ringde ni kommunen själva någon gång?"),
    P(GA, "Åke ringde. Han fick vänta i telefonkö i fyrtio minuter, och sen var det fel person. Men andra gången fick han prata med inspektören, och hon var väldigt vänlig. Hon sa att vi kunde få längre tid om vi behövde.", HAN, FI, 0, "praise"),
    M(EMIL, "Fick ni längre tid?"),
    P(GA, "Vi behövde inte. Åke ville ha det gjort. Han tycker inte om att ha saker hängande.", "", "", 0, "neutral"),
    M(EMIL, "Hur var det med ansökan?"),
    P(GA, "Sonen fyllde i. Men de ville ha en provgrop, och Åke kan inte gräva längre med sin rygg. Så entreprenören kom. Han grävde och sa direkt att vår brunn låg för nära.", ANS, AP, 0, "pain"),
    M(EMIL, "Vad hände då?"),
    P(GA, "I beslutet stod det att det måste vara minst trettio meter mellan avloppet och dricksvattenbrunnen. Det gick inte på vår tomt. Så vi fick borra en ny brunn på andra sidan huset. Det hade vi inte räknat med.", BES, DE, -1, "pain"),
    M(EMIL, "Vad tänkte ni om avgiften för ansökan?"),
    P(GA, "Den betalade sonen, och han sa inte vad den kostade. Han vet att jag hade blivit arg.", KOST, DE, 0, "neutral"),
    M(EMIL, "Och hur mycket kostade bygget?"),
    P(GA, "Brunnen sextiotvåtusen och avloppet hundrafemtiotusen. Vi har pengar på banken, men det var de pengarna som skulle gå till barnbarnen.", KOST, US, -1, "pain"),
    M(EMIL, "Vilken entreprenör hade ni?"),
    P(GA, "Ruuds. De gjorde både brunnen och markbädden. De var snälla mot oss. Grabben som grävde drack kaffe med oss varje dag och förklarade vad han gjorde. Åke följde honom hela tiden.", ENT, US, 1, "praise"),
    M(EMIL, "Det låter trevligt."),
    P(GA, "Han kallade det arbetsledning.", "", "", 0, "neutral"),
    M(EMIL, "Ni fick ju borra ny brunn. Hur är vattnet?"),
    P(GA, "Bättre än i den gamla, faktiskt. Mindre järn. Gunnel säger att kaffet har blivit godare.", MILJO, US, 1, "praise"),
    M(EMIL, "Och när allt var klart?"),
    P(GA, "Då skulle det skickas in foton och ett intyg. Det gjorde entreprenören. Och i våras kom inspektören ut och tittade. Hon tittade i brunnen, den nya, och sa att det såg fint ut. Det var skönt att höra.", EFTER, FU, 1, "praise"),
    M(EMIL, "Mm."),
    P(GA, "Sen kom fakturan för besöket. Tolvhundra kronor. Åke skrev ett brev och frågade varför vi skulle betala för att de kom och kontrollerade något som de själva hade krävt.", KOST, FU, -1, "pain"),
    M(EMIL, "Fick han svar?"),
    P(GA, "Ja. Ett långt. Det stod att det är enligt den taxa som kommunfullmäktige har beslutat. Så nu vet vi det.", KOST, FU, -1, "pain"),
    M(EMIL, "Hur har det fungerat sen dess?"),
    P(GA, "Vi märker ingenting. Det är ju det bästa med det. Slamtömningen kommer som förut, en gång om året.", DRIFT, US, 1, "praise"),
    M(EMIL, "Om ni tänker på varför det här krävs, hur ser ni på det?"),
    P(GA, "Jag tycker att det är bra, faktiskt. Barnbarnen badar i Bäckasjön. Åke håller inte med. Nej, jag tycker att det är byråkrati. Vi har inte förorenat någonting på femtio år. Det vet du inte, Åke.", MILJO, FU, 0, "neutral"),
    M(EMIL, "Det låter som att ni inte är helt överens."),
    P(GA, "Det är vi sällan.", "", "", 0, "neutral"),
    M(EMIL, "Finns det något kommunen kunde ha gjort annorlunda?"),
    P(GA, "Ett brev som man förstår. Det första brevet var skrivet som en dom. Det hade räckt med en mening om att man kan ringa och prata, och vad det ungefär kostar.", KRAV, N, -1, "suggestion"),
    M(EMIL, "Något mer?"),
    P(GA, "Att de gamla får hjälp. Alla har inte en son som kan datorer.", ANS, AP, 0, "suggestion"),
    M(EMIL, "Tack så mycket, båda två."),
    P(GA, "Tack själv. Och hälsa inspektören.", "", "", 1, "praise"),
]

INT6 = [
    M(INT, "Då är inspelningen igång. Kan du börja med att säga vad du gör?"),
    P(SVEN, "Sven Ruud. Jag driver Ruuds Brunnsborrning och Avlopp, som min pappa startade sjuttiotre. Vi är sex anställda, vi borrar brunnar och bygger avlopp, mest här i Rävsund och grannkommunerna.", ENT, N, 0, "neutral"),
    M(INT, "Hur kommer kunderna till er?"),
    P(SVEN, "Oftast med ett brev i handen från miljöförvaltningen. De står i dörren och säger att kommunen vill att de ska göra något, och vad ska de göra. Så jag blir rådgivare innan jag blir entreprenör.", INFO, FI, 0, "neutral"),
    M(INT, "Kommer det kunder som just har köpt hus?"),
    P(SVEN, "Massor. De ringer veckan efter tillträdet. Mäklaren har sagt att avloppet fungerar, och det gör det ju, det rinner iväg. Frågan är bara vart.", HUS, N, -1, "pain"),
    M(INT, "Vad brukar de tro om reglerna?"),
    P(SVEN, "Att det räcker att byta brunnen. Eller att det gamla är godkänt för att det är gammalt. Och en del tror att jag kan ordna tillståndet. Jag kan hjälpa till med ritningen, men det är de som söker, och det är kommunen som bestämmer.", INFO, FI, 0, "neutral"),
    M(INT, "Får ni kunder som har byggt själva?"),
    P(SVEN, "Ibland. Då ska vi titta på något som redan är nergrävt och säga om det är okej. Det kan man inte. Jag säger att de ska ringa kommunen och vara ärliga.", INFO, FI, 0, "neutral"),
    M(INT, "Hur ser ni på provgropen?"),
    P(SVEN, "Den är viktig. Det är den som avgör vad som går. Vi gräver, jag tittar på jorden, tar ett prov till labbet och mäter var grundvattnet står. Helst på våren, för då står det som högst. Gräver man i augusti efter en torr sommar kan det se bättre ut än det är.", ANS, AP, 0, "neutral", fn="Visar en bild i mobilen på en provgrop med vatten i botten."),
    M(INT, "Händer det att ni gräver vid fel tid?"),
    P(SVEN, "Det har hänt. En gång sökte vi infiltration åt en kund efter en provgrop i augusti, och inspektören ville ha en ny grop i april. Det blev avslag. Kunden var inte glad, och jag förstår honom.", BES, DE, 0, "pain"),
    M(INT, "Hur är samarbetet med kommunen?"),
    P(SVEN, "Bättre nu än för tio år sedan. Inspektörerna kan sin sak. Men de är för få. På våren ligger ansökningarna i högar, och då står mina killar och väntar på tillstånd medan kunderna ringer mig och frågar varför det inte händer något.", HAN, PR, 0, "pain"),
    M(INT, "Vad handlar kompletteringarna om?"),
    P(SVEN, "Mest situationsplanen. Avstånd till grannarnas brunnar, som ingen vet var de ligger. Jag har börjat gå runt med kunden och fråga grannarna innan vi söker. Det sparar en månad.", HAN, PR, 0, "neutral"),
    M(INT, "Hur väljer ni vilken sorts anläggning det blir?"),
    P(SVEN, "Det avgör marken och skyddsnivån. Markbädd är det vanligaste hos oss. Minireningsverk när det är trångt eller berg. Jag säger alltid till kunderna att ett minireningsverk är som en bil. Den måste servas, och den går sönder om man struntar i den.", ENT, AP, 0, "neutral"),
    M(INT, "Vad kostar det?"),
    P(SVEN, "En vanlig markbädd med slamavskiljare, runt hundrafemtiotusen med allt. Mer om det är berg eller långt att gräva. Folk blir förskräckta, och jag förstår dem. Men det är en anläggning som ska hålla i trettio år.", KOST, US, 0, "neutral"),
    M(INT, "Mm."),
    P(SVEN, "Och rotavdraget gäller bara arbetet, inte materialet. Många tror att det gäller allt.", KOST, US, 0, "neutral"),
    M(INT, "Hur går själva bygget till?"),
    P(SVEN, "Det är det roliga. Tre dagar, ofta. Men det är väder. Ett regnigt år är gropen full av vatten och då får man pumpa. Och så gamla ledningar som ingen vet var de går. Vi har grävt av en telekabel mer än en gång.", ENT, US, 0, "neutral", fn="Skrattar."),
    M(INT, "Vad händer när det är klart?"),
    P(SVEN, "Vi fotograferar allt innan vi lägger igen, och skickar ett utförandeintyg till kommunen. Jag lärde mig den hårda vägen. En gång hade vi inga bra bilder och inspektören ville att vi skulle gräva upp ett hörn. Det gör man inte om.", EFTER, FU, 0, "neutral"),
    M(INT, "Blir det någon slutbesiktning?"),
    P(SVEN, "Sällan. Kanske var tionde anläggning kommer inspektören ut och tittar. Jag hade hellre sett fler, för då förstår kunderna att det är på riktigt.", EFTER, FU, 0, "suggestion"),
    M(INT, "Märker du något av tillsynen efteråt?"),
    P(SVEN, "Ja, när kunderna ringer och är arga över avgiften. Då får jag förklara att det inte är jag som tar den.", KOST, FU, -1, "pain"),
    M(INT, "Och minireningsverken, hur går det för dem efteråt?"),
    P(SVEN, "Vi servar några, men inte de märken vi inte säljer. Det är ett problem när en servicefirma går i konkurs, då står folk med en maskin som ingen vill röra.", DRIFT, US, -1, "pain"),
    M(INT, "Brunnsborrningen, hänger den ihop med avloppen?"),
    P(SVEN, "Mer än folk tror. Vi borrar nya brunnar åt folk vars gamla ligger för nära deras eget eller grannens avlopp. Det är ofta äldre. Jag har borrat tre brunnar i Bäckaby bara i år.", MILJO, US, 0, "neutral"),
    M(INT, "Har du sett förorenade brunnar?"),
    P(SVEN, "Ja. Det är tråkigt varje gång. Man tar ett vattenprov och det är E. coli, och sen vet alla att det kommer från någon av grannarna. Det blir aldrig riktigt bra mellan dem efter det.", MILJO, N, -1, "pain", fn="Ohörbart några sekunder, traktor utanför."),
    M(INT, "Slamtömningen, har ni med den att göra?"),
    P(SVEN, "Nej, det är kommunens entreprenör. Men jag ser när det inte har tömts. Slamavskiljare som är fulla upp till locket, och då går slammet vidare ut i markbädden och sätter igen den. Då är den förstörd.", DRIFT, US, -1, "pain"),
    M(INT, "Vad skulle du vilja ändra på?"),
    P(SVEN, "Gemensamma lösningar. Fyra, fem hus som går ihop om en anläggning. Det blir billigare och bättre. Men det kräver att kommunen hjälper till att samordna, och det har de inte tid med.", ENT, AP, 0, "suggestion"),
    M(INT, "Något mer?"),
    P(SVEN, "Att kommunen publicerar en lista på entreprenörer som har byggt i kommunen. Inte betyg, bara en lista. Det finns cowboys i den här branschen också.", ENT, FI, 0, "suggestion"),
    M(INT, "Tack, Sven."),
    P(SVEN, "Tack själv. Nu ska jag till en provgrop.", "", "", 1, "praise"),
]

EPOCH = _dt.datetime(2025, 11, 20, 9, 0, 0)

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="transkriptor_docx", turns=FG1, seed=101, start=2.1,
         rate=2.6, pause=(0.4, 1.8), title="Fokusgrupp 1 avlopp 2025-10-14.m4a",
         author="Johanna Berg", epoch=_dt.datetime(2025, 10, 15, 8, 12, 40)),
    dict(file="fokusgrupp-2.docx", fmt="tactiq_docx", turns=FG2, seed=202, start=3.0,
         rate=2.7, pause=(0.5, 2.0), date="15 Oct 2025",
         meeting="Fokusgrupp 2 – enskilt avlopp (digitalt)",
         title="Fokusgrupp 2 – enskilt avlopp (digitalt) - Transcript",
         author="Emil Sjödin", epoch=_dt.datetime(2025, 10, 15, 19, 42, 5)),
    dict(file="intervju-1.csv", fmt="macwhisper_csv", turns=INT1, seed=303, start=0.8,
         rate=2.5, pause=(0.3, 1.4)),
    dict(file="intervju-2.txt", fmt="speechmatics_txt", turns=INT2, seed=404, start=1.0,
         rate=2.5, pause=(0.3, 1.4)),
    dict(file="intervju-3.txt", fmt="voicememo_txt", turns=INT3, seed=505, start=1.0,
         rate=2.5, pause=(0.3, 1.4),
         header=["Intervju 3 – Sara, Björkudden",
                 "Inspelad med Röstmemon på iPhone 22 oktober 2025 hemma hos Sara. Transkriptionen är kopierad ur appen, namnen har jag skrivit in själv. /Johanna"]),
    dict(file="intervju-4.txt", fmt="notta_txt", turns=INT4, seed=606, start=0.5,
         rate=2.6, pause=(0.3, 1.5)),
    dict(file="intervju-5.vtt", fmt="teams_vtt", turns=INT5, seed=707, start=4.2,
         rate=2.3, pause=(0.4, 1.6), guid="8c41d7e2-5b0f-4a9e-b3c6-2f97a1e0d45b", first_id=14),
    dict(file="intervju-6.docx", fmt="footnote_docx", turns=INT6, seed=808, start=1.0,
         rate=2.5, pause=(0.3, 1.4), title="Intervju 6 – Sven Ruud, entreprenör",
         header=["Datum: 2025-11-12. Plats: Ruuds kontor, Västra Rävsund. Intervjuare: Johanna Berg (JB).",
                 "Transkriberat av JB från ljudfil. Mina anmärkningar står i fotnoter."],
         author="Johanna Berg", epoch=_dt.datetime(2025, 11, 14, 15, 30, 0)),
]

CODEBOOK = [
    (KRAV, "Inventeringen och kravet på åtgärd",
     "Det som sätter igång ärendet: kommunens inventering, inspektörens första besök, brevet om att avloppet inte är godkänt, föreläggande, förbud och tidsfrister, sanktionsavgift, ett nytt hus på en tomt utan kommunalt avlopp, och hur man reagerar på kravet. Tron att ett gammalt avlopp är godkänt för att det är gammalt hör hit när den gäller det egna kravet; allmänna missuppfattningar om regler hör till regler_information. Husköpet hör till huskop_ansvar.",
     ["Bristfällig rening, åtgärd krävs inom två år", "Det första brevet var skrivet som en dom",
      "Förbud! Som om vi skulle sluta gå på toaletten"]),
    (HUS, "Husköp och vem som bär ansvaret",
     "Att köpa ett hus eller fritidshus med ett avlopp som inte är godkänt: visning, annons, mäklare, säljare, besiktning som inte omfattar avloppet, köpekontrakt, och vems ansvaret är. Brevet om kravet som kommer efter köpet hör till inventering_krav.",
     ["Det stod att avloppet inte ingick i besiktningen",
      "Mäklaren sa att det fanns en trekammarbrunn, som om det var ett plus",
      "En rad i köpekontraktet hade räckt"]),
    (INFO, "Regler och information",
     "Att ta reda på vad som gäller innan man söker: kommunens webbplats, Avloppsguiden, Havs- och vattenmyndighetens vägledning, telefontid och växel, grannar, Facebookgrupper, entreprenörens råd innan ansökan, och vad folk tror om reglerna (tillstånd bara för nya hus, fritidshus, bygglovet). Vad något kostar hör till kostnader_avgifter även när det saknas i informationen; att välja entreprenör hör till entreprenor_anlaggning.",
     ["Vi trodde att det ingick i bygglovet", "Avloppsguiden var faktiskt bra",
      "Vi fick fråga i en Facebookgrupp"]),
    (ANS, "Ansökan och underlag",
     "Själva ansökan om tillstånd: blanketten och e-tjänsten, situationsplan med avstånd till brunnar, provgrop och jordprov, skyddsnivå, underskrifter, att någon annan (sonen, entreprenören) fyller i. Kompletteringar som kommer efter att ansökan är inne hör till handlaggning_kontakt; kostnaden för provgropen till kostnader_avgifter.",
     ["Det var provgropen", "Bara att få ihop underskrifterna tog längre tid än handläggningen",
      "Skyddsnivån. Normal eller hög."]),
    (HAN, "Handläggning och kontakt med förvaltningen",
     "Tiden mellan ansökan och beslut och kontakten med miljöförvaltningen: kompletteringar, väntan och kö, att inte veta var ärendet står, platsbesök, inspektörens bemötande, telefonkö, byte av handläggare, och hur inspektören själv beskriver sitt arbete. Tiden det tar innan grannen får ett föreläggande hör hit; vad som händer med brunnen hör till miljo_brunnar_grannar.",
     ["Den andra gällde samma sak som den första", "Bara ett diarienummer",
      "Hon kom ut med båt till Rävön"]),
    (BES, "Beslut, villkor och avslag",
     "Beslutet och vad det innehåller: tillstånd med villkor, skyddsavstånd till brunnar, fosforfälla, serviceavtal som villkor, provtagningsbrunn, avslag och skälen, att söka igen. Avgiften som kommer med beslutet hör till kostnader_avgifter; att följa villkoren efteråt (protokoll, utförandeintyg) hör till efterkontroll_tillsyn.",
     ["Vi fick avslag först.", "minst trettio meter från min egen brunn",
      "Jag frågade entreprenören vad mättad betyder"]),
    (KOST, "Kostnader och avgifter",
     "Vad det kostar och hur man ser på det: anläggningen (runt 150 000 kr), provgrop, ny brunn, prövningsavgift och timavgift, avgift även vid avslag, tillsynsavgift, slamtömning och pråmfrakt, rotavdrag, bidrag, och att information om kostnaden saknas. En tillsyn som inte blev av men fakturerades hör till efterkontroll_tillsyn när det är uteblivet besök som är poängen.",
     ["Men det känns fel att betala för ett nej", "Elvahundra kronor",
      "Jag antar att ansökan är gratis?"]),
    (ENT, "Entreprenören och anläggningen",
     "Att hitta och anlita en entreprenör (kö, firmor som inte svarar, säljare), val av teknik (markbädd, infiltration, minireningsverk, gemensam anläggning) och själva bygget: grävning, väder, kvalitet, bemötande, förslag om listor över entreprenörer. Entreprenörens råd om vad reglerna kräver hör till regler_information; service och larm efter bygget hör till drift_slamtomning.",
     ["De grävde på tre dagar och det var ordning och reda",
      "Det finns cowboys i den här branschen också", "Entreprenörerna har kö till våren"]),
    (DRIFT, "Drift, larm, service och slamtömning",
     "Att leva med anläggningen: minireningsverkets larm, app och kemikalier, serviceavtal och servicefirmor, sluten tank och hur ofta den töms, kommunens slamtömning, vad som händer när slamavskiljaren inte töms. Vad tömningen kostar hör till kostnader_avgifter; serviceprotokoll som kommunen begär vid tillsyn hör till efterkontroll_tillsyn.",
     ["Det var en flottör som frös", "Slambilen kom inte förrän den tjugosjunde",
      "det är bara ett ställe till i livet som piper"]),
    (MILJO, "Miljön, brunnar och grannar",
     "Varför kraven finns och vad man tycker om det: sjöar, åar och alger, egen och grannens dricksvattenbrunn, förorenade brunnar och E. coli, anmälan mot en granne, att se nyttan eller se byråkrati, rimligheten för fritidshus och gårdar. Skyddsavstånd som villkor i beslutet hör till beslut_villkor; handläggningstiden efter en anmälan hör till handlaggning_kontakt.",
     ["Vi tog ett vattenprov och det var E. coli i det", "Barnbarnen badar i Bäckasjön",
      "Vi har sett algerna på sensommaren"]),
    (EFTER, "Slutkontroll, uppföljning och tillsyn",
     "Efter bygget: utförandeintyg och foton, slutbesiktning eller stickprov, beskedet att ärendet är avslutat eller ingenting alls, påminnelser om serviceprotokoll, tillsynsbesök och hur ofta de görs. Tillsynsavgiften som sådan hör till kostnader_avgifter.",
     ["Jag antar att tystnad betyder godkänt", "på den ena syns mest hunden",
      "Ingen kom, men fakturan kom"]),
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


def ms_(s: float) -> str:
    s = int(s)
    assert s < 3600
    return f"{s // 60:02d}:{s % 60:02d}"


def vtt_time(s: float) -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}.{ms % 1000:03d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def segments(text: str, target: int) -> list[str]:
    """Sentence groups of at least `target` words (a short tail joins the last)."""
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


def groups(text: str, k: int) -> list[str]:
    """Paragraphs of k sentences (Transkriptor's paragraph size)."""
    sents = sentences(text)
    out = [" ".join(sents[i:i + k]) for i in range(0, len(sents), k)]
    assert " ".join(out) == norm(text)
    return out


def split_in(text: str, n: int) -> list[str]:
    """n paragraphs of roughly equal sentence count."""
    sents = sentences(text)
    assert len(sents) >= n, text
    cut = [round(i * len(sents) / n) for i in range(n + 1)]
    out = [" ".join(sents[cut[i]:cut[i + 1]]) for i in range(n)]
    assert len(out) == n and " ".join(out) == norm(text)
    return out


def whisper_chunks(text: str, rnd: random.Random) -> list[str]:
    """Whisper-like segments: cut at a sentence end once a chunk has 6+ words, or
    anywhere after 11-17 words."""
    words = norm(text).split()
    out, cur = [], []
    limit = rnd.randint(11, 17)
    for w in words:
        cur.append(w)
        if (w[-1] in ".?!" and len(cur) >= 6) or len(cur) >= limit:
            out.append(" ".join(cur))
            cur = []
            limit = rnd.randint(11, 17)
    if cur:
        if out and len(cur) < 3:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    assert " ".join(out) == norm(text)
    return out


def repackage(raw: bytes, when: _dt.datetime, app_name: str, extra=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; drop the
    thumbnail python-docx ships; name the application in docProps/app.xml; apply
    `extra(parts)` (used to add footnotes) before zipping."""
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
    if extra:
        extra(parts)
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
    cp.revision = 3


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_transkriptor_docx(s):
    """Transkriptor's Word export with speaker names and timestamps, paragraph size
    four sentences, same-speaker segments not merged: the file name as title, then
    per paragraph a line 'Name hh:mm:ss' (name bold, time grey) and the text below,
    an empty paragraph between blocks. Speakers renamed in the editor, except
    'Speaker 6'."""
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
        paras = groups(t["text"], 4)
        words = len(norm(t["text"]).split())
        done = 0
        for k, para in enumerate(paras):
            at = a + (b - a) * done / words + (0.3 if k else 0)
            done += len(para.split())
            p = d.add_paragraph()
            p.add_run(t["speaker"]).bold = True
            tr = p.add_run(" " + hms(at))
            tr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            d.add_paragraph(para)
            d.add_paragraph("")
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def write_tactiq_docx(s):
    """Tactiq's Google Doc downloaded as Word (.docx): the Tactiq banner, an empty
    line, 'date | meeting', 'Attendees: …', an empty line, 'Transcript', then one
    paragraph per caption line 'mm:ss Display Name: text'."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    names = []
    for t in s["turns"]:
        if t["speaker"] not in names:
            names.append(t["speaker"])
    for line in ["Transcript delivered by Tactiq.io - get it for your Google Meet today!", "",
                 f"{s['date']} | {s['meeting']}", "Attendees: " + ", ".join(names), "",
                 "Transcript"]:
        d.add_paragraph(line)
    for t, (a, b) in zip(s["turns"], timings(s)):
        segs = segments(t["text"], 20)
        words = len(norm(t["text"]).split())
        done = 0
        for seg in segs:
            at = a + (b - a) * done / words
            done += len(seg.split())
            d.add_paragraph(f"{ms_(at)} {t['speaker']}: {seg}")
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Google Docs")


def write_macwhisper_csv(s):
    """MacWhisper CSV (whisper.cpp's layout): 'start,end,text', times in
    milliseconds, the text quoted with Whisper's leading space, one row per Whisper
    segment, LF. MacWhisper leaves out the speakers it knows, so the researcher typed
    'Name: ' into the first segment of every turn."""
    rnd = random.Random(s["seed"] + 1)
    lines = ["start,end,text"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        chunks = whisper_chunks(t["text"], rnd)
        words = len(norm(t["text"]).split())
        done = 0
        for k, ch in enumerate(chunks):
            t0 = a + (b - a) * done / words
            done += len(ch.split())
            t1 = a + (b - a) * done / words
            text = (f"{t['speaker']}: " if k == 0 else "") + ch
            assert '"' not in text
            lines.append(f'{int(t0 * 1000)},{int(t1 * 1000)}," {text}"')
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_speechmatics_txt(s):
    """Speechmatics batch transcript, format=txt, speaker diarization: a block
    'SPEAKER: S1' + newline + the words, a blank line at each change of speaker;
    UU for a voice it could not place."""
    blocks = [f"SPEAKER: {t['speaker']}\n{norm(t['text'])}" for t in s["turns"]]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def write_voicememo_txt(s):
    """Voice Memos transcript copied into TextEdit and saved as plain text (UTF-8,
    LF, no final newline): two header lines by the researcher, an empty line, then
    Apple's paragraphs with an empty line between; the researcher typed 'NAME: ' in
    front of the first paragraph of each turn. Long turns stay in Apple's two or
    three paragraphs, the later ones without a name."""
    paras = list(s["header"]) + [""]
    body = []
    for t in s["turns"]:
        parts = split_in(t["text"], t.get("para", 1))
        body.append(f"{t['speaker']}: {parts[0]}")
        body.extend(parts[1:])
    return ("\n".join(paras) + "\n" + "\n\n".join(body)).encode("utf-8")


def write_notta_txt(s):
    """Notta TXT export (from memory): 'Name mm:ss' line, the text below, an empty
    line between blocks; the interviewer left as 'Speaker 1'; two long answers are
    two blocks of the same speaker."""
    blocks = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        parts = split_in(t["text"], t.get("blocks", 1))
        words = len(norm(t["text"]).split())
        done = 0
        for part in parts:
            at = a + (b - a) * done / words + (0.8 if done else 0)
            done += len(part.split())
            blocks.append(f"{t['speaker']} {ms_(at)}\n{part}")
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def vtt_escape(x: str) -> str:
    return x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_teams_vtt(s):
    """Teams .vtt: 'WEBVTT', cue ids '<guid>/<n>-<k>', '<v Display Name>text</v>' on
    one line, the display name and text with '&' escaped as '&amp;'; the couple on one
    guest account ('Gunnel & Åke Lindahl (Gäst)')."""
    out = ["WEBVTT", ""]
    n = s["first_id"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        segs = segments(t["text"], 14)
        words = len(norm(t["text"]).split())
        done = 0
        for k, seg in enumerate(segs):
            t0 = a + (b - a) * done / words
            done += len(seg.split())
            t1 = a + (b - a) * done / words
            out += [f"{s['guid']}/{n}-{k}", f"{vtt_time(t0)} --> {vtt_time(t1)}",
                    f"<v {vtt_escape(t['speaker'])}>{vtt_escape(seg)}</v>", ""]
        n += 1
    return "\n".join(out).encode("utf-8")


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "{notes}</w:footnotes>")
FOOTNOTE = ('<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
FN_REF = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
          '<w:footnoteReference w:id="{i}"/></w:r>')


def write_footnote_docx(s):
    """Word file typed by the researcher: bold title, two header paragraphs, an empty
    paragraph, then 'Intervjuare:' / 'Sven:' in bold and the text; the researcher's
    notes are real Word footnotes (word/footnotes.xml), not text in the paragraph."""
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
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    notes = []
    for t in s["turns"]:
        p = d.add_paragraph()
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run(" " + t["text"])
        if t.get("fn"):
            notes.append(t["fn"])
            p.add_run(f"§FN{len(notes)}§")
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)

    def add_footnotes(parts):
        doc = parts["word/document.xml"].decode("utf-8")
        for i in range(1, len(notes) + 1):
            doc, k = re.subn(rf"<w:r><w:t>§FN{i}§</w:t></w:r>", FN_REF.format(i=i), doc)
            assert k == 1, i
        parts["word/document.xml"] = doc.encode("utf-8")
        parts["word/footnotes.xml"] = FOOTNOTES_XML.format(notes="".join(
            FOOTNOTE.format(i=i, text=html.escape(x, quote=False))
            for i, x in enumerate(notes, 1))).encode("utf-8")
        rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
        rels = rels.replace("</Relationships>",
                            '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                            "</Relationships>")
        parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
        ct = parts["[Content_Types].xml"].decode("utf-8")
        ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="'
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.'
                        'footnotes+xml"/></Types>')
        parts["[Content_Types].xml"] = ct.encode("utf-8")

    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word", add_footnotes)


WRITERS = dict(transkriptor_docx=write_transkriptor_docx, tactiq_docx=write_tactiq_docx,
               macwhisper_csv=write_macwhisper_csv, speechmatics_txt=write_speechmatics_txt,
               voicememo_txt=write_voicememo_txt, notta_txt=write_notta_txt,
               teams_vtt=write_teams_vtt, footnote_docx=write_footnote_docx)
NEEDS = dict(transkriptor_docx="docx", tactiq_docx="docx", footnote_docx="docx")


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


def _paras(data):
    import docx
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def parse_transkriptor_docx(data):
    ps = _paras(data)
    pairs = []
    for i, p in enumerate(ps):
        m = re.match(r"^(.+) \d\d:\d\d:\d\d$", p)
        if m and i + 1 < len(ps):
            pairs.append((m.group(1), ps[i + 1]))
    return _merge(pairs)


def parse_tactiq_docx(data):
    ps = _paras(data)
    start = ps.index("Transcript") + 1
    pairs = []
    for p in ps[start:]:
        m = re.match(r"^\d\d:\d\d ([^:]+): (.*)$", p)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_macwhisper_csv(data):
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["start", "end", "text"]
    pairs = []
    for _, _, text in rows[1:]:
        m = re.match(r"^ (Johanna|Linnea): (.*)$", text)
        if m:
            pairs.append([m.group(1), m.group(2)])
        else:
            pairs[-1][1] += " " + text.strip()
    return _merge(pairs)


def parse_speechmatics_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip("\n").split("\n\n"):
        head, text = block.split("\n", 1)
        pairs.append((head.removeprefix("SPEAKER: "), text))
    return _merge(pairs)


def parse_voicememo_txt(data):
    text = data.decode("utf-8")
    body = text.split("\n\n", 1)[1]
    pairs = []
    for para in body.split("\n\n"):
        m = re.match(r"^(JOHANNA|SARA): (.*)$", para, re.S)
        if m:
            pairs.append([m.group(1), m.group(2)])
        else:
            pairs[-1][1] += " " + para
    return _merge(pairs)


def parse_notta_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip("\n").split("\n\n"):
        head, text = block.split("\n", 1)
        m = re.match(r"^(.+) \d\d:\d\d$", head)
        pairs.append((m.group(1), text))
    return _merge(pairs)


def parse_teams_vtt(data):
    pairs = []
    for m in re.finditer(r"^<v ([^>]+)>(.*)</v>$", data.decode("utf-8"), re.M):
        pairs.append((html.unescape(m.group(1)), html.unescape(m.group(2))))
    return _merge(pairs)


def parse_footnote_docx(data):
    pairs = []
    for p in _paras(data):
        m = re.match(r"^(Intervjuare|Sven): (.*)$", p, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


PARSERS = dict(transkriptor_docx=parse_transkriptor_docx, tactiq_docx=parse_tactiq_docx,
               macwhisper_csv=parse_macwhisper_csv, speechmatics_txt=parse_speechmatics_txt,
               voicememo_txt=parse_voicememo_txt, notta_txt=parse_notta_txt,
               teams_vtt=parse_teams_vtt, footnote_docx=parse_footnote_docx)


def visible_text(fmt, data):
    """All text a reader of the file sees, whitespace-normalised (for the check that
    every gold text, sentence by sentence, is in its file)."""
    if fmt.endswith("docx"):
        return norm(" ".join(_paras(data)))
    if fmt == "macwhisper_csv":
        return norm(" ".join(r[2] for r in csv.reader(io.StringIO(data.decode("utf-8")))))
    if fmt == "teams_vtt":
        return norm(html.unescape(data.decode("utf-8")))
    return norm(data.decode("utf-8"))


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
            seen = visible_text(s["fmt"], data)
            for i, t in enumerate(turns):
                for sent in sentences(t["text"]):
                    if sent not in seen:
                        problems.append(f"{s['file']} turn {i}: not in file: {sent}")
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
        w.writerow(["speaker", "segment", "system", "area", "situation"])
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
          "every gold sentence found in its file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
