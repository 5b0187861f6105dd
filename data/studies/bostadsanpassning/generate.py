#!/usr/bin/env python3
"""Generate the fictional study of bostadsanpassningsbidrag (the housing adaptation
grant: ramps, thresholds, showers instead of bathtubs, stair lifts, door openers,
kitchen adaptations) in Sälgsjö kommun: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the structured session lists in this file.

Python 3.11, standard library, plus python-docx (fokusgrupp-1.docx,
intervju-4.docx) and openpyxl (intervju-5.xlsx). Run it with the project's
virtualenv:

    /work/main/.venv/bin/python generate.py

Without python-docx or openpyxl the corresponding files are left as they are (the
gold rows do not depend on them) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction, small talk or thanks (no theme, no stage).
Transcript files and gold rows are written from the same list, so turn indices
cannot drift. A blank line ("\\n\\n") inside a turn text is a paragraph break; it
is only used in the two formats where a transcriber writes a second paragraph
under the same speaker (fokusgrupp-1.docx, fokusgrupp-2.txt). The tools imitated
in the other files cut long turns into several blocks themselves (Happy Scribe,
Sonix, Premiere Pro, WhisperX segments, a typist's Excel rows); those pieces carry
their own time and belong to one turn.

After writing, every file is parsed back with a minimal parser for its format and
compared with the list (turn index, speaker, text), and every codebook example must
be an exact excerpt of a participant turn coded with that theme and no other.

Output is byte-identical from run to run: timings are seeded, and the .docx and
.xlsx files are re-zipped with fixed timestamps and fixed core properties.
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


def M(speaker, text):
    """Moderator / interviewer turn (no gold row)."""
    return dict(speaker=speaker, text=text, mod=True)


def P(speaker, text, theme, stage, sentiment, kind):
    """Participant turn with labels."""
    assert kind in KINDS, kind
    assert sentiment in (-1, 0, 1), sentiment
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind)


def B(speaker, text, sentiment=0, kind="neutral"):
    """Participant backchannel, reaction, small talk or thanks: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, kind)


# ---------------------------------------------------------------------------
# Codebook (written before coding; examples are exact excerpts of participant
# turns of that theme, checked below)
# ---------------------------------------------------------------------------
INF = "info_vagledning"
ANS = "ansokan_intyg"
AT = "arbetsterapeut"
FAS = "fastighetsagare"
ENT = "hantverkare_utforande"
VAN = "vantetid"
KON = "kontakt_handlaggare"
BES = "beslut_overklagande"
TEK = "hiss_teknik"
VAR = "vardag_sjalvstandighet"
ANH = "anhorigas_roll"
KOS = "kostnader"

CODEBOOK = [
    (INF, "Information och vägledning",
     "Att få veta att bostadsanpassningsbidraget finns och vad det omfattar, innan och "
     "under tiden man söker: kommunens webbplats och broschyrer, tips från grannar, "
     "hemtjänst, rehab eller demenssjuksköterska, att tro att bidraget bara är för "
     "pensionärer, gränsen mellan hjälpmedel (regionen) och bostadsanpassning (kommunen), "
     "ord som 'skälig kostnad' och 'standardhöjning', information på andra språk och på lätt "
     "svenska, råd till andra som funderar på att söka. Arbetsterapeutens egen roll hör till "
     "arbetsterapeut; hur handläggaren förklarar ett beslut till kontakt_handlaggare.",
     ["Man blir tokig.",
      "Det finns ingenting på arabiska, eller på engelska ens.",
      "'standardhöjning'? It became 'standard elevation'"]),
    (ANS, "Ansökan, blanketter och intyg",
     "Själva ansökan: pappersblankett eller e-tjänst med BankID, vad man söker för, "
     "fullmakter när en anhörig söker, underskrifter, intyg om funktionsnedsättningen som "
     "bilaga (ett nytt intyg för varje ansökan trots samma diagnos), separata ansökningar för "
     "lägenheten och porten, reparationsbidrag som en ny ansökan, att börja om med en ny "
     "ansökan vid flytt. Väntan på arbetsterapeutens hembesök hör till arbetsterapeut; "
     "hyresvärdens underskrift till fastighetsagare.",
     ["Ett intyg som gäller.",
      "fullmakten skulle vara på papper, med pappas underskrift och två vittnen",
      "Så jag fyller ofta i pappersblanketten med dem vid köksbordet."]),
    (AT, "Arbetsterapeutens roll",
     "Arbetsterapeuten (kommunens, vårdcentralens, habiliteringens eller rehabs) som den som "
     "ser behovet, tipsar om bidraget, gör hembesök, skriver intyget och ibland fyller i "
     "ansökan; kön till arbetsterapeuten, att intyget lovar mer än beslutet håller, "
     "arbetsterapeutens arbetssituation och samarbete med handläggarna. Själva intyget som "
     "bilaga och kravet på nya intyg hör till ansokan_intyg.",
     ["Hon skrev intyget på en dag.",
      "Att vi arbetsterapeuter ibland skriver önskelistor.",
      "Varför kunde inte arbetsterapeuten säga det från början?"]),
    (FAS, "Hyresvärd, bostadsrättsförening och återställning",
     "Fastighetsägarens medgivande: hyresvärdens eller bostadsrättsföreningens underskrift, "
     "hur lång tid den tar och hur värden ser på ändringar (ramp vid porten, hål i väggarna, "
     "husets värde), värdens egen firma, ritningar som bara värden har, återställning när man "
     "flyttar och återställningsbidraget, vem som äger vad efteråt. Handläggarens hjälp att "
     "övertyga värden räknas hit när det är medgivandet som är poängen.",
     ["Sju veckor. För en dörröppnare.",
      "Och ordföranden var på Thailand.",
      "they were worried"]),
    (ENT, "Offerter, hantverkare och själva bygget",
     "Att ta in offerter själv och hitta firmor som vill ta små jobb, kommunens ramavtal med "
     "Bygg och Bad, hissfirmans mätningar och leveranstider, själva bygget: hantverkarnas "
     "bemötande och kvalitet, förseningar, damm och städning, att inte få veta när de kommer, "
     "besiktning och fel som upptäcks efteråt. Reparationer av hissar och dörröppnare hör till "
     "hiss_teknik.",
     ["Och då har man en halv ramp.",
      "Han tog av sig skorna i hallen!",
      "Det är fel att det ska hänga på att man har en svåger som är snickare."]),
    (VAN, "Handläggningstid och väntan",
     "Hur lång tid det tar från ansökan till beslut och till färdig anpassning, "
     "kompletteringar (ritningar, nya handlingar), allt som ligger i rad och hur man har det "
     "under tiden (soffan, badhuset, handfatet), risken att falla medan man väntar, sjukdomar "
     "som går fortare än ärendet, förslag om snabbspår och förenklade beslut. Hur det är att "
     "nå handläggaren hör till kontakt_handlaggare.",
     ["Han hann aldrig.",
      "det är något som är fel när det tar längre tid än sjukdomen",
      "Jag tvättar mig vid handfatet."]),
    (KON, "Kontakt med handläggaren och kommunen",
     "Bemötandet och tillgängligheten hos bostadsanpassningens handläggare: hembesök eller "
     "bara ett samtal, telefontid två dagar i veckan, mejl som besvaras, byte av handläggare, "
     "handläggare som ringer själva, förklarar beslut eller hjälper till med hyresvärden, "
     "enkäter och brev om att ärendet är avslutat, att ingen hör av sig efteråt, önskemål om en "
     "kontaktperson. Väntetiden i sig hör till vantetid.",
     ["Det har jag aldrig varit med om förut, att någon på kommunen ringer först.",
      "Men trevlig hjälper inte när svaret är nej.",
      "Jag kände mig tagen på allvar."]),
    (BES, "Beslutet, avslag och överklagande",
     "Beslutsbrevet och hur det är skrivet (paragrafer, fyra sidor), beviljat, delvis "
     "beviljat och avslag, motiveringar som 'standardhöjning', 'inte kopplat till "
     "funktionsnedsättningen' eller 'hjälpmedel', den billigaste lösningen, att överklaga "
     "till förvaltningsrätten och hur lång tid det tar, att ha ork att överklaga. Vad "
     "beslutet kostar familjen hör till kostnader.",
     ["Det är inte standard, det är mitt liv.",
      "Efter två år och förvaltningsrätten.",
      "Att köket är ett kök, inte en diskbänk och en spis var för sig."]),
    (TEK, "Hissar, dörröppnare och reparationer",
     "Trapphissar, dörröppnare och annan teknik i vardagen och efteråt: driftstopp, att "
     "fastna halvvägs, hissfirman (Trapplyft) och serviceavtalet, numret på klistermärket, "
     "besiktning av hissen, vem som ansvarar när en dörröppnare på föreningens port går "
     "sönder, att kommunen äger hissen och tar tillbaka den. Vem som betalar en reparation hör "
     "till kostnader när det är pengarna som är poängen.",
     ["Hissen är bra när den går.",
      "Så ingen ville ta det.",
      "Att de som bestämmer provar att åka i en sån hiss."]),
    (VAR, "Vardagen, tryggheten och självständigheten",
     "Vad funktionsnedsättningen gör med vardagen i bostaden och vad anpassningen gör: fall, "
     "trappor, badkar och trösklar som blir hinder, att sova på soffan eller gå in bakvägen, "
     "och sedan att kunna duscha, laga mat, gå ut och stänga dörren själv, trygghet, värdighet "
     "och frihet, att kunna bo kvar. Även behovet när det kommer tillbaka (ett nytt badkar som "
     "inte går). Anhörigas egen börda hör till anhorigas_roll.",
     ["Och de stegen var plötsligt ett berg.",
      "Jag kan gå ut själv.",
      "Det är frihet."]),
    (ANH, "Anhörigas roll och ansvar",
     "Anhöriga som söker, ringer, översätter, mäter och ritar, skriver överklaganden och "
     "bevisar behovet (filmer, intyg), fullmakt och ansvar för en förälder, ett barn eller en "
     "partner, att bära hela ärendet, tröttheten och att behöva en anhörig som är arg, barn som "
     "växer och behov som kommer igen. Fullmaktsblanketterna hör till ansokan_intyg.",
     ["Det är där man ska ha en anhörig som är arg.",
      "Jag filmade när hon sprang.",
      "My wife measured every room with a tape measure"]),
    (KOS, "Kostnader och vem som betalar",
     "Pengar i bostadsanpassningen: att man inte får börja före beslutet och annars betalar "
     "själv, mellanskillnaden för dyrare material eller en snabbare firma, det som beslutet "
     "inte täcker och som familjen betalar (kök, grind, kopior), extra jobb som inte får vara på "
     "samma faktura, fakturor för reparationer när man inte visste om reparationsbidraget, vem "
     "som betalar när hissen går sönder.",
     ["då fick vi betala den själva",
      "Men jag tänker på dem som inte har 22 000.",
      "Så jag betalade resten själv"]),
]
THEMES = {c[0] for c in CODEBOOK}

