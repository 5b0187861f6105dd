#!/usr/bin/env python3
"""Generate the fictional study of applying for and attending daglig verksamhet (LSS) in
Norrvik kommun: transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all
from the session lists in this file.

Python 3.11, standard library, plus python-docx (two .docx files). Run with the
project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer turn,
P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B() for a
participant backchannel / small talk (no theme, no stage). Files and gold rows are
written from the same list, so turn indices cannot drift. In fokusgrupp-2.docx a turn's
text may carry the researcher's tracked changes as [-deleted-] and [+inserted+]; the gold
text is the text with the changes accepted (deleted words were never said). After writing,
every file is parsed back with a minimal parser for its layout and compared with the list,
every gold text must occur in the text of its transcript file, and every codebook example
must be an exact excerpt of a participant turn of that theme (and of no other theme).

Output is byte-identical between runs: timings are seeded, the .docx files are re-zipped
with fixed timestamps, fixed core properties and fixed revision and comment dates.
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
from xml.etree import ElementTree as ET

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


BEH = "behov_overgang"
INF = "information_vagar"
ANS = "ansokan_utredning"
BEM = "bemotande_delaktighet"
BES = "beslut_overklagande"
VAL = "val_och_start"
VAR = "vardag_handledare"
RES = "resor_fardtjanst"
EKO = "ersattning_ekonomi"
PLA = "planering_uppfoljning"
VID = "vagen_vidare"
ANH = "anhoriga_godman"
THEMES = (BEH, INF, ANS, BEM, BES, VAL, VAR, RES, EKO, PLA, VID, ANH)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
KARIN, ANNIKA, THOMAS, MARIA, HUSSEIN, BIRGITTA = (
    "Karin Lund", "Annika Berglund", "Thomas Åberg", "Maria Nilsson", "Hussein Ali",
    "Birgitta Eklund")                                            # fokusgrupp-1.txt (Teams copy)
SOFIA, ELLEN, ELIAS, REBECKA, MATTIAS, NADIA, KALLE = (
    "Sofia", "Ellen", "Elias", "Rebecka", "Mattias", "Nadia", "Kalle")  # fokusgrupp-2.docx
WHITE, ALVA, EVA = "white", "#ffff00", "#00ffff"                 # intervju-1.srt (colours)
JOHAN = "yellow"                                                 # intervju-2.vtt (c.yellow)
SP1, HELENA = "Speaker 1", "Helena"                              # intervju-3.txt (Recorder)
SOFIA_H, IPHONE, LENA = "Sofia Hed", "iPhone", "Lena Åkesson"   # intervju-4.vtt (Zoom)
INTV, HANDL = "Intervjuare", "Handledare"                        # intervju-5.txt (typed)
FRAGA, SVAR = "Fråga", "Svar"                                    # intervju-6.docx (lättläst)

PARTICIPANTS = [
    # speaker; segment; role; age_group; situation
    (KARIN, "moderator", "utvärderare, Norrvik kommun", "", ""),
    (ANNIKA, "förälder", "mamma", "45-54",
     "son på 20 som gick ut anpassade gymnasiet i juni, började på Returen i september"),
    (THOMAS, "förälder", "pappa", "55-64",
     "dotter på 24 med autism, utbränd efter lagerjobb, avslag först och beviljat efter ny ansökan"),
    (MARIA, "god man", "god man för tre huvudmän", "55-64",
     "två huvudmän på daglig verksamhet, Verkstan och Returen"),
    (HUSSEIN, "förälder", "pappa", "45-54",
     "son på 19 som slutar anpassade gymnasiet till sommaren, har inte ansökt än"),
    (BIRGITTA, "förälder", "mamma", "55-64",
     "son på 31 som gått på Verkstan i tio år och nu börjar på ICA med lönebidrag"),
    (SOFIA, "moderator", "utvärderare, Norrvik kommun", "", ""),
    (ELLEN, "moderator", "antecknare", "", ""),
    (ELIAS, "deltagare", "deltagare, Verkstan", "18-24",
     "intellektuell funktionsnedsättning, talar i korta meningar, snickeriet"),
    (REBECKA, "deltagare", "deltagare, Café Kvarnen", "25-34",
     "autism, slutade på en butik, väntade fyra månader på plats på Kvarnen"),
    (MATTIAS, "deltagare", "deltagare, Verkstan", "35-44",
     "montering och lager i sex år, vill ha ett anställt arbete"),
    (NADIA, "deltagare", "deltagare, Verkstan", "18-24",
     "ADHD, gick ut anpassade gymnasiet, hemma ett år, började i augusti"),
    (KALLE, "deltagare", "deltagare, Verkstan", "45-54",
     "på Verkstan i tjugo år, vill vara kvar"),
    (WHITE, "moderator", "intervjuare (vit text, ingen färgtagg)", "", ""),
    (ALVA, "deltagare", "deltagare, Ateljé Norr", "25-34",
     "autism, utbränd efter förskolejobb, målar på Ateljé Norr sedan i våras"),
    (EVA, "förälder", "mamma", "55-64", "Alvas mamma, med på intervjun"),
    (JOHAN, "deltagare", "deltagare, Returen", "35-44",
     "lindrig intellektuell funktionsnedsättning, förlorade lönebidragsjobbet vid en konkurs"),
    (SP1, "moderator", "intervjuare", "", ""),
    (HELENA, "personal", "LSS-handläggare, biståndsenheten", "45-54",
     "handläggare för vuxna enligt LSS sedan sex år"),
    (SOFIA_H, "moderator", "intervjuare", "", ""),
    (IPHONE, "förälder", "mamma (Lena, innan hon bytte namn i Zoom)", "45-54",
     "son på 19 med autism och ADHD, avslag och vunnet överklagande i förvaltningsrätten"),
    (LENA, "förälder", "mamma", "45-54",
     "son på 19 med autism och ADHD, avslag och vunnet överklagande i förvaltningsrätten"),
    (INTV, "moderator", "intervjuare", "", ""),
    (HANDL, "personal", "handledare, Verkstan", "55-64", "handledare i elva år, tidigare snickare"),
    (FRAGA, "moderator", "boendestödjare som ställde frågorna", "", ""),
    (SVAR, "deltagare", "deltagare, Tvätten (Ida)", "18-24",
     "talar i korta meningar, bor i egen lägenhet med boendestöd"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
FG1 = [  # Teams, copied from the transcript panel; parents and a god man
    M(KARIN, "Då tror jag att alla är med. Välkomna, och tack för att ni ställer upp en onsdagskväll. Jag heter Karin och jobbar med utvärdering på kommunen, men jag fattar inga LSS-beslut, det vill jag säga direkt. Vi ska prata om daglig verksamhet, hela vägen från när ni började fundera till hur det är i dag. Kan vi börja med en runda, vem du är och vem du är här för?"),
    P(ANNIKA, "Ja, hej, Annika heter jag. Jag är mamma till Oskar som är tjugo. Han gick ut anpassade gymnasiet här i Norrvik i juni, och sen dess har han mest varit hemma, så det är väl där vi är.", BEH, N, 0, "neutral"),
    P(THOMAS, "Thomas, pappa till Linnea som är tjugofyra. Hon har autism och jobbade på ett lager i tre år, men hon gick in i väggen förra hösten. Efter det klarade hon inte ens att handla själv. Så det var därför vi började titta på daglig verksamhet.", BEH, N, 0, "neutral"),
    P(MARIA, "Maria Nilsson. Jag är god man, inte förälder. Jag har tre huvudmän och två av dem går på daglig verksamhet, en på Verkstan och en på Returen.", ANH, N, 0, "neutral"),
    P(HUSSEIN, "Hussein. Min son Samir är nitton, han har en intellektuell funktionsnedsättning. Vi kom hit när han var elva. Han slutar skolan till sommaren, så vi är lite tidigt ute, kan man säga.", BEH, N, 0, "neutral"),
    P(BIRGITTA, "Birgitta, och jag är väl den gamla i gänget. Min son Jonas är trettioett och har gått på Verkstan i tio år. Nu ska han börja på ICA med lönebidrag, om allt går som det ska.", VID, N, 0, "neutral"),
    B(ANNIKA, "Men grattis till honom.", 1, "praise"),
    M(KARIN, "Om vi går tillbaka till början. Hur fick ni veta att daglig verksamhet fanns och vad det var?"),
    P(ANNIKA, "Skolan. Eller, skolan sa att det fanns, men inte mer än så. På utvecklingssamtalet i trean sa mentorn att vi borde söka LSS i god tid, och jag frågade vad god tid var, och det visste hon inte.", INF, FI, -1, "pain"),
    P(HUSSEIN, "För oss var det habiliteringen. Kuratorn där var väldigt bra. Hon ritade på ett papper: skolan slutar här, sen ansökan, sen utredning, sen beslut. Jag har kvar pappret i köket.", INF, FI, 1, "praise"),
    P(THOMAS, "Vi hade ingen aning. Linnea hade ju jobbat, hon fanns inte i något system. Det var en kollega till min fru som sa att hon kanske tillhörde personkretsen, och sen fick vi googla vad personkrets betydde.", INF, FI, -1, "pain"),
    P(MARIA, "Facebookgruppen, ärligt talat. Föräldrar LSS Norrvik. Där står allt som kommunens sida inte säger, vem man ska ringa, vilka ställen som har plats. Fast man får sålla, det står en del konstigheter där också.", INF, FI, 0, "neutral"),
    B(BIRGITTA, "Det gör det."),
    P(BIRGITTA, "När Jonas började fanns inte den gruppen. Då var det FUB. De hade en kväll i församlingshemmet, och det var där jag förstod att han hade rätt till något alls.", INF, FI, 0, "neutral"),
    P(HUSSEIN, "Jag trodde först att man måste ha jobbat för att få daglig verksamhet. Att det var som a-kassa. Så jag väntade nästan ett år innan jag frågade någon.", INF, FI, -1, "pain"),
    M(KARIN, "Och kommunens webbplats, var det någon som använde den?"),
    P(ANNIKA, "Jag försökte. Det står att man ska kontakta biståndsenheten. Inte vilka verksamheter som finns, inte hur lång tid det tar. Inte särskilt hjälpsamt.", INF, FI, -1, "pain"),
    P(THOMAS, "Den är inte dålig. Den är bara skriven för någon som redan vet.", INF, FI, -1, "pain"),
    M(KARIN, "Hur gick själva ansökan till?"),
    P(THOMAS, "Man ringer, visade det sig. Jag satt och letade efter en blankett i två kvällar. Sen ringde jag växeln och fick prata med en handläggare som sa att det räcker att Linnea säger att hon vill ansöka. Två kvällar.", ANS, AP, -1, "pain"),
    P(ANNIKA, "Vi skrev en ansökan på papper ändå, Oskar och jag. Han ville skriva själv vad han gillar. Han skrev att han vill jobba med bilar och inte vara hemma.", ANS, AP, 0, "neutral"),
    P(MARIA, "Som god man får jag ansöka för mina huvudmän, det ingår i uppdraget. Men jag försöker alltid ha med dem. Det är ju deras ansökan, inte min.", ANH, AP, 0, "neutral"),
    P(THOMAS, "Det som tog tid var intyget. Handläggaren ville ha något som visade personkretsen, och Linnea hade fått sin diagnos som vuxen hos en privat psykiatriker som hade lagt ner. Vi fick beställa journalen från regionen.", ANS, AP, -1, "pain"),
    M(KARIN, "Hur lång tid tog det?"),
    P(THOMAS, "Sju veckor för journalen. Och sen ville de ha en ny bedömning ändå.", ANS, PR, -1, "pain"),
    B(BIRGITTA, "Sju veckor. Oj."),
    P(HUSSEIN, "Vi har inte ansökt än. Kuratorn säger att vi ska göra det i februari, så att beslutet finns när skolan slutar. Stämmer det, att det tar fyra månader?", ANS, AP, 0, "question"),
    P(BIRGITTA, "Det tog tre för oss, men det var tio år sen. Jag skulle inte räkna med det.", ANS, PR, 0, "neutral"),
    M(KARIN, "Berätta om mötet med handläggaren, själva utredningen."),
    P(ANNIKA, "Hon kom hem till oss. Hon var trevlig, verkligen. Men hon pratade med mig. Oskar satt bredvid och hon frågade mig vad han tyckte om. Till slut sa han: jag sitter här.", BEM, PR, -1, "pain"),
    B(BIRGITTA, "Åh."),
    P(ANNIKA, "Och då bad hon om ursäkt och vände sig mot honom. Resten av mötet var bra, faktiskt.", BEM, PR, 0, "praise"),
    P(THOMAS, "Linnea orkade inte med ett möte hemma. Hon ville ha frågorna i förväg. Det fick hon till slut, på mejl, efter lite tjat. Det gjorde stor skillnad.", BEM, PR, 1, "praise"),
    P(MARIA, "Jag har varit med på många sådana möten. Det beror helt på vem man får. En handläggare tog med bildstöd, en annan läste innantill från en blankett i fyrtio minuter.", BEM, PR, 0, "neutral"),
    P(HUSSEIN, "Pratar de bara svenska på mötet, eller kan vi få tolk? Min fru förstår inte allt.", BEM, PR, 0, "question"),
    P(MARIA, "Man har rätt till tolk, det ska de ordna. Säg det när ni bokar tiden.", BEM, PR, 0, "neutral"),
    M(KARIN, "Och beslutet, hur var det att få det?"),
    P(THOMAS, "Första beslutet var avslag. Hon tillhörde inte personkretsen, stod det, eftersom hon hade klarat ett arbete. Som om det var ett bevis på att hon inte behövde något. Hon klarade det tills hon inte klarade det.", BES, DE, -1, "pain"),
    M(KARIN, "Vad gjorde ni då?"),
    P(THOMAS, "Vi överklagade inte. Vi ansökte igen med ett nytt intyg från psykiatrin, och då gick det. Men det tog ett halvår till.", BES, DE, 0, "neutral"),
    P(ANNIKA, "Oskar fick beviljat direkt. Beslutet var två sidor, mest paragrafer. Jag fick läsa det tre gånger innan jag såg att det var ett ja.", BES, DE, 0, "pain"),
    P(MARIA, "Besluten skickas till mig, inte till huvudmannen. Jag brukar läsa dem högt. De är inte skrivna för att någon ska förstå dem, de är skrivna för att hålla i rätten.", BES, DE, -1, "pain"),
    P(BIRGITTA, "Varför kan de inte skicka en lättläst version också? Det kan inte vara så svårt.", BES, DE, -1, "suggestion"),
    B(HUSSEIN, "Nej."),
    M(KARIN, "Om vi går vidare till att välja ställe och börja. Hur gick det till?"),
    P(ANNIKA, "Vi fick en lista med sju verksamheter och fick gå på studiebesök. Oskar ville till Verkstan direkt, där står en gammal moped som de skruvar på. Men där var det kö, så han fick börja på Returen i stället.", VAL, US, 0, "pain"),
    P(BIRGITTA, "Verkstan är bra, säg det till honom. Det är handledarna som gör det.", VAR, US, 1, "praise"),
    P(THOMAS, "För Linnea var studiebesöken det svåra. Nya ställen, nya människor, ljud. Hon klarade ett av fyra. Till slut var det handledaren på Ateljé Norr som kom hem till oss och fikade först, och då gick det.", VAL, US, 1, "praise"),
    P(HUSSEIN, "Får man välja själv, eller är det kommunen som bestämmer var han hamnar?", VAL, FI, 0, "question"),
    P(MARIA, "Man får önska. Men finns det ingen plats så finns det ingen plats.", VAL, US, -1, "neutral"),
    P(ANNIKA, "Introduktionen på Returen var bra, ska jag säga. Två veckor med halva dagar, och samma handledare hela tiden.", VAL, US, 1, "praise"),
    M(KARIN, "Hur tar sig era barn, eller huvudmän, dit?"),
    P(ANNIKA, "Färdtjänst. Och det är det stora problemet, inte verksamheten. Bilen kommer när den kommer. Han står påklädd i hallen från halv åtta och ibland kommer den kvart över nio.", RES, US, -1, "pain"),
    P(HUSSEIN, "Samir ska åka buss, tycker skolan. Han har tränat på linje fyra i ett år. Han kan den. Men om bussen byter hållplats blir han helt borta.", RES, US, 0, "neutral"),
    P(MARIA, "En av mina huvudmän fick färdtjänsten indragen för att handläggaren tyckte att han kunde åka buss. Han kan åka buss, det är inte det. Han kan inte byta buss. Det står inte i beslutet.", RES, DE, -1, "pain"),
    P(BIRGITTA, "Jonas åkte med samma chaufför i åtta år. Nils. När Nils gick i pension var det som en sorg i familjen.", RES, US, 0, "neutral"),
    B(ANNIKA, "Det förstår jag."),
    M(KARIN, "Och habiliteringsersättningen, hur fungerar den?"),
    P(THOMAS, "Fyrtio kronor om dagen, eller är det fyrtiofem nu. Linnea har räknat ut att det blir mindre än färdtjänstavgiften en dålig månad. Hon tycker att det är förnedrande. Jag vet inte om jag håller med, men jag förstår henne.", EKO, US, -1, "pain"),
    P(MARIA, "Det är ingen lön, det är en uppmuntran, så beskriver kommunen det. Men mina huvudmän tror att det är lön, och då blir det konstigt när det kommer sjuhundra kronor.", EKO, US, -1, "pain"),
    P(HUSSEIN, "Samir får aktivitetsersättning från Försäkringskassan nu. Jag trodde att den försvinner om han börjar på daglig verksamhet.", EKO, FI, 0, "neutral"),
    P(BIRGITTA, "Nej, den får han behålla. Det är två olika saker. Det trodde jag också först.", EKO, FI, 0, "neutral"),
    M(KARIN, "Birgitta, du nämnde lönebidrag. Hur har den vägen varit?"),
    P(BIRGITTA, "Lång. Jonas har sagt att han vill ha ett riktigt jobb i fem år. Det var först när de fick en ny handledare som någon tog det på allvar. Hon ordnade praktik på ICA två förmiddagar i veckan.", VID, FU, 0, "neutral"),
    M(KARIN, "Och sen?"),
    P(BIRGITTA, "Sen skulle Arbetsförmedlingen in, och då började allt om. Nya möten, ny handläggare, nya papper. Men nu har han ett anställningsbevis, trettio procent. Han har ramat in det.", VID, FU, 1, "praise"),
    B(THOMAS, "Vad fint.", 1, "praise"),
    P(MARIA, "Det jag saknar är uppföljningen. Det ska finnas en genomförandeplan och den ska följas upp. För en av mina har den inte ändrats på tre år. Samma mål hela tiden: trivas.", PLA, FU, -1, "pain"),
    P(ANNIKA, "Vi har inte ens fått någon plan än. Oskar har gått där sedan september.", PLA, US, -1, "pain"),
    P(THOMAS, "Och vem följer upp? Handläggaren säger att verksamheten gör det, och verksamheten säger att handläggaren gör det.", PLA, FU, -1, "pain"),
    M(KARIN, "Hur är det för er som föräldrar, och för dig Maria, i allt det här?"),
    P(ANNIKA, "Jag är projektledare på heltid utan lön. Jag ringer, mejlar, påminner. Om jag slutade skulle ingenting hända.", ANH, US, -1, "pain"),
    P(THOMAS, "Och samtidigt är hon vuxen. Jag får inte vara med på alla möten, och det ska jag inte heller. Det är en balansgång som jag inte är särskilt bra på.", ANH, US, 0, "neutral"),
    P(MARIA, "Som god man har jag mandat för ekonomin och för att bevaka hans rätt. Inte för att bestämma om han ska gå dit en torsdag. Det är många som tror att jag kan det.", ANH, US, 0, "neutral"),
    P(HUSSEIN, "Jag är orolig för vad som händer när vi inte finns. Vem ringer då?", ANH, N, -1, "pain"),
    B(BIRGITTA, "Det tänker vi alla på."),
    M(KARIN, "Om ni fick ändra en sak hos kommunen, vad skulle det vara?"),
    P(ANNIKA, "En person. En enda kontaktperson som håller i allt, från skolan tills man har en plats.", PLA, PR, 0, "suggestion"),
    P(THOMAS, "Att man kan ansöka utan att behöva bevisa hur dåligt man mår. Andra gången kändes det som att vi skulle visa upp henne.", ANS, AP, -1, "suggestion"),
    P(MARIA, "Beslut på lätt svenska. Det kostar ingenting.", BES, DE, 0, "suggestion"),
    P(HUSSEIN, "Information på arabiska, eller att någon ringer. Papper läser ingen hos oss.", INF, FI, 0, "suggestion"),
    P(BIRGITTA, "Och att man inte stänger dörren. Jonas får komma tillbaka till Verkstan om ICA inte fungerar. Det var det som gjorde att han vågade.", VID, FU, 1, "praise"),
    M(KARIN, "Tack, allihop. Det här var jättevärdefullt för oss."),
    B(ANNIKA, "Tack själv, och lycka till Hussein.", 1, "praise"),
    B(HUSSEIN, "Tack, tack."),
]

FG2 = [  # on site at Verkstan; Word, transcribed by Ellen, corrected by Sofia with track changes
    M(SOFIA, "Välkomna. Jag heter Sofia. Vi ska prata om daglig verksamhet. Hur det är här, och hur det var att börja. Det finns inga fel svar. Vi börjar med en runda. Säg ditt namn och vad du gör här."),
    P(ELIAS, "Elias. Jag jobbar i snickeriet.", VAR, N, 0, "neutral"),
    P(REBECKA, "Rebecka, tjugoåtta. Jag är på Café Kvarnen egentligen, men jag är här i dag för fokusgruppen. Jag har autism och jag jobbade i en butik innan, men det gick inte.", BEH, N, 0, "neutral"),
    P(MATTIAS, "Mattias. Jag har varit här i sex år. Montering mest, och lite lager. Jag vill ha ett riktigt jobb.", VID, N, 0, "neutral"),
    P(NADIA, "Nadia. Jag började i augusti. Jag har ADHD och jag gick ut anpassade gymnasiet förra året, sen satt jag hemma ett år. Det var inte bra.", BEH, N, -1, "pain"),
    P(KALLE, "Kalle. Tjugo år här i mars. Jag hör till möblerna.", VAR, N, 0, "neutral"),
    B(REBECKA, "Det gör han."),
    M(SOFIA, "Hur visste ni att det fanns daglig verksamhet?"),
    P(ELIAS, "Skolan. Min lärare.", INF, FI, 0, "neutral"),
    P(NADIA, "Mamma hittade det, i en Facebookgrupp. Jag ville inte först. Jag trodde att det var för, ja, för andra.", INF, FI, 0, "neutral"),
    M(SOFIA, "Vad trodde du att det var?"),
    P(NADIA, "Typ ett dagis för vuxna. Det är det inte. Fast lite ibland.", INF, FI, 0, "neutral"),
    B(KALLE, "Lite ibland, ja."),
    P(REBECKA, "Jag fick veta det av habiliteringen. Min psykolog där skrev intyget också. Hon var den första som sa att det inte var mitt fel att jobbet inte gick.", INF, FI, 1, "praise",
      comment="Prel. kod: info habiliteringen (+)"),
    M(SOFIA, "Kommer ni ihåg mötet med handläggaren? Den som bestämde."),
    P(ELIAS, "Ja. Hon var snäll. Hon hade bilder.", BEM, PR, 1, "praise"),
    P(MATTIAS, "Jag minns inte. Det var länge sen. Mamma pratade mest.", BEM, PR, 0, "neutral"),
    P(REBECKA, "Jag minns allt. Hon frågade om jag kunde [-tvätta-][+duscha+] själv. Jag förstår att de måste fråga, men vad har duschen med jobb att göra? Jag kände mig som ett ärende.", BEM, PR, -1, "pain",
      comment="Prel. kod: bemötande (-), känna sig som ett ärende"),
    P(NADIA, "Min handläggare frågade mig och inte mamma. Det gillade jag. Fast mamma gillade det inte.", BEM, PR, 1, "praise"),
    B(ELIAS, "Min mamma också."),
    M(SOFIA, "Och sen kom ett beslut. Vad hände då?"),
    P(REBECKA, "Jag fick ja. Men jag fick vänta fyra månader på plats på Kvarnen, för det var kö. Under tiden var jag här på Verkstan, fast jag inte ville.", VAL, US, -1, "pain"),
    P(MATTIAS, "Jag fick ett brev. Jag förstod det inte. Min mamma sa att det var bra.", BES, DE, 0, "neutral"),
    B(ELIAS, "Ja. Brev."),
    M(SOFIA, "Hur var första dagen här?"),
    P(ELIAS, "Bra. Peter visade allt. Jag fick en egen hylla.", VAL, US, 1, "praise",
      comment="Prel. kod: introduktion (+)"),
    P(NADIA, "Jag [-jag -]var jättenervös. Jag åt ingen lunch första veckan, för matsalen var så stökig. Nu äter jag i snickeriet, det får jag.", VAR, US, 0, "neutral"),
    P(KALLE, "Första dagen för tjugo år sen var det en som hette Gunnar som sa: här kör vi inte fort. Det har jag tagit till mig.", VAR, US, 0, "neutral"),
    B(REBECKA, "Det märks."),
    M(SOFIA, "Vad gör ni på en vanlig dag?"),
    P(ELIAS, "Jag slipar. Jag gör fågelholkar. Vi säljer dem.", VAR, US, 0, "neutral"),
    P(MATTIAS, "Montering. Vi sätter ihop lampor åt ett företag. Samma lampa varje dag. Det är inte roligt, men det är ett riktigt jobb, fast vi får ingen lön.", VAR, US, 0, "pain"),
    P(REBECKA, "På Kvarnen bakar jag och står i kassan två dagar. Jag gillar kassan. Ingen tror att jag ska gilla kassan.", VAR, US, 1, "praise"),
    P(NADIA, "Ibland finns det inget att göra. Då sitter man bara och väntar. Det är värst.", VAR, US, -1, "pain",
      was=KALLE, comment="Talare rättad, det är Nadia (hörs på rösten)."),
    M(SOFIA, "Hur är handledarna?"),
    P(ELIAS, "Bra. Peter är bra.", VAR, US, 1, "praise"),
    P(KALLE, "De kommer och går. Jag har haft [-tio-][+elva+]. Peter är den bästa, men han säger att han ska gå ner i tid, så vi får se.", VAR, US, 0, "pain"),
    P(NADIA, "Sara förstår när jag behöver gå ut[+ en stund+]. Hon frågar inte varför. Hon säger bara: fem minuter?", VAR, US, 1, "praise",
      comment="Prel. kod: handledare (+), pauser"),
    P(REBECKA, "Det som är svårt är när de är sjuka. Då kommer en vikarie som inte vet att jag inte ska ha telefonen på. Hela dagen blir fel.", VAR, US, -1, "pain"),
    M(SOFIA, "Hur kommer ni hit på morgonen?"),
    P(ELIAS, "Taxi. Färdtjänst.", RES, US, 0, "neutral"),
    P(MATTIAS, "Jag cyklar. Jag har alltid cyklat. Utom när det är is.", RES, US, 0, "neutral"),
    P(NADIA, "Färdtjänsten var sen tre gånger första veckan. Då kom jag inte med på samlingen. Det var pinsamt att komma in när alla satt.", RES, US, -1, "pain"),
    P(ELIAS, "Ibland väntar jag länge. Jag fryser.", RES, US, -1, "pain"),
    M(ELLEN, "Förlåt, bara så att jag skriver rätt: det var Elias som sa att han fryser?"),
    B(ELIAS, "Ja. Jag."),
    P(KALLE, "Jag har tränat buss med en resträningsperson. Nu åker jag själv. Det är det bästa jag har gjort här, faktiskt.", RES, US, 1, "praise"),
    M(SOFIA, "Får ni pengar för att ni är här?"),
    P(MATTIAS, "Habiliteringsersättning. [-Fem-][+Femtio+] kronor om dagen. Det räcker till en pizza i veckan.", EKO, US, -1, "pain"),
    P(REBECKA, "Fyrtiofem. Och bara om man är här. Om man är sjuk får man inget. Det tycker jag är fel, för då straffas man för att man är sjuk.", EKO, US, -1, "pain",
      comment="Prel. kod: ersättning (-), sjukdagar"),
    P(ELIAS, "Jag köper godis.", EKO, US, 0, "neutral"),
    P(KALLE, "Förr fick vi ingenting, så jag klagar inte. Nästan inte.", EKO, US, 0, "neutral"),
    M(SOFIA, "Mattias, du sa att du vill ha ett riktigt jobb. Berätta."),
    P(MATTIAS, "Jag har sagt det på varje möte. De skriver det i planen. Sen händer ingenting förrän nästa möte. Det är som en cirkel.", PLA, FU, -1, "pain"),
    P(NADIA, "Vad är en plan?", PLA, FU, 0, "question"),
    P(REBECKA, "Genomförandeplan. Det är ett papper om vad man vill. Man ska göra den med sin handledare.", PLA, FU, 0, "neutral"),
    P(NADIA, "Jag har inte gjort någon.", PLA, US, -1, "neutral"),
    P(MATTIAS, "Jag var på praktik på en bilverkstad i våras. Tre veckor. Det var det bästa. Men sen tog det slut och ingen sa varför.", VID, FU, 0, "pain"),
    P(KALLE, "Jag vill inte ha något annat jobb. Jag vill vara här. Det får man också vilja.", VID, FU, 0, "neutral"),
    P(REBECKA, "Jag vill byta till två dagar kassa och tre dagar bageri. Jag har frågat om det i ett år.", VID, FU, -1, "pain"),
    M(SOFIA, "Sista frågan. Om ni fick bestämma en sak här, vad skulle det vara?"),
    P(ELIAS, "Mer slipning.", VAR, US, 0, "suggestion"),
    P(NADIA, "Ett tyst rum. Där man kan vara när det blir för mycket.", VAR, US, 0, "suggestion"),
    P(MATTIAS, "Att någon hjälper mig att söka jobb på riktigt. Inte bara skriver det.", VID, FU, 0, "suggestion"),
    P(REBECKA, "Att vikarierna läser våra papper innan de kommer.", VAR, US, 0, "suggestion"),
    P(KALLE, "Att Peter stannar.", VAR, US, 0, "suggestion"),
    B(ELIAS, "Ja."),
    M(SOFIA, "Tack så mycket allihop. Nu blir det fika."),
    B(ELIAS, "Fika!"),
]

I1 = [  # filmed, subtitled with BBC-style colours: interviewer white (no tag), Alva yellow, Eva cyan
    M(WHITE, "Då är vi igång. Alva, vill du börja med att berätta lite om dig själv?"),
    P(ALVA, "Jag heter Alva och är tjugosex. Jag målar på Ateljé Norr sedan i våras. Innan dess jobbade jag på en förskola i fyra år.", BEH, N, 0, "neutral"),
    M(WHITE, "Hur kom det sig att du slutade där?"),
    P(ALVA, "Jag blev utbränd. Det var för mycket ljud, hela tiden. Jag kom hem och låg i mörkret till nästa morgon. Till slut gick det inte alls.", BEH, N, -1, "pain"),
    P(EVA, "Hon var sjukskriven i ett år. Det var först då hon fick sin autismdiagnos, tjugofyra år gammal.", BEH, N, -1, "neutral"),
    M(WHITE, "Hur fick ni höra talas om daglig verksamhet?"),
    P(EVA, "Psykologen som gjorde utredningen nämnde det i förbigående. Ni kanske ska titta på LSS, sa hon. Sen var det upp till oss.", INF, FI, -1, "pain"),
    P(ALVA, "Jag ville inte. Jag tänkte att daglig verksamhet är för folk som inte kan något. Jag har nästan en förskollärarexamen.", INF, FI, -1, "neutral"),
    M(WHITE, "Vad fick dig att ändra dig?"),
    P(ALVA, "Försäkringskassan. De sa att jag inte hade arbetsförmåga på heltid, och inte på halvtid heller. Då fanns det liksom inget annat.", BEH, N, -1, "pain"),
    M(WHITE, "Hur var det att ansöka?"),
    P(EVA, "Vi ringde kommunen och fick en tid hos en handläggare efter tre veckor. Hon ville ha läkarintyg och utredningen, och det hade vi ju, så det gick fort.", ANS, AP, 1, "praise"),
    P(ALVA, "Fort för dig. Jag tyckte att varje vecka var lång.", ANS, PR, -1, "pain"),
    M(WHITE, "Hur var mötet med handläggaren?"),
    P(ALVA, "Hon pratade snabbt och hade en blankett med frågor om allt. Om jag kan laga mat. Om jag har vänner. Jag förstod inte varför hon behövde veta om mina vänner.", BEM, PR, -1, "pain"),
    P(EVA, "Jag tror att hon menade väl. Hon ville förstå hela Alvas situation. Men hon kunde ha förklarat varför hon frågade.", BEM, PR, 0, "neutral"),
    P(ALVA, "Hon skickade ett protokoll efteråt. Där stod att jag uppvisar svårigheter i socialt samspel. Det stämmer ju. Men det är konstigt att läsa om sig själv så.", ANS, PR, 0, "neutral"),
    M(WHITE, "Och beslutet?"),
    P(ALVA, "Ja. Beviljat. Det kom ett brev.", BES, DE, 0, "neutral", pair_prev=True),
    P(EVA, "Det stod att hon tillhör personkrets ett. Vi fick googla vad det betydde.", BES, DE, -1, "pain"),
    M(WHITE, "Hur valde du Ateljé Norr?"),
    P(ALVA, "Jag fick gå på studiebesök på tre ställen. Det första var ett café, och där var musik på. Jag gick ut efter fem minuter.", VAL, US, -1, "neutral"),
    P(ALVA, "Ateljén var tyst. Det luktade terpentin. Handledaren frågade inte så mycket, hon visade bara var penslarna fanns. Då visste jag.", VAL, US, 1, "praise"),
    P(EVA, "Det var första gången på två år som jag såg henne vilja något.", VAL, US, 1, "praise"),
    M(WHITE, "Hur är en vanlig dag där nu?"),
    P(ALVA, "Jag börjar nio och slutar två. Jag målar mest. På onsdagar har vi utställningsgrupp. Jag har sålt två tavlor.", VAR, US, 1, "praise"),
    M(WHITE, "Vad tycker du om handledarna?"),
    P(ALVA, "Marie är bra. Hon säger till innan något ändras. Om vi ska flytta bord säger hon det redan på måndagen.", VAR, US, 1, "praise"),
    P(EVA, "Det är det som är skillnaden mot förskolan. Förutsägbarhet.", VAR, US, 1, "praise"),
    M(WHITE, "Hur tar du dig dit?"),
    P(ALVA, "Buss. Jag kan åka buss. Men på morgonen är den full av skolbarn, så jag tar den tidiga, tjugo i åtta, och sitter på ett fik i en halvtimme.", RES, US, 0, "neutral"),
    P(EVA, "Hon fick avslag på färdtjänst, för hon kan ju åka buss. Vilket hon kan. Till ett pris.", RES, DE, -1, "pain"),
    M(WHITE, "Och ersättningen?"),
    P(ALVA, "Den är mest symbolisk. Men jag har en burk för den. Jag sparar till ett staffli.", EKO, US, 0, "neutral"),
    M(WHITE, "Har ni haft något uppföljningsmöte?"),
    P(EVA, "Ett. Handläggaren kom i juni. Det var bra, och kort. Men hon frågade mest mig, igen.", PLA, FU, 0, "pain"),
    P(ALVA, "Jag sa att jag vill prova att jobba lite på riktigt någon gång. Kanske i en ramaffär. Hon skrev upp det.", VID, FU, 0, "neutral"),
    M(WHITE, "Vad tänker du om framtiden?"),
    P(ALVA, "Jag vet inte. Jag vill inte tillbaka till förskolan. Men jag vill inte vara här i tjugo år heller. Kanske. Jag vet inte.", VID, FU, 0, "neutral"),
    P(EVA, "Jag är bara glad att hon går upp på morgnarna.", ANH, US, 1, "praise"),
    M(WHITE, "Finns det något du vill säga till kommunen?"),
    P(ALVA, "Att de ska skicka frågorna innan mötet. Det hade gjort allt lättare.", BEM, PR, 0, "suggestion"),
    P(EVA, "Och att någon förklarar personkretsarna. Med vanliga ord.", BES, DE, 0, "suggestion"),
    M(WHITE, "Tack Alva, och tack Eva."),
    B(ALVA, "Tack. Det var okej att bli filmad.", 1, "praise"),
]

I2 = [  # Subtitle Edit WebVTT: interviewer white (no class), Johan <c.yellow>
    M(WHITE, "Hej Johan. Tack för att du vill vara med. Jag heter Sofia. Kan du berätta vem du är?"),
    P(JOHAN, "Johan. Trettiofyra år. Jag bor i Norrvik, i en lägenhet. Jag har en katt som heter Sixten.", BEH, N, 0, "neutral"),
    M(WHITE, "Vad gjorde du innan du började på daglig verksamhet?"),
    P(JOHAN, "Jag jobbade på Norrviks Återvinning. I åtta år. Med lönebidrag. Jag körde truck och sorterade.", BEH, N, 0, "neutral"),
    M(WHITE, "Vad hände där?"),
    P(JOHAN, "De gick i konkurs. Alla fick sluta samma dag. Chefen grät. Jag grät inte, men sen hemma.", BEH, N, -1, "pain"),
    M(WHITE, "Vad gjorde du sen?"),
    P(JOHAN, "Arbetsförmedlingen. De sa att jag skulle söka jobb. Jag sökte tjugo jobb. Ingen ringde.", BEH, N, -1, "pain"),
    M(WHITE, "Hur kom daglig verksamhet in i bilden?"),
    P(JOHAN, "Min boendestödjare. Hon sa att jag kan få det. Jag sa nej först. Jag är ingen sån.", INF, FI, -1, "neutral"),
    M(WHITE, "Vad menar du med ingen sån?"),
    P(JOHAN, "Jag har jobbat. Med lön. Daglig verksamhet är för dom som inte kan jobba. Tyckte jag då.", INF, FI, 0, "neutral"),
    M(WHITE, "Och nu?"),
    P(JOHAN, "Nu vet jag att det är olika. Det finns folk på Returen som är jätteduktiga.", VAR, US, 1, "praise"),
    M(WHITE, "Hur gick ansökan till?"),
    P(JOHAN, "Min boendestödjare ringde. Jag satt bredvid. Sen kom en handläggare hem till mig. Hon hade bildstöd. Det var bra. Hon frågade mig, inte boendestödjaren.", BEM, PR, 1, "praise"),
    M(WHITE, "Var det något som var svårt?"),
    P(JOHAN, "Hon frågade om jag har god man. Jag har ingen god man. Jag sköter min ekonomi själv. Det frågade hon tre gånger.", BEM, PR, -1, "pain"),
    M(WHITE, "Hur länge fick du vänta på beslutet?"),
    P(JOHAN, "Sex veckor. Det var okej.", ANS, PR, 1, "praise"),
    M(WHITE, "Och beslutet?"),
    P(JOHAN, "Fyra sidor. Jag förstod första raden. Beviljas. Resten läste jag inte.", BES, DE, 0, "neutral"),
    M(WHITE, "Hur var det att börja på Returen?"),
    P(JOHAN, "Konstigt. Jag var van att jobba fort. Där säger de ta det lugnt. Första veckan var jag irriterad.", VAL, US, -1, "neutral"),
    M(WHITE, "Och nu?"),
    P(JOHAN, "Nu är jag ansvarig för truckarna. Nej, skämt. För elektroniken. Jag testar lampor och radioapparater innan de säljs.", VAR, US, 1, "praise"),
    M(WHITE, "Hur är handledarna?"),
    P(JOHAN, "Bra. Men de är för få. En handledare på tolv personer. Hon springer hela dagen.", VAR, US, 0, "pain"),
    M(WHITE, "Hur tar du dig dit?"),
    P(JOHAN, "Cykel. Eller buss när det snöar. Jag behöver ingen färdtjänst. Jag har busskort, det betalar jag själv.", RES, US, 0, "neutral"),
    M(WHITE, "Hur är det med pengarna nu jämfört med förut?"),
    P(JOHAN, "Mycket sämre. Förut hade jag lön. Nu har jag sjukersättning och habiliteringsersättning. Det är tretusen mindre i månaden. Jag har slutat gå på bio.", EKO, US, -1, "pain"),
    M(WHITE, "Visste du om det innan du började?"),
    P(JOHAN, "Nej. Ingen sa något om pengar. Jag trodde att habiliteringsersättning var som lön.", EKO, FI, -1, "pain"),
    M(WHITE, "Vad vill du göra framåt?"),
    P(JOHAN, "Jobba igen. Med lönebidrag. Jag har sagt det till handläggaren. Hon sa att det är Arbetsförmedlingen. Arbetsförmedlingen sa att det är kommunen.", VID, FU, -1, "pain"),
    M(WHITE, "Har ni pratat om det på något uppföljningsmöte?"),
    P(JOHAN, "Vi hade ett möte i maj. Alla var där. Handledaren, handläggaren och en från Arbetsförmedlingen. Det var bra. Sen hände inget.", PLA, FU, 0, "pain"),
    M(WHITE, "Vad skulle behövas, tror du?"),
    P(JOHAN, "En som har hand om det. Som ringer till arbetsgivare. Det fanns på Återvinningen, en jobbcoach. Han var bra.", VID, FU, 0, "suggestion"),
    M(WHITE, "Finns det något mer du vill säga?"),
    P(JOHAN, "Returen är bra. Jag vill inte att det ska låta dåligt. Jag vill bara inte vara där för alltid.", VID, FU, 0, "neutral"),
    M(WHITE, "Tack Johan."),
    B(JOHAN, "Varsågod. Får jag en kopia?", 0, "question"),
]

I3 = [  # Recorder (Pixel), shared as a text file; interviewer left as Speaker 1
    M(SP1, "Nu är den igång, tror jag. Ja. Kan du börja med att berätta vad du gör?"),
    P(HELENA, "Ja. Jag heter Helena och jag är LSS-handläggare här i Norrvik sedan sex år, på biståndsenheten. Vi är fyra handläggare på vuxensidan och jag har runt nittio ärenden, varav ungefär hälften är daglig verksamhet.", ANS, PR, 0, "neutral"),
    M(SP1, "Hur kommer ansökningarna in till er?"),
    P(HELENA, "Det mesta kommer i maj och juni, när anpassade gymnasiet slutar. Då kan vi få trettio ansökningar på två månader. Skolan skickar ofta en lista, men formellt är det den enskilde som ansöker, eller en god man eller förvaltare.", ANS, AP, 0, "neutral", split=True),
    M(SP1, "Vi har hört att många föräldrar letar efter en blankett."),
    P(HELENA, "Ja, det hör jag ofta. Det finns en blankett på webben, men man behöver inte använda den. Det räcker att ringa. Det borde stå tydligare, det håller jag med om.", INF, FI, 0, "neutral"),
    M(SP1, "Vad behöver ni för underlag?"),
    P(HELENA, "Vi behöver kunna bedöma personkretsen. För personkrets ett räcker oftast ett intyg från skolan eller habiliteringen om intellektuell funktionsnedsättning eller autism. Personkrets tre är svårare, där behöver vi läkarintyg som beskriver stora och varaktiga svårigheter.", ANS, AP, 0, "neutral"),
    M(SP1, "Händer det att ni säger nej?"),
    P(HELENA, "Ja. Oftast när det gäller personkrets tre, eller när någon har jobbat länge och vi inte kan se att behovet är varaktigt. Det är de svåraste besluten. Jag vet att de känns som ett underkännande.", BES, DE, 0, "neutral"),
    M(SP1, "Hur skrivs besluten?"),
    P(HELENA, "De skrivs för att hålla i en förvaltningsrätt, det är sant. Vi har pratat om att skicka med en lättläst sammanfattning, men det har inte blivit av. Det är en resursfråga, säger man.", BES, DE, -1, "pain"),
    M(SP1, "Och överklaganden?"),
    P(HELENA, "Det är allas rätt och jag säger det själv på mötena. Vi har kanske fem om året. Förvaltningsrätten ändrar några. Det är inget personligt, även om det kan kännas så på båda sidor.", BES, DE, 0, "neutral"),
    M(SP1, "Och själva mötet, utredningssamtalet?"),
    P(HELENA, "Jag försöker alltid prata med personen själv först. Men ofta svarar föräldern innan jag ens har ställt klart frågan. Då får man vara lite envis.", BEM, PR, 0, "neutral"),
    M(SP1, "Har ni bildstöd?"),
    P(HELENA, "Jag har. Jag gjorde egna bildkort för några år sedan. Men det är inget vi har bestämt gemensamt, så det beror på vem man får, tyvärr.", BEM, PR, 0, "pain"),
    M(SP1, "Hur lång tid tar en utredning?"),
    P(HELENA, "Målet är fyra veckor. I maj och juni blir det åtta, ibland tio. Jag ringer hellre och säger att det dröjer än att folk ska sitta och vänta utan att veta.", ANS, PR, 0, "neutral"),
    M(SP1, "Och gode män, hur är samarbetet med dem?"),
    P(HELENA, "Många är ett stort stöd. Men det finns gode män som aldrig har träffat sin huvudman. Då blir det tunt.", ANH, PR, -1, "pain"),
    M(SP1, "Efter beslutet, hur går det till att få en plats?"),
    P(HELENA, "Beslutet gäller daglig verksamhet, inte en viss verksamhet. Sen skickar jag en beställning till utföraren, och de tar kontakt för studiebesök. Men en del ställen har kö. Verkstan har nästan alltid kö.", VAL, US, 0, "neutral", split=True),
    M(SP1, "Vad säger du till den som bara vill till Verkstan?"),
    P(HELENA, "Att vi gör vad vi kan. Och att man kan börja någon annanstans och byta sen. Det är inte det svar folk vill ha.", VAL, US, -1, "neutral"),
    M(SP1, "Färdtjänst, hur hänger det ihop med ert beslut?"),
    P(HELENA, "Det är två olika beslut och två olika handläggare, och det vet inte många. Jag kan inte lova färdtjänst. Ibland har någon fått daglig verksamhet på ett ställe dit den inte kan ta sig.", RES, DE, -1, "pain"),
    M(SP1, "Hur följer ni upp?"),
    P(HELENA, "Vi ska följa upp minst en gång per år. Ärligt talat hinner jag inte alltid. Verksamheten gör genomförandeplanen, och jag följer upp beslutet. Jag förstår att det ser ut som att vi skickar bollen mellan oss.", PLA, FU, -1, "pain"),
    M(SP1, "Vem ansvarar för att någon kan gå vidare till ett jobb?"),
    P(HELENA, "Formellt är det Arbetsförmedlingen när det gäller anställning. Men vi har ett samarbete nu, Steget, där en arbetskonsulent från kommunen hjälper till med praktik och lönebidrag. Två har fått anställning i år.", VID, FU, 1, "praise"),
    M(SP1, "Det låter som att det finns, men att folk inte vet om det."),
    P(HELENA, "Nej, det är nytt. Det har inte nått ut. Det är vårt fel.", INF, FI, -1, "pain"),
    M(SP1, "Habiliteringsersättningen, hur ser du på den?"),
    P(HELENA, "Den är frivillig för kommunen, och den är låg. Fyrtiofem kronor för en hel dag, tjugofem för en halv. Den har inte höjts på åtta år. Jag tycker att den är för låg, men det är inte jag som bestämmer.", EKO, US, -1, "pain"),
    M(SP1, "Om du fick ändra en sak?"),
    P(HELENA, "Tid. Att få träffa folk två gånger innan beslut, inte en. Och att handläggaren följer med på det första studiebesöket.", ANS, PR, 0, "suggestion"),
    M(SP1, "Något mer?"),
    P(HELENA, "Att föräldrarna blir sedda också. De gör ett enormt jobb, och vi pratar bara om dem när de är i vägen. Det låter hårt, men så är det.", ANH, PR, 0, "neutral"),
    M(SP1, "Tack Helena."),
    B(HELENA, "Tack själv. Skicka gärna rapporten.", 1, "praise"),
]

I4 = [  # Zoom .vtt; Lena joins as "iPhone" and renames herself after a while
    M(SOFIA_H, "Hej Lena, hör du mig? Jag ser att du heter iPhone här."),
    B(IPHONE, "Ja, hej! Förlåt, jag sitter i bilen utanför jobbet. Jag vet inte hur man byter namn."),
    M(SOFIA_H, "Det gör inget. Kan du berätta lite om dig och om Emil?"),
    P(IPHONE, "Ja. Jag heter Lena, och Emil är nitton. Han har autism och ADHD, och han gick ut anpassade gymnasiet förra våren. Han är en fantastisk kille, men han klarar inte stress, alls.", BEH, N, 0, "neutral"),
    M(SOFIA_H, "Vad hände när skolan tog slut?"),
    P(IPHONE, "Ingenting. Det var det som hände. Vi hade ansökt i april, och i juni kom ett avslag.", BES, DE, -1, "pain"),
    M(SOFIA_H, "Vad stod det i avslaget?"),
    P(IPHONE, "Att han inte tillhörde personkretsen, för att hans autism inte var av den graden att den gav betydande svårigheter. Och så en mening om att han borde kunna få stöd av Arbetsförmedlingen. När vi ringde dit sa de att han inte kunde skrivas in för att han inte hade någon arbetsförmåga.", BES, DE, -1, "pain"),
    M(SOFIA_H, "Så ni hamnade mitt emellan?"),
    P(IPHONE, "Mitt emellan. Som en pingisboll.", BES, DE, -1, "pain"),
    M(SOFIA_H, "Lena, om du vill kan du byta namn under Deltagare, tryck på ditt namn."),
    B(IPHONE, "Oj. Vänta."),
    M(SOFIA_H, "Ta den tid du behöver."),
    B(LENA, "Så. Nu står det rätt. Var var vi?"),
    M(SOFIA_H, "Ni hamnade mellan kommunen och Arbetsförmedlingen. Hur fick ni veta att man kunde överklaga?"),
    P(LENA, "Det stod längst ner i beslutet, med liten text. Men det var en mamma i Facebookgruppen som sa: överklaga, det kostar inget och du behöver ingen advokat. Hon skickade sitt eget överklagande som mall.", INF, DE, 1, "praise"),
    M(SOFIA_H, "Hur var det att skriva överklagandet?"),
    P(LENA, "Jag skrev på kvällarna i tre veckor. Jag bifogade skolans utredning, psykologens utlåtande och ett brev från hans mentor. Jag tror att det blev fjorton sidor.", BES, DE, 0, "neutral"),
    M(SOFIA_H, "Och sen?"),
    P(LENA, "Kommunen ändrade sig inte, de skickade det vidare till förvaltningsrätten. Sen tog det fem månader. Fem månader när Emil satt hemma och spelade och vände på dygnet.", BES, DE, -1, "pain"),
    M(SOFIA_H, "Hur var det för honom?"),
    P(LENA, "Han slutade gå ut. Han trodde att han hade gjort något fel, att det var därför de sa nej. Det var det värsta, att han tog det personligt.", BES, DE, -1, "pain"),
    M(SOFIA_H, "Hur slutade det?"),
    P(LENA, "Vi vann. Domstolen skrev att han tillhör personkrets ett och har rätt till daglig verksamhet. Jag läste domen i bilen, ungefär där jag sitter nu, och grät.", BES, DE, 1, "praise"),
    M(SOFIA_H, "Vad hände efter domen?"),
    P(LENA, "Då gick det plötsligt fort. En ny handläggare ringde inom en vecka och var jättetrevlig, som om ingenting hade hänt. Lite märkligt, men jag tog det.", BEM, PR, 0, "neutral"),
    M(SOFIA_H, "Var började han?"),
    P(LENA, "Trädgården på Lövön. Han ville vara utomhus. De har växthus och höns.", VAL, US, 1, "praise"),
    M(SOFIA_H, "Hur var starten?"),
    P(LENA, "Två timmar om dagen första månaden. Handledaren, Anders, la upp det så. Emil ville gå hem efter en timme de första dagarna, och det fick han. Det var klokt.", VAL, US, 1, "praise"),
    M(SOFIA_H, "Och resorna dit? Lövön ligger ju en bit ut."),
    P(LENA, "Ja, där har vi nästa strid. Färdtjänsten kör inte ut på ön före nio, det är något med landsbygdstrafiken. Så jag kör honom. Varje dag. Före jobbet.", RES, US, -1, "pain"),
    M(SOFIA_H, "Har ni ansökt om något annat?"),
    P(LENA, "Jag har ansökt om resor till och från daglig verksamhet, vilket jag fick veta att man kan. Det ska bli ett eget beslut. Det har varit under handläggning sedan september.", RES, PR, -1, "pain"),
    M(SOFIA_H, "Hur mår Emil i dag?"),
    P(LENA, "Bättre. Han har en höna som heter Greta som han pratar om. Han går upp på morgonen. Det låter litet, men det är allt.", VAR, US, 1, "praise"),
    M(SOFIA_H, "Vad tänker du om vägen framåt?"),
    P(LENA, "Jag vågar inte tänka så långt. Jag hoppas att han får vara kvar där så länge han vill. Och att ingen kommer och omprövar allt om två år.", PLA, FU, 0, "neutral"),
    M(SOFIA_H, "Finns det något du vill att kommunen ska ta med sig?"),
    P(LENA, "Att ett avslag inte bara är ett papper. Det är ett år av någons liv. Man ska inte behöva överklaga för att få det som domstolen sen säger att man alltid hade rätt till.", BES, DE, -1, "suggestion"),
    M(SOFIA_H, "Tack Lena, det var starkt att höra."),
    B(LENA, "Tack för att du lyssnade. Nu måste jag gå in, rasten är slut.", 1, "praise"),
]

I5 = [  # typed by the transcriber: role labels, a time mark on its own line every five minutes
    M(INTV, "Kan du börja med att berätta vad du gör här?"),
    P(HANDL, "Jag är handledare på Verkstan sedan elva år. Innan dess var jag snickare i tjugo år. Vi är fyra handledare och tjugotvå deltagare, fördelat på snickeriet, monteringen och lagret.", VAR, US, 0, "neutral"),
    M(INTV, "Hur får du veta att en ny deltagare ska komma?"),
    P(HANDL, "Vi får en beställning från handläggaren. Den är på en sida. Där står namn, personkrets och ibland en rad om vad personen gillar. Sen ringer jag och bokar ett studiebesök.", VAL, US, 0, "neutral"),
    M(INTV, "Räcker det du får veta?"),
    P(HANDL, "Nej, inte alltid. Det viktigaste står sällan där, som att någon inte tål ljudet från bandsågen eller blir orolig om man ändrar schemat. Det får man lära sig den hårda vägen.", VAL, US, -1, "pain"),
    M(INTV, "Hur ser en introduktion ut?"),
    P(HANDL, "Jag vill att de kommer på studiebesök en gång med sin förälder eller boendestödjare och en gång själva. Sen börjar vi med korta dagar. Vi har en checklista, men den använder jag mest för att den nya personen ska se att det finns en plan.", VAL, US, 0, "neutral"),
    M(INTV, "Det finns kö till Verkstan, har vi hört."),
    P(HANDL, "Det stämmer. Sex personer väntar. Problemet är inte lokalerna, det är handledarna. Vi skulle kunna ta fler om vi var fem.", VAL, US, -1, "pain"),
    M(INTV, "Vad är det viktigaste i ditt jobb?"),
    P(HANDL, "Att det finns något riktigt att göra. Deltagarna märker direkt om det är sysselsättningsterapi. Fågelholkarna säljer vi på marknaden, lamporna monterar vi åt ett företag i Ås. Det är riktiga kunder.", VAR, US, 1, "praise"),
    M(INTV, "Händer det att det inte finns något att göra?"),
    P(HANDL, "Ja. När monteringsuppdraget tar slut står vi ibland stilla i två veckor. Då blir det pussel och kaffe, och det är ingen som mår bra av det.", VAR, US, -1, "pain"),
    M(INTV, "Hur märker du att någon inte trivs?"),
    P(HANDL, "Det syns på närvaron. Och på små saker, att någon slutar ta med sig matlåda eller sitter kvar i bilen längre på morgonen. Jag frågar hellre en gång för mycket.", VAR, US, 0, "neutral"),
    M(INTV, "Hur är det med vikarier?"),
    P(HANDL, "Det är vår svaga punkt. Vikarierna får ett papper, men de hinner inte läsa det. En dag med fel vikarie kan ge en vecka med oro efteråt.", VAR, US, -1, "pain"),
    M(INTV, "Och ljudet och miljön?"),
    P(HANDL, "Snickeriet är högljutt. Vi har hörselskydd till alla, och ett tyst rum som egentligen är ett förråd. Det borde vara ett riktigt rum.", VAR, US, -1, "pain"),
    M(INTV, "Genomförandeplanerna, hur arbetar ni med dem?"),
    P(HANDL, "Varje deltagare ska ha en och vi ska följa upp den två gånger om året. Ärligt talat blir det en gång. Och många mål är för vaga, som att utvecklas i sin egen takt. Det har vi skrivit själva, det ska jag inte skylla ifrån mig.", PLA, FU, -1, "pain"),
    M(INTV, "Vad skulle göra dem bättre?"),
    P(HANDL, "Om handläggaren var med på uppföljningen. Nu skickar vi planen till dem och får aldrig något svar. Och om deltagaren fick planen på ett sätt den förstår, med bilder.", PLA, FU, 0, "suggestion"),
    M(INTV, "Flera deltagare säger att de vill ha ett riktigt jobb. Hur hanterar ni det?"),
    P(HANDL, "Det är den viktigaste frågan och den där vi är sämst. Vi har inte tid att ringa runt till arbetsgivare. Jonas, som nu har fått jobb på ICA, det blev så för att en kollega kände butikschefen. Det ska inte hänga på sådant.", VID, FU, -1, "pain"),
    M(INTV, "Finns det något samarbete med Arbetsförmedlingen?"),
    P(HANDL, "På papperet. Steget, kommunens arbetskonsulent, har hjälpt två av våra. Men Arbetsförmedlingen byter handläggare hela tiden och varje gång börjar vi om.", VID, FU, 0, "pain"),
    M(INTV, "Vad händer om någon provar ett jobb och det inte går?"),
    P(HANDL, "Då ska de få komma tillbaka. Det har vi bestämt här, att platsen står kvar ett halvår. Det är ingen regel från kommunen, det är vi som har sagt så. Det är det som gör att folk vågar.", VID, FU, 1, "praise"),
    M(INTV, "Och byten mellan verksamheter?"),
    P(HANDL, "Det går, men det tar tid. Man ansöker om byte via handläggaren, och sen är det kö någon annanstans. Vi har en deltagare som har velat till Kvarnen i ett år.", VID, FU, -1, "pain"),
    M(INTV, "Hur tar sig deltagarna hit?"),
    P(HANDL, "De flesta med färdtjänst, och det fungerar inte bra på morgonen. Bilarna samåker och den som hämtas först sitter i bilen i en timme. Vi har bett om fasta tider, men det har inte blivit något. Och när någon kommer för sent missar de samlingen, och samlingen är det som ger dagen en struktur. Så det är ingen liten sak, det påverkar hela dagen.", RES, US, -1, "pain", split="Och när någon kommer"),
    M(INTV, "Och habiliteringsersättningen?"),
    P(HANDL, "Den är pinsamt låg. Jag betalar ut den varje månad, och en del tycker att det är jättemycket pengar och andra blir sårade. Vi har en som har räknat ut att det blir fem kronor och sextio öre i timmen.", EKO, US, -1, "pain"),
    M(INTV, "Föräldrarna, hur är samarbetet med dem?"),
    P(HANDL, "Oftast bra. Men det är en balans. Deltagarna är vuxna, och ibland vill en förälder veta saker som deltagaren inte vill att jag berättar. Då får jag säga nej, och det är inte populärt.", ANH, US, 0, "neutral"),
    M(INTV, "Och gode män?"),
    P(HANDL, "Vissa ser vi aldrig. Andra kommer på varje uppföljning. Det är väldigt olika.", ANH, FU, 0, "neutral"),
    M(INTV, "Vad är det bästa med ditt jobb?"),
    P(HANDL, "När Elias visade sin första fågelholk för sin pappa. Han hade gjort den helt själv. Pappan visste inte att han kunde använda en borrmaskin.", VAR, US, 1, "praise"),
    M(INTV, "Och det svåraste?"),
    P(HANDL, "Att vi lovar mer än vi kan hålla. Vi säger utveckling och väg till arbete, men i praktiken har vi fullt upp med att dagen ska fungera.", VID, FU, -1, "pain"),
    M(INTV, "Om du fick önska något av kommunen?"),
    P(HANDL, "En handledare till. Att ersättningen höjs. Och en kontaktperson på Arbetsförmedlingen som heter samma sak två år i rad.", VID, FU, 0, "suggestion"),
    M(INTV, "Tack Peter."),
    B(HANDL, "Tack själv, det var skönt att få säga det.", 1, "praise"),
]

I6 = [  # easy-to-read transcript typed by Ida's boendestödjare: Fråga / Svar
    M(FRAGA, "Berätta om dig. Vem är du?"),
    P(SVAR, "Jag heter Ida. Jag är 22 år. Jag bor i egen lägenhet. Sara hjälper mig.", BEH, N, 0, "neutral"),
    M(FRAGA, "Vad gjorde du innan Tvätten?"),
    P(SVAR, "Jag gick i skolan. Anpassade gymnasiet. Sen var jag hemma.", BEH, N, 0, "neutral"),
    M(FRAGA, "Hur var det att vara hemma?"),
    P(SVAR, "Tråkigt. Jag sov mycket. Jag var ledsen.", BEH, N, -1, "pain"),
    M(FRAGA, "Vem berättade om daglig verksamhet?"),
    P(SVAR, "Min lärare. Och mamma.", INF, FI, 0, "neutral"),
    M(FRAGA, "Träffade du en handläggare?"),
    P(SVAR, "Ja. Hon heter Helena. Hon kom hem till mig.", BEM, PR, 0, "neutral"),
    M(FRAGA, "Hur var det?"),
    P(SVAR, "Bra. Hon pratade lugnt. Hon visade bilder. Jag fick peka.", BEM, PR, 1, "praise"),
    M(FRAGA, "Var det något som var svårt?"),
    P(SVAR, "Ja. Många frågor. Jag blev trött.", ANS, PR, -1, "pain"),
    M(FRAGA, "Fick du ett brev sen?"),
    P(SVAR, "Ja. Mamma läste. Det var ja.", BES, DE, 0, "neutral"),
    M(FRAGA, "Hur valde du Tvätten?"),
    P(SVAR, "Vi var på tre ställen. Tvätten luktar gott. Där var det lugnt.", VAL, US, 1, "praise"),
    M(FRAGA, "Hur var första dagen?"),
    P(SVAR, "Jag var rädd. Lotta visade allt. Sen var det bra.", VAL, US, 0, "praise"),
    M(FRAGA, "Vad gör du på Tvätten?"),
    P(SVAR, "Jag viker handdukar. Jag stryker dukar till kyrkan. Jag är bäst på att vika.", VAR, US, 1, "praise"),
    M(FRAGA, "Vad tycker du om Lotta?"),
    P(SVAR, "Lotta är snäll. Hon blir inte arg.", VAR, US, 1, "praise"),
    M(FRAGA, "Har du kompisar på Tvätten?"),
    P(SVAR, "Ja. Jonna. Vi fikar. Vi pratar om hästar.", VAR, US, 1, "praise"),
    M(FRAGA, "Är det något som är dåligt på Tvätten?"),
    P(SVAR, "Maskinerna låter. Ibland har jag hörselkåpor.", VAR, US, 0, "neutral"),
    M(FRAGA, "Hur åker du till Tvätten?"),
    P(SVAR, "Färdtjänst. Ibland kommer bilen inte. Då ringer jag Sara.", RES, US, -1, "pain"),
    M(FRAGA, "Vad gör du då?"),
    P(SVAR, "Jag väntar. Jag blir ledsen. En gång kom jag inte alls.", RES, US, -1, "pain"),
    M(FRAGA, "Får du pengar?"),
    P(SVAR, "Ja. Lite. Jag köper pärlor.", EKO, US, 0, "neutral"),
    M(FRAGA, "Har du haft ett möte om hur det går?"),
    P(SVAR, "Nej. Jag vet inte.", PLA, FU, -1, "neutral"),
    M(FRAGA, "Vad tycker mamma?"),
    P(SVAR, "Mamma är glad. Hon behöver inte ringa så mycket nu.", ANH, US, 1, "praise"),
    M(FRAGA, "Vill du göra något annat sen?"),
    P(SVAR, "Jag vill jobba på ett hotell. Vika handdukar där.", VID, FU, 0, "neutral"),
    M(FRAGA, "Vad vill du säga till kommunen?"),
    P(SVAR, "Bilen ska komma i tid.", RES, US, 0, "suggestion"),
    M(FRAGA, "Något mer?"),
    B(SVAR, "Nej. Tack.", 1, "praise"),
]


def interject(turns, words):
    """A moderator's 'Mm.' between two consecutive turns of one participant, as the
    transcriber heard it; the moderator is the session's first speaker among moderators."""
    mod = next(t["speaker"] for t in turns if t["mod"])
    out, k = [], 0
    for t in turns:
        if out and out[-1]["speaker"] == t["speaker"]:
            out.append(M(mod, words[k % len(words)]))
            k += 1
        out.append(t)
    return out