# ---------------------------------------------------------------------------
# Participants (labels exactly as in the files)
# ---------------------------------------------------------------------------
PARTICIPANTS = [
    ["Malin", "moderator", "", "", ""],
    ["Erik", "moderator", "", "", ""],
    ["Gunnel", "sökande", "75-84", "Tallåsen", "föll i badkaret, badkar till dusch, bor ensam i villa"],
    ["Sture", "sökande", "75-84", "Östby", "trapphiss i radhus, hissen stannar"],
    ["Nadia", "sökande", "35-44", "Bruksbacken", "MS, rullstol, hyresrätt, dörröppnare beviljad, kök avslag"],
    ["Torbjörn", "sökande", "65-74", "Viksäng", "stroke, ramp till villan, offerter och försenad snickare"],
    ["Maja", "anhörig", "35-44", "Norra Sälgsjö", "mamma till son med CP, bostadsrätt, flera ansökningar"],
    ["M", "moderator", "", "", ""],
    ["D1", "anhörig", "45-54", "Norra Sälgsjö", "dotter med fullmakt, mamma med Alzheimer, spisvakt och trösklar"],
    ["D2", "anhörig", "65-74", "Viksäng", "make, fru med Parkinson, dusch och trapphiss"],
    ["D3", "anhörig", "25-34", "Hamnen", "son, pappa amputerad, ramp vid porten, tolkar åt pappa"],
    ["D4", "anhörig", "35-44", "Tallåsen", "mamma till dotter med autism och epilepsi, staket, överklagade"],
    ["D5", "anhörig", "65-74", "Centrum", "syster, bror med ALS som hann flytta innan hissen kom"],
    ["Anna Lundqvist", "moderator", "", "", ""],
    ["Inger", "sökande", "75-84", "Centrum", "bor ensam i hyresrätt, tröskel och stödhandtag"],
    ["SPEAKER_00", "moderator", "", "", ""],
    ["SPEAKER_01", "sökande", "25-34", "Centrum", "ryggmärgsskada, bostadsrätt, kök delvis beviljat, överklagade"],
    ["Rohan Mehta", "anhörig", "35-44", "Viksäng", "pappa till dotter med SMA, hyr hus, flyttade från London"],
    ["I", "moderator", "", "", ""],
    ["B", "sökande", "65-74", "Östby", "reumatism, trapphiss sedan sex år, väntar på dusch"],
    ["Jenny", "yrkesverksam", "35-44", "", "arbetsterapeut i kommunens rehabenhet, skriver intyg"],
    ["Speaker 1", "moderator", "", "", ""],
    ["Åsa Lind", "sökande", "55-64", "Bruksbacken", "KOL, tvättstuga till badrum på entréplan, betalade mellanskillnad"],
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
MA, ER = "Malin", "Erik"
GU, ST, NA, TB, MJ = "Gunnel", "Sture", "Nadia", "Torbjörn", "Maja"

# Focus group 1: applicants (and one parent), in person, chronological guide.
FG1 = [
    M(MA, "Då är vi alla här, tror jag. Välkomna! Jag heter Malin och jobbar med utveckling på samhällsbyggnadsförvaltningen, och det här är Erik som sitter med och antecknar. Vi vill höra hur det har varit att söka bostadsanpassning, från början till slut. Det finns inga rätt eller fel svar. Och vi spelar in, som det stod i brevet. Är det fortfarande okej för alla?"),
    B(GU, "Ja då."),
    B(ST, "Det går bra. Om jag hör vad ni säger, bara. [skratt]"),
    M(ER, "Säg till om vi pratar för tyst, Sture, så flyttar vi närmare."),
    M(MA, "Vi börjar med en runda. Vem ni är, och vad det var som gjorde att ni behövde anpassa bostaden. Gunnel, vill du börja?"),
    P(GU, "Ja, Gunnel heter jag, jag är sjuttioåtta och bor kvar i huset i Tallåsen, ensam sen Rune dog. Och i mars förra året så ramlade jag i badkaret. Jag låg där... ja, jag vet inte hur länge. Det var grannen som hittade mig. Så sen gick jag inte i badkaret mer, jag vågade inte.", VAR, N, -1, "neutral"),
    P(ST, "Sture. Åttioett. Vi bor i radhus på Östby, jag och frun, och det är ju två våningar, sovrummet är en trappa upp. Och knäna ville inte längre. Det var så enkelt.", VAR, N, 0, "neutral"),
    P(NA, "Eh, jag heter Nadia, jag är fyrtiofyra och har haft MS i tolv år. Jag kör rullstol ute och i perioder inne också. Vi hyr en trea av Sälgsjöhem, jag och mina två tjejer. Och det var när jag inte kunde ta mig ut genom porten själv längre, då... ja, då började det.", VAR, N, -1, "neutral"),
    P(TB, "Torbjörn. Sextiosju. Jag fick en stroke för två år sen, och vänster sida är... ja, den är inte som den var. Vi har en villa med fyra trappsteg upp till ytterdörren. Och de stegen var plötsligt ett berg.", VAR, N, -1, "neutral"),
    P(MJ, "Och jag är Maja, jag är här som mamma egentligen. Min son Elis är nio och har CP, han går med rollator korta bitar men mest är det rullstol. Vi bor i en bostadsrätt, ett radhus, och vi har sökt, asså, jag har tappat räkningen. Fem gånger? Han växer ju, så behoven ändras hela tiden.", ANH, N, 0, "neutral"),
    M(MA, "Tack. Om vi börjar där då: hur fick ni veta att det finns något som heter bostadsanpassningsbidrag?"),
    P(GU, "Det var arbetsterapeuten. När jag kom hem från lasarettet så kom det en arbetsterapeut från kommunen hem till mig, och hon sa att det här badkaret, det ska bort, och att kommunen kan betala. Jag visste inte att det fanns.", AT, FI, 1, "praise"),
    P(TB, "Samma. Fast för mig var det på rehab. De sa bara 'ni får söka bostadsanpassning', som att alla vet vad det är. [skratt]", INF, FI, 0, "neutral"),
    P(NA, "Jag visste att det fanns, men jag trodde att det var för pensionärer. Ärligt. Det är ju så det låter, typ, 'anpassning', det låter som stödhandtag på toaletten.", INF, FI, 0, "neutral"),
    P(ST, "Min dotter googlade.", INF, FI, 0, "neutral"),
    M(MA, "Och vad hittade hon?"),
    P(ST, "Kommunens sida. Hon skrev ut den åt mig. Det står väl bra där, tror jag, det är inte där felet ligger.", INF, FI, 1, "praise"),
    P(MJ, "Jag tycker att sidan är okej för en som söker första gången. Men det står ingenting om barn. Ingenting. Allt handlar om äldre, det finns en bild på en gubbe med rollator. [skratt]", INF, FI, -1, "pain"),
    B(GU, "Ja, den har jag sett. [skratt]"),
    M(MA, "Var det något ni inte visste, som ni hade velat veta innan ni sökte?"),
    P(TB, "Att det inte är samma sak som hjälpmedel. Vi trodde att rampen var ett hjälpmedel, så vi väntade på att regionen skulle höra av sig. I två månader. Och sen visade det sig att det var kommunen, och att vi skulle ha sökt där.", INF, FI, -1, "pain"),
    P(NA, "Ja, den gränsen. Dörröppnaren är bostadsanpassning, men rullstolen är hjälpmedel, och duschstolen är hjälpmedel, men duschen är bostadsanpassning. Man blir tokig.", INF, FI, -1, "pain"),
    P(MJ, "Och att man inte får börja innan det finns ett beslut. Det visste inte vi första gången. Vi hade redan beställt en snickare för tröskeln, och då... ja, då fick vi betala den själva.", KOS, FI, -1, "pain"),
    M(MA, "Då går vi över till själva ansökan. Hur gick den till för er?"),
    P(GU, "Det var en blankett, på papper, som arbetsterapeuten hade med sig. Hon fyllde i det mesta och jag skrev under. Det var inget konstigt.", ANS, AP, 1, "praise"),
    P(TB, "Min fru gjorde den i e-tjänsten. Med BankID. Det gick väl bra, men sen skulle intyget från arbetsterapeuten in också, och det kunde man inte ladda upp själv, det skulle hon skicka. Och det visste ju inte vi om hon hade gjort.", ANS, AP, 0, "pain"),
    P(ST, "Hos oss är det frun som sköter papperen. Jag skriver under där hon har satt ett kryss. [skratt]", ANH, AP, 0, "neutral"),
    P(NA, "För mig var det inte själva blanketten. Det var medgivandet.", FAS, AP, -1, "pain"),
    M(MA, "Från hyresvärden?"),
    P(NA, "Ja. Fastighetsägarens medgivande. Man ska ha en underskrift från Sälgsjöhem på att de går med på att man gör ändringar i lägenheten. Och jag mejlade, jag ringde, jag gick dit till kontoret.\n\nDet tog sju veckor att få en underskrift. Sju veckor. För en dörröppnare.", FAS, AP, -1, "pain"),
    P(ST, "Det har vi inte behövt, vi äger ju.", FAS, AP, 0, "neutral"),
    P(MJ, "Vi äger ju också, trodde vi. Men i en bostadsrätt så är det föreningen som äger huset, så vi behövde styrelsens underskrift. Och ordföranden var på Thailand. [skratt] I en månad.", FAS, AP, -1, "pain"),
    B(GU, "Nej men, herregud."),
    M(MA, "Och intygen? Flera av er nämner arbetsterapeuten."),
    P(TB, "Ja, där stod det still. Vi fick vänta på hembesök av arbetsterapeuten från vårdcentralen i... sex veckor var det väl. Och utan intyget fick vi inte ens skicka in.", AT, AP, -1, "pain"),
    P(NA, "Jag har en arbetsterapeut på neurologen som känner mig, så för mig gick det fort. Hon skrev intyget på en dag. Så det är väl... det beror på vem man har.", AT, AP, 1, "praise"),
    P(MJ, "För oss är det habiliteringen. Och de är jättebra, men de har ju så mycket. Och varje gång Elis behöver något nytt ska det vara ett nytt intyg, fast diagnosen är densamma. Han har CP. Den går inte över.", ANS, AP, -1, "pain"),
    M(MA, "Offerter, var det någon som behövde ta in offerter själv?"),
    P(TB, "Ja! Två offerter på rampen. Och det var inte lätt, ska du veta. Den ena firman kom aldrig. Den andra kom, mätte och sa att det var för litet jobb för dem.", ENT, AP, -1, "pain"),
    P(GU, "Det behövde inte jag. Kommunen har ju en firma som de anlitar, sa hon, handläggaren.", ENT, AP, 0, "neutral"),
    P(TB, "Ja, men det gällde inte rampen. Den var för stor, eller för dyr, eller... jag vet inte. Det fick vi aldrig riktigt förklarat för oss.", KON, AP, -1, "pain"),
    M(ER, "Får jag flika in: hur hittade ni firmorna till slut?"),
    P(TB, "Min svåger. Han känner en snickare i Viksäng. Annars hade vi väl stått där än.", ENT, AP, 0, "neutral"),
    M(MA, "Sen skickade ni in. Hur var det att vänta?"),
    P(ST, "Lång. [skratt] Nej, men det tog från augusti till december innan hissen satt där. Och under tiden sov jag på soffan i vardagsrummet.", VAN, PR, -1, "pain"),
    B(GU, "Fyra månader? Herregud."),
    P(ST, "Ja. Fast beslutet kom efter fem veckor. Det var hissfirman som tog tid.", ENT, US, 0, "pain"),
    P(NA, "För mig kom det ett brev om komplettering efter en månad. Att de behövde en ritning över lägenheten. En ritning! Jag har ingen ritning. Jag hyr.", VAN, PR, -1, "pain"),
    P(MJ, "Man får be hyresvärden om den.", FAS, PR, 0, "neutral"),
    P(NA, "Ja, och då var det samma sju veckor igen. [skratt] Nej, men nästan.", FAS, PR, -1, "pain"),
    M(MA, "Hade ni kontakt med handläggaren under tiden?"),
    P(GU, "Hon kom hem till mig. Sandra hette hon. Hon tittade på badrummet och mätte och var så rar. Hon förklarade allt två gånger, för jag hör lite dåligt.", KON, PR, 1, "praise"),
    P(TB, "Vi fick aldrig något hembesök. Bara ett samtal. Och sen när vi ringde... telefontiden är ju tisdag och torsdag, nio till tio. Så man sitter där med telefonen i handen.", KON, PR, -1, "pain"),
    P(ST, "Det är som på vårdcentralen.", KON, PR, -1, "pain"),
    P(MJ, "Vi har haft fyra olika handläggare på de här åren. Fyra. Och varje gång ska man berätta om Elis från början. Vad CP är. Att han inte blir bättre.", KON, PR, -1, "pain"),
    M(MA, "Beslutet då. Hur var det att få det?"),
    P(GU, "Jag fick ja på allt. Duschen, golvet, handtagen. Det var fint. Jag grät lite, faktiskt.", BES, DE, 1, "praise"),
    P(NA, "Jag fick ja på dörröppnaren men nej på köket. Delvis beviljat, heter det.", BES, DE, -1, "pain"),
    M(MA, "Vad gällde köket?"),
    P(NA, "Jag ville sänka bänken vid spisen så att jag kan laga mat sittande. Och de skrev att det var 'standardhöjning', och att köket... ja, att det var ett normalt underhåll.\n\nMen jag kan inte laga mat åt mina barn. Det är inte standard, det är mitt liv.", BES, DE, -1, "pain"),
    P(TB, "Överklagade du?", BES, DE, 0, "question"),
    P(NA, "Jag orkade inte. Det är ju det. Man har ingen ork kvar när beslutet kommer.", BES, DE, -1, "pain"),
    P(MJ, "Det är där man ska ha en anhörig som är arg. [skratt] Jag har överklagat två gånger. En gång vann vi.", ANH, DE, 0, "neutral"),
    P(ST, "Vi fick ett beslut på fyra sidor med paragrafer. Jag läste det tre gånger. Jag förstod att det var ja, men inte mycket mer. [skratt]", BES, DE, 0, "pain"),
    M(ER, "Var det något i beslutet som var oklart, utöver språket?"),
    P(ST, "Att hissen inte är min. Att kommunen äger den och tar tillbaka den om vi flyttar, eller... ja. Om jag dör, får man väl säga. [skratt] Det stod inte så, men det var så jag förstod det.", TEK, DE, 0, "neutral"),
    M(MA, "Sen själva arbetet. Hur gick det när hantverkarna kom?"),
    P(GU, "Två killar från Bygg och Bad. De var så duktiga. De rev ut badkaret på en dag, och på fredagen hade jag dusch. De torkade till och med upp efter sig.", ENT, US, 1, "praise"),
    P(TB, "Vår ramp tog tre månader. Snickaren skulle börja i september, sen kom han i oktober och gjorde halva, och sen försvann han till ett annat jobb. Och då har man en halv ramp.", ENT, US, -1, "pain"),
    B(MJ, "Man kan ju inte använda en halv ramp. [skratt]"),
    P(TB, "Nej. Det kan man inte. Jag gick in bakvägen, genom garaget, i tre veckor.", VAR, US, -1, "pain"),
    P(NA, "Dörröppnaren kom på plats ganska fort, faktiskt. Och den har förändrat allt. Jag kan gå ut själv. Med barnen, till affären. Jag behöver inte vänta på att någon ska öppna porten.", VAR, US, 1, "praise"),
    M(MA, "Vad fint att höra."),
    P(ST, "Hissen är bra när den går.", TEK, US, 0, "pain"),
    M(MA, "Och när den inte går?"),
    P(ST, "Då sitter jag där uppe. [skratt] Nej men, den har stannat tre gånger sen i våras. Halvvägs en gång. Och då ska man ringa hissfirman, och de kommer nästa dag om man har tur.", TEK, FU, -1, "pain"),
    B(GU, "Halvvägs? Satt du i trappan?"),
    P(ST, "I en timme. Tills frun kom hem från affären.", TEK, FU, -1, "pain"),
    P(MJ, "Vem betalar när den går sönder? Det har jag aldrig förstått.", KOS, FU, 0, "question"),
    P(ST, "Kommunen, tror jag. Vi har i alla fall aldrig betalat. Men man måste ringa rätt nummer, det sitter en lapp på hissen.", TEK, FU, 0, "neutral"),
    P(TB, "Vi har fått betala en del själva, vi. Snickaren ville ha mer än det stod i offerten, för att marken var frusen när han skulle gjuta. Och det täckte inte bidraget.", KOS, US, -1, "pain"),
    M(MA, "Var det någon som hade besiktning eller uppföljning efteråt?"),
    P(TB, "Nej. Ingen har varit här. Ingen vet om rampen ens är rätt byggd.", ENT, FU, -1, "pain"),
    P(GU, "Det kom en enkät. Jag fyllde i den. Jag skrev att killarna var bra. [skratt]", KON, FU, 0, "neutral"),
    P(MJ, "För oss finns det inget 'efteråt'. Elis växer. Nästa år behöver han en annan dusch, sen en annan säng... sen kanske vi måste flytta. Och då ska allt återställas.", ANH, FU, -1, "pain"),
    M(MA, "Återställas, vad tänker du på där?"),
    P(MJ, "Att om vi säljer radhuset så vill föreningen att allt ska tillbaka som det var. Trösklarna, dörrarna. Och det är väl kommunen som betalar då också? Jag vet faktiskt inte.", FAS, FU, 0, "question"),
    P(NA, "Sälgsjöhem sa till mig att de vill ha tillbaka en vanlig dörr om jag flyttar. Men de sa inte vem som ska betala.", FAS, FU, -1, "pain"),
    M(MA, "Vi närmar oss slutet. Om ni fick ändra en sak, vad skulle det vara?"),
    P(TB, "En kontaktperson. En person man kan ringa, som vet vad det gäller. Inte telefontid två dagar i veckan.", KON, PR, 0, "suggestion"),
    P(NA, "Att köket hade räknats. Nej, men allvarligt, att de tittar på hur man faktiskt lever. Inte bara på ritningen.", BES, DE, -1, "suggestion"),
    P(MJ, "Att barn får en egen ingång, typ. Att man inte behöver börja om varje gång. Ett intyg som gäller.", ANS, AP, 0, "suggestion"),
    P(GU, "Jag vet inte. Jag är nöjd, jag. [skratt] Men kanske att man kunde få veta när hantverkarna kommer. Jag satt hemma och väntade i två dagar.", ENT, US, 0, "suggestion"),
    P(ST, "Att hissfirman svarar i telefon. Det är allt.", TEK, FU, -1, "suggestion"),
    M(ER, "Jag har antecknat allt, Sture. [skratt]"),
    M(MA, "Tack så mycket allihop. Det finns kaffe och kaka kvar, ta gärna med er."),
    B(GU, "Tack för att vi fick komma. Det var skönt att prata med några som förstår.", 1, "praise"),
]

# Focus group 2: relatives, in person; manual transcript, labels M and D1-D5.
# The guide starts with "det som har varit svårast" and jumps around.
FG2 = [
    M("M", "Då sätter jag igång inspelningen. Så, välkomna. Jag heter Anna och jobbar på samhällsbyggnadsförvaltningen. Ni är här för att ni har hjälpt någon i er närhet med bostadsanpassning, och det är just ert perspektiv vi vill ha, som anhöriga. Jag tänkte att vi börjar lite bakvänt idag, med det som har varit svårast. Vem vill börja?"),
    P("D5", "Jag kan börja, för mitt är ganska kort. Min bror hade ALS. Vi sökte en trapphiss och en ramp i mars, och han flyttade till ett boende i oktober innan något var gjort. Han hann aldrig.", VAN, PR, -1, "pain"),
    M("M", "Åh. Det var tråkigt att höra."),
    P("D5", "Ja. (paus) Jag är inte arg på någon person. Men det är något som är fel när det tar längre tid än sjukdomen.", VAN, PR, -1, "pain"),
    B("D2", "Nej. (paus) Nej."),
    M("M", "Ska vi ta en presentationsrunda ändå, så vi vet vilka alla är? Säg gärna vem det är du har hjälpt också."),
    P("D1", "Helena. Jag har hjälpt min mamma, hon är åttiotvå och har Alzheimer. Hon bodde kvar i sitt hus i Norra Sälgsjö tills i somras. Jag har fullmakt och sköter allt det där, räkningar och... ja, allt.", ANH, N, 0, "neutral"),
    P("D2", "Kjell heter jag. Min fru Margareta har haft Parkinson i tio år. Vi bor i villa i Viksäng, och badrummet och trappan blev omöjliga för henne. Jag har gjort alla ansökningar, hon orkar inte med papper.", ANH, N, 0, "neutral"),
    P("D3", "Ali. Min pappa har förlorat ena benet, diabetes. Han bor i en hyresrätt i Hamnen, tredje våningen, det finns hiss men det är tre trappsteg upp till porten. Han pratar inte så mycket svenska, så det är jag som ringer och fyller i.", ANH, N, 0, "neutral"),
    P("D4", "Sara. Jag har en dotter, Tilde, hon är elva och har autism och epilepsi. Och hon springer iväg. Asså hon kan bara försvinna ut genom dörren och rakt ut på vägen, så det var därför vi sökte.", VAR, N, -1, "neutral"),
    B("D5", "Och Birgitta. Min bror Göran, ja. Det har jag redan sagt. [skratt]"),
    M("M", "Tack. Birgitta, du sa att det tog längre tid än sjukdomen. Var fastnade det?"),
    P("D5", "Först arbetsterapeuten. Det tog en månad att få ett intyg. Sen handläggningen, sen skulle hissfirman komma och mäta, och trappan var för smal för den vanliga modellen, så det blev en specialhiss, och den hade sex veckors leveranstid.\n\nOch varje steg var väl rimligt, var för sig. Det är det som är så...", VAN, PR, -1, "pain"),
    P("D2", "Det är det som är grejen. Ingen gör något fel, det är bara —", VAN, PR, -1, "pain"),
    B("D5", "— allt i rad. Ja."),
    M("M", "Kjell, hur var det för er?"),
    P("D2", "För oss gick det faktiskt bra, jämfört. Handläggaren, Mats, ringde själv och sa att han hade sett att det var Parkinson och att det kan gå fort. Så han prioriterade oss. Det har jag aldrig varit med om förut, att någon på kommunen ringer först.", KON, PR, 1, "praise"),
    P("D5", "Det hade jag önskat att vi fick.", KON, PR, -1, "pain"),
    M("M", "Om vi går tillbaka till början: hur fick ni veta att man kunde söka?"),
    P("D1", "Genom demenssjuksköterskan. Hon sa att vi skulle ta bort trösklarna och sätta in en spisvakt, och att det var bostadsanpassning. Jag hade aldrig hört ordet.", INF, FI, 0, "neutral"),
    P("D3", "Jag googlade. Men allt är på svenska, och pappa kan inte läsa det, så jag fick översätta allt för honom. Det finns ingenting på arabiska, eller på engelska ens.", INF, FI, -1, "pain"),
    P("D4", "Det låg en broschyr på habiliteringen. Men den handlade om ramper. [skratt] Ingenting om barn som springer.", INF, FI, -1, "pain"),
    M("M", "Sara, vad var det ni sökte för?"),
    P("D4", "Ett staket runt tomten. Och lås på fönstren, högt upp. Och grindar.", ANS, AP, 0, "neutral"),
    P("D2", "Kan man få staket? Det visste jag inte.", INF, FI, 0, "question"),
    P("D4", "Man kan få det. Efter två år och förvaltningsrätten. [skratt]", BES, DE, -1, "pain"),
    M("M", "Det kommer vi till. Ali, hur var det att fylla i ansökan åt din pappa?"),
    P("D3", "Asså själva ansökan var okej, jag gjorde den i e-tjänsten. Men den är byggd för att man söker själv. Jag var tvungen att ha en fullmakt, och fullmakten skulle vara på papper, med pappas underskrift och två vittnen. Och sen skanna in. För en ramp.", ANS, AP, -1, "pain"),
    P("D1", "Samma för mig. Fast jag hade redan en framtidsfullmakt, och den ville de inte ha, de ville ha sin egen blankett.", ANS, AP, -1, "pain"),
    B("D3", "Ja, exakt."),
    P("D4", "Vi fick skriva under båda två, jag och Tildes pappa. Och vi är skilda, så det var en historia för sig. [skratt]", ANS, AP, 0, "neutral"),
    P("D2", "Jag hade tur, Margareta kan skriva under själv. Än så länge.", ANS, AP, 0, "neutral"),
    M("M", "Och hyresvärden, Ali, du nämnde att pappa hyr."),
    P("D3", "Ja. Värden sa nej först. De sa att en ramp vid porten påverkar alla hyresgäster och att de inte ville ha ett 'bygge' på framsidan.", FAS, AP, -1, "pain"),
    M("M", "Vad hände då?"),
    P("D3", "Handläggaren ringde dem. Och då gick det. Så det var bra att hon gjorde det. Men det tog två månader innan någon ringde.", KON, AP, 0, "praise"),
    M("M", "Om vi pratar väntetid. Helena, hur var den för er?"),
    P("D1", "Ja, och där blev det ju tokigt. Vi sökte i februari, beslutet kom i maj, och sen skulle elektrikern komma i augusti för spisvakten. Och i juli flyttade mamma till Solgården. Så spisvakten sitter väl där nu, i ett tomt hus. [skratt]", VAN, PR, -1, "pain"),
    B("D4", "Oj."),
    P("D1", "Ja. Och sen kom det ett brev om att ärendet var avslutat. Tack för det. [skratt]", KON, FU, -1, "pain"),
    P("D2", "Men hade det gått fortare, hade hon kunnat bo kvar längre då?", VAN, PR, 0, "question"),
    P("D1", "Kanske. Jag vet inte. Det var inte spisvakten som avgjorde det, om man säger så.", VAN, PR, 0, "neutral"),
    M("M", "Sara, ert ärende tog två år, sa du."),
    P("D4", "Ja. Vi fick avslag först. De skrev att staketet inte var 'kopplat till funktionsnedsättningen', och att alla föräldrar har ansvar för att barn inte springer ut på vägen. Som om jag inte hade tänkt på det.", BES, DE, -1, "pain"),
    B("D1", "Men herregud."),
    P("D4", "Så vi överklagade. Jag skrev själv, med hjälp av en kurator på habiliteringen. Och förvaltningsrätten gav oss rätt, efter elva månader.", BES, DE, 0, "neutral"),
    M("M", "Hur var det att få det beskedet?"),
    P("D4", "Skönt. Men också... man blir så trött. Man har lagt två år på ett staket.\n\nOch hela tiden är det jag som ska bevisa. Läkarintyg, intyg från skolan, filmer. Jag filmade när hon sprang.", ANH, DE, -1, "pain"),
    B("D3", "Filmade du?"),
    P("D4", "Ja. Som bevis. Det var handläggaren som tyckte att det skulle stärka ärendet.", ANH, DE, -1, "pain"),
    M("M", "Kjell, ni fick en hiss till slut. Hur har den fungerat?"),
    P("D2", "Bra. Den har gått sönder en gång, och då kom de samma dag. Faktiskt. Det var en kille från Trapplyft som kom på kvällen.", TEK, FU, 1, "praise"),
    P("D5", "Trapplyft. Dem har jag också haft att göra med. Vi har inte riktigt samma erfarenhet. [skratt]", TEK, FU, -1, "pain"),
    M("M", "Vad hände?"),
    P("D5", "De skulle komma och mäta tre gånger. Två gånger kom de inte. Ingen ringde. Göran satt och väntade en hel dag, och han kunde ju inte gå ner och se om de stod utanför.", ENT, PR, -1, "pain"),
    M("M", "Och duschen, Kjell, hur blev den?"),
    P("D2", "Den blev fin. Golvbrunn, inget badkar, handtag. Margareta kan duscha sittande och jag behöver bara hjälpa henne med ryggen. Och det är... asså det är hennes värdighet. Att hon inte behöver min hjälp med allt.", VAR, US, 1, "praise"),
    B("D1", "Det är det som är det viktiga."),
    P("D3", "För pappa har rampen gjort att han kan gå ut. Eller, åka ut. Han åker till moskén själv igen på fredagarna. Han var instängd i ett halvår.", VAR, US, 1, "praise"),
    M("M", "Vad bra. Och när det gäller själva bygget, hantverkarna?"),
    P("D3", "Värden ville ha sin egen firma. Så kommunen betalade värdens firma. Och de byggde rampen, men de satte ingen ledstång först, så pappa fick inte använda den förrän den kom. Två veckor till.", ENT, US, -1, "pain"),
    P("D2", "Vi fick bra hantverkare. Men de lämnade damm överallt, och jag fick städa i två dagar. Och Margareta har dåliga lungor också.", ENT, US, 0, "pain"),
    M("M", "Har ni haft några kostnader själva?"),
    P("D2", "Ja, vi valde ett dyrare kakel. Det betalade vi själva, mellanskillnaden. Det tycker jag är rimligt.", KOS, DE, 1, "neutral"),
    P("D4", "Vi fick betala grinden vid altanen själva, för den räknades inte in. Fyratusen kronor. Och alla kopior och intyg... det kostar ju också.", KOS, DE, -1, "pain"),
    P("D1", "Mamma betalade elektrikern för ett extra uttag när han ändå var där. Men det gick inte att ha på samma faktura, så det blev ett krångel med två fakturor [ohörbart] ...som jag fick reda ut.", KOS, US, -1, "pain"),
    M("M", "Birgitta, blev det några kostnader för er, med hissen som aldrig kom?"),
    P("D5", "Nej. Den avbeställdes. Ingen kostnad. Bara ett halvår. [skratt] (paus) Förlåt.", VAN, PR, -1, "pain"),
    M("M", "Nej, nej. Ta den tid du behöver."),
    B("D5", "Det är bra. Jag vill att ni hör det."),
    M("M", "Hur var kontakten med kommunen överlag? Fick ni svar när ni hörde av er?"),
    P("D1", "Jag fick alltid svar på mejl. Det tog några dagar, men det kom.", KON, PR, 1, "praise"),
    P("D5", "Jag fick aldrig prata med samma person två gånger. Det var tre olika, och... [ohörbart] ...den sista visste inte ens att Göran hade ALS.", KON, PR, -1, "pain"),
    P("D3", "Jag ringde på telefontiden, och då kom jag fram. Men de pratar fort och använder ord som 'skälig kostnad' och 'varaktig funktionsnedsättning'. Jag förstår, men sen ska jag förklara för pappa.", KON, PR, -1, "pain"),
    P("D4", "De var trevliga. Alla var trevliga. Men trevlig hjälper inte när svaret är nej.", KON, DE, 0, "pain"),
    B("D1", "Kaffet är slut förresten, om någon undrar. [skratt]"),
    M("M", "Jag hämtar mer sen. Om ni fick säga en sak till kommunen, vad skulle det vara?"),
    P("D5", "Att ni tittar på diagnosen. ALS väntar inte. Det borde finnas ett snabbspår för sjukdomar som går fort.", VAN, PR, -1, "suggestion"),
    P("D2", "Ja, det håller jag med om. Som Mats gjorde med oss, fast för alla.", VAN, PR, 0, "suggestion"),
    P("D3", "Information på andra språk. Och att handläggaren ringer med tolk. Pappa har rätt till tolk, men ingen frågade.", INF, FI, 0, "suggestion"),
    P("D4", "Att man tror på föräldrarna. Vi vet vad vårt barn behöver.", ANH, DE, -1, "suggestion"),
    P("D1", "Att någon frågar efteråt hur det blev. Om det fungerar.", KON, FU, 0, "suggestion"),
    M("M", "Tack. Finns det något mer någon vill säga innan vi slutar?"),
    P("D2", "Bara att det finns folk där som gör ett bra jobb. Mats till exempel. Hälsa honom. [skratt]", KON, PR, 1, "praise"),
    B("D1", "Och ni får gärna mejla mig om ni vill fråga mer, helena.strom@example.com. Jag skriver upp det på lappen också."),
    M("M", "Tack, det är jättesnällt. Och stort tack allihop för att ni kom."),
    B("D3", "Tack för kaffet."),
]

AL, IN = "Anna Lundqvist", "Inger"

# Interview 1: older woman living alone, small adaptations, at home (Happy Scribe).
IV1 = [
    M(AL, "Så, nu spelar den in. Jag lägger telefonen här på bordet, går det bra?"),
    B(IN, "Ja, det går bra. Vill du ha kaffe först? Jag har satt på."),
    M(AL, "Ja tack, gärna."),
    B(IN, "Mjölk?"),
    M(AL, "Nej tack, svart är bra. Ja, Inger, berätta lite om dig själv först, och om lägenheten."),
    P(IN, "Ja, jag är åttiofyra. Jag har bott här i fyrtio år, här på Kyrkogatan 9, i den här lägenheten. Det är Sälgsjöhem. Min man dog för sex år sen. Och jag klarar mig bra, tycker jag, men benen är inte vad de varit. Och så ramlade jag över tröskeln till badrummet, förra vintern. Bröt handleden.", VAR, N, -1, "neutral"),
    M(AL, "Aj då."),
    P(IN, "Ja, det var inte roligt. Men den läkte. Och sen var jag rädd för den där tröskeln, jag gick som en gammal tant. [skratt] Det är jag ju, men ändå.", VAR, N, 0, "neutral"),
    M(AL, "Hur kom det sig att du sökte bostadsanpassning?"),
    P(IN, "Det var hemtjänsten, flickan som kommer på morgnarna. Hon sa att jag skulle prata med arbetsterapeuten. Och arbetsterapeuten kom hit och tittade på allt, och skrev upp tröskeln, och handtag vid toaletten och i duschen, och så toalettstolen som är för låg.", AT, FI, 0, "neutral"),
    M(AL, "Och hur gick ansökan till?"),
    P(IN, "Det gjorde hon. Arbetsterapeuten. Jag skrev bara under. Jag har ingen dator, vet du, och jag tänker inte skaffa någon heller. [skratt]", AT, AP, 1, "praise"),
    M(AL, "Och hyresvärden, behövde du fråga dem?"),
    P(IN, "Nej, det fixade kommunen. Eller Sälgsjöhem, de har något avtal, sa handläggaren. Jag märkte ingenting av det.", FAS, AP, 1, "praise"),
    M(AL, "Vad bra. Hur lång tid tog det sen?"),
    B(IN, "Va?"),
    M(AL, "Hur lång tid tog det, från att ni skickade in tills det var klart?"),
    P(IN, "Ja, förlåt, jag hör dåligt på det här örat. Det tog... en månad? Kanske sex veckor. Det gick fort. Jag hade inte räknat med det.", VAN, PR, 1, "praise"),
    M(AL, "Fick du ett beslut?"),
    P(IN, "Ja, ett brev. Jag fick ja på tröskeln och handtagen. Men inte på toaletten. Det skulle vara ett hjälpmedel, stod det, en förhöjning som man sätter på. Som man får från... ja, från regionen.", BES, DE, 0, "neutral"),
    M(AL, "Hur kändes det?"),
    P(IN, "Ja, det var väl konstigt. Varför kunde inte arbetsterapeuten säga det från början? Hon skrev ju upp den.", AT, DE, -1, "pain"),
    M(AL, "Så hur blev det med toaletten?"),
    P(IN, "Jag fick en förhöjning, en sån där plastsits som man sätter på. Den glider när man sätter sig. Jag har sagt det till flickorna i hemtjänsten.", VAR, US, -1, "pain"),
    M(AL, "Hur gick själva arbetet, när hantverkarna kom?"),
    P(IN, "Åh, det var en trevlig pojke. Från Bygg och Bad. Han tog bort tröskeln och satte upp handtagen på en förmiddag. Han tog av sig skorna i hallen! Det gör ingen längre.", ENT, US, 1, "praise"),
    M(AL, "[skratt] Vad fint."),
    P(IN, "Ja, och han städade efter sig. Man märker inte att det har varit någon här.", ENT, US, 1, "praise"),
    M(AL, "Och hur har det varit sen, i vardagen?"),
    P(IN, "Jag har inte ramlat sen. Peppar, peppar. [skratt] Och jag håller i handtaget när jag går ut ur duschen, varje gång. Det är en trygghet.", VAR, US, 1, "praise"),
    M(AL, "Finns det något som inte har fungerat?"),
    P(IN, "Handtaget vid toaletten har lossnat lite. Det glappar. Och jag vet inte vem man ska ringa om det. Sälgsjöhem eller kommunen eller pojken.", TEK, FU, -1, "pain"),
    M(AL, "Har du frågat någon?"),
    P(IN, "Nej. Jag vill inte vara till besvär.", KON, FU, 0, "neutral"),
    M(AL, "Det är inte till besvär. Jag kan ge dig numret till bostadsanpassningen sen, innan jag går."),
    B(IN, "Ja, tack, det vore snällt. Skriv det stort. [skratt]"),
    M(AL, "Om du tänker tillbaka på hela det här, vad var det bästa?"),
    P(IN, "Att det gick fort. Och att jag inte behövde göra så mycket själv. Det är ju inte alla som har någon som hjälper dem.", VAN, PR, 1, "praise"),
    M(AL, "Och det sämsta?"),
    P(IN, "Toaletten. [skratt] Nej, men det där med plastsitsen.", BES, DE, -1, "pain"),
    M(AL, "Om du fick bestämma, har du något tips till kommunen?"),
    P(IN, "Att de skickar en lapp efteråt. Med ett telefonnummer. Om något går sönder, ring hit. Det räcker.", KON, FU, 0, "suggestion"),
    M(AL, "Det är ett bra tips. Något mer du vill säga?"),
    B(IN, "Nej, det var väl allt. Vill du ha en kaka till kaffet? Jag har bakat."),
    M(AL, "Då kan jag inte säga nej. Tack så mycket, Inger, nu stänger jag av."),
    B(IN, "Tack själv. Det var trevligt att få prata lite.", 1, "praise"),
]

S0, S1 = "SPEAKER_00", "SPEAKER_01"

# Interview 2: young man with a spinal cord injury, kitchen partly granted, appealed.
# Recorded on a dictaphone, transcribed locally with WhisperX (diarized): the text is
# what Whisper writes (numbers as digits, few fillers, no transcriber notes).
IV2 = [
    M(S0, "Då är vi igång. Tack för att du ställer upp. Kan du börja med att berätta lite om dig själv och hur det kom sig att du behövde anpassa bostaden?"),
    P(S1, "Ja, absolut. Jag heter Daniel och är 34 år. För två år sedan körde jag omkull med motorcykeln och skadade ryggmärgen, så jag är förlamad från midjan och ner. Jag använder rullstol hela tiden. Jag bor i en bostadsrätt här i centrum, på tredje våningen, och när jag kom hem från rehab så fungerade i princip ingenting i lägenheten.", VAR, N, -1, "neutral"),
    M(S0, "Vad var det som inte fungerade?"),
    P(S1, "Köket var det värsta. Allt var för högt. Jag kunde inte nå spisen och inte se ner i kastrullerna. Sedan balkongdörren med en hög tröskel, och porten nere som är jättetung. Jag kom inte ut själv.", VAR, N, -1, "neutral"),
    M(S0, "Hur fick du veta att du kunde söka bostadsanpassning?"),
    P(S1, "Det var på rehab, på ryggmärgsskadeenheten. Där är de väldigt vana vid det här, så arbetsterapeuten där började planera innan jag ens hade kommit hem. Hon var fantastisk, ärligt talat.", AT, FI, 1, "praise"),
    M(S0, "Hur gick det sedan med själva ansökan?"),
    P(S1, "Jag gjorde den i e-tjänsten. Det var inga problem, det tog kanske en halvtimme. Men jag fick göra en ansökan för lägenheten och en för porten, eftersom porten hör till föreningen. Jag förstod inte riktigt varför.", ANS, AP, 0, "pain"),
    M(S0, "Hur var det med föreningen?"),
    P(S1, "Styrelsen var positiv. Jag fick underskriften på en vecka. Ordföranden bor två trappor ner, så det var enkelt.", FAS, AP, 1, "praise"),
    M(S0, "Och handläggningen?"),
    P(S1, "Det kom en handläggare och en arbetsterapeut från kommunen på hembesök efter ungefär tre veckor. De mätte allt och var väldigt noggranna. Jag kände mig tagen på allvar.", KON, PR, 1, "praise"),
    M(S0, "Hur lång tid tog det innan du fick ett beslut?"),
    P(S1, "Ungefär två månader. Det var okej, tycker jag. Jag bodde hos mina föräldrar under tiden, så jag hade någonstans att vara.", VAN, PR, 1, "praise"),
    M(S0, "Och vad stod det i beslutet?"),
    P(S1, "Porten, balkongen och badrummet beviljades. Men köket blev bara delvis beviljat. De beviljade en sänkt diskbänk, men inte att spishällen skulle gå att höja och sänka. Det räknades som standardhöjning, att man byter ut ett fungerande kök.", BES, DE, -1, "pain"),
    M(S0, "Hur resonerade du kring det?"),
    P(S1, "Jag tyckte att det var fel. Jag kan inte laga mat vid en spis som jag inte når. Det är inte lyx, det är grundläggande. Så jag överklagade.", BES, DE, -1, "pain"),
    M(S0, "Hur gick det?"),
    P(S1, "Förvaltningsrätten gick på kommunens linje. Det tog fem månader. Så jag betalade resten själv, ungefär 40 000 kronor.", KOS, DE, -1, "pain"),
    M(S0, "40 000?"),
    P(S1, "Ja. Jag hade tur att jag hade försäkringspengar från olyckan. Annars hade jag inte kunnat laga mat hemma.", KOS, DE, 0, "neutral"),
    M(S0, "Hade du kunnat få hjälp med det på något annat sätt?"),
    P(S1, "Nej, inte vad jag vet. Jag frågade handläggaren, men hon sa att beslutet var fattat och att det enda jag kunde göra var att överklaga.", KON, DE, -1, "pain"),
    M(S0, "Hur gick själva byggnationen?"),
    P(S1, "Kommunen hade upphandlat en firma som gjorde badrummet och köket. De var duktiga, men det drog ut på tiden. Det skulle ta tre veckor och det tog sju. De hittade fukt under golvet i badrummet, och sedan var det en beställd del som inte kom.", ENT, US, 0, "pain"),
    M(S0, "Hur var kommunikationen med firman under tiden?"),
    P(S1, "Den var inte så bra. Jag fick ringa och fråga varje vecka. Ingen hörde av sig självmant.", ENT, US, -1, "pain"),
    M(S0, "Och porten?"),
    P(S1, "Dörröppnaren på porten kom på plats ganska snabbt. Den har gjort störst skillnad av allt, faktiskt. Jag kan åka till jobbet själv och jag kan gå och handla. Det låter litet, men det är enormt.", VAR, US, 1, "praise"),
    M(S0, "Har något gått sönder eller behövt lagas?"),
    P(S1, "Ja, dörröppnaren har krånglat två gånger. Första gången ringde jag kommunen, och de sa att det var föreningens dörr, så jag fick ringa föreningen. Och föreningen sa att det var kommunens dörröppnare. Så ingen ville ta det.", TEK, FU, -1, "pain"),
    M(S0, "Hur löste det sig?"),
    P(S1, "Till slut fick jag söka reparationsbidrag. Det visste jag inte ens fanns. En ny ansökan för att laga något som kommunen redan hade betalat.", ANS, FU, -1, "pain"),
    M(S0, "Hur länge var porten ur funktion?"),
    P(S1, "Tio dagar första gången. Då fick grannarna hålla upp dörren åt mig. De är snälla, men man vill inte behöva be om hjälp för att komma in i sitt eget hus.", TEK, FU, -1, "pain"),
    M(S0, "Har du haft någon uppföljning från kommunen efteråt?"),
    P(S1, "Nej, inte som jag vet. Ingen har kommit och tittat på köket eller badrummet efteråt. Jag hade gärna velat att någon kontrollerade att allt var rätt gjort, särskilt golvet i badrummet.", ENT, FU, -1, "pain"),
    M(S0, "Hur ser du på framtiden, om du skulle flytta till exempel?"),
    P(S1, "Jag har funderat på att flytta till något större, men det är jobbigt att tänka på, för då ska man börja om från början. Ny ansökan, nya intyg, ny väntan. Och köket som jag betalade själv kan jag inte ta med mig.", ANS, FU, -1, "pain"),
    M(S0, "Om du fick ändra en sak i hur kommunen jobbar med bostadsanpassning, vad skulle det vara?"),
    P(S1, "Att man tittar på helheten. Att köket är ett kök, inte en diskbänk och en spis var för sig. Och att det finns en person som har ansvar för att dörröppnaren fungerar, så att man inte blir bollad mellan föreningen och kommunen.", BES, DE, 0, "suggestion"),
    M(S0, "Finns det något som har fungerat särskilt bra?"),
    P(S1, "Arbetsterapeuten på rehab och hembesöket. Det var proffsigt. Och grannarna, men det är inte kommunens förtjänst.", AT, AP, 1, "praise"),
    M(S0, "Tack. Är det något mer du vill lägga till?"),
    B(S1, "Nej, jag tror att jag har sagt det mesta. Tack för att ni frågar. Det är inte så ofta någon gör det.", 1, "praise"),
    M(S0, "Tack själv, Daniel. Då stänger jag av inspelningen."),
]

RM = "Rohan Mehta"

# Interview 3: father who moved from London, daughter with SMA, rented house;
# Swedish and English (Sonix export).
IV3 = [
    M(AL, "Då kör vi. Och som sagt, du får prata engelska när du vill, det går jättebra."),
    B(RM, "Tack. Jag försöker svenska först. If I get stuck, I switch. [skratt]"),
    M(AL, "Perfekt. Berätta lite om er familj och varför ni behövde anpassa bostaden."),
    P(RM, "Ja. Vi flyttade hit från London för två år sedan, min fru är från Sälgsjö. Och vår dotter Anya, hon är sex, hon har SMA. Spinal muscular atrophy. Hon kan inte gå, hon har en elektrisk rullstol. And the house we rent is an old house, from the seventies, with steps everywhere.", VAR, N, -1, "neutral"),
    M(AL, "Hur fick ni veta att man kan söka bostadsanpassning?"),
    P(RM, "Habiliteringen. The occupational therapist there told us. In the UK we had something similar, the Disabled Facilities Grant, but there it's means-tested and it takes forever. So I was, you know, prepared for the worst.", INF, FI, 0, "neutral"),
    M(AL, "Och hur var det här?"),
    P(RM, "Better, honestly. No means test, that was a surprise. Det kostar ingenting för oss. Men informationen var bara på svenska. I read everything with Google Translate, and 'skälig kostnad' becomes 'reasonable cost', okay, but 'standardhöjning'? It became 'standard elevation'. [skratt]", INF, FI, 0, "pain"),
    M(AL, "[skratt] Ja, det ordet är svårt även på svenska."),
    B(RM, "Ja. Exactly."),
    M(AL, "Hur gick ansökan?"),
    P(RM, "The application itself was fine. Men vi hyr, och vi behövde medgivande från hyresvärden. Our landlords are an older couple, they live in Spain half the year. And they were worried. Worried about the value of the house, about holes in the walls, about the ramp.", FAS, AP, -1, "pain"),
    M(AL, "Var det svårt att förklara för dem vad det handlade om?"),
    P(RM, "Yes. My Swedish is okay for the shop, not for negotiating with a landlord about a ramp. [skratt] Min fru tog det första samtalet. She's the one who does the serious phone calls in our family.", ANH, AP, 0, "neutral"),
    M(AL, "Vad gjorde ni sen?"),
    P(RM, "I called the handläggare, Sandra, and she explained it to them, on the phone, in Swedish. Att de kan få bidrag för att återställa, if they want things back afterwards. After that they signed. But it took, I think, five weeks.", KON, AP, 1, "praise"),
    M(AL, "Fem veckor, okej. Och intyget från arbetsterapeuten?"),
    P(RM, "That was quick. Hon skrev det på en vecka. She knows Anya very well.", AT, AP, 1, "praise"),
    M(AL, "Sen handläggningen. Hur var den?"),
    P(RM, "Ehm. Det kom ett brev. A letter asking for komplettering. It said we needed a 'ritning'. I didn't know what a ritning is, I thought it was a, a painting? [skratt] Och sen förstod jag, a floor plan. But we don't have a floor plan, we rent.", VAN, PR, -1, "pain"),
    M(AL, "Hur löste ni det?"),
    P(RM, "My wife measured every room with a tape measure and drew it on graph paper. Och det räckte, faktiskt.", ANH, PR, 0, "neutral"),
    M(AL, "Hur lång tid tog det innan ni fick ett beslut?"),
    P(RM, "From application to decision, about three months. Which, compared to the UK, is nothing. [skratt] Men för Anya är tre månader lång tid. She was in her chair in the living room, she couldn't get to her own bedroom.", VAN, PR, 0, "pain"),
    M(AL, "Kunde hon inte komma in i sitt rum?"),
    P(RM, "The door was too narrow. Sixty centimetres. The chair is sixty-five. [skratt] So she slept on the sofa for three months. Och vi också, turn by turn.", VAR, PR, -1, "pain"),
    M(AL, "Vad stod det i beslutet till slut?"),
    P(RM, "Mostly yes. Ramp, wider doors, the bathroom. Men de sa nej till en lyft i taket, a ceiling hoist, because that's a hjälpmedel, from the region. So another application, another organisation.", BES, DE, 0, "neutral"),
    M(AL, "Förstod du beslutet?"),
    P(RM, "Nej. [skratt] Not the first time. Det var fyra sidor med lagparagrafer. I read it with the translator on my phone, photo by photo. And then I called Sandra, and she explained it in English. She was very, very kind.", KON, DE, 0, "praise"),
    M(AL, "Hur gick själva bygget?"),
    P(RM, "That was... okay, that was the hard part. The contractor started in March. De skulle vara klara på fyra veckor. They took ten. And the bathroom was without water for two weeks, so we showered at the swimming hall. Badhuset. With Anya.", ENT, US, -1, "pain"),
    M(AL, "Oj."),
    P(RM, "Ja. But the workers themselves were nice. Anya loved them. One of them, Jonny, he let her drive his... what's it called, the little... skottkärra. [skratt]", ENT, US, 1, "praise"),
    M(AL, "[skratt] Skottkärra, ja."),
    B(RM, "Skottkärra. I learned a new word."),
    M(AL, "Hur fungerar det nu, i vardagen?"),
    P(RM, "Now? Anya can go everywhere in the house. She goes to her room by herself, she closes the door, she's a normal six-year-old who wants privacy. [skratt] Det är... I can't describe it. Det är fantastiskt.", VAR, US, 1, "praise"),
    M(AL, "Vad fint."),
    P(RM, "But I worry about the future. Vi hyr. If the landlords want to sell, or if we have to move, then everything starts again. New house, new application, new intyg. And she's growing. Next year she needs a bigger chair, and maybe the doors are too small again.", FAS, FU, -1, "pain"),
    M(AL, "Har ni fått någon uppföljning från kommunen efteråt?"),
    P(RM, "There was a survey. An enkät. In Swedish. I didn't answer it, to be honest. [skratt]", KON, FU, 0, "neutral"),
    M(AL, "Om du fick ge ett råd till kommunen?"),
    P(RM, "Two things. Information in English, at least the basics, and the decision letter. Det behöver inte vara perfekt. And one person who follows the whole case, from the landlord to the builder. Sandra did that for us, kind of, but I think that was because she's nice, not because it's the system.", INF, FI, 0, "suggestion"),
    M(AL, "Det tar jag med mig. Något mer?"),
    B(RM, "Just... tack. Really. Despite everything, we feel that Sweden takes care of Anya.", 1, "praise"),
    M(AL, "Tack, Rohan. Jag stänger av nu."),
]

I_, B_ = "I", "B"

# Interview 4: woman with rheumatism, stair lift for six years, now waiting for a
# shower; transcribed by hand in f4transkript (I:/B:, time marks at paragraph ends).
IV4 = [
    M(I_, "Då är vi igång. Du vet att det spelas in, och att du kan avbryta när du vill."),
    B(B_, "Ja, ja. Det är bra."),
    M(I_, "Kan du börja med att berätta lite om dig och om huset?"),
    P(B_, "Jag heter Kerstin, jag är sjuttioett. Jag har haft reumatism sen jag var fyrtio, i händerna och knäna och höfterna. Vi köpte det här huset -82, och då tänkte man ju inte på trappor. Sovrummet och badrummet är uppe. Och för sex år sen gick det inte längre. Jag åkte i trappan på rumpan, baklänges.", VAR, N, -1, "neutral"),
    M(I_, "Och då sökte du?"),
    P(B_, "Då sökte vi trapphiss. Min man levde då, han skötte det. Det gick ganska smidigt, vad jag minns, hissen kom på plats efter ett halvår ungefär.", VAN, PR, 0, "neutral"),
    M(I_, "Hur har hissen fungerat sen dess?"),
    P(B_, "(...) Ja, du. Hur lång tid har du? (skrattar)", TEK, US, -1, "pain"),
    M(I_, "(skrattar) Så lång tid du behöver."),
    P(B_, "Den har stannat, jag har räknat, elva gånger på sex år. Oftast är det batteriet, eller den där givaren som känner av om det ligger något i trappan. Och en gång stannade den mitt i svängen med mig i.", TEK, US, -1, "pain"),
    M(I_, "Vad gjorde du då?"),
    P(B_, "Jag hade telefonen i fickan, som tur var. Jag ringde min dotter. Hon bor i Uppsala, så hon ringde grannen, som kom och hjälpte mig ner. Sen ringde vi Trapplyft.", TEK, US, -1, "pain"),
    M(I_, "Hur är det att ringa Trapplyft?"),
    P(B_, "Det är olika. Ibland svarar de direkt och kommer samma dag. Ibland är det en telefonsvarare, och då kommer de på måndag. Och då är det en helg på soffan.", TEK, FU, 0, "pain"),
    M(I_, "Vet du hur det fungerar med vem som betalar reparationerna?"),
    P(B_, "Nu vet jag. Första gångerna visste jag inte. Jag trodde att jag skulle betala, så jag betalade en faktura på tretusen kronor. Sen sa någon på kommunen att jag skulle ha sökt reparationsbidrag. Men då var det för sent, för man ska söka innan.", KOS, FU, -1, "pain"),
    M(I_, "Fick du tillbaka pengarna?"),
    P(B_, "Nej. (skrattar) Nej, det fick jag inte.", KOS, FU, -1, "pain"),
    M(I_, "Och nu, hur gör du nu när den går sönder?"),
    P(B_, "Nu finns det ett serviceavtal, har jag förstått. Kommunen har avtal med Trapplyft, och jag ringer direkt till dem. Det står ett nummer på ett klistermärke på hissen. Det är mycket bättre. Nu behöver jag inte söka något.", TEK, FU, 1, "praise"),
    M(I_, "När ändrades det?"),
    P(B_, "För två år sen kanske? Ingen talade om det för mig. Det var teknikern som sa det, när han var här.", KON, FU, -1, "pain"),
    M(I_, "Har hissen besiktats?"),
    P(B_, "Ja, det kommer någon en gång om året och tittar. Det är bra, han är noggrann. Fast han kom en gång när jag var hos tandläkaren, och då lämnade han en lapp. Det hade han kunnat ringa om.", TEK, FU, 0, "praise"),
    M(I_, "Du nämnde att du har sökt igen, för något annat?"),
    P(B_, "Ja, i våras. Badkaret. Jag kan inte kliva i badkaret längre, så jag sökte om att få en dusch i stället.", VAR, FU, -1, "neutral"),
    M(I_, "Hur har det gått den här gången?"),
    P(B_, "Det har gått mycket trögare. Det var en ny handläggare, och hon ville ha ett nytt intyg från arbetsterapeuten, fast de har ett från förra gången. Samma reumatism. Den har inte blivit bättre, om man säger så.", ANS, AP, -1, "pain"),
    M(I_, "Hur länge har du väntat nu?"),
    P(B_, "Sju månader. Jag tvättar mig vid handfatet. Det är inte... ja. Man vänjer sig. (...) Nej, man vänjer sig inte.", VAN, PR, -1, "pain"),
    M(I_, "Har du fått veta varför det tar tid?"),
    P(B_, "De sa att det är många ärenden och att de har haft personal som har slutat. Det förstår jag. Men man vill ju veta ungefär. Är det en månad till eller ett år?", KON, PR, 0, "pain"),
    M(I_, "Har du tänkt på att flytta?"),
    P(B_, "Barnen tjatar om det. En lägenhet med hiss. Men jag har bott här i fyrtiotre år. Och hissen är ju här nu.", VAR, FU, 0, "neutral"),
    M(I_, "Vet du vad som händer med hissen om du flyttar?"),
    P(B_, "Kommunen tar den, tror jag. Den är ju deras. Och det tycker jag är rätt, att någon annan får använda den. Om den fungerar för dem. (skrattar)", TEK, FU, 0, "neutral"),
    M(I_, "Om du tänker på hela tiden med hissen, vad har varit bäst?"),
    P(B_, "Att jag kan bo kvar. Utan hissen hade jag flyttat för sex år sen. Så den är värd allt krångel. Nästan. (skrattar)", VAR, US, 1, "praise"),
    M(I_, "Och om du fick ändra något?"),
    P(B_, "En kontakt. Att det finns en person på kommunen som vet att jag finns, och som ringer mig ibland. Och att man inte ska behöva bevisa sin reumatism en gång till.", KON, FU, 0, "suggestion"),
    M(I_, "Något mer?"),
    P(B_, "Att de som bestämmer provar att åka i en sån hiss. Tre gånger om dagen. (skrattar)", TEK, US, 0, "suggestion"),
    M(I_, "(skrattar) Det ska jag föra vidare. Får jag ringa dig om jag har fler frågor?"),
    B(B_, "Ja, gör det. Mitt nummer är 070-174 06 32. Jag svarar inte alltid, men jag ringer tillbaka."),
    M(I_, "Tack så mycket, Kerstin."),
    B(B_, "Tack själv. Vill du se hissen innan du går?"),
]

JE = "Jenny"

# Interview 5: staff, an arbetsterapeut in the kommun's rehab unit; typed by a
# research assistant into Excel (Talare + Roll columns, notes in Kommentar).
IV5 = [
    M(MA, "Då har vi startat. Kan du börja med att berätta om din roll?"),
    P(JE, "Ja. Jag heter Jenny och är arbetsterapeut i kommunens rehabenhet, inom hemsjukvården. Jag har jobbat i tolv år. En stor del av jobbet är hembesök hos äldre som har kommit hem från sjukhuset, och där kommer bostadsanpassning in nästan varje vecka.", AT, AP, 0, "neutral"),
    M(MA, "Hur går det till när du skriver ett intyg?"),
    P(JE, "Jag gör ett hembesök och tittar på hur personen klarar sig, vad det är som är hindret. Sen skriver jag ett intyg om funktionsnedsättningen och vilka åtgärder jag bedömer behövs. Och det ska vara kopplat, åtgärden och funktionsnedsättningen. Det är där det ofta brister, om jag ska vara ärlig.", AT, AP, 0, "pain"),
    M(MA, "Hur menar du?"),
    P(JE, "Att vi arbetsterapeuter ibland skriver önskelistor. [skratt] Nej, men vi skriver det vi ser att personen behöver, och sen säger handläggaren att det är ett hjälpmedel, eller att det är standardhöjning. Så vi lovar för mycket, eller så tror personen att vi har lovat.", AT, DE, -1, "pain"),
    M(MA, "Gränsen mellan hjälpmedel och bostadsanpassning, hur ser du på den?"),
    P(JE, "Den är svår för alla. Även för mig, och jag har hållit på i tolv år. En toalettförhöjning som man sätter på är ett hjälpmedel. En ny, högre toalettstol är bostadsanpassning. En duschpall är hjälpmedel, att ta bort badkaret är bostadsanpassning. Och för brukaren är det ju samma sak: att kunna gå på toa.", INF, FI, -1, "pain"),
    M(MA, "Vilka är de vanligaste åtgärderna du ser?"),
    P(JE, "Trösklar, stödhandtag, badkar till dusch. Det är nog åttio procent. Och många vet inte att det finns förrän de har ramlat. Det är det som är det sorgliga.", INF, FI, -1, "pain"),
    M(MA, "Hur lång tid tar det för dig att få ut ett intyg?"),
    P(JE, "Det beror på. Om någon kommer hem från sjukhuset med ett akut behov, då försöker vi inom en vecka. Annars är det kö. Just nu ungefär fem, sex veckor för ett hembesök.", AT, AP, -1, "pain"),
    M(MA, "Vad beror kön på?"),
    P(JE, "Vi är för få. Vi är fyra arbetsterapeuter för hela kommunen, och vi ska ju göra allt annat också. Förskrivning av hjälpmedel, rehab, handledning av hemtjänsten.", AT, AP, -1, "pain"),
    M(MA, "Hur är samarbetet med handläggarna på bostadsanpassningen?"),
    P(JE, "Bra, på det stora hela. Vi har ett möte en gång i månaden där vi går igenom svåra ärenden, och det har hjälpt mycket. Sandra och Mats är lätta att ringa.", KON, PR, 1, "praise"),
    M(MA, "Och med regionen, med vårdcentralernas arbetsterapeuter?"),
    P(JE, "Där är det mer otydligt. Om någon bor hemma utan hemsjukvård är det vårdcentralen som ska skriva intyget, och de har ännu längre kö. Så folk hamnar mellan stolarna. Jag har fått samtal från anhöriga som har väntat i tre månader på ett intyg, och då är det inte ens ansökt än.", AT, AP, -1, "pain"),
    M(MA, "Vad tänker du om själva ansökan, blanketten och e-tjänsten?"),
    P(JE, "E-tjänsten är bra för dem som kan den. Men de flesta jag träffar är över åttio. De har inget BankID, eller så har de ett som barnbarnet har installerat och de vet inte koden. [skratt] Så jag fyller ofta i pappersblanketten med dem vid köksbordet.", ANS, AP, 0, "neutral"),
    M(MA, "Är det ett problem, att du gör det?"),
    P(JE, "Nej, det är inte ett problem. Men det är inte riktigt mitt jobb heller. Det är ingen som har bestämt att det är jag. Det har bara blivit så.", ANS, AP, 0, "pain"),
    M(MA, "Hur ser du på väntetiden för själva anpassningen, efter beslutet?"),
    P(JE, "För de små åtgärderna går det fort nu, sen kommunen fick ramavtal med Bygg och Bad. Trösklar och handtag kan vara klart inom två veckor. Men allt som kräver offerter, badrum och ramper, där kan det ta månader. Hantverkarna vill inte ha de små jobben, och de stora tar tid.", ENT, US, 0, "pain"),
    M(MA, "Ser du några risker med väntan?"),
    P(JE, "Fall. Det är den stora risken. En person som väntar på att tröskeln ska bort och ramlar över den under tiden. Jag har varit med om det. Då blir det höftfraktur, sjukhus, och sen kanske särskilt boende i stället.", VAN, PR, -1, "pain"),
    M(MA, "Det är allvarligt."),
    P(JE, "Ja. Och det är därför jag tycker att små åtgärder borde gå att göra utan beslut. Eller med ett förenklat beslut. Att jag som arbetsterapeut kan beställa en tröskelramp direkt.", VAN, PR, 0, "suggestion"),
    M(MA, "Finns det något sånt idag?"),
    P(JE, "Nej. Det har diskuterats. Jag vet inte var det står nu.", VAN, PR, 0, "neutral"),
    M(MA, "Hur påverkas ditt arbete när det blir avslag?"),
    P(JE, "Då får jag ofta samtalet. Folk ringer mig och är arga, för det var ju jag som skrev intyget. Och jag kan inte ändra beslutet. Jag kan hjälpa dem att förstå det, och ibland skriva ett nytt intyg som förklarar bättre inför en överklagan.", BES, DE, -1, "pain"),
    M(MA, "Hur ser uppföljningen ut, efter att anpassningen är gjord?"),
    P(JE, "Ärligt talat, det finns ingen systematisk uppföljning. Om jag ändå är hemma hos någon så tittar jag, men ingen har det uppdraget. Jag har sett stödhandtag som sitter på fel höjd, för att hantverkaren inte hade fått måtten.", ENT, FU, -1, "pain"),
    M(MA, "Hur vanligt är det?"),
    P(JE, "Inte vanligt. Men det händer. Kanske vart tionde? Det är svårt att säga.", ENT, FU, 0, "neutral"),
    M(MA, "Hur upplever du att brukarna och de anhöriga tycker om processen?"),
    P(JE, "De flesta är nöjda när det väl är gjort. Det är väntan och pappren de klagar på. Och de anhöriga bär mycket, särskilt när den som söker har demens. Då är det dottern eller sonen som gör allt.", ANH, PR, 0, "neutral"),
    M(MA, "Om du fick ändra en sak?"),
    P(JE, "Ett gemensamt intyg. Att mitt intyg kunde gälla både för hjälpmedel och bostadsanpassning, så att vi slapp göra två bedömningar av samma badrum.", ANS, AP, 0, "suggestion"),
    M(MA, "Och för dem som söker?"),
    P(JE, "En enkel sida på kommunens webb, med bilder. Vad är bostadsanpassning, vad är hjälpmedel. På lätt svenska och på några språk. Jag skulle gärna vara med och göra den.", INF, FI, 0, "suggestion"),
    M(MA, "Det tar jag gärna med mig. Något mer du vill säga?"),
    P(JE, "Att det är ett fantastiskt stöd när det fungerar. Det är det som gör att folk kan bo kvar hemma. Vi ska inte glömma det när vi pratar om allt som är krångligt.", VAR, US, 1, "praise"),
    M(MA, "Tack, Jenny. Jag stänger av nu."),
    B(JE, "Tack själv."),
]

SP1, AS = "Speaker 1", "Åsa Lind"

# Interview 6: woman with KOL, laundry room turned into a bathroom; filmed by the
# kommun's communicator for an information film, transcript exported from Premiere
# Pro (speech-to-text: numbers as digits, no fillers or transcriber notes). The
# communicator asks for a retake once (turns 24-25).
IV6 = [
    M(SP1, "Så, kameran går. Du behöver inte titta in i kameran, titta på mig bara. Och säger du fel så tar vi om, det är ingen fara."),
    B(AS, "Okej. Jag är lite nervös."),
    M(SP1, "Det märks inte alls. Kan du börja med att säga vem du är?"),
    P(AS, "Jag heter Åsa Lind, jag är 61 år och bor i Bruksbacken med min man Håkan. Jag var sjuksköterska i 30 år, och för fyra år sedan fick jag KOL. Nu har jag syrgas dygnet runt.", VAR, N, 0, "neutral"),
    M(SP1, "Hur påverkade det ert boende?"),
    P(AS, "Vi har ett hus i ett och ett halvt plan, och badrummet och sovrummet var uppe. Trappan tog all min luft. Jag fick sitta och vila halvvägs. Så vi pratade om att sälja, men vi har bott här i 30 år. Barnen är uppvuxna här.", VAR, N, -1, "neutral"),
    M(SP1, "Hur kom ni fram till bostadsanpassning?"),
    P(AS, "Det var jag själv, faktiskt. Jag kände ju till det från jobbet. Men det är en sak att veta att det finns och en annan att söka själv. Som patient, liksom. Det kändes konstigt.", INF, FI, 0, "neutral"),
    M(SP1, "Vad var det ni sökte för?"),
    P(AS, "Att göra om tvättstugan på nedervåningen till ett badrum med dusch, och flytta sovrummet ner till det som var gästrummet. Då behöver jag aldrig gå i trappan.", ANS, AP, 0, "neutral"),
    M(SP1, "Och hur gick ansökan?"),
    P(AS, "Ansökan i sig var enkel. Men vi behövde två offerter, och det var det svåra. Det tog två månader att få två byggfirmor att komma hit. Alla har så mycket att göra.", ENT, AP, -1, "pain"),
    M(SP1, "Vad hände när ni hade skickat in?"),
    P(AS, "Handläggaren, Mats, kom hit med en arbetsterapeut. De var jättebra. De såg hur jag andades i trappan, och sen var det inga konstigheter.", KON, PR, 1, "praise"),
    M(SP1, "Hur lång tid tog det innan beslutet kom?"),
    P(AS, "Fem veckor. Det var snabbare än jag hade trott.", VAN, PR, 1, "praise"),
    M(SP1, "Och vad blev beslutet?"),
    P(AS, "Vi fick ja. Men bidraget täckte den billigaste offerten. Och den firman kunde inte börja förrän i höstas. Den andra kunde börja direkt, men den var dyrare. Så vi betalade mellanskillnaden för att slippa vänta ett halvår. 22 000.", KOS, DE, 0, "pain"),
    M(SP1, "Hur kändes det?"),
    P(AS, "Det var värt det. Men jag tänker på dem som inte har 22 000. De får vänta.", KOS, DE, -1, "pain"),
    M(SP1, "Hur gick själva bygget?"),
    P(AS, "Det var rörigt. Damm och oväsen, och jag med mina lungor. Jag bodde hos min syster i tre veckor. Men de var duktiga, och de höll tiden. Det ska sägas.", ENT, US, 0, "praise"),
    M(SP1, "Och hur är det nu?"),
    P(AS, "Nu är det... ja. Jag har allt på ett plan. Jag duschar själv, jag går och lägger mig själv. Jag har inte varit uppe på övervåningen sedan i våras. Håkan får ha den för sig själv.", VAR, US, 1, "praise"),
    M(SP1, "Vad säger Håkan om det?"),
    B(AS, "Han har byggt en modelljärnväg där uppe."),
    M(SP1, "Kan vi ta det där om hur det är nu en gång till, lite kortare? Till filmen."),
    P(AS, "Nu har jag allt på ett plan. Jag klarar mig själv. Det är frihet.", VAR, US, 1, "praise"),
    M(SP1, "Perfekt. Var det något som var svårt under tiden?"),
    P(AS, "Att vänta på offerterna. Och att man som sökande ska vara projektledare. Jag har ju jobbat i vården, jag är van att jaga folk i telefon. Men jag tänker på min mamma. Hon hade aldrig klarat det.", ENT, AP, -1, "pain"),
    M(SP1, "Har ni haft någon uppföljning efteråt?"),
    P(AS, "Det kom en besiktningsman från kommunen och tittade på badrummet. Han såg att golvet lutade fel mot brunnen, så firman fick komma tillbaka och göra om. Det var bra att han kom. Annars hade vi haft en vattenpöl varje dag.", ENT, FU, 1, "praise"),
    M(SP1, "Vad bra. Och om ni flyttar någon gång?"),
    P(AS, "Vi kommer inte flytta. Men jag vet att ett sånt här badrum inte behöver återställas, eftersom vi äger huset. Det frågade jag Mats om.", FAS, FU, 0, "neutral"),
    M(SP1, "Vad skulle du säga till någon som funderar på att söka?"),
    P(AS, "Sök tidigt. Vänta inte tills du har ramlat eller inte kommer upp för trappan. Och be arbetsterapeuten om hjälp, de kan det här.", INF, FI, 0, "neutral"),
    M(SP1, "Och till kommunen?"),
    P(AS, "Att hjälpa till med offerterna. Att kommunen tar in dem, eller har en lista på firmor som vill ta de här jobben. Det är fel att det ska hänga på att man har en svåger som är snickare.", ENT, AP, -1, "suggestion"),
    M(SP1, "Har du det?"),
    B(AS, "Nej, men min granne har."),
    M(SP1, "Sista frågan. Om du skulle beskriva bostadsanpassningen med ett ord?"),
    P(AS, "Ett ord? Frihet. Jag sa det förut, men det är det.", VAR, US, 1, "praise"),
    M(SP1, "Tack, Åsa. Det blir jättebra."),
    B(AS, "Var det bra? Jag pratade för mycket om offerterna."),
    M(SP1, "Nej, det var precis lagom. Tack så mycket."),
    B(AS, "Tack själv. Hälsa Mats om du träffar honom.", 1, "praise"),
]

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="docx_headings", turns=FG1,
         epoch=_dt.datetime(2025, 11, 7, 9, 40, 0), author="Malin Sjöberg",
         title="Fokusgrupp 1 – Bostadsanpassning, sökande",
         meta=["Sälgsjö kommun, samhällsbyggnadsförvaltningen",
               "Datum: 2025-11-04, kl. 14.00–15.45",
               "Plats: Träffpunkt Bruksbacken",
               "Samtalsledare: Malin Sjöberg. Bisittare: Erik Dahl.",
               "Deltagare: Gunnel, Sture, Nadia, Torbjörn, Maja",
               "Transkriberat ordagrant. Talarnamn formaterade som Rubrik 2 för autokodning i NVivo. "
               "[skratt] = skratt, [ohörbart] = går inte att höra, (paus) = längre paus."]),
    dict(file="fokusgrupp-2.txt", fmt="utf16_md", turns=FG2,
         header=["Transkription fokusgrupp 2 – Bostadsanpassning, anhöriga",
                 "Sälgsjö kommun, samhällsbyggnadsförvaltningen",
                 "Datum: 2025-11-06. Plats: Kommunhuset, sammanträdesrum Ån. Inspelningens längd: 1 h 28 min.",
                 "M = moderator (Anna Lundqvist). D1–D5 = deltagare (deltagarlistan sparas separat).",
                 "Transkriberat av Johanna Nilsson. [skratt], [ohörbart] och (paus) är transkriberarens "
                 "noteringar. Tankstreck = avbrott eller prat i mun på varandra."]),
    dict(file="intervju-1.txt", fmt="happyscribe", turns=IV1, seed=7103, start=1.8),
    dict(file="intervju-2.vtt", fmt="whisperx_vtt", turns=IV2, seed=7104, start=2.3),
    dict(file="intervju-3.txt", fmt="sonix", turns=IV3, seed=7105, start=0.9,
         title="Intervju 3 bostadsanpassning.m4a"),
    dict(file="intervju-4.docx", fmt="f4_docx", turns=IV4, seed=7106, start=3.2,
         epoch=_dt.datetime(2025, 11, 21, 13, 5, 0), author="Malin Sjöberg",
         title="Intervju 4 – Bostadsanpassning",
         meta=["Datum: 2025-11-18, i intervjupersonens hem (Östby).",
               "I = intervjuare (Malin Sjöberg), B = intervjuperson.",
               "Transkriberat i f4transkript. (...) = paus, (skrattar) = skratt. "
               "Tidsmarkering vid slutet av varje stycke."]),
    dict(file="intervju-5.xlsx", fmt="xlsx_roles", turns=IV5, seed=7107, start=1.2,
         epoch=_dt.datetime(2025, 11, 24, 15, 30, 0), author="Johanna Nilsson",
         split={13: 1, 31: 1},
         comments={13: "Lång replik, delad på två rader",
                   15: "Namn på handläggare – avidentifiera före rapport?",
                   27: "Telefon ringer i bakgrunden, ca 10 sek",
                   31: "Lång replik, delad på två rader"},
         info=[("Intervju 5 – bostadsanpassning (arbetsterapeut)", None),
               ("Datum", "2025-11-20"),
               ("Plats", "Kommunens rehabenhet, Storgatan"),
               ("Intervjuare", "Malin Sjöberg"),
               ("Informant", "Jenny, arbetsterapeut"),
               ("Transkriberad av", "Johanna Nilsson"),
               ("Anmärkning", "Tidkod = ungefärlig starttid för raden. "
                              "Långa repliker kan vara delade på två rader.")]),
    dict(file="intervju-6.txt", fmt="premiere", turns=IV6, seed=7108, start=4.6),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def paragraphs(text: str) -> list[str]:
    return [norm(p) for p in text.split("\n\n") if p.strip()]