FG1 = interject(FG1, ["Mm.", "Mm, precis."])
FG2 = interject(FG2, ["Mm.", "Okej."])
I1 = interject(I1, ["Mm."])
I2 = interject(I2, ["Mm."])
I3 = interject(I3, ["Mm."])
I4 = interject(I4, ["Mm."])
I5 = interject(I5, ["Mm."])
I6 = interject(I6, ["Mm."])

SESSIONS = [
    dict(file="fokusgrupp-1.txt", fmt="teams_copy_txt", turns=FG1, seed=21, start=3.0,
         rate=2.4, pause=(3.0, 16.0), split_words=34),
    dict(file="fokusgrupp-2.docx", fmt="tracked_docx", turns=FG2, seed=22, start=0.0,
         rate=2.0, pause=(0.5, 2.5), author="Ellen Vik", reviewer="Sofia Hed",
         initials="SH", epoch=_dt.datetime(2025, 11, 21, 15, 20, 0),
         title="Fokusgrupp 2 – Att gå på daglig verksamhet (deltagare)",
         header=["Tisdag 18 november 2025, kl. 10.00–11.15, Verkstan, Norrvik (samlingsrummet).",
                 "Samtalsledare: Sofia Hed. Anteckningar och utskrift: Ellen Vik.",
                 "Deltagare: Elias, Rebecka, Mattias, Nadia och Kalle (förnamn används med deras tillåtelse).",
                 "Granskad mot ljudfilen av SH med spårade ändringar. Kommentarerna är preliminära koder."],
         dup_after="Taxi. Färdtjänst."),
    dict(file="intervju-1.srt", fmt="font_srt", turns=I1, seed=23, start=1.5,
         rate=2.2, pause=(0.3, 1.6)),
    dict(file="intervju-2.vtt", fmt="se_vtt", turns=I2, seed=24, start=2.0,
         rate=2.0, pause=(0.4, 1.8)),
    dict(file="intervju-3.txt", fmt="recorder_txt", turns=I3, seed=25, start=0.8,
         rate=2.5, pause=(0.3, 1.5)),
    dict(file="intervju-4.vtt", fmt="zoom_vtt", turns=I4, seed=26, start=4.2,
         rate=2.4, pause=(0.4, 2.0), seg_words=15),
    dict(file="intervju-5.txt", fmt="typed_txt", turns=I5, seed=27, start=2.0,
         rate=1.35, pause=(10.0, 32.0),
         header=["Intervju 5 – handledare på Verkstan",
                 "Datum: 2025-11-26. Plats: personalrummet på Verkstan, Norrvik.",
                 "Intervju av Sofia Hed med Peter Sjöberg (handledare). Längd 27 min.",
                 "Utskrift: Ellen Vik. Tid inom hakparentes = markering var femte minut i ljudfilen."]),
    dict(file="intervju-6.docx", fmt="easy_docx", turns=I6, seed=28, start=0.0,
         rate=1.5, pause=(1.0, 3.0), author="Sara Lind",
         epoch=_dt.datetime(2025, 11, 20, 17, 2, 0),
         title="Intervju med Ida",
         header=["Ida är 22 år. Ida går på Tvätten i Norrvik.",
                 "Jag heter Sara. Jag är Idas boendestödjare. Jag ställde frågorna.",
                 "Frågorna kommer från Sofia på kommunen. Jag skrev dem på lätt svenska.",
                 "Vi pratade den 20 november 2025 hemma hos Ida. Jag skrev ner det Ida sa."]),
]

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (BEH, "Behovet och övergången",
     "Livssituationen som skapar behovet, innan kontakten med kommunen: att anpassade gymnasiet "
     "(gymnasiesärskolan) tar slut, att bli utbränd eller förlora ett jobb, att sitta hemma, "
     "diagnos och arbetsförmåga, vem personen är. Föräldrarnas oro för framtiden hör till "
     "anhoriga_godman; tankar om jobb senare till vagen_vidare.",
     ["gick in i väggen", "Jag blev utbränd", "Alla fick sluta samma dag"]),
    (INF, "Att hitta information",
     "Hur man får veta att daglig verksamhet finns och vad som gäller: skolan, habiliteringen, "
     "FUB, Facebookgruppen, kommunens webbplats, boendestödjare, felaktiga föreställningar om "
     "reglerna och om vad daglig verksamhet är, information på andra språk, att få veta att man "
     "kan överklaga. Själva ansökan hör till ansokan_utredning; vad ersättningen ger till "
     "ersattning_ekonomi.",
     ["Föräldrar LSS Norrvik", "Den är bara skriven för någon som redan vet",
      "Jag trodde först att man måste ha jobbat"]),
    (ANS, "Ansökan, intyg och utredning",
     "Att ansöka hos LSS-handläggaren och underlaget: blankett eller telefon, intyg om "
     "personkrets, journaler och läkarintyg, utredningens längd och frågor, väntetiden till "
     "beslut, handläggarens arbetsbörda. Hur personen blir bemött i mötet hör till "
     "bemotande_delaktighet.",
     ["Sju veckor för journalen", "Målet är fyra veckor",
      "Jag satt och letade efter en blankett i två kvällar"]),
    (BEM, "Bemötande och att bli lyssnad på",
     "Hur personen själv blir bemött och delaktig, främst i bedömningsmötet: om handläggaren "
     "vänder sig till personen eller till föräldern, bildstöd och lätt språk, frågor i förväg, "
     "tolk, att känna sig som ett ärende. Handledarnas bemötande i vardagen hör till "
     "vardag_handledare.",
     ["Till slut sa han: jag sitter här", "Hon hade bilder", "Det frågade hon tre gånger"]),
    (BES, "Beslut, avslag och överklagande",
     "Beslutet om daglig verksamhet: beviljat eller avslag, personkretsen, beslutsbrevets "
     "språk, att överklaga och vänta på förvaltningsrätten, vad ett avslag gör med personen. "
     "Beslut om färdtjänst hör till resor_fardtjanst.",
     ["Som en pingisboll", "mest paragrafer", "Vi vann"]),
    (VAL, "Välja verksamhet och börja",
     "Från beslut till första tiden på en verksamhet: studiebesök, att få välja, kö till "
     "populära ställen, beställningen till verksamheten, introduktion och korta dagar i "
     "början. När vardagen väl är igång: vardag_handledare.",
     ["Jag fick en egen hylla", "Ateljén var tyst", "Två timmar om dagen första månaden"]),
    (VAR, "Vardagen och handledarna",
     "Livet på verksamheten: arbetsuppgifter och om de känns riktiga, dagar utan något att göra, "
     "handledare och vikarier, ljud och tysta rum, gemenskap och stolthet. Planer och "
     "uppföljning hör till planering_uppfoljning; önskan om ett jobb utanför till vagen_vidare.",
     ["Jag gör fågelholkar", "Bra. Peter är bra", "Det är vår svaga punkt"]),
    (RES, "Resor och färdtjänst",
     "Att ta sig till och från verksamheten: färdtjänst och sena bilar, samåkning, att missa "
     "samlingen, buss och resträning, beslut om färdtjänst och resor, föräldrar som kör.",
     ["Bilen kommer när den kommer", "Jag fryser", "Färdtjänsten kör inte ut på ön före nio"]),
    (EKO, "Habiliteringsersättning och ekonomi",
     "Pengarna: habiliteringsersättningens nivå, att den inte är lön, sjukdagar utan ersättning, "
     "aktivitets- och sjukersättning från Försäkringskassan, inkomstbortfall efter ett jobb, "
     "avgifter.",
     ["Det räcker till en pizza i veckan", "fem kronor och sextio öre i timmen",
      "Jag sparar till ett staffli"]),
    (PLA, "Genomförandeplan och uppföljning",
     "Planeringen när man väl går där: genomförandeplanen, vaga mål, uppföljningsmöten, vem som "
     "ansvarar för uppföljningen (handläggaren eller verksamheten), en samordnande "
     "kontaktperson, omprövning. Önskan om jobb som står i planen men inte blir av: "
     "vagen_vidare om det gäller vägen till jobb, annars här.",
     ["Samma mål hela tiden: trivas", "Det är som en cirkel",
      "vi skickar bollen mellan oss"]),
    (VID, "Vägen vidare: byte, praktik och lönebidrag",
     "Det som kommer efter eller bortom verksamheten: att vilja ha ett riktigt jobb, praktik, "
     "lönebidrag och Arbetsförmedlingen, kommunens arbetskonsulent, att byta verksamhet eller "
     "arbetsuppgifter, att få komma tillbaka om jobbet inte fungerar, att vilja stanna.",
     ["Han har ramat in det", "platsen står kvar ett halvår",
      "Jag vill bara inte vara där för alltid"]),
    (ANH, "Föräldrar, gode män och anhöriga",
     "Anhörigas och gode mäns roll och börda: att driva ärendet, balansen mellan stöd och "
     "vuxenhet, god mans mandat, oro för tiden när föräldrarna inte finns, att bli sedd som "
     "förälder. Förälderns syn på ett bemötande i mötet hör till bemotande_delaktighet.",
     ["Jag är projektledare på heltid utan lön", "Som god man har jag mandat för ekonomin",
      "Vem ringer då?"]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


DEL_RE = re.compile(r"\[-(.*?)-\]")
INS_RE = re.compile(r"\[\+(.*?)\+\]")


def accepted(text: str) -> str:
    """The turn text with the tracked changes accepted."""
    return norm(INS_RE.sub(r"\1", DEL_RE.sub("", text)))


def timings(session):
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        dur = len(accepted(turn["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_ms(s: float, sep: str = ".") -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}{sep}{ms % 1000:03d}"


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


def wrap(text: str, width: int = 42) -> list[str]:
    lines, cur = [], ""
    for w in norm(text).split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def repackage(raw: bytes, when: _dt.datetime, app_name: str) -> bytes:
    """Re-zip an OOXML package with fixed timestamps, fixed core dates and fixed comment
    dates; drop the thumbnail python-docx ships; name the application in docProps/app.xml."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = parts["docProps/core.xml"].decode("utf-8")
    for tag in ("created", "modified"):
        core = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    for name in list(parts):
        if name.startswith("word/comments"):
            x = parts[name].decode("utf-8")
            x = re.sub(r'w:date="[^"]*"', f'w:date="{stamp}"', x)
            parts[name] = x.encode("utf-8")
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
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, parts[name])
    return out.getvalue()


def docx_props(d, s):
    from docx.shared import Cm
    for sect in d.sections:
        sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
        sect.left_margin = sect.right_margin = Cm(2.5)
        sect.top_margin = sect.bottom_margin = Cm(2.5)
    cp = d.core_properties
    cp.author = s["author"]
    cp.last_modified_by = s.get("reviewer", s["author"])
    cp.title = s["title"]
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.created = cp.modified = s["epoch"]
    cp.revision = 7


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def spoken_sv(sec: int) -> str:
    """Teams' accessible label for a time, Swedish UI ('3 minuter 12 sekunder')."""
    h, m, s = sec // 3600, sec % 3600 // 60, sec % 60
    parts = []
    if h:
        parts.append(f"{h} {'timme' if h == 1 else 'timmar'}")
    parts.append(f"{m} {'minut' if m == 1 else 'minuter'}")
    if s:
        parts.append(f"{s} {'sekund' if s == 1 else 'sekunder'}")
    return " ".join(parts)


def visible(sec: int) -> str:
    h, m, s = sec // 3600, sec % 3600 // 60, sec % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def write_teams_copy_txt(s):
    """Text copied from the transcript panel of new Teams (Mac) and pasted into TextEdit,
    saved as plain text: the name on one line, the accessible label glued to the visible
    time on the next ('2 minuter 5 sekunder2:05'), the text on the third; no blank lines.
    Teams cuts a long contribution into two entries with a new time."""
    lines = [f"{KARIN} startade transkriberingen"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        words = len(norm(t["text"]).split())
        sents = sentences(t["text"])
        if words >= s["split_words"] and len(sents) >= 3:
            k = len(sents) // 2
            first, second = " ".join(sents[:k]), " ".join(sents[k:])
            mid = a + (b - a) * len(first.split()) / words + 0.8
            pieces = [(a, first), (mid, second)]
        else:
            pieces = [(a, norm(t["text"]))]
        for at, text in pieces:
            sec = int(at)
            lines += [t["speaker"], f"{spoken_sv(sec)}{visible(sec)}", text]
    lines.append(f"{KARIN} stoppade transkriberingen")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _w(tag):
    from docx.oxml.ns import qn
    return qn(f"w:{tag}")


def _run(text, bold=False, deleted=False):
    from docx.oxml import OxmlElement
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


class _Rev:
    def __init__(self, author, date):
        self.author, self.date, self.n = author, date, 100

    def make(self, kind, *runs):
        from docx.oxml import OxmlElement
        el = OxmlElement(f"w:{kind}")
        el.set(_w("id"), str(self.n))
        el.set(_w("author"), self.author)
        el.set(_w("date"), self.date)
        self.n += 1
        for r in runs:
            el.append(r)
        return el


def write_tracked_docx(s):
    """Ellen's Word transcript as Sofia left it after checking it against the audio with
    Track Changes on: misheard words deleted (w:del) and corrected (w:ins), one speaker
    label corrected, one duplicated paragraph deleted whole, preliminary codes as comments."""
    try:
        import docx
        from docx.oxml import OxmlElement
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
    rev = _Rev(s["reviewer"], s["epoch"].strftime("%Y-%m-%dT%H:%M:00Z"))
    token = re.compile(r"(\[-.*?-\]|\[\+.*?\+\])")
    for t in s["turns"]:
        p = d.add_paragraph()
        if t.get("was"):
            p._p.append(rev.make("del", _run(f"{t['was']}:", bold=True, deleted=True)))
            p._p.append(rev.make("ins", _run(f"{t['speaker']}:", bold=True)))
        else:
            p.add_run(f"{t['speaker']}:").bold = True
        first_plain = None
        pieces = [x for x in token.split(" " + t["text"]) if x]
        for x in pieces:
            if x.startswith("[-"):
                p._p.append(rev.make("del", _run(x[2:-2], deleted=True)))
            elif x.startswith("[+"):
                p._p.append(rev.make("ins", _run(x[2:-2])))
            else:
                run = p.add_run(x)
                first_plain = first_plain or run
        if t.get("comment"):
            d.add_comment(first_plain, text=t["comment"], author=s["reviewer"],
                          initials=s["initials"])
        if s.get("dup_after") and t["text"] == s["dup_after"]:
            q = d.add_paragraph()
            ppr = q._p.get_or_add_pPr()
            rpr = OxmlElement("w:rPr")
            rpr.append(rev.make("del"))
            ppr.append(rpr)
            q._p.append(rev.make("del", _run(f"{t['speaker']}:", bold=True, deleted=True),
                                 _run(" " + t["text"], deleted=True)))
    st = d.settings.element
    tr = OxmlElement("w:trackRevisions")
    anchor = st.find(_w("defaultTabStop"))
    if anchor is not None:
        anchor.addprevious(tr)
    else:
        st.insert(0, tr)
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


def _cues(s, max_lines=2):
    """Subtitle cues for a session: (start, end, [(speaker, line), ...]). A turn is wrapped
    at 42 characters and cut into cues of two lines; a turn marked pair_prev shares its
    first line with the one-line cue of the question before it (a dialogue cue)."""
    cues = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        lines = wrap(accepted(t["text"]))
        groups = [lines[i:i + max_lines] for i in range(0, len(lines), max_lines)]
        total = sum(len(x) for x in lines) or 1
        at = a
        for gi, g in enumerate(groups):
            share = sum(len(x) for x in g) / total
            end = at + (b - a) * share
            pieces = [(t["speaker"], x) for x in g]
            if gi == 0 and t.get("pair_prev") and cues and len(cues[-1][2]) == 1 and len(g) == 1:
                ps, pe, pp = cues.pop()
                cues.append((ps, end, pp + pieces))
            else:
                cues.append((at, end - 0.04, pieces))
            at = end
    return cues


def _coloured(pieces, tag_open, tag_close, nl):
    """Cue text with one colour span for the whole cue, or one per line when two speakers
    share the cue; the interviewer (white) is never tagged."""
    spk = {p[0] for p in pieces}
    if len(spk) == 1:
        sp = pieces[0][0]
        body = nl.join(x for _, x in pieces)
        return body if sp == WHITE else tag_open(sp) + body + tag_close
    return nl.join(x if sp == WHITE else tag_open(sp) + x + tag_close for sp, x in pieces)


def write_font_srt(s):
    """SubRip as a subtitler writes it in Subtitle Edit: UTF-8 with BOM, CRLF, no names;
    the speaker is the colour, BBC style: the interviewer white (no tag), Alva yellow,
    her mother cyan, <font color="#ffff00"> around the cue."""
    out = []
    for i, (a, b, pieces) in enumerate(_cues(s), 1):
        text = _coloured(pieces, lambda c: f'<font color="{c}">', "</font>", "\r\n")
        out.append(f"{i}\r\n{ts_ms(a, ',')} --> {ts_ms(b, ',')}\r\n{text}\r\n")
    return ("\ufeff" + "\r\n".join(out)).encode("utf-8")


def write_se_vtt(s):
    """Subtitle Edit's WebVTT: the header kept from the template (a STYLE block with colour
    classes), cues without ids, <font color> turned into <c.yellow>, CRLF, BOM, and the
    file trimmed (no newline after the last cue)."""
    head = ("WEBVTT\r\n\r\nSTYLE\r\n::cue(.yellow) { color: yellow; }\r\n"
            "::cue(.cyan) { color: cyan; }\r\n::cue(.lime) { color: lime; }")
    out = [head, ""]
    for a, b, pieces in _cues(s):
        text = _coloured(pieces, lambda c: f"<c.{c}>", "</c>", "\r\n")
        out.append(f"{ts_ms(a)} --> {ts_ms(b)}\r\n{text}\r\n")
    return ("\ufeff" + "\r\n".join(out).rstrip()).encode("utf-8")


def write_recorder_txt(s):
    """Recorder (Pixel) transcript shared as a text file: a speaker label on its own line,
    the paragraph below, a blank line; the interviewer left as 'Speaker 1', the other
    label renamed in the app; Recorder's own paragraph breaks repeat the label."""
    blocks = []
    for t in s["turns"]:
        if t.get("split"):
            sents = sentences(t["text"])
            k = (len(sents) + 1) // 2
            blocks.append(f"{t['speaker']}\n{' '.join(sents[:k])}")
            blocks.append(f"{t['speaker']}\n{' '.join(sents[k:])}")
        else:
            blocks.append(f"{t['speaker']}\n{norm(t['text'])}")
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def write_zoom_vtt(s):
    """Zoom cloud-recording transcript: numeric cue ids, 'Display Name: text' in every cue;
    the display name is whatever it was when the words were said."""
    out = ["WEBVTT", ""]
    n = 0
    for t, (a, b) in zip(s["turns"], timings(s)):
        segs = segments(t["text"], s["seg_words"])
        words = len(norm(t["text"]).split())
        at = a
        for seg in segs:
            end = at + (b - a) * len(seg.split()) / words
            n += 1
            out += [str(n), f"{ts_ms(at)} --> {ts_ms(end)}", f"{t['speaker']}: {seg}", ""]
            at = end
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")


def write_typed_txt(s):
    """Typed by the transcriber: four header lines, a blank line, then 'Intervjuare: ' /
    'Handledare: ' paragraphs with a blank line between; a time mark [hh:mm:ss] on its own
    line every five minutes, once in the middle of a long answer, whose second half then
    has no label. UTF-8 without BOM, CRLF."""
    paras = list(s["header"]) + [""]
    body = []
    nxt = 300
    for t, (a, b) in zip(s["turns"], timings(s)):
        while a >= nxt:
            body.append(f"[{hms(nxt)}]")
            nxt += 300
        split = t.get("split")
        if split:
            i = t["text"].index(split)
            body.append(f"{t['speaker']}: {t['text'][:i].strip()}")
            body.append(f"[{hms(nxt)}]")
            nxt += 300
            body.append(t["text"][i:].strip())
        else:
            body.append(f"{t['speaker']}: {t['text']}")
    text = "\r\n".join(paras[:-1]) + "\r\n\r\n" + "\r\n\r\n".join(body) + "\r\n"
    return text.encode("utf-8")


def write_easy_docx(s):
    """Easy-to-read transcript typed by a supporter: a heading, four short lines, then
    'Fråga:' / 'Svar:' in bold, Arial 14, 1.5 line spacing, an empty paragraph after each
    answer. The participant's name is only in the heading."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(14)
    st.paragraph_format.line_spacing = 1.5
    d.add_heading(s["title"], level=1)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    for t in s["turns"]:
        p = d.add_paragraph()
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run(" " + t["text"])
        if t["speaker"] == SVAR:
            d.add_paragraph("")
    docx_props(d, s)
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


WRITERS = dict(teams_copy_txt=write_teams_copy_txt, tracked_docx=write_tracked_docx,
               font_srt=write_font_srt, se_vtt=write_se_vtt, recorder_txt=write_recorder_txt,
               zoom_vtt=write_zoom_vtt, typed_txt=write_typed_txt, easy_docx=write_easy_docx)
NEEDS = dict(tracked_docx="docx", easy_docx="docx")


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


TEAMS_TIME = re.compile(r"^(?:\d+ timm(?:e|ar) )?\d+ minut(?:er)?(?: \d+ sekund(?:er)?)?\d+:\d\d(?::\d\d)?$")


def parse_teams_copy_txt(data):
    lines = [x for x in data.decode("utf-8").split("\n") if x and not x.endswith("transkriberingen")]
    pairs, i = [], 0
    while i < len(lines):
        assert TEAMS_TIME.match(lines[i + 1]), lines[i + 1]
        spk, j, text = lines[i], i + 2, []
        while j < len(lines) and not (j + 1 < len(lines) and TEAMS_TIME.match(lines[j + 1])):
            text.append(lines[j])
            j += 1
        pairs.append((spk, " ".join(text)))
        i = j
    return _merge(pairs)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_paragraphs(data):
    """Paragraph texts of the body with tracked changes accepted: w:t (also inside w:ins)
    counts, w:delText does not."""
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    body = root.find(f"{W}body")
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]


def parse_tracked_docx(data):
    paras = _docx_paragraphs(data)
    start = paras.index("") + 1
    pairs = []
    for x in paras[start:]:
        if not x.strip():
            continue
        m = re.match(r"^([^:]{1,20}): (.*)$", x, re.S)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


FONT_OPEN = re.compile(r'^<font color="([^"]+)">')
C_OPEN = re.compile(r"^<c\.([a-z]+)>")


def _parse_coloured(blocks, opener, closer):
    pairs = []
    for block in blocks:
        lines = block.split("\r\n")
        cur = None
        for line in lines[2:] if "-->" in lines[1] else lines[1:]:
            m = opener.match(line)
            if m:
                cur = m.group(1)
                line = line[m.end():]
            spk = cur or WHITE
            if line.endswith(closer):
                line = line[: -len(closer)]
                cur = None
            pairs.append((spk, line))
    return _merge(pairs)


def parse_font_srt(data):
    text = data.decode("utf-8-sig")
    blocks = [b for b in text.strip("\r\n").split("\r\n\r\n") if b]
    return _parse_coloured(blocks, FONT_OPEN, "</font>")


def parse_se_vtt(data):
    text = data.decode("utf-8-sig")
    blocks = [b for b in text.split("\r\n\r\n") if "-->" in b]
    return _parse_coloured(blocks, C_OPEN, "</c>")


def parse_recorder_txt(data):
    pairs = []
    for block in data.decode("utf-8").strip().split("\n\n"):
        spk, text = block.split("\n", 1)
        pairs.append((spk, text))
    return _merge(pairs)


def parse_zoom_vtt(data):
    pairs = []
    for block in data.decode("utf-8").strip().split("\n\n")[1:]:
        lines = block.split("\n")
        spk, text = lines[2].split(": ", 1)
        pairs.append((spk, " ".join([text] + lines[3:])))
    return _merge(pairs)


def parse_typed_txt(data):
    text = data.decode("utf-8")
    body = text.split("\r\n\r\n", 1)[1]
    pairs = []
    for para in body.strip().split("\r\n\r\n"):
        if re.fullmatch(r"\[\d\d:\d\d:\d\d\]", para):
            continue
        m = re.match(r"^(Intervjuare|Handledare): (.*)$", para, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
        else:
            pairs.append((pairs[-1][0], para))
    return _merge(pairs)


def parse_easy_docx(data):
    pairs = []
    for x in _docx_paragraphs(data):
        m = re.match(r"^(Fråga|Svar): (.*)$", x, re.S)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


PARSERS = dict(teams_copy_txt=parse_teams_copy_txt, tracked_docx=parse_tracked_docx,
               font_srt=parse_font_srt, se_vtt=parse_se_vtt, recorder_txt=parse_recorder_txt,
               zoom_vtt=parse_zoom_vtt, typed_txt=parse_typed_txt, easy_docx=parse_easy_docx)


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
            spk, text = t["speaker"], accepted(t["text"])
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"]
            assert not LABEL_LIKE.match(text), text[:40]
            assert not re.search(r"\b\d?\d:\d\d\b", text), text[:40]
            assert not text.startswith(("[", "<", "-")), text[:40]
            assert "-->" not in text and "<" not in text
            if s["fmt"] != "tracked_docx":
                assert "[-" not in t["text"] and "[+" not in t["text"], t["text"][:40]
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
            expected = [(t["speaker"], accepted(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed, {len(expected)} expected")
            flat = " ".join(x for _, x in parsed)
            for i, t in enumerate(turns):
                if not t["mod"] and accepted(t["text"]) not in flat:
                    problems.append(f"{s['file']} turn {i}: gold text not in the file's text")
        for i, t in enumerate(turns):
            if not t["mod"]:
                rows.append([s["file"], i, t["speaker"], t["theme"], t["stage"],
                             t["sentiment"], t["kind"], accepted(t["text"])])
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
        w.writerow(["speaker", "segment", "role", "age_group", "situation"])
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
          "every gold text occurs in its file's text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