def timings(session):
    """Synthetic start/end per turn: about 2.6 words per second plus pauses."""
    rnd = random.Random(session.get("seed", 7100))
    t = session.get("start", 0.0)
    out = []
    for turn in session["turns"]:
        words = len(norm(turn["text"]).split())
        dur = words / 2.6 + 0.6
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(0.3, 1.9)
    return out


SENT_RE = re.compile(r"(?<=[.!?\]])\s+(?=[A-ZÅÄÖÉ'\[(—0-9])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


def chunks(text: str, max_words: int) -> list[str]:
    """Split a turn into pieces at sentence boundaries, at most max_words each
    (a single longer sentence stays whole)."""
    out, cur = [], []
    for s in sentences(text):
        if cur and len(" ".join(cur + [s]).split()) > max_words:
            out.append(" ".join(cur))
            cur = [s]
        else:
            cur.append(s)
    if cur:
        out.append(" ".join(cur))
    assert " ".join(out) == norm(text), (out, text)
    return out


def halves(text: str) -> list[str]:
    """Split at the sentence boundary nearest the middle (a typist's second row)."""
    ss = sentences(text)
    assert len(ss) > 1, text
    total = len(norm(text).split())
    best, acc = 1, 0
    for i, s in enumerate(ss[:-1], start=1):
        acc += len(s.split())
        if abs(acc - total / 2) < abs(sum(len(x.split()) for x in ss[:best]) - total / 2):
            best = i
    return [" ".join(ss[:best]), " ".join(ss[best:])]


def cue_times(start, end, parts):
    total = sum(len(p.split()) for p in parts)
    t, out = start, []
    for p in parts:
        d = (end - start) * len(p.split()) / total
        out.append((t, t + d))
        t += d
    return out


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_happyscribe(s: float) -> str:
    cs = int(round(s * 100))
    return f"{ts_hms(cs // 100)}.{cs % 100:02d}"


def ts_whisper(s: float) -> str:
    """whisper's format_timestamp for VTT: hours only when there are any."""
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return (f"{h:02d}:" if h else "") + f"{m:02d}:{sec:02d}.{ms:03d}"


def ts_f4(s: float) -> str:
    ds = int(round(s * 10))
    return f"{ts_hms(ds // 10)}-{ds % 10}"


def ts_frames(s: float, fps: int = 25) -> str:
    fr = int(round(s * fps))
    sec, f = divmod(fr, fps)
    return f"{ts_hms(sec)}:{f:02d}"


def rezip(raw: bytes, when: _dt.datetime, transform=None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core properties;
    `transform` may rewrite the parts (a dict name -> bytes, in order)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    if transform is not None:
        parts = transform(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in parts.items():
            if name == "docProps/core.xml":
                core = data.decode("utf-8")
                for tag in ("created", "modified"):
                    core = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                                  rf"\g<1>{stamp}\g<2>", core)
                data = core.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")
SONIX_NOTE = ("this m4a audio file was automatically transcribed by Sonix with the best "
              "speech-to-text algorithms. This transcript may contain errors.")


def excel_like(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Make openpyxl's package look like what Excel writes: cell strings in a shared
    string table (openpyxl writes inline strings) and Excel in docProps/app.xml."""
    strings: list[str] = []
    index: dict[str, int] = {}

    def to_shared(m):
        t = m.group(2)
        if t not in index:
            index[t] = len(strings)
            strings.append(t)
        return f'<c {m.group(1)} t="s"><v>{index[t]}</v></c>'

    count = 0
    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        xml = parts[name].decode("utf-8")
        xml, k = re.subn(r'<c ([^>]*?) t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>', to_shared, xml)
        count += k
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
    assert "xl/sharedStrings.xml" in out
    return out


def _save_docx(d, session) -> bytes:
    cp = d.core_properties
    when = session["epoch"]
    cp.author = session["author"]
    cp.last_modified_by = session["author"]
    cp.title = session["title"]
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.comments = ""
    raw = io.BytesIO()
    d.save(raw)
    return rezip(raw.getvalue(), when)


def write_docx_headings(session) -> bytes | None:
    """A researcher's Word transcript prepared for NVivo: each speaker's name is a
    paragraph in the style Heading 2 (Rubrik 2), the turn below in Normal paragraphs."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(session["title"], style="Title")
    for line in session["meta"]:
        d.add_paragraph(line)
    for t in session["turns"]:
        d.add_heading(t["speaker"], level=2)
        for para in paragraphs(t["text"]):
            d.add_paragraph(para)
    return _save_docx(d, session)


def write_utf16_md(session) -> bytes:
    """Typed in Word and saved as 'Unicode-text (*.txt)': UTF-16 LE with BOM, CRLF;
    'M:' / 'D1:' labels, a blank line between paragraphs."""
    lines = list(session["header"]) + [""]
    for t in session["turns"]:
        for j, para in enumerate(paragraphs(t["text"])):
            assert j == 0 or not re.match(r"^(M|D\d):", para), para
            lines.append(f"{t['speaker']}: {para}" if j == 0 else para)
            lines.append("")
    return b"\xff\xfe" + "\r\n".join(lines).encode("utf-16-le")


def write_happyscribe(session) -> bytes:
    """Happy Scribe .txt export with timecodes and speakers: '[hh:mm:ss.cc] - Name', the
    text on the next line, a blank line between blocks; long turns are cut into blocks."""
    blocks = []
    for t, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(t["text"], 35)
        for p, (s, _) in zip(parts, cue_times(a, b, parts)):
            blocks.append(f"[{ts_happyscribe(s)}] - {t['speaker']}\n{p}\n")
    return "\n".join(blocks).encode("utf-8")


def write_whisperx_vtt(session) -> bytes:
    """WhisperX (diarized) WebVTT: 'WEBVTT', then per segment 'mm:ss.mmm --> mm:ss.mmm'
    and '[SPEAKER_0n]: text', a blank line after each cue."""
    out = ["WEBVTT\n"]
    for t, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(t["text"], 22)
        for p, (s, e) in zip(parts, cue_times(a, b, parts)):
            assert "-->" not in p
            out.append(f"{ts_whisper(s)} --> {ts_whisper(e - 0.12)}\n[{t['speaker']}]: {p}\n")
    return "\n".join(out).encode("utf-8") + b"\n"


def write_sonix(session) -> bytes:
    """Sonix .txt export: the file name and Sonix's note, then paragraphs
    'Name: [hh:mm:ss] text' with a blank line between; long turns are cut into
    paragraphs that repeat the name with a new time."""
    lines = [f"{session['title']}: {SONIX_NOTE}", ""]
    for t, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(t["text"], 40)
        for p, (s, _) in zip(parts, cue_times(a, b, parts)):
            lines += [f"{t['speaker']}: [{ts_hms(s)}] {p}", ""]
    return "\n".join(lines).encode("utf-8")


def write_f4_docx(session) -> bytes | None:
    """f4transkript exported to Word: 'I: text #hh:mm:ss-d#' (time mark at the end of the
    paragraph), an empty paragraph between turns, after a short header."""
    try:
        import docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    p.add_run(session["title"]).bold = True
    for line in session["meta"]:
        d.add_paragraph(line)
    d.add_paragraph("")
    for t, (_, b) in zip(session["turns"], timings(session)):
        assert "#" not in t["text"], t["text"]
        d.add_paragraph(f"{t['speaker']}: {norm(t['text'])} #{ts_f4(b)}#")
        d.add_paragraph("")
    return _save_docx(d, session)


def write_xlsx_roles(session) -> bytes | None:
    """A research assistant's Excel transcript: sheet 'Transkription' with
    Rad | Tidkod | Talare | Roll | Yttrande | Kommentar (header in row 1, frozen),
    two long turns typed as two rows; a second sheet 'Info'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transkription"
    ws.append(["Rad", "Tidkod", "Talare", "Roll", "Yttrande", "Kommentar"])
    for c in ws[1]:
        c.font = Font(bold=True)
    n = 1
    for i, (t, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        parts = halves(t["text"]) if i in session["split"] else [norm(t["text"])]
        for k, (p, (s, _)) in enumerate(zip(parts, cue_times(a, b, parts))):
            role = "Intervjuare" if t["mod"] else "Informant"
            note = session["comments"].get(i) if k == 0 else None
            ws.append([n, ts_hms(s), t["speaker"], role, p, note])
            ws.cell(row=n + 1, column=5).alignment = Alignment(wrap_text=True, vertical="top")
            n += 1
    for col, width in zip("ABCDEF", (6, 10, 10, 12, 90, 36)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Info")
    for k, v in session["info"]:
        info.append([k, v])
    info["A1"].font = Font(bold=True)
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 70
    when = session["epoch"]
    wb.properties.creator = session["author"]
    wb.properties.lastModifiedBy = session["author"]
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    return rezip(raw.getvalue(), when, excel_like)


def write_premiere(session) -> bytes:
    """Adobe Premiere Pro 'Export transcript' (.txt): 'hh:mm:ss:ff - hh:mm:ss:ff', the
    speaker on the next line, then the text, a blank line between blocks (CRLF);
    long turns are cut into several blocks of the same speaker."""
    lines = []
    for t, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(t["text"], 30)
        for p, (s, e) in zip(parts, cue_times(a, b, parts)):
            lines += [f"{ts_frames(s)} - {ts_frames(e - 0.08)}", t["speaker"], p, ""]
    return "\r\n".join(lines).encode("utf-8")


WRITERS = dict(docx_headings=write_docx_headings, utf16_md=write_utf16_md,
               happyscribe=write_happyscribe, whisperx_vtt=write_whisperx_vtt,
               sonix=write_sonix, f4_docx=write_f4_docx, xlsx_roles=write_xlsx_roles,
               premiere=write_premiere)
NEEDS = dict(docx_headings="docx", f4_docx="docx", xlsx_roles="openpyxl")


# ---------------------------------------------------------------------------
# Minimal parsers for the round-trip check: list of (speaker, text) turns
# ---------------------------------------------------------------------------
def _merge(pairs):
    turns = []
    for spk, text in pairs:
        if turns and turns[-1][0] == spk:
            turns[-1][1].append(text)
        else:
            turns.append((spk, [text]))
    return [(s, norm(" ".join(t))) for s, t in turns]


def parse_docx_headings(data: bytes, speakers):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs, spk = [], None
    for p in d.paragraphs:
        if p.style.name == "Heading 2":
            spk = p.text
        elif spk is not None and p.text.strip():
            pairs.append((spk, p.text))
    return _merge(pairs)


def parse_utf16_md(data: bytes, speakers):
    assert data[:2] == b"\xff\xfe"
    text = data[2:].decode("utf-16-le")
    assert "\n" not in text.replace("\r\n", "")
    pairs, spk = [], None
    for block in text.split("\r\n\r\n"):
        m = re.match(r"^(M|D\d): (.*)$", block, re.S)
        if m:
            spk = m.group(1)
            pairs.append((spk, m.group(2)))
        elif spk is not None and block.strip():
            pairs.append((spk, block))
    return _merge(pairs)


def parse_happyscribe(data: bytes, speakers):
    pairs = []
    for block in data.decode("utf-8").split("\n\n"):
        head, _, body = block.strip("\n").partition("\n")
        m = re.fullmatch(r"\[\d\d:\d\d:\d\d\.\d\d\] - (.+)", head)
        pairs.append((m.group(1), body))
    return _merge(pairs)


def parse_whisperx_vtt(data: bytes, speakers):
    text = data.decode("utf-8")
    assert text.startswith("WEBVTT\n\n")
    pairs = []
    for block in text[len("WEBVTT\n\n"):].strip("\n").split("\n\n"):
        times, cue = block.split("\n", 1)
        assert re.fullmatch(r"(\d\d:)?\d\d:\d\d\.\d{3} --> (\d\d:)?\d\d:\d\d\.\d{3}", times), times
        m = re.fullmatch(r"\[(SPEAKER_\d\d)\]: (.*)", cue, re.S)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_sonix(data: bytes, speakers):
    lines = data.decode("utf-8").split("\n")
    assert lines[0].endswith(SONIX_NOTE)
    pairs = []
    for line in lines[1:]:
        m = re.fullmatch(r"(.+?): \[\d\d:\d\d:\d\d\] (.*)", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
        else:
            assert not line.strip(), line
    return _merge(pairs)


def parse_f4_docx(data: bytes, speakers):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs = []
    for p in d.paragraphs:
        m = re.fullmatch(r"(I|B): (.*) #\d\d:\d\d:\d\d-\d#", p.text)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_xlsx_roles(data: bytes, speakers):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Transkription", "Info"], wb.sheetnames
    rows = list(wb["Transkription"].iter_rows(values_only=True))
    assert rows[0] == ("Rad", "Tidkod", "Talare", "Roll", "Yttrande", "Kommentar"), rows[0]
    return _merge([(r[2], r[4]) for r in rows[1:]])


def parse_premiere(data: bytes, speakers):
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    pairs = []
    for block in text.strip("\r\n").split("\r\n\r\n"):
        tc, spk, body = block.split("\r\n", 2)
        assert re.fullmatch(r"\d\d:\d\d:\d\d:\d\d - \d\d:\d\d:\d\d:\d\d", tc), tc
        pairs.append((spk, body))
    return _merge(pairs)


PARSERS = dict(docx_headings=parse_docx_headings, utf16_md=parse_utf16_md,
               happyscribe=parse_happyscribe, whisperx_vtt=parse_whisperx_vtt,
               sonix=parse_sonix, f4_docx=parse_f4_docx, xlsx_roles=parse_xlsx_roles,
               premiere=parse_premiere)
PARAGRAPH_FORMATS = {"docx_headings", "utf16_md"}


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def luhn_ok(pnr: str) -> bool:
    digits = [int(c) for c in pnr if c.isdigit()][-10:]
    total = 0
    for i, dgt in enumerate(digits[:9]):
        v = dgt * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10 == digits[9]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["turns"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"].replace("\n\n", ""), t["text"][:40]
            assert "\n\n" not in t["text"] or s["fmt"] in PARAGRAPH_FORMATS, t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
            # no clock times or time codes inside turns (they belong to the format)
            assert not re.search(r"\b\d\d?[:.]\d\d\b", t["text"]), t["text"][:40]
        data = WRITERS[s["fmt"]](s)
        path = TDIR / s["file"]
        if data is None:
            print(f"{NEEDS[s['fmt']]} not available: {s['file']} left as it is", file=sys.stderr)
            data = path.read_bytes() if path.exists() else None
        else:
            path.write_bytes(data)
        if data is not None and _has(NEEDS.get(s["fmt"], "csv")):
            speakers = {t["speaker"] for t in turns}
            parsed = PARSERS[s["fmt"]](data, speakers)
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
                owners = {r[3] for r in rows if e in r[7]}
                if owners != {cid}:
                    problems.append(f"codebook example of {cid} found in turns of {owners or 'none'}: {e}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "age_group", "district", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)
    used = {t["speaker"] for s in SESSIONS for t in s["turns"]}
    if used != known:
        problems.append(f"participants.csv labels not used / missing: {known ^ used}")

    # fake personnummer, if any, must fail the check digit
    for pnr in re.findall(r"\b\d{6}-\d{4}\b", "\n".join(r[7] for r in rows)):
        if luhn_ok(pnr):
            problems.append(f"personnummer with a valid check digit: {pnr}")

    # summary
    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant)")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    per = defaultdict(Counter)
    for r in rows:
        if r[3]:
            per[r[3]][r[4]] += 1
    for th, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {th} {sum(c.values())}: " + ", ".join(f"{st} {c[st]}" for st in STAGES if c[st]))
    sizes = [sum(c.values()) for c in per.values()]
    print(f"largest / smallest theme: {max(sizes)} / {min(sizes)} = {max(sizes) / min(sizes):.2f}")
    words = sum(len(r[7].split()) for r in rows)
    print(f"words in participant turns: {words}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
