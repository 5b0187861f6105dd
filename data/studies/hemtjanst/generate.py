#!/usr/bin/env python3
"""Generate the fictional hemtjänst study (Norrvik kommun): transcripts,
gold.csv, codebook.csv and transcripts/participants.csv, all from the
structured session lists in this file.

Python 3.11, standard library, plus python-docx for the one Word session
(fokusgrupp-1.docx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py      (or any python with python-docx)

Without python-docx everything except the .docx file is written, and the
existing .docx is left as it is (gold rows do not depend on it).

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel or chatter (no theme, no stage). The transcript file and
the gold rows are written from the same list, so turn indices cannot drift. A
paragraph break inside a turn is written as a blank line ("\\n\\n") in the text;
it becomes a second paragraph (docx, label-on-line text) or a plain space
(other formats). After writing, every file is parsed back with a minimal
parser for its format and compared with the list (turn index, speaker, text).
Output is byte-identical from run to run (seeded timings; the .docx is
re-zipped with fixed timestamps and fixed core properties).
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import random
import re
import sys
import textwrap
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"

STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
KINDS = ("pain", "praise", "suggestion", "question", "neutral")
N, FI, AP, PR, DE, US, FU = STAGES


def M(speaker, text):
    """Moderator / interviewer turn (no gold row)."""
    return dict(speaker=speaker, text=text, mod=True)


def P(speaker, text, theme, stage, sentiment, kind, **opts):
    """Participant turn with labels."""
    assert kind in KINDS, kind
    assert sentiment in (-1, 0, 1), sentiment
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **opts)


def B(speaker, text, sentiment=0, kind="neutral"):
    """Participant backchannel, reaction or chatter: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, kind)


# ---------------------------------------------------------------------------
# Codebook (drafted before coding; examples are exact excerpts of turns)
# ---------------------------------------------------------------------------
CODEBOOK = [
    ("continuity_staff", "Kontinuitet och personal",
     "Vilka som kommer: hur många olika i personalen man möter, att behöva förklara "
     "samma saker för nya ansikten, kontaktman eller kontaktperson, att bli känd och "
     "känna igen den som kommer, personalens erfarenhet (demens, lyft, delegering), "
     "vikarier och omsättning, att nå en samordnare eller enhetschef som vet vem man är. "
     "Tider hör till time_punctuality, hur en insats utförs till personal_care_dignity.",
     ["det var fjorton olika på två veckor",
      "Jag har ett block här vid telefonen där jag skriver upp namnen.",
      "Det är inte lyx, det är behandling."]),
    ("time_punctuality", "Tider, stress och punktlighet",
     "När besöken kommer jämfört med den planerade tiden, att sitta och vänta utan att "
     "veta, att ingen ringer vid försening, tider som inte passar dygnsrytmen eller "
     "läkemedlen, stressad personal, korta besök och restider i planeringen, att få "
     "en tid flyttad.",
     ["I tisdags kom hon kvart i tolv med frukosten",
      "Man kan inte gå ut, för tänk om de kommer just då.",
      "De har ett schema i telefonen med minuter"]),
    ("assessment_handlaggare", "Ansökan, utredning och handläggaren",
     "Hur ansökan gick till (telefon, e-tjänst, via sjukhuset), handläggarens hembesök "
     "och frågor, att visa sig bättre än man är, planering inför utskrivning, väntan på "
     "utredning, att nå sin handläggare, uppföljning och ny bedömning när behoven ändras.",
     ["Jag minns knappt vad jag sa ja till.",
      "Man ska beskriva sina behov i minuter.",
      "Ett telefonsamtal efter ett år. Tio minuter."]),
    ("info_scope", "Information och vad som ingår",
     "Att få veta att hemtjänst finns och vart man vänder sig, vad hemtjänsten gör och "
     "inte gör (fönsterputs, gardiner, matlagning), vem som gör vad (kommunen eller "
     "regionen), broschyrer och webbplats, att förstå vad som står i beslutet, stöd man "
     "inte visste fanns (avlösning, växelvård, fläskfri kost).",
     ["Jag trodde att hemtjänst var för dom som ligger till sängs.",
      "Och fönsterputs. Det ingår inte.",
      "Nobody ever drew me that map."]),
    ("decision_hours", "Beslut och beviljad tid",
     "Vilka insatser och hur mycket tid som beviljas, beslutsbrevets språk, tid som inte "
     "räcker, avslag, överklagande och förvaltningsrätten, beslut om särskilt boende, "
     "oro för att få mindre vid en ny prövning.",
     ["Dammråttorna hinner få ungar.",
      "Sex timmar. Det räcker till att gå till frisören och handla, en gång.",
      "kulturella aktiviteter bedöms inte som ett grundläggande behov"]),
    ("relatives_burden", "Anhörigas ansvar och samordning",
     "Anhöriga och gode män som sköter kontakter och samordnar runt brukaren (även på "
     "avstånd eller mellan vården och kommunen), som tar över det som inte fungerar "
     "eller inte beviljas, som förväntas klara resten av dygnet, deras egen hälsa och "
     "sömn, anhörigstöd, och att ingen frågar hur den anhöriga mår.",
     ["Det känns som att allt ligger på mig.",
      "Hon blir ett slags budbärare mellan två organisationer",
      "I felt like part of the furniture, to be honest."]),
    ("safety_security", "Trygghet: larm, nycklar, fall och läkemedel",
     "Trygghetslarmet och hur snabbt hjälpen kommer, fall och att bli liggande, rädsla "
     "på natten, att gå vilse, nycklar, nyckelskåp och nyckelfria lås, vem som går in i "
     "hemmet, läkemedel, delegering och dospåsar, att bli utan sin medicin.",
     ["Jag låg på golvet hela natten.",
      "Jag har hittat påsar bakom brödrosten.",
      "the alarm centre rang me at three in the morning"]),
    ("food_meals", "Mat och måltider",
     "Matdistribution och matlådor (smak, mängd, variation, specialkost), att värma och "
     "faktiskt äta maten, att äta ensam, undernäring och viktnedgång som ingen ser, "
     "matlagning som anhöriga tar över.",
     ["Och så är det alltid brun sås.",
      "Jag har hittat fem orörda lådor en söndag.",
      "Man sitter där med sin låda."]),
    ("personal_care_dignity", "Omvårdnad, städning och värdighet",
     "Hur insatserna utförs: dusch och hygien, påklädning, städning, tvätt, inköp och "
     "post; noggrannhet, bemötande och respekt, att bli tillfrågad om vem som hjälper "
     "till med det intima, insatser som avböjs.",
     ["Under sängen har ingen varit sen Gudrun dog.",
      "Hon berättar var hon ställer sakerna så att jag hittar dem.",
      "Just asked, would you prefer a man?"]),
    ("costs_invoices", "Avgifter och fakturor",
     "Hemtjänstavgift och maxtaxa, larm och matlådor som kostar utöver, inkomstuppgifter "
     "och förbehållsbelopp, fel på fakturan och kreditering, att inte veta vad man "
     "betalar för.",
     ["Det ingår inte i maxtaxan, det visste jag inte.",
      "Han sa ”det är ju som en hyra”.",
      "Fakturorna är en djungel."]),
    ("language_culture", "Språk och kulturell anpassning",
     "Information, brev, telefonköer och tolk för den som inte läser eller talar svenska, "
     "brukare som tappar svenskan när demensen kommer, finsktalande personal och finskt "
     "förvaltningsområde, personalens svenska, önskemål som bottnar i kultur eller "
     "religion, anhöriga som inte talar svenska.",
     ["Insatser. Vad är insatser?",
      "som att svenskan försvinner",
      "it said she'd been granted 'efforts'"]),
    ("choice_complaints", "Val av utförare, inflytande och synpunkter",
     "Valet av utförare enligt LOV och listan man får, att byta utförare, synpunkter och "
     "klagomål och svaren på dem, rädsla för att klaga, brukarenkäter, inflytande över "
     "hur och när hjälpen ges, önskan om återkoppling.",
     ["Man väljer ju i blindo.",
      "Jag vill inte att flickorna ska få skäll.",
      "Ge mig en budget, timmar, och låt mig och personalen lägga upp det."]),
]
THEMES = {c[0] for c in CODEBOOK}

# ---------------------------------------------------------------------------
# Participants (speaker;segment;age_group;district;situation)
# ---------------------------------------------------------------------------
PARTICIPANTS = [
    ("Annika", "moderator", "", "", ""),
    ("Margit", "brukare", "85+", "Västerby", "handledsfraktur efter fall, hjälp morgon och kväll"),
    ("Sven-Erik", "brukare", "75-84", "Strandby", "änkling, matdistribution och städ"),
    ("Aina", "brukare", "85+", "Norrhagen", "makuladegeneration, nästan blind"),
    ("Hassan", "brukare", "75-84", "Centrum", "diabetes, amputerad fot, rullstol, arabisktalande"),
    ("Solveig", "brukare", "75-84", "Björkudden", "KOL med syrgas, trygghetslarm"),
    ("Göran", "brukare", "65-74", "Sörmon", "stroke 2024, hemtjänst efter utskrivning"),
    ("Sofia Lindgren", "moderator", "", "", ""),
    ("Katarina Nyberg", "anhörig", "45-64", "Norrhagen", "dotter till sverigefinsk mor med Alzheimer"),
    ("Peter Sjöberg", "anhörig", "45-64", "Centrum", "son till far med stroke, fyra besök om dagen"),
    ("Lena Holmqvist", "anhörig", "75-84", "Strandby", "maka till man med Parkinson"),
    ("Amir Karimi", "anhörig", "45-64", "Ängsätra", "son till persisktalande far med diabetes och amputation"),
    ("Roger Åberg", "god man", "65-74", "Sörmon", "god man för tre äldre utan anhöriga"),
    ("Elsa", "brukare", "85+", "Västerby", "ensamboende, fyra besök om dagen, larm och matlådor"),
    ("Tom Whitaker", "anhörig", "45-64", "Centrum", "son i London till mor efter höftfraktur, engelskspråkig"),
    ("SOFIA", "moderator", "", "", ""),
    ("ULLA", "anhörig", "75-84", "Kvarnholmen", "maka till man med Alzheimer, numera på särskilt boende"),
    ("Intervjuare", "moderator", "", "", ""),
    ("IP4", "yrkesverksam", "45-64", "Västerby", "distriktssköterska i regionens hemsjukvård"),
    ("INTERVIEWER", "moderator", "", "", ""),
    ("MAUREEN", "anhörig", "65-74", "Strandby", "skotsk maka till man med stroke och afasi, engelskspråkig"),
    ("Jonas Berglund", "moderator", "", "", ""),
    ("Rolf Magnusson", "brukare", "65-74", "Björkudden", "MS, rullstol, bytte utförare"),
]

# ---------------------------------------------------------------------------
# Session 1: fokusgrupp-1.docx, recipients, in person (Word, "Namn: text")
# ---------------------------------------------------------------------------
AN = "Annika"
MA, SE, AI, HA, SO, GO = "Margit", "Sven-Erik", "Aina", "Hassan", "Solveig", "Göran"

FG1 = [
    M(AN, "Ja, välkomna allihop, och tack för att ni kom hit en tisdag. Jag heter Annika och jobbar med utveckling på äldreförvaltningen. Vi vill förstå hur det är att ha hemtjänst, från det att man började fundera på det och till i dag, och det finns inga rätt eller fel svar. Vi spelar in ljudet, men ingen kommer att kunna se vem som har sagt vad. Går det bra?"),
    B(MA, "Ja, det går bra."),
    B(SE, "Bara det inte hamnar i tidningen. [skratt]"),
    M(AN, "[skratt] Nej, det lovar jag. Vi tar en runda först. Vad heter ni, och hur kom det sig att ni fick hemtjänst?"),
    P(MA, "Margit heter jag, åttiosex år. Jag bor alldeles här bakom, på Klövervägen 14. Jag ramlade i badrummet förra vintern och bröt handleden, och sen... ja, sen gick det inte att klara sig själv. Jag kunde inte ens knäppa behån. [skratt]",
      "safety_security", N, -1, "neutral"),
    P(SE, "Sven-Erik, åttioett, Strandby. Det var min fru som lagade all mat i femtiofyra år, och när hon gick bort för två år sen så... ja, jag kunde koka kaffe och ägg. Det var ungefär det. [skratt] Jag gick ner tio kilo det första halvåret.",
      "food_meals", N, -1, "neutral"),
    P(AI, "Aina heter jag. Jag är åttionio och bor i Norrhagen. Jag ser nästan ingenting längre, det är gula fläcken, så jag kan inte läsa breven och jag ser inte om det är rent. Så de hjälper mig med posten och städningen och handlar åt mig.",
      "personal_care_dignity", N, -1, "neutral"),
    P(HA, "Hassan. Jag är sjuttiosju, bor i Centrum, jag har bott i Sverige i trettiotvå år. Jag har diabetes, och förra året tog de foten, höger fot. Så jag sitter i rullstol mest, och jag behöver hjälp att duscha och sånt.",
      "personal_care_dignity", N, -1, "neutral"),
    P(SO, "Och jag är Solveig, åttiotre, från Björkudden. Jag har KOL, och på nätterna när jag får svårt att andas, då blir jag rädd. Min man dog för tre år sen, och det var han som... ja, han fanns ju där. Nu har jag trygghetslarm.",
      "safety_security", N, -1, "neutral"),
    P(GO, "Göran, sjuttiofyra, Sörmon. Jag fick en stroke i augusti och låg på sjukhuset i fem veckor. Och så skickade de hem mig med hemtjänst, det var nån från kommunen som ordnade det där på avdelningen. Jag bad inte om det direkt. [skratt] Jag klarar mig rätt bra nu, men vänsterarmen är inte riktigt med.",
      "assessment_handlaggare", AP, 0, "neutral"),
    M(AN, "Tack. Om vi går tillbaka till början: hur fick ni veta att hemtjänst fanns, och vad man kan få hjälp med?"),
    P(SE, "Det var barnen. Dottern ringde kommunen, jag hade ingen aning om vart man skulle vända sig. Jag trodde att hemtjänst var för dom som ligger till sängs.",
      "info_scope", FI, 0, "neutral"),
    P(SO, "Det stod en sån där broschyr på vårdcentralen. Men det var mest bilder på glada pensionärer. [skratt] Inte ett ord om vad det kostar.",
      "info_scope", FI, -1, "pain"),
    P(MA, "Nej, vad det kostar, det fick man veta efteråt.",
      "costs_invoices", FI, -1, "pain"),
    P(HA, "Jag trodde att de skulle laga mat. Hemma hos oss, om någon är sjuk, då lagar familjen mat till honom. Men de värmer bara en låda i mikron.",
      "info_scope", US, -1, "pain"),
    P(AI, "Och fönsterputs. Det ingår inte. Det fick jag veta när jag frågade flickan som städar, och hon skrattade lite.",
      "info_scope", US, -1, "pain"),
    P(SE, "Gardinerna! Jag frågade om de kunde sätta upp julgardinerna. Nej, det var inte beviljat. Så hon stod där och tittade på, och jag stod på en pall.",
      "info_scope", US, -1, "pain"),
    M(AN, "Hur gick det till när ni sökte? Vem tog kontakt med kommunen?"),
    P(MA, "Det var min dotter som ringde, och sen ringde handläggaren mig. Hon hette Malin, hon var jättetrevlig, och hon kom hem till mig redan veckan efter.",
      "assessment_handlaggare", AP, 1, "praise"),
    P(GO, "För mig var det ju på sjukhuset. Det kom en kvinna från kommunen till avdelningen, och vi satt i dagrummet i tio minuter, och jag var väl inte riktigt klar i huvudet då. Jag minns knappt vad jag sa ja till.",
      "assessment_handlaggare", PR, -1, "pain"),
    P(SO, "Hos mig satt hon vid köksbordet i en timme och skrev på en dator. Hon frågade om allt, om jag kan knäppa knappar, om jag kan ta mig upp ur badkaret. Jag har inget badkar. [skratt]",
      "assessment_handlaggare", PR, 0, "neutral"),
    P(AI, "Jag tyckte det var obehagligt, faktiskt. Hon var snäll, men man sitter där och ska räkna upp allt man inte klarar. Och man vill ju inte framstå som... ja. Så man säger att det går bra.",
      "assessment_handlaggare", PR, -1, "pain"),
    P(HA, "Min son var med och pratade. Annars hade det inte gått. Handläggaren pratade fort och använde ord jag inte kan. Insatser. Vad är insatser?",
      "language_culture", PR, -1, "pain"),
    M(AN, "Fick du erbjudande om tolk?"),
    P(HA, "Nej. Eller, jag vet inte. Min son var där, så.",
      "language_culture", PR, 0, "neutral"),
    M(AN, "Och beslutet sen, hur var det att få det?"),
    P(SO, "Det kom ett brev på fyra sidor. Och där stod det ”omvårdnadsinsatser morgon” och ”tillsyn natt vid behov” och så paragrafer. Jag fick ringa min son och fråga vad det betydde.",
      "decision_hours", DE, -1, "pain"),
    P(MA, "Jag läste det inte ens. Jag tänkte att de kommer ju, det är det viktiga. [skratt]",
      "decision_hours", DE, 0, "neutral"),
    P(SE, "Jag fick städning var tredje vecka. Var tredje! Dammråttorna hinner få ungar. [skratt]",
      "decision_hours", DE, -1, "pain"),
    P(AI, "Var tredje? Jag har varannan.",
      "decision_hours", DE, 0, "neutral"),
    P(GO, "Jag ville ha hjälp att duscha på morgonen, för då är jag piggast. Men i beslutet stod det kväll. Jag ringde och fick det ändrat, men det tog tre veckor.",
      "decision_hours", DE, -1, "pain"),
    M(AN, "Har någon av er överklagat ett beslut?"),
    P(SO, "Nej. Man vill inte bråka.",
      "decision_hours", DE, -1, "neutral"),
    M(AN, "Om vi pratar om vardagen nu, när hemtjänsten kommer. Hur fungerar det?"),
    P(MA, "De är så söta allihop. Verkligen. Men det är så många. Jag räknade en gång, det var fjorton olika på två veckor.",
      "continuity_staff", US, 0, "pain"),
    P(SO, "Fjorton! Ja, det är likadant hos mig. Och varje gång ska man förklara var strumporna ligger och hur man sätter på syrgasen.",
      "continuity_staff", US, -1, "pain"),
    P(AI, "För mig är det värre, för jag ser ju inte vem det är. Det kommer en röst i hallen och säger ”hej, det är hemtjänsten”, och så vet jag inte vem det är som går omkring i min lägenhet.",
      "continuity_staff", US, -1, "pain"),
    P(HA, "Men jag har en kontaktman nu, Ali. Han kommer nästan alla morgnar. Det är bra. Han vet hur jag vill ha det, han frågar inte varje gång.",
      "continuity_staff", US, 1, "praise"),
    P(MA, "Har du? Kontaktman, det har jag aldrig hört talas om.",
      "continuity_staff", US, 0, "question"),
    M(AN, "Alla ska ha en kontaktman, eller kontaktperson som vissa säger. Det är någon i personalgruppen som har lite extra ansvar för just dig."),
    P(MA, "Jaså. Ja, då vet jag inte vem min är. [skratt]",
      "continuity_staff", US, -1, "pain"),
    M(AN, "Och tiderna, när de kommer?"),
    P(GO, "Duschen är planerad klockan åtta. I förrgår kom de tjugo över tio. Då hade jag suttit i morgonrocken i två timmar.",
      "time_punctuality", US, -1, "pain"),
    P(SE, "Man vet ju aldrig. Man kan inte gå ut, för tänk om de kommer just då.",
      "time_punctuality", US, -1, "pain"),
    P(HA, "De är stressade. Man ser det. Ali säger att han har sju minuter mellan mig och nästa, och hon bor på andra sidan stan.",
      "time_punctuality", US, -1, "pain"),
    P(MA, "Ja, de springer. En flicka sa att hon inte hade hunnit äta lunch, och klockan var två. Då bjöd jag henne på en smörgås. [skratt]",
      "time_punctuality", US, 0, "neutral"),
    M(AN, "Vad hinner de med när de är hos er? Hur blir det med duschen, till exempel?"),
    P(HA, "Det är det här med duschen. Jag vill inte att en ung tjej ska duscha mig. Det är inte bra, för mig, i min kultur och som man. Jag har sagt det, och oftast är det Ali. Men på helgen kan det komma vem som helst.",
      "language_culture", US, -1, "pain"),
    P(SO, "Jag har ingenting emot karlar. [skratt] Men det går så fort. Duschen är på tjugo minuter, och jag behöver sitta och vila emellan, för jag blir andfådd. Då hinner vi inte tvätta håret.",
      "personal_care_dignity", US, -1, "pain"),
    P(AI, "Flickan som städar hos mig, Emma, hon är så noggrann. Hon berättar var hon ställer sakerna så att jag hittar dem. Det är... ja, det betyder mycket när man inte ser.",
      "personal_care_dignity", US, 1, "praise"),
    P(SE, "Hos mig dammsuger de mitt på golvet. Under sängen har ingen varit sen Gudrun dog.",
      "personal_care_dignity", US, -1, "pain"),
    M(AN, "Sven-Erik, du nämnde maten. Hur fungerar matlådorna?"),
    P(SE, "Ja, matlådorna. De kommer på tisdagar och fredagar, sju stycken, och så ska man värma dem i mikron. Det är husmanskost, köttbullar, fiskgratäng, pannbiff. Det är inte dåligt.\n\nMen det är samma sak varje vecka, i samma ordning. Jag vet att det är fiskgratäng på torsdag innan jag har öppnat kylen.",
      "food_meals", US, 0, "pain", label_alone=True),
    P(MA, "Jag äter bara halva. Resten står i kylen tills de slänger den. Ingen har frågat varför.",
      "food_meals", US, -1, "pain"),
    P(HA, "Jag äter inte den maten. Det finns fläsk i mycket av det, och jag vet aldrig. Det står på lådan, men texten är så liten.",
      "food_meals", US, -1, "pain"),
    M(AN, "Finns det något alternativ?"),
    P(HA, "De sa sen att man kan välja fläskfri kost. Men ingen sa det när jag började. Så min dotter lagar mat och kommer med på söndagarna.",
      "info_scope", US, -1, "pain"),
    P(SO, "Det som är tråkigt är att äta ensam. Förr satt man ju två vid bordet.",
      "food_meals", US, -1, "pain"),
    P(MA, "Ja. Man sitter där med sin låda.",
      "food_meals", US, -1, "pain"),
    M(AN, "Mm. Om vi pratar om trygghet. Flera av er har trygghetslarm?"),
    P(SO, "Ja. Och det är bra, jag har den på mig jämt, till och med i duschen. En natt i november fick jag inte luft, och jag tryckte, och det var en kvinna som svarade nästan direkt.\n\nHon pratade med mig hela tiden tills de kom. Hela tiden. Jag tror inte att jag hade klarat det annars.",
      "safety_security", US, 1, "praise"),
    P(MA, "Hur lång tid tog det innan de kom?",
      "safety_security", US, 0, "question"),
    P(SO, "Tjugofem minuter kanske. Det kändes längre.",
      "safety_security", US, 0, "neutral"),
    P(MA, "När jag ramlade i badrummet hade jag inget larm. Jag låg på golvet hela natten. Det är därför jag har det nu, men jag tar av den på natten, för den skaver.",
      "safety_security", US, -1, "pain"),
    B(SO, "Men Margit! Den ska du ha på dig."),
    P(GO, "Jag har nyckelfritt lås, de låser upp med telefonen. Det är bra, då behöver ingen gå omkring med min nyckel. Fast en gång fungerade inte appen, och då stod de utanför och jag fick ta mig till dörren själv med rollatorn.",
      "safety_security", US, 0, "pain"),
    P(AI, "Hos mig har de en nyckel i ett skåp i trappan. Jag har aldrig förstått vem som kan öppna det.",
      "safety_security", US, -1, "pain"),
    M(AN, "Och medicinerna, är det någon som får hjälp med dem?"),
    P(HA, "Ja, insulinet. Det är sjuksköterskan som har bestämt, och personalen har delegering. Men en kväll kom ingen, och jag fick ringa min son. Han ringde hemtjänsten, och de sa att det var ett fel i planeringen. Någon kom halv tio. Jag ska ta det klockan sex.",
      "safety_security", US, -1, "pain"),
    M(AN, "Om vi pratar lite om kostnaden. Hur är det med fakturorna?"),
    P(SO, "Jag betalar maxtaxan, två tusen sexhundra och nånting. Plus larmet. Det är mycket pengar, men det är som det är.",
      "costs_invoices", US, 0, "neutral"),
    P(SE, "Det är matlådorna som kostar för mig. Sextiofem kronor styck, det blir nästan två tusen i månaden bara där. Det ingår inte i maxtaxan, det visste jag inte.",
      "costs_invoices", US, -1, "pain"),
    P(GO, "Jag fick en faktura för oktober fast jag låg på sjukhuset igen halva månaden, med en lunginflammation. Jag ringde, och de sa att jag skulle ha avbokat. Men jag låg ju på sjukhuset!",
      "costs_invoices", FU, -1, "pain"),
    M(AN, "Har ni någon gång lämnat synpunkter, eller klagat?"),
    P(GO, "Ja, det där med fakturan. Jag skrev på kommunens hemsida. Sen fick jag ett brev om att de hade tagit emot min synpunkt. Sen hörde jag inget mer.",
      "choice_complaints", FU, -1, "pain"),
    P(MA, "Nej. Jag vill inte att flickorna ska få skäll.",
      "choice_complaints", FU, 0, "neutral"),
    P(AI, "Och man är ju beroende av dem. Det är klart att man inte klagar på den som ska hjälpa en i duschen.",
      "choice_complaints", FU, -1, "pain"),
    M(AN, "Det förstår jag. Visste ni att man kan välja vilket hemtjänstföretag man vill ha?"),
    P(SE, "Jo, det kom en lista. Med åtta namn. Jag tog kommunens, för det kände jag igen.",
      "choice_complaints", DE, 0, "neutral"),
    P(GO, "Jag valde ett privat, Omsorgshuset, för grannen hade dem. Men i vintras bytte jag tillbaka till kommunen, för det var ny personal varje dag. Bytet gick fort, det ska de ha.",
      "choice_complaints", FU, 0, "neutral"),
    P(HA, "Jag visste inte att man kunde välja.",
      "choice_complaints", DE, -1, "pain"),
    M(AN, "Vi närmar oss slutet. Om ni fick ändra en sak med hemtjänsten, vad skulle det vara?"),
    P(MA, "Färre ansikten. Att det är samma flickor.",
      "continuity_staff", US, 0, "suggestion"),
    P(SO, "Att de ringer när de blir sena. Det kostar ju ingenting.",
      "time_punctuality", US, 0, "suggestion"),
    P(SE, "Att man får välja mat. En meny, som på restaurang, så man får bestämma lite själv.",
      "food_meals", US, 0, "suggestion"),
    P(AI, "Att någon läser upp breven för en. Eller att de skickar dem inlästa. Allt från kommunen kommer i den där lilla stilen.",
      "info_scope", DE, 0, "suggestion"),
    P(HA, "Personal som pratar arabiska. Inte för mig så mycket, men för min fru, hon kan inte svenska. Hon kommer också att behöva hjälp snart.",
      "language_culture", US, 0, "suggestion"),
    P(GO, "Att man får bestämma lite själv. När man ska duscha, vad de ska göra när de är här. Det är ju mitt hem.",
      "choice_complaints", US, 0, "suggestion"),
    M(AN, "Tack, allihop. Det här var jättevärdefullt. Det finns kaffe och kaka kvar, ta gärna med er."),
    B(SE, "Tack själv. Det var trevligt att någon frågade.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 2: fokusgrupp-2.vtt, relatives and a god man, Teams WebVTT
# ---------------------------------------------------------------------------
SL = "Sofia Lindgren"
KA, PE, LE, AM, RO = ("Katarina Nyberg", "Peter Sjöberg", "Lena Holmqvist",
                      "Amir Karimi", "Roger Åberg")

FG2 = [
    M(SL, "Då tror jag att alla är med. Hej och välkomna! Jag heter Sofia Lindgren och är tjänstedesigner på äldreförvaltningen här i Norrvik. Ni är här som anhöriga, eller i ett fall som god man, till någon som har hemtjänst. Vi spelar in, men det används bara i det här arbetet. Kan vi börja med en kort presentation? Katarina, vill du börja?"),
    P(KA, "Ja, hej. Katarina heter jag, jag bor i Norrhagen. Det är min mamma Aili som har hemtjänst, hon är åttiosju och har Alzheimer. Hon kom hit från Finland på sextiotalet och jobbade på Bruket i trettio år. Och nu när hon blir sämre så är det som att svenskan försvinner. Hon pratar mest finska igen.",
      "language_culture", N, -1, "neutral"),
    P(PE, "Peter. Min pappa Henry, åttioåtta, fick en stroke i höstas. Han låg på sjukhuset i tre veckor och skrevs ut med hemtjänst fyra gånger om dagen. Jag bor i Centrum, tio minuter från honom, så det är jag som har hand om allt.",
      "relatives_burden", N, -1, "neutral"),
    P(LE, "Lena, Strandby. Min man Karl-Erik har haft Parkinson i femton år, och jag har skött honom själv hela tiden. Men i somras gick det inte längre. Jag orkade inte hjälpa honom upp, och jag sov inte på nätterna. Så då sökte vi.",
      "relatives_burden", N, -1, "neutral"),
    P(AM, "Hej, Amir heter jag. Min pappa Reza är sjuttionio, han har diabetes och de amputerade ena benet för två år sen. Han bor med min mamma i Ängsätra. Ingen av dem pratar så mycket svenska, så jag är typ tolk, chaufför och sekreterare. [skratt]",
      "relatives_burden", N, -1, "neutral"),
    P(RO, "Roger, jag bor i Sörmon. Jag är inte anhörig, jag är god man för tre äldre som inte har några anhöriga, eller inga som bryr sig i alla fall. Två av dem har hemtjänst. Jag var socionom innan jag gick i pension, så jag trodde att jag kunde systemet. [skratt]",
      "relatives_burden", N, 0, "neutral"),
    M(SL, "Tack! Hur började det? Hur fick ni veta vad hemtjänsten kunde hjälpa till med?"),
    P(LE, "Jag visste ju att det fanns. Men jag trodde att det var antingen eller, att han skulle behöva flytta till ett boende. Ingen berättade att man kan få hjälp bara på morgonen, eller avlösning så att jag kan gå och handla.",
      "info_scope", FI, -1, "pain"),
    P(AM, "Jag googlade och hittade kommunens sida. Men den var bara på svenska, och mina föräldrar kan inte läsa den. Och för mig, ja, jag förstår ju svenska, men ord som ”biståndsbedömd” och ”serviceinsatser”... jag fick googla orden också.",
      "info_scope", FI, -1, "pain"),
    P(KA, "Precis. Och det finns ju finska sidor, vi är ju förvaltningsområde för finska här. Men de var från 2019, och länkarna gick ingenstans.",
      "language_culture", FI, -1, "pain"),
    P(PE, "Vi hann inte ens ta reda på något. På torsdagen ringde de från sjukhuset och sa att pappa var utskrivningsklar, och på fredagen var han hemma. Allt var redan bestämt.",
      "assessment_handlaggare", PR, -1, "pain"),
    M(SL, "Var du med på planeringen?"),
    P(PE, "Det var ett videomöte med sjukhuset och kommunen, på tjugo minuter. Pappa satt i sängen och sa ja till allt, han ville bara hem. Jag försökte säga att han inte klarar trappan upp till badrummet, men det var liksom redan klart.",
      "assessment_handlaggare", PR, -1, "pain"),
    P(LE, "Hos oss kom handläggaren hem, och det var bra, hon såg ju hur det var. Men hon pratade mest med mig, fast det var Karl-Erik hon skulle utreda.",
      "assessment_handlaggare", PR, 0, "pain"),
    P(AM, "Vi fick tolk till hembesöket, på telefon. Det fungerade inte alls. Tolken satt i Göteborg och hörde dåligt, och pappa blev irriterad. Till slut tolkade jag ändå.",
      "language_culture", PR, -1, "pain"),
    P(RO, "För mina huvudmän är det ännu knepigare, för de kan inte själva berätta vad de behöver. Den ena har demens och säger att hon klarar allt. ”Jag lagar mat varje dag”, säger hon. Hon har inte lagat mat sen 2020.",
      "assessment_handlaggare", PR, -1, "pain"),
    P(KA, "Ja! Mamma också. Handläggaren frågade om hon kan duscha själv, och mamma sa ”joo”, hon är så artig. Och då skrev de att hon klarar sin personliga hygien.",
      "assessment_handlaggare", PR, -1, "pain"),
    B(LE, "Mm."),
    M(SL, "Och beslutet, vad fick ni?"),
    P(PE, "Fyra besök om dagen, trygghetslarm och matdistribution. Det var faktiskt mer än jag hade trott.",
      "decision_hours", DE, 1, "praise"),
    P(LE, "Vi fick morgon och kväll, och sen sex timmar avlösning i månaden. Sex timmar. Det räcker till att gå till frisören och handla, en gång.",
      "decision_hours", DE, -1, "pain"),
    P(RO, "När jag ville överklaga åt en av mina huvudmän fick jag först visa att det ingår i mitt uppdrag. Bevaka rätt ingår i mitt uppdrag, så det gör det. Men det tog två veckor att reda ut, och man har tre veckor på sig att överklaga.",
      "decision_hours", DE, -1, "pain"),
    M(SL, "Hur gick överklagandet?"),
    P(RO, "Förvaltningsrätten gav oss delvis rätt. Hon fick dusch två gånger i veckan i stället för en. Fem månader tog det.",
      "decision_hours", DE, 0, "neutral"),
    P(KA, "Vi fick avslag på städning. För att jag hade sagt att jag brukar dammsuga hos mamma. Så då räknades det som att behovet var tillgodosett.",
      "relatives_burden", DE, -1, "pain"),
    P(LE, "Det är samma för oss. Eftersom jag bor där så ska jag göra allt det andra. Ingen frågar om jag orkar.",
      "relatives_burden", DE, -1, "pain"),
    M(SL, "Om vi går över till hur det fungerar nu, när hemtjänsten väl kommer. Lena, du nämnde tiderna när vi pratade innan?"),
    P(LE, "Ja. Karl-Erik ska ha sin Parkinsonmedicin klockan sju, elva, tre och sju. Exakt. Annars stelnar han, då kan han inte röra sig alls. Och de kommer när de kommer. I förrgår kom hon tjugo över tio med morgontabletterna.",
      "time_punctuality", US, -1, "pain"),
    B(PE, "Oj. Med Parkinson."),
    P(LE, "Ja. Så nu ger jag honom tabletterna själv, fast det står i beslutet att de ska göra det. Då vet jag att det blir rätt.",
      "relatives_burden", US, -1, "pain"),
    P(AM, "Pappa har insulin, och det är samma sak. Om de kommer halv tio på kvällen i stället för sex, det är inte bra. Han har varit inlagd två gånger för lågt blodsocker.",
      "safety_security", US, -1, "pain"),
    M(SL, "Har ni pratat med hemtjänsten om det?"),
    P(AM, "Hundra gånger. De säger ”vi ska se över planeringen”. Men det är ny chef hela tiden också, det är inte bara personalen som byts.",
      "continuity_staff", US, -1, "pain"),
    P(KA, "För mamma är det språket. Hon förstår inte vad de säger, och de förstår inte henne. En del av personalen pratar inte så bra svenska heller, och när två personer pratar sitt andraspråk med varandra... ja. Hon blir rädd.",
      "language_culture", US, -1, "pain"),
    M(SL, "Finns det finsktalande personal?"),
    P(KA, "Det ska finnas. Vi valde Trivsel Hemtjänst för att de sa att de hade finsktalande personal. Och det finns en, Pirjo, och hon är underbar, mamma skiner upp. Men hon kommer kanske en gång i veckan. Det är ju inte hon som lägger schemat.",
      "language_culture", US, 0, "pain"),
    P(PE, "Kontinuiteten, ja. För pappa är det nog fem, sex nya ansikten varje vecka. Och han har lite afasi efter stroken, så han kan inte förklara. Jag har satt upp en lapp på kylskåpet: ”Henry vill ha kaffe med mjölk, inte svart. Han hör dåligt på vänster öra.”",
      "continuity_staff", US, -1, "pain"),
    P(RO, "Lappen på kylskåpet. Jag har också en sån. [skratt] Det är som ett eget litet ledningssystem.",
      "continuity_staff", US, 0, "neutral"),
    P(LE, "Men jag vill säga att de som kommer är snälla. Verkligen. En av tjejerna, Nora, hon sjunger för Karl-Erik när hon rakar honom. Han som aldrig har brytt sig om musik. [skratt]",
      "personal_care_dignity", US, 1, "praise"),
    P(AM, "Ja, det är inte personalen det är fel på. Det är planeringen.",
      "time_punctuality", US, -1, "pain"),
    M(SL, "Hur är det med den personliga omvårdnaden, dusch och sånt?"),
    P(AM, "Pappa vill inte att kvinnor duschar honom. Det handlar inte om religion egentligen, han är bara... han skäms. Han körde lastbil i fyrtio år, han har aldrig behövt hjälp med någonting. Så ibland säger han nej, och då står det ”avböjd insats” i journalen.",
      "personal_care_dignity", US, -1, "pain"),
    P(KA, "Mamma säger också nej. Till duschen. Hon har alltid duschat på kvällen, och de kommer på förmiddagen, och då säger hon att hon redan har duschat. [skratt] Hon har inte duschat på tre veckor.",
      "personal_care_dignity", US, -1, "pain"),
    B(LE, "Oj, oj."),
    P(KA, "Jag har bett om kvällsdusch. De sa att det inte går, det finns inte personal på kvällarna för sånt.",
      "time_punctuality", US, -1, "pain"),
    M(SL, "Maten då? Det var flera som hade matdistribution."),
    P(PE, "Pappa får matlådor. Problemet är inte maten, den är okej. Problemet är att han glömmer att äta. De ställer in lådan i kylen, och sen står den där. Jag har hittat fem orörda lådor en söndag.",
      "food_meals", US, -1, "pain"),
    M(SL, "Är det ingen som hjälper honom att värma den?"),
    P(PE, "Det står ”värma mat” på lunchbesöket, och de värmer den och ställer den på bordet och går. Så nu står den på bordet i stället. [skratt] Det är väl ett framsteg.",
      "food_meals", US, -1, "pain"),
    P(AM, "Pappa ska ha diabeteskost, och matlådorna är sås och potatis, mycket potatis. Så mamma lagar hans mat i stället, men hon är sjuttiosex och har ont i ryggen själv.",
      "food_meals", US, -1, "pain"),
    P(RO, "Den ena av mina huvudmän har gått ner åtta kilo sen i somras. Ingen reagerade förrän jag vägde henne själv. Då ringde jag distriktssköterskan.",
      "food_meals", US, -1, "pain"),
    M(SL, "Det låter allvarligt. Trygghetslarm, nycklar och sånt, hur fungerar det?"),
    P(PE, "Larmet är bra, tror jag. Pappa har tryckt två gånger. En gång för att han inte hittade fjärrkontrollen. [skratt] De kom ändå, och var trevliga om det.",
      "safety_security", US, 1, "praise"),
    P(KA, "Mamma tog av sig larmet och la det i en blomkruka. Vi hittade det efter en vecka. Ett armband fungerar inte riktigt när man inte förstår vad det är.",
      "safety_security", US, -1, "pain"),
    P(RO, "Jag har haft problem med nycklarna. En av mina huvudmän har nyckelskåp, och det låg fel kod i systemet, så personalen kom inte in på en hel helg. Hon satt inne, de stod ute. Mig ringde de på måndagen.",
      "safety_security", US, -1, "pain"),
    P(AM, "Vi har nyckelfritt lås. Det är bra, ingen behöver springa med nycklar, och jag får en notis när de har låst upp. Det är faktiskt det bästa med hela hemtjänsten. [skratt]",
      "safety_security", US, 1, "praise"),
    M(SL, "Vad tänker ni om att vara anhörig i det här? Hur mycket ligger på er?"),
    P(LE, "Allt. Det känns som att allt ligger på mig. Hemtjänsten kommer två gånger om dagen en halvtimme. Resten av dygnet är det jag. Och på natten vaknar han fyra, fem gånger.",
      "relatives_burden", US, -1, "pain"),
    P(PE, "Jag har ett jobb. Jag går ner till åttio procent i vår, det går inte annars. Jag är den som ringer alla samtal. Vårdcentralen, hemtjänsten, handläggaren, apoteket. Och varje gång ska jag läsa upp hans personnummer, 361015-4417, och förklara vem jag är.",
      "relatives_burden", US, -1, "pain"),
    P(AM, "Och man blir ett slags projektledare. Min syster bor i Malmö, så vi har en whatsappgrupp: ”Har någon pratat med hemtjänsten om insulinet?” [skratt]",
      "relatives_burden", US, -1, "pain"),
    P(KA, "Det finns en anhörigkonsulent i kommunen. Hon var faktiskt jättebra. Hon ordnade en samtalsgrupp för anhöriga till personer med demens, och det var första gången jag grät sen mamma fick diagnosen. På ett bra sätt.",
      "relatives_burden", US, 1, "praise"),
    P(LE, "Det visste jag inte att det fanns. Vad heter hon?",
      "relatives_burden", US, 0, "question"),
    B(KA, "Jag kan skriva det till dig i chatten sen."),
    M(SL, "Jag skickar en länk efteråt också. Hur är det med kostnaderna, fakturor och sånt?"),
    P(RO, "Fakturorna är en djungel. Hemtjänstavgift, larm, matdistribution, två fakturor, en gång tre. Och förbehållsbeloppet, det man ska få behålla att leva på, det räknades fel för den ena eftersom de inte hade fått med hyran. Jag fick skicka in hyresavin två gånger.",
      "costs_invoices", DE, -1, "pain"),
    P(PE, "För pappa blev det dyrare än vi hade trott. Han har en okej pension, så det är maxtaxan, och sen matlådorna på det. Ungefär fyra och ett halvt tusen i månaden. Han sa ”det är ju som en hyra”.",
      "costs_invoices", US, -1, "pain"),
    P(AM, "Mina föräldrar fick en blankett om inkomster. På svenska. Mamma trodde att den var från Skatteverket och la den i en låda. Så de fick betala högsta avgiften i tre månader, tills jag hittade den.",
      "costs_invoices", DE, -1, "pain"),
    M(SL, "Har någon bytt utförare, eller funderat på det?"),
    P(KA, "Vi bytte till Trivsel för den finsktalande personalen. Men som sagt, det blev en person en dag i veckan. Broschyren lovade mer än de höll.",
      "choice_complaints", FU, -1, "pain"),
    P(RO, "Listan man får är bara namn och telefonnummer. Det står ingenting om hur många som slutar, hur ofta de är sena, vad andra tycker. Man väljer ju i blindo.",
      "choice_complaints", DE, -1, "pain"),
    M(SL, "Och synpunkter eller klagomål?"),
    P(PE, "Jag skrev ett klagomål när pappa hade legat på golvet i tre timmar för att ingen kom på lunchbesöket. Svaret kom efter fem veckor. ”Händelsen har utretts och åtgärder har vidtagits.” Vilka åtgärder?",
      "choice_complaints", FU, -1, "pain"),
    P(LE, "Jag har inte klagat. Jag är rädd att det blir värre för Karl-Erik om jag gnäller.",
      "choice_complaints", FU, -1, "pain"),
    P(AM, "Samma med mina föräldrar. De säger ”tacka ska man göra, inte klaga”.",
      "choice_complaints", FU, 0, "neutral"),
    M(SL, "Är det någon som har börjat tänka på särskilt boende?"),
    P(KA, "Ja, vi har sökt. Det finns en finskspråkig avdelning på Lärkängen, och där vill vi att hon ska bo. Men det är kö, och om vi tackar nej till ett annat erbjudande så hamnar vi sist, sa de. Så vi väntar och hoppas.",
      "choice_complaints", FU, -1, "pain"),
    P(LE, "Vi är inte där än. Men jag tänker på det varje natt.",
      "relatives_burden", FU, -1, "neutral"),
    M(SL, "Sista frågan. Om ni fick önska en sak, vad skulle det vara?"),
    P(PE, "En kontaktperson på riktigt. En som jag kan ringa eller sms:a, som vet vem pappa är.",
      "continuity_staff", US, 0, "suggestion"),
    P(LE, "Att tiderna håller för medicinerna. Om inget annat, så det.",
      "time_punctuality", US, 0, "suggestion"),
    P(AM, "Information på persiska, och arabiska och finska och så. Och att man får en riktig tolk i rummet, inte i telefonen.",
      "language_culture", FI, 0, "suggestion"),
    P(RO, "Att man som god man finns med i systemet från början. Att de ringer mig när något händer, inte tre dagar efteråt.",
      "relatives_burden", US, 0, "suggestion"),
    P(KA, "Och att någon frågar oss anhöriga hur vi mår. Någon gång.",
      "relatives_burden", US, -1, "suggestion"),
    M(SL, "Tack så mycket allihop, det här var otroligt värdefullt. Jag skickar länken till anhörigkonsulenten i chatten."),
    B(RO, "Och vill ni ha fler exempel från mina huvudmän, avidentifierade förstås, så mejla mig på roger.aberg@example.com."),
    B(LE, "Tack, det var skönt att höra att man inte är ensam.", 1, "praise"),
    B(AM, "Tack!"),
]

# ---------------------------------------------------------------------------
# Session 3: intervju-1.txt, recipient at home ([hh:mm:ss] Namn: text)
# ---------------------------------------------------------------------------
EL = "Elsa"

IV1 = [
    M(AN, "Tack för att jag fick komma hem till dig, Elsa. Och tack för kaffet."),
    B(EL, "Det är väl klart att man bjuder på kaffe. Ta en kaka till, de är från affären, jag bakar inte längre."),
    M(AN, "[skratt] Tack. Kan du börja med att berätta lite om dig själv?"),
    P(EL, "Ja, Elsa heter jag, och jag fyller nittiotvå i maj. Jag har bott här sen sextiosju, först med Gösta och sen själv, han dog för tolv år sen. Och jag klarade mig bra länge, jag handlade och lagade mat och allt. Men för ett par år sen orkade jag inte stå vid spisen längre. Benen bär inte.",
      "food_meals", N, -1, "neutral"),
    M(AN, "Hur kom det sig att du fick hemtjänst?"),
    P(EL, "Det var när jag ramlade. I köket, jag skulle ta ner en kastrull från översta hyllan. Och så låg jag där. Jag kom inte upp, och telefonen låg i vardagsrummet.",
      "safety_security", N, -1, "neutral"),
    M(AN, "Hur länge låg du där?"),
    P(EL, "Från eftermiddagen till nästa morgon. Det var grannen, Birgit, som hörde mig när hon gick ut med hunden.",
      "safety_security", N, -1, "neutral"),
    M(AN, "Oj. Vad hände sen?"),
    P(EL, "Ambulansen kom, och jag fick ligga på sjukhuset en vecka. Inget var brutet, som tur var. Och där var det en kurator som frågade om jag ville ha hemtjänst. Jag sa nej först, jag ville inte ha främmande människor här. Men min son ringde från Göteborg och sa att nu, mamma, nu får du ta emot hjälp.",
      "assessment_handlaggare", AP, 0, "neutral"),
    M(AN, "Hur gick det sen, när du hade sagt ja?"),
    P(EL, "Handläggaren kom hit när jag hade kommit hem. En ung flicka, Malin, hon satt där du sitter. Hon var bra, hon lyssnade och skrev upp allt. Och jag minns att hon frågade vad jag tycker om att göra. Det var det ingen som hade frågat på länge.",
      "assessment_handlaggare", PR, 1, "praise"),
    M(AN, "Vad svarade du?"),
    P(EL, "Korsord, sa jag. [skratt] Och att jag vill bo kvar här. Det var det viktigaste.",
      "assessment_handlaggare", PR, 0, "neutral"),
    M(AN, "Och vad blev det för hjälp?"),
    P(EL, "Nu kommer de fyra gånger om dagen. Morgon, lunch, middag och kväll. Och städ varannan vecka, och så handlar de på torsdagar. Och duschen två gånger i veckan. Och larmet.",
      "decision_hours", DE, 0, "neutral"),
    M(AN, "Det är ganska mycket."),
    P(EL, "Det är mycket. Jag är tacksam. Men det blev lite i taget, först var det bara morgon och kväll. Sen kom Malin tillbaka, när flickorna hade sagt till henne att jag inte åt ordentligt.",
      "decision_hours", FU, 1, "praise"),
    M(AN, "Hur är det när de kommer, hur fungerar det?"),
    P(EL, "De är rara. Allihop. Fast det är så många. Jag har ett block här vid telefonen där jag skriver upp namnen. Titta. Det är... tjugotre namn sen jul.",
      "continuity_staff", US, 0, "pain"),
    M(AN, "Tjugotre?"),
    P(EL, "Jo. Och en del kommer bara en gång, så man hinner inte lära känna dem. Man vet inte vad de heter när de står där i hallen.",
      "continuity_staff", US, -1, "pain"),
    M(AN, "Är det någon som kommer oftare?"),
    P(EL, "Jasmina. Hon är min favorit, hon kommer oftast på morgonen. Hon vet att jag vill ha teet först och tidningen sen, och att smöret ska stå framme så det är mjukt. Henne behöver jag inte säga någonting till.",
      "continuity_staff", US, 1, "praise"),
    M(AN, "Hur är det med tiderna?"),
    P(EL, "Frukosten ska vara klockan åtta. Ibland kommer de kvart i tio. I tisdags kom hon kvart i tolv med frukosten, och sen kom lunchen halv ett.",
      "time_punctuality", US, -1, "pain"),
    M(AN, "Vad gör du medan du väntar?"),
    P(EL, "Jag sitter här. Jag vågar inte gå upp och ta något själv, för då kan jag ramla igen. Så jag sitter och väntar och lyssnar på radion.",
      "time_punctuality", US, -1, "pain"),
    M(AN, "Mm. Ringer de om de blir sena?"),
    P(EL, "Nej. Aldrig.",
      "time_punctuality", US, -1, "pain"),
    M(AN, "Och maten, du har matlådor?"),
    P(EL, "Ja, de kommer med bilen på måndagar och torsdagar. De är inte dåliga. Men det är för mycket, jag äter som en sparv. Och så är det alltid brun sås. Jag har aldrig tyckt om brun sås. [skratt]",
      "food_meals", US, 0, "pain"),
    M(AN, "Har du sagt det till någon?"),
    P(EL, "Till flickorna. De sa att jag skulle ringa till köket. Men jag vet inte vilket nummer det är.",
      "info_scope", US, -1, "pain"),
    M(AN, "Du har trygghetslarm, sa du. Hur känns det?"),
    P(EL, "Tryggt. Det heter ju så. [skratt] Jag har tryckt två gånger. En gång av misstag när jag diskade, och då pratade en man med mig i högtalaren och var inte alls arg. Och en gång när jag hade ramlat i hallen. Då tog det fyrtio minuter innan de kom. Jag låg och tittade i taket och räknade.",
      "safety_security", US, 0, "pain"),
    M(AN, "Fyrtio minuter."),
    P(EL, "Han i högtalaren sa att de hade ett annat larm först. Det förstår jag ju. Men fyrtio minuter på golvet, i min ålder, det är länge.",
      "safety_security", US, -1, "pain"),
    M(AN, "Hur är det med kostnaden för hemtjänsten?"),
    P(EL, "Det är maxtaxan, säger min son. Han sköter räkningarna på datorn. Jag har en liten pension, så det blir väl inte så farligt. Matlådorna är värst.",
      "costs_invoices", US, 0, "neutral"),
    M(AN, "Har du någon gång sagt till om något, eller klagat?"),
    P(EL, "Nej då. Jag är inte den som klagar. De har så mycket att göra, stackarna.",
      "choice_complaints", FU, 0, "neutral"),
    M(AN, "Har det kommit någon och frågat hur det fungerar, efter att hemtjänsten började?"),
    P(EL, "Det kom en enkät. Det var så många frågor och så små rutor, jag fick ta förstoringsglaset. Jag vet inte om jag skickade den. [skratt]",
      "choice_complaints", FU, -1, "pain"),
    M(AN, "Om du fick önska en sak, vad skulle det vara?"),
    P(EL, "Att de hade lite mer tid. Att de kunde sätta sig ner en stund. Jag säger inte att de ska sitta här hela dagen. Men en kopp kaffe ibland. Man blir ensam här.",
      "time_punctuality", US, -1, "suggestion"),
    M(AN, "Tack, Elsa. Är det något mer du vill säga?"),
    B(EL, "Nej, det var väl det. Och vill ni fråga något mer så kan ni ringa, mitt nummer är 070-174 06 53. Jag svarar, om jag hör den. [skratt]"),
    M(AN, "Tack så mycket. Då tar jag en kaka till vägen."),
]

# ---------------------------------------------------------------------------
# Session 4: interview-2.vtt, son in London, English, Zoom WebVTT
# ---------------------------------------------------------------------------
TO = "Tom Whitaker"

IV2 = [
    M(SL, "Hi Tom, can you hear me okay?"),
    B(TO, "Yeah, loud and clear. Sorry, I'm in the office, it's a bit noisy. I'll just shut the door."),
    M(SL, "No worries. Thanks so much for doing this, and for taking time out of your working day. As I said in the email, we're talking to people whose relatives have home care in Norrvik, and we're recording just for our notes. Could you start by telling me a little about your mum?"),
    P(TO, "Sure. So Mum's eighty-three. She's Swedish, she grew up in Norrvik actually, but she moved to England in the sixties, married my dad, and I grew up in Leeds. When Dad died in 2015 she decided to move back, which, you know, we all thought was a bit mad at the time, but she wanted to be near her sister. And her sister's since passed away, so now it's just her over there and me and my sister over here.",
      "relatives_burden", N, -1, "neutral"),
    M(SL, "And when did she start needing help at home?"),
    P(TO, "Last February. She slipped on the ice outside the supermarket and broke her hip, and she was in hospital for about three weeks. That's when it all started, really. Before that she was totally independent, walking into town every day.",
      "safety_security", N, -1, "neutral"),
    M(SL, "How did you find out about hemtjänst, the home care?"),
    P(TO, "Honestly? I didn't, the hospital did it all. I got a call from a social worker at the hospital, lovely woman, and she spoke English, thank God. She said they'd arrange home care for when Mum was discharged and that someone from the council would be in touch. So I never had to work out how to apply.",
      "assessment_handlaggare", AP, 1, "praise"),
    M(SL, "Did you get a sense of what it would include?"),
    P(TO, "Not really. I pictured, I don't know, a nurse popping in. It took me weeks to understand that it's not nursing, it's more practical help, and the nurse is a different organisation altogether. The region, is it? And the council does the rest. Nobody ever drew me that map.",
      "info_scope", FI, -1, "pain"),
    M(SL, "That's right, the district nurse is the region. How did the assessment go?"),
    P(TO, "So the case officer, Hanna, rang me in London, and she was very good, she switched to English without me asking. But then the home visit was on a Tuesday morning, and I couldn't be there, obviously, so Mum did it on her own. And Mum, bless her, told her she was managing absolutely fine. [laughs]",
      "assessment_handlaggare", PR, 0, "pain"),
    M(SL, "Could you have joined by phone or video?"),
    P(TO, "Nobody offered, and it didn't occur to me to ask. In hindsight I should have. It would have helped if they'd just said, do you want to dial in? Because the whole decision was based on Mum saying she's fine.",
      "assessment_handlaggare", PR, -1, "suggestion"),
    M(SL, "What did she get in the decision?"),
    P(TO, "Morning and evening visits, help with a shower twice a week, meals on wheels, and the alarm. Which at first seemed fine. But then she was on her own for the whole middle of the day, and she stopped eating lunch. I only found out when I came over at Easter and the fridge was full of these little boxes.",
      "decision_hours", DE, -1, "pain"),
    M(SL, "Mm."),
    P(TO, "And the letter was in Swedish, of course. I ran it through Google Translate and it said she'd been granted 'efforts'. 'Care efforts in the morning.' [laughs]",
      "language_culture", DE, -1, "pain"),
    M(SL, "[laughs] Insatser, yes. That's a good one. Did you ask for a change?"),
    P(TO, "I did, by email. To the general council address, because I didn't have anyone else's. After about ten days I got an auto-reply in Swedish saying my matter had been registered. That was it. In the end I rang and went through the switchboard three times before I got Hanna again.",
      "assessment_handlaggare", FU, -1, "pain"),
    M(SL, "And then?"),
    P(TO, "Then it was actually quick. She went back out, saw the fridge, and they added a lunch visit within a week or so. So once you get to the right person, it works. It's getting to them.",
      "assessment_handlaggare", FU, 0, "praise"),
    M(SL, "How's the day-to-day going now, from what you can see?"),
    P(TO, "From what I can see. Which is the problem. I'm relying on Mum, who says everything's lovely, and on her neighbour, Britt, who has a key and pops in. I ring Mum every evening at six, and if she doesn't pick up I ring Britt. Mum calls the carers 'the girls', even the boys. [laughs]",
      "relatives_burden", US, -1, "pain"),
    M(SL, "Have you been in touch with the staff directly?"),
    P(TO, "I've tried. There's a number for the home care group, staffed eight till four Swedish time, and it's usually someone who says they'll pass a message on to the manager. I've never actually spoken to the manager. I've no idea who Mum's contact person is, if she's got one.",
      "continuity_staff", US, -1, "pain"),
    M(SL, "What about the alarm? You mentioned she has one."),
    P(TO, "Yes, and that's a whole story. I'm listed as her contact, which makes sense on paper. But in October the alarm centre rang me at three in the morning, UK time, to say Mum had pressed the button and could I go round. I'm in London! They did send someone in the end, she'd slipped getting out of bed, no harm done. But I didn't sleep that night.",
      "safety_security", US, -1, "pain"),
    M(SL, "Oh no."),
    P(TO, "So now Britt's the first contact. Which I feel awful about, she's seventy-six herself.",
      "relatives_burden", US, -1, "pain"),
    M(SL, "How about the practical side, paying, the invoices?"),
    P(TO, "That's the other thing. Everything in Sweden runs on BankID, and I haven't got one, I haven't got a personnummer. So I can't log into anything on Mum's behalf. I've got a power of attorney, a fullmakt, but every time I ring somebody they tell me to log in. And the post comes in Swedish, and Mum puts it in a pile on the hall table until I come over.",
      "relatives_burden", US, -1, "pain"),
    M(SL, "And the amounts, were they what you expected?"),
    P(TO, "I had no idea what to expect. I found one that said two thousand six hundred and something kronor, and then the meals on top. Honestly, compared to care in the UK, it's a bargain. A mate of mine is paying over a thousand pounds a week for his dad. So no complaints there.",
      "costs_invoices", US, 1, "praise"),
    M(SL, "[laughs] That's good to hear. If you could change one thing, what would it be?"),
    P(TO, "One named person with an email address who answers in English. That's it, really. Even if it took them a couple of days. And maybe a one-page summary in English of what Mum gets and who does what. I'd stick it on my fridge in London.",
      "language_culture", US, 0, "suggestion"),
    M(SL, "That's really helpful. Is there anything we haven't covered?"),
    P(TO, "Just that, um, the people who actually go in are doing a great job, from what Britt says. They're kind to her. It's the system around them that's hard to get hold of from over here. And do ring me if you need anything else, my mobile's 07700 900 318.",
      "personal_care_dignity", US, 0, "praise"),
    M(SL, "Thank you so much, Tom. All the best to you and your mum."),
    B(TO, "Cheers, thanks. Bye!"),
]

# ---------------------------------------------------------------------------
# Session 5: intervju-3.srt, wife of a man with Alzheimer's (SRT, "NAMN: text")
# ---------------------------------------------------------------------------
SS, UL = "SOFIA", "ULLA"

IV3 = [
    M(SS, "Då spelar vi in. Tack för att du ville ställa upp, Ulla."),
    B(UL, "Ja, jag tänkte att om det kan hjälpa någon annan, så."),
    M(SS, "Kan du berätta lite om dig och din man?"),
    P(UL, "Vi har varit gifta i femtiosex år, Bertil och jag. Han var lärare och jag var sjuksköterska. Och för fem år sen började han glömma. Först var det nycklar och namn, sen hittade han inte hem från affären. Han fick diagnosen Alzheimer för fyra år sen.",
      "relatives_burden", N, -1, "neutral"),
    M(SS, "Hur länge klarade ni er utan hjälp?"),
    P(UL, "Alldeles för länge, säger min dotter. [skratt] Jag är ju sjuksköterska, jag tänkte att det här klarar jag. Men det är skillnad när det är ens egen man. På slutet sov jag kanske fyra timmar per natt, för han gick upp och klädde på sig och skulle till skolan.",
      "relatives_burden", N, -1, "neutral"),
    M(SS, "Vad fick er att söka till slut?"),
    P(UL, "Han gick ut en natt i januari. I pyjamas. Polisen hittade honom vid busshållplatsen nere vid Kvarnholmen. Samma dag ringde vår dotter kommunen.",
      "safety_security", N, -1, "neutral"),
    M(SS, "Hur var det att ta kontakt?"),
    P(UL, "Det var lätt att komma fram, faktiskt. Man ringer växeln och ber om äldreomsorgen, och sen ringde en handläggare upp samma eftermiddag. Hon var lugn och tydlig, och hon sa att hon kunde komma på hembesök redan veckan efter.",
      "assessment_handlaggare", AP, 1, "praise"),
    M(SS, "Och hembesöket?"),
    P(UL, "Ja... Bertil var på sitt bästa humör. Han var charmig och pratade om sina elever och sa att han lagar all mat. Han har aldrig lagat mat. [skratt] Och jag satt där och ville inte säga emot honom inför en främmande människa.",
      "assessment_handlaggare", PR, -1, "pain"),
    M(SS, "Mm."),
    P(UL, "Så efteråt ringde jag handläggaren och berättade hur det egentligen var. Och hon sa att det var vanligt, och att hon ungefär hade förstått. Det var skönt att höra.",
      "assessment_handlaggare", PR, 1, "praise"),
    M(SS, "Vad beviljades ni?"),
    P(UL, "Först var det tillsyn två gånger om dagen och hjälp med dusch en gång i veckan. Och dagverksamhet tre dagar i veckan. Och så trygghetslarm, men det var ju mest för min skull, Bertil förstod inte vad knappen var.",
      "decision_hours", DE, 0, "neutral"),
    M(SS, "Hur fungerade hemtjänsten för Bertil?"),
    P(UL, "Det berodde på vem som kom. Det fanns en, Mikael, en lugn kille i fyrtioårsåldern, och honom tyckte Bertil om. De pratade fotboll. Med honom gick duschen. Men sen kom det nya hela tiden, och då blev Bertil rädd och arg. En gång låste han in sig på toaletten.",
      "continuity_staff", US, 0, "pain"),
    M(SS, "Vad gjorde personalen då?"),
    P(UL, "Hon som var där, hon var ung och ny, stod utanför dörren och ropade. Det blev ju bara värre. Till slut fick jag gå in och prata med honom. Duschen blev inte av den veckan. Då står det ”avböjd insats”, har jag förstått.",
      "personal_care_dignity", US, -1, "pain"),
    M(SS, "Hade personalen någon utbildning i demens, tror du?"),
    P(UL, "En del. Mikael visste hur man gör, att man inte ska fråga ”vill du duscha nu?”, för då blir det nej. Man säger ”nu är vattnet varmt, kom så går vi”. Det är inget konstigt. Men det kan man inte begära av en tjugoåring som har jobbat i två veckor.",
      "continuity_staff", US, 0, "pain"),
    M(SS, "Hur var tiderna?"),
    P(UL, "Det var kvällen som var problemet. Han skulle få hjälp att gå och lägga sig, men de kom halv sju. Bertil har alltid gått och lagt sig vid elva. Så han låg där halv sju och skulle sova, och klockan nio var han uppe igen och klädde på sig.",
      "time_punctuality", US, -1, "pain"),
    M(SS, "Kunde ni ändra tiden?"),
    P(UL, "Jag frågade. De sa att kvällspersonalen har sin slinga och att det inte gick att flytta. Så till slut sa jag att de inte behövde komma på kvällen. Då fick jag göra det själv.",
      "relatives_burden", US, -1, "pain"),
    M(SS, "Hur mådde du själv under den här tiden?"),
    P(UL, "Inte bra. Jag gick ner nio kilo. Och i oktober svimmade jag i tvättstugan. Det var blodtrycket, sa de på akuten. Och då var det ju ingen hemma med Bertil.",
      "relatives_burden", US, -1, "pain"),
    M(SS, "Vad hände då?"),
    P(UL, "Då fick han en korttidsplats, samma kväll. Det ska de ha beröm för, det gick fort när det väl brann. Och sen sökte vi särskilt boende.",
      "assessment_handlaggare", FU, 1, "praise"),
    M(SS, "Hur gick det?"),
    P(UL, "Först fick vi avslag. I beslutet stod det att hans behov kunde tillgodoses i hemmet med utökad hemtjänst. Jag läste det tre gånger. I hemmet. Med vem? Med mig, som låg på akuten?",
      "decision_hours", FU, -1, "pain"),
    M(SS, "Överklagade ni?"),
    P(UL, "Vi skulle. Dottern skrev ett överklagande, hon är jurist, tack och lov. Men innan det gick till rätten så gjorde de en ny bedömning och ändrade sig. Han fick plats på Lärkängen i december.",
      "decision_hours", FU, 0, "neutral"),
    M(SS, "Hur är det nu?"),
    P(UL, "Han har det bra, tror jag. Han känner igen mig för det mesta. Jag går dit varje dag klockan två och så dricker vi kaffe. Och jag sover på nätterna igen.",
      "relatives_burden", FU, 1, "praise"),
    M(SS, "Om du tänker tillbaka, vad hade gjort skillnad?"),
    P(UL, "Att någon hade frågat hur jag mådde. Alla frågade om Bertil, och det var ju rätt. Men jag var också en människa i det huset. Hade någon frågat i augusti så hade jag kanske inte hamnat på akuten i oktober.",
      "relatives_burden", US, -1, "suggestion"),
    M(SS, "Något mer?"),
    P(UL, "Samma personal. Det är det viktigaste vid demens. Det är inte lyx, det är behandling.",
      "continuity_staff", US, 0, "suggestion"),
    M(SS, "Tack, Ulla. Det här var väldigt värdefullt."),
    P(UL, "Tack själv. Och hälsa till handläggaren, Malin, om du träffar henne. Hon var bra.",
      "assessment_handlaggare", PR, 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 6: intervju-4.csv, district nurse (CSV with BOM, Talare;Tid;Yttrande)
# ---------------------------------------------------------------------------
IV, IP4 = "Intervjuare", "IP4"

IV4 = [
    M(IV, "Tack för att du tar dig tid mitt i allt. Kan du börja med att berätta om din roll?"),
    P(IP4, "Ja, jag är distriktssköterska på vårdcentralen i Västerby sen fjorton år. Jag har hemsjukvården för dem som inte kan ta sig till vårdcentralen, så det är mycket äldre som bor hemma och har hemtjänst. Jag jobbar sida vid sida med hemtjänsten, fast vi är regionen och de är kommunen. Och det är nog det svåraste för patienterna att förstå, vem som gör vad.",
      "info_scope", US, 0, "neutral"),
    M(IV, "Hur ser det ut när behovet av hemtjänst uppstår, vad ser du då?"),
    P(IP4, "Det är ofta de anhöriga som larmar. En dotter ringer och säger att mamma har tappat i vikt, eller att pappa har börjat ringa henne tio gånger om dagen. Och då är det ofta jag som frågar: har ni pratat med kommunen om hemtjänst? Många vet inte att man kan ringa själv, de tror att det måste gå via läkaren.",
      "info_scope", FI, 0, "neutral"),
    M(IV, "Och vid utskrivning från sjukhuset?"),
    P(IP4, "Där har det blivit både bättre och sämre. Bättre för att det finns en gemensam plan nu, ett system där sjukhuset, kommunen och vi ska se samma sak. Sämre för att det går så fort. Folk skrivs ut en fredag klockan tre, och hemtjänsten fick veta det på förmiddagen. Och då har ingen hunnit hämta ut medicinerna.",
      "assessment_handlaggare", PR, 0, "pain"),
    M(IV, "Vad händer då?"),
    P(IP4, "Då blir det jag som åker hem till dem på fredagskvällen, eller så blir det ingenting förrän på måndag. Jag har haft patienter som har suttit hemma utan sina hjärtmediciner en hel helg.",
      "safety_security", US, -1, "pain"),
    M(IV, "Hur samarbetar ni med hemtjänsten kring läkemedel?"),
    P(IP4, "Det är vi som delegerar. Jag utbildar personalen, de gör ett test, och sen får de ge läkemedel till mina patienter, oftast från dospåsar. Det fungerar när det är samma personal. Men med all omsättning, sommarvikarier, timanställda, så hinner jag inte delegera alla. Och då står det en person där som inte får ge tabletterna.",
      "continuity_staff", US, -1, "pain"),
    M(IV, "Mm. Vad gör de då?"),
    P(IP4, "De ringer mig, eller så lämnar de dospåsen på bordet och skriver att den är lämnad. Och då vet vi ju inte om den tas. Jag har hittat påsar bakom brödrosten.",
      "safety_security", US, -1, "pain"),
    M(IV, "Hur upplever du att brukarna har koll på vad de har fått beviljat?"),
    P(IP4, "Dåligt, ärligt talat. Många tror att hemtjänsten gör allt, och blir besvikna när personalen säger att det där står inte i beslutet. Och andra tror att de inte har rätt till någonting. Det är sällan någon har läst sitt beslut. Det är ju skrivet för jurister, inte för en nittioåring.",
      "info_scope", DE, -1, "pain"),
    M(IV, "Vad ser du när det gäller tiden hos brukaren?"),
    P(IP4, "Personalen springer. Jag ser det när jag kommer samtidigt som de. De har ett schema i telefonen med minuter, dusch tjugo minuter, tillsyn fem minuter, och så restiden emellan, som aldrig räcker. Och då är det de små sakerna som försvinner. Att sätta sig ner. Att se att någon inte äter.",
      "time_punctuality", US, -1, "pain"),
    M(IV, "Du sa att någon inte äter. Hur vanligt är det?"),
    P(IP4, "Vanligt. Undernäring är ett av de största problemen jag ser hos äldre som bor hemma. Matlådorna kommer, men ingen ser om de äts upp. De slängs. Och en nittioåring som bor ensam och inte är hungrig, hon äter inte en hel matlåda med potatis och sås.",
      "food_meals", US, -1, "pain"),
    M(IV, "Finns det något som fungerar bra där?"),
    P(IP4, "Ja, i en av hemtjänstgrupperna har de börjat väga brukarna en gång i månaden och höra av sig till oss om någon tappar. Det är en sån liten sak, men det har gjort jättestor skillnad. Och en del i personalen är otroligt bra på att locka, de sätter sig och äter en smörgås tillsammans med brukaren.",
      "food_meals", US, 1, "praise"),
    M(IV, "Hur är kommunikationen mellan er och hemtjänsten?"),
    P(IP4, "Det beror helt på gruppen. I en grupp har jag en samordnare som jag kan ringa direkt, hon svarar alltid. I en annan får jag ringa en växel och lämna meddelande. Och vi har olika journalsystem, så jag kan inte se vad de har skrivit, och de kan inte se mitt.",
      "relatives_burden", US, 0, "pain"),
    M(IV, "Hur påverkar det brukarna?"),
    P(IP4, "De hamnar i mitten. Eller egentligen är det de anhöriga som hamnar i mitten. Det är dottern som ringer mig och sen ringer hemtjänsten och sen ringer tillbaka till mig. Hon blir ett slags budbärare mellan två organisationer som borde prata med varandra.",
      "relatives_burden", US, -1, "pain"),
    M(IV, "Ser du någon skillnad för brukare med ett annat modersmål?"),
    P(IP4, "Absolut. Jag har flera patienter som har tappat svenskan när demensen kom, det är vanligt att man går tillbaka till sitt första språk. Och då blir det väldigt ensamt om ingen i personalen kan det språket. Det finns ju många i hemtjänsten med andra modersmål, men de matchas sällan mot brukarna.",
      "language_culture", US, -1, "pain"),
    M(IV, "Och personalens svenska, är det något du ser?"),
    P(IP4, "Ja, ibland. Det är känsligt att säga, för de gör ett fantastiskt jobb. Men om man inte kan läsa en läkemedelslista ordentligt, eller förstå när en brukare säger att hon har ont i bröstet, då är det en säkerhetsfråga. Och det är inte deras fel, det handlar om vilken utbildning de får.",
      "language_culture", US, 0, "pain"),
    M(IV, "Trygghetslarm och fall, hur ser du på det?"),
    P(IP4, "Larmet är bra för dem som förstår det och har det på sig. Men de som har demens förstår det inte, och de som är rädda för att vara till besvär, de trycker inte. Jag har en patient som låg på golvet i fem timmar med larmet på handleden för att hon inte ville störa.",
      "safety_security", US, -1, "pain"),
    M(IV, "Vad skulle hjälpa där?"),
    P(IP4, "Det finns ju fallsensorer och sånt, men det är få som får det. Och sen tror jag att det handlar mycket om att bli påmind. Att någon säger: tryck, det är därför vi finns. Att det inte är ett misslyckande att trycka.",
      "safety_security", US, 0, "suggestion"),
    M(IV, "Hur ser du på uppföljningen av besluten? Ändras insatserna när behoven ändras?"),
    P(IP4, "För långsamt. Beslutet görs när man kommer hem från sjukhuset, när man är som sämst, eller ibland som bäst, och sen följs det upp efter ett år. Under ett år kan mycket hända. Personalen märker det, men de kan inte ändra beslutet, det måste gå via handläggaren.",
      "assessment_handlaggare", FU, -1, "pain"),
    M(IV, "Har du någon gång hjälpt en patient att klaga eller lämna synpunkter?"),
    P(IP4, "Det har hänt. Men vi är försiktiga, för vi ska samarbeta med samma grupp i morgon. Och patienterna vill sällan, de är ju beroende av att personalen kommer. Så jag skriver hellre en avvikelse, det är vår väg.",
      "choice_complaints", FU, -1, "pain"),
    M(IV, "Om du fick ändra en sak, vad skulle det vara?"),
    P(IP4, "Färre personer per brukare. Det löser så mycket. Personalen lär känna personen, de ser när något förändras, de vet hur hon vill ha det. Det är bättre för säkerheten och det är bättre för värdigheten.",
      "continuity_staff", US, 0, "suggestion"),
    M(IV, "Och en sak till?"),
    P(IP4, "En gemensam kontaktväg. Ett nummer eller en funktion där vi i vården, personalen och de anhöriga når samma person. Det låter så enkelt. [skratt]",
      "relatives_burden", US, 0, "suggestion"),
    M(IV, "Tack så mycket, det här var väldigt värdefullt."),
    B(IP4, "Tack själv. Hoppas att det blir något av det."),
]

# ---------------------------------------------------------------------------
# Session 7: interview-5.txt, English-speaking wife (label line, wrapped text)
# ---------------------------------------------------------------------------
IE, MR = "INTERVIEWER", "MAUREEN"

IV5 = [
    M(IE, "Thanks for having me, Maureen. Shall we start with a bit about you and Lars?"),
    P(MR, "Of course. Well, I'm from Glasgow originally, and I met Lars on a ferry in 1979, if you can believe it. [laughs] We lived in Scotland most of our lives and came over here when he retired, to his family's old place in Strandby. And then two years ago he had a stroke. A big one. His right side, and his speech. He understands most things, I think, but the words don't come out right.",
      "relatives_burden", N, -1, "neutral"),
    M(IE, "And your own Swedish?"),
    P(MR, "Och, it's terrible. [laughs] I can do the shops and the weather, and I can follow if people speak slowly. But letters from the kommun, forget it. Lars always did all of that. That's the thing, he was my interpreter for forty years, and now he can't be.",
      "language_culture", N, -1, "neutral"),
    M(IE, "How did the home care start?"),
    P(MR, "The hospital set up a meeting before he came home, on a video link, and they had an interpreter, an English one, which was good. But it was all so fast. I said yes to everything because I just wanted him home. I didn't really understand what I'd agreed to until the first morning, when two girls turned up at eight and I was still in my dressing gown. [laughs]",
      "assessment_handlaggare", PR, 0, "pain"),
    M(IE, "What did he get?"),
    P(MR, "Help in the morning to get washed and dressed, and the same in the evening to get ready for bed. A shower twice a week. And, what do they call it, avlösning, so I can go out for a few hours. Four hours a week.",
      "decision_hours", DE, 0, "neutral"),
    M(IE, "Was that enough?"),
    P(MR, "For him, maybe. For me, no. The case officer said, well, you're at home, so you'll manage the lunch and the rest of the day. Which I do. But nobody asked whether I could. I'm seventy, I've got a bad knee, and he's a big man.",
      "relatives_burden", DE, -1, "pain"),
    M(IE, "Mm."),
    P(MR, "I felt like part of the furniture, to be honest. Like I came with the house.",
      "relatives_burden", DE, -1, "pain"),
    M(IE, "How does it work with the carers who come?"),
    P(MR, "Some of them are wonderful. There's a lad called Samuel, from Ghana I think, and he speaks English with me and Swedish with Lars, and he's so patient with Lars's words. He waits. Most people finish his sentences for him, and Lars hates that.",
      "personal_care_dignity", US, 1, "praise"),
    M(IE, "And the others?"),
    P(MR, "Well. Most of them are kind, they're just run off their feet. The evening visit is supposed to be at nine, and it can be anywhere from half seven to half ten. Half seven's no good, he's not tired, and then he's lying there awake for three hours.",
      "time_punctuality", US, -1, "pain"),
    M(IE, "Have you raised that with them?"),
    P(MR, "I've tried. But you phone the office and it's all in Swedish, the recorded message, press one for this, press two for that, and by the time someone picks up I've lost my nerve. [laughs] It sounds daft.",
      "language_culture", US, -1, "pain"),
    M(IE, "It doesn't sound daft at all."),
    P(MR, "There was a note left on the kitchen table once, in Swedish, about his tablets. I put it through the translate app on my phone and it said something about the dose bag being discontinued. I was frantic.\n\nIt turned out the pharmacy had just changed the make of one of his tablets. Nothing to worry about. But I didn't know that for a whole weekend.",
      "language_culture", US, -1, "pain"),
    M(IE, "How do you feel about the personal care, the washing and showering?"),
    P(MR, "That's the bit I'm most grateful for. I couldn't shower him on my own, I tried once and we both nearly went over. The girls have a proper chair and they do it in ten minutes flat. Maybe a bit too flat. [laughs] But he comes out clean and happy.",
      "personal_care_dignity", US, 1, "praise"),
    M(IE, "Does Lars mind who showers him?"),
    P(MR, "He did at first. He's quite shy, and it was nearly always young women. He wouldn't look at them. He's used to it now. But I do think somebody should have asked him. Just asked, would you prefer a man? He can point at the picture cards.",
      "personal_care_dignity", US, -1, "pain"),
    M(IE, "What about the cost? How did you find the invoices?"),
    P(MR, "Oh, that was a shock. Not the amount so much, but they wanted to know about my income too. My pension from Scotland! I had to send statements from the UK, and they couldn't work out what it was in kronor.\n\nSo the first invoice was for the maximum, because they hadn't got anything from us yet. It took three months to sort out.",
      "costs_invoices", DE, -1, "pain"),
    M(IE, "Did you get it back?"),
    P(MR, "We did, in the end, as a credit on a later bill. But I had to find someone to ring for me. My neighbour's daughter, Emma. She's a saint.",
      "costs_invoices", FU, 0, "neutral"),
    M(IE, "Have you ever made a complaint, or given feedback?"),
    P(MR, "Once. About the evening times. I wrote an email in English, quite polite, and got a reply two weeks later in Swedish, very formal, and I still don't know if it said yes or no. [laughs] Nothing changed, so I suppose it was no.",
      "choice_complaints", FU, -1, "pain"),
    M(IE, "Did anyone mention that you can choose a different provider?"),
    P(MR, "Somebody did, at the start, there was a list. But how would I choose? I don't know the companies, I can't read their websites properly. So we stayed with the council one. Better the devil you know.",
      "choice_complaints", DE, -1, "pain"),
    M(IE, "How are you doing yourself, Maureen?"),
    P(MR, "Honestly? Tired. I love him, and I'd never put him in a home unless I had to. But I haven't had a night out since the stroke. My sister keeps saying come home for a week, and I can't. Who'd do the lunches? Who'd do the nights?",
      "relatives_burden", US, -1, "pain"),
    M(IE, "Has anyone told you about respite stays, växelvård?"),
    P(MR, "Växelvård. Is that where he goes somewhere for a week? No, nobody's mentioned it. Is that something we can apply for?",
      "info_scope", US, -1, "question"),
    M(IE, "It is, I'll send you the details. If you could change one thing, what would it be?"),
    P(MR, "That someone sits down with the carer, the wife or the husband or whoever it is, and asks them what they can really manage. On their own, not with the person sitting right there. And in a language they understand. That's two things, isn't it? [laughs]",
      "relatives_burden", PR, 0, "suggestion"),
    M(IE, "That's fine. [laughs] Thank you so much, Maureen."),
    B(MR, "Thank you for listening, hen. It's nice to be asked.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 8: intervju-6.txt, recipient, Teams transcript pasted as text
# ---------------------------------------------------------------------------
JB, RM = "Jonas Berglund", "Rolf Magnusson"

IV6 = [
    M(JB, "Hej Rolf, hör du mig?"),
    B(RM, "Ja, nu hör jag dig. Jag satt på mute. [skratt] Klassiker."),
    M(JB, "[skratt] Det har vi alla gjort. Tack för att du ställer upp. Som jag skrev så spelar vi in och transkriberar, men det används bara internt. Kan du börja med att berätta lite om dig själv och varför du har hemtjänst?"),
    P(RM, "Ja. Rolf, sextioåtta år, jag bor i Björkudden. Jag har MS sen jag var fyrtio, och de senaste fem åren har jag suttit i rullstol. Jag bor själv, skild sen länge. Jag var ingenjör på Bruket, så jag är van att ha koll på saker, ska jag säga. [skratt] Jag får hjälp med förflyttningar, påklädning, dusch och städning.",
      "personal_care_dignity", N, -1, "neutral"),
    M(JB, "Hur länge har du haft hemtjänst?"),
    P(RM, "Snart fyra år. Innan dess hade jag en sambo som hjälpte mig, men när hon flyttade fick jag söka. Och det gjorde jag i e-tjänsten, med BankID. Det var det enklaste i hela processen, faktiskt, det tog tio minuter.",
      "assessment_handlaggare", AP, 1, "praise"),
    M(JB, "Och sen?"),
    P(RM, "Sen tog det sju veckor innan handläggaren kom hem. Sju veckor. Under tiden fick jag köpa städhjälp med RUT-avdrag och be grannen om hjälp med strumporna.",
      "assessment_handlaggare", PR, -1, "pain"),
    M(JB, "Hur var själva utredningen?"),
    P(RM, "Proffsig. Hon var påläst och hade läst min journal från neurologen. Men det är något med själva formen. Man ska beskriva sina behov i minuter. ”Hur lång tid tar det för dig att ta på strumporna?” Jag vet inte, det beror på dagen. MS är ju inte likadan två dagar i rad.",
      "assessment_handlaggare", PR, 0, "pain"),
    M(JB, "Hur blev beslutet?"),
    P(RM, "Trettio minuter dusch två gånger i veckan. Jag behöver minst fyrtiofem, för jag måste sitta och vila emellan, annars går det inte. Städ var tredje vecka. Och avslag på ledsagning.",
      "decision_hours", DE, -1, "pain"),
    M(JB, "Ledsagning till vad?"),
    P(RM, "Till konserter. Jag har haft abonnemang på symfoniorkestern i trettio år. I beslutet står det att ”kulturella aktiviteter bedöms inte som ett grundläggande behov”. Jag överklagade till förvaltningsrätten och förlorade. Så nu går jag inte.",
      "decision_hours", DE, -1, "pain"),
    M(JB, "Mm. Hur var det att överklaga?"),
    P(RM, "Det var inte svårt att skriva, man skickar det till kommunen och de skickar det vidare. Men det tog fyra månader, och domen var en sida. Det var som att ingen hade läst det jag skrev om vad musiken betyder för mig.",
      "decision_hours", DE, -1, "pain"),
    M(JB, "Du valde en privat utförare från början, har jag förstått?"),
    P(RM, "Ja. Man fick en lista med åtta företag plus kommunens egen hemtjänst. Det var bara namn och telefonnummer. Så jag ringde runt, och Omsorgshuset lät mest proffsiga i telefon. De lovade ”max fem personer per brukare”. [skratt]",
      "choice_complaints", DE, 0, "neutral"),
    M(JB, "Höll de det?"),
    P(RM, "Första månaden, kanske. Sen var det nya människor hela tiden, jag räknade till nitton olika på en månad. En del visste inte hur man använder lyften. En kväll fick jag sitta kvar i rullstolen till tolv på natten, för de som kom vågade inte flytta mig.",
      "continuity_staff", US, -1, "pain"),
    M(JB, "Oj."),
    P(RM, "Så jag bytte till kommunens hemtjänst förra våren. Det var lätt, ett samtal till handläggaren och två veckor senare var det klart. Det ska ni ha beröm för.",
      "choice_complaints", FU, 1, "praise"),
    M(JB, "Hur är det nu?"),
    P(RM, "Bättre. Färre personer, och de kan lyften. Men tiderna. Jag vill kunna bestämma när jag ska lägga mig, jag är sextioåtta, inte åtta. [skratt] De kom kvart över åtta och ville lägga mig. Nu har vi kommit överens om tio över nio, och det håller för det mesta.",
      "time_punctuality", US, 0, "pain"),
    M(JB, "Har du nyckelfritt lås?"),
    P(RM, "Ja, det installerades när jag bytte. Det funkar. Men en sak: man får ingen lista på vem som har varit inne. Jag vet att systemet loggar det. Jag skulle vilja kunna se det själv, det är ju mitt hem.",
      "safety_security", US, 0, "suggestion"),
    M(JB, "Mm. Det är en bra poäng."),
    P(RM, "Och trygghetslarmet har jag aldrig använt på riktigt. Men det är skönt att ha. Jag ramlade ur rullstolen en gång, men då hade jag mobilen i fickan och ringde grannen i stället. Det gick fortare. [skratt]",
      "safety_security", US, 0, "neutral"),
    M(JB, "Hur är det med kostnaderna?"),
    P(RM, "Maxtaxan, två tusen sexhundrafyrtio ungefär. Det är okej, jag klagar inte på priset. Men fakturan säger bara ”hemtjänst mars” och en summa. Jag är ingenjör, jag vill se hur många timmar och vilka besök.",
      "costs_invoices", US, 0, "suggestion"),
    M(JB, "Har du lämnat synpunkter på något av det här?"),
    P(RM, "Ja, flera gånger, via e-tjänsten. Man får en kvittens, och sen ibland ett svar från en enhetschef, som ofta är ny. [skratt] En gång ringde en chef upp och vi pratade i en halvtimme, och då ändrades faktiskt kvällstiden. Så det går. Men det hänger på person.",
      "choice_complaints", FU, 0, "neutral"),
    M(JB, "Har du haft någon uppföljning från handläggaren?"),
    P(RM, "Ett telefonsamtal efter ett år. Tio minuter. ”Fungerar det bra?” Vad ska man säga på tio minuter? Min MS har blivit sämre sen dess, men det hann vi inte prata om.",
      "assessment_handlaggare", FU, -1, "pain"),
    M(JB, "Har du begärt en ny bedömning?"),
    P(RM, "Nej. Jag är rädd att de tar bort något i stället. [skratt] Nej, men allvarligt, det har hänt en bekant. Han bad om mer hjälp och fick mindre.",
      "decision_hours", FU, -1, "pain"),
    M(JB, "Om du fick ändra en sak, vad skulle det vara?"),
    P(RM, "Att man får vara med och planera. Jag kan mina behov bättre än någon annan. Ge mig en budget, timmar, och låt mig och personalen lägga upp det. Det finns kommuner som testar sånt, har jag läst.",
      "choice_complaints", US, 0, "suggestion"),
    M(JB, "Tack, Rolf. Något sista du vill säga?"),
    P(RM, "Bara att personalen, de flesta, är fantastiska. Det är systemet runt dem. Och att ni hör av er om vad som händer med det här. Det är det ingen som gör annars.",
      "choice_complaints", FU, 0, "suggestion"),
    M(JB, "Det lovar jag. Tack igen!"),
    B(RM, "Tack, hej!"),
]

# ---------------------------------------------------------------------------
# Session table
# ---------------------------------------------------------------------------
HEADER_DOCX = [
    "Datum: 2025-03-11, kl. 13.30–14.45",
    "Plats: Träffpunkt Solrosen, Västerby",
    "Deltagare: Annika (moderator), Margit, Sven-Erik, Aina, Hassan, Solveig, Göran",
    "Antecknare: Lisa, äldreförvaltningen (deltar inte i samtalet)",
    "Transkribering: ordagrann, något förkortad. [skratt] = skratt, ... = paus eller avbrott.",
]
HEADER_IV1 = [
    "Intervju 1 – Hemtjänst i Norrvik kommun",
    "Datum: 2025-03-13",
    "Plats: deltagarens hem, Västerby",
    "Intervjuare: Annika Ström (äldreförvaltningen)",
    "Deltagare: Elsa, brukare",
]

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="docx", turns=FG1, seed=2101, start=6.2,
         title="Fokusgrupp 1 – Hemtjänst i Norrvik kommun (brukare)", header=HEADER_DOCX),
    dict(file="fokusgrupp-2.vtt", fmt="teams_vtt", turns=FG2, seed=2102, start=3.4,
         guid="3f9b2c47-8e1d-4a65-b0c3-5d7e21a9f864"),
    dict(file="intervju-1.txt", fmt="stamped_txt", turns=IV1, seed=2103, start=2.0,
         header=HEADER_IV1),
    dict(file="interview-2.vtt", fmt="zoom_vtt", turns=IV2, seed=2104, start=1.6),
    dict(file="intervju-3.srt", fmt="srt", turns=IV3, seed=2105, start=1.2),
    dict(file="intervju-4.csv", fmt="csv", turns=IV4, seed=2106, start=1.0),
    dict(file="interview-5.txt", fmt="label_txt", turns=IV5, seed=2107, start=0.0),
    dict(file="intervju-6.txt", fmt="teams_txt", turns=IV6, seed=2108, start=4.0,
         header=["Intervju hemtjänst brukare-20250325_101502-Mötesinspelning",
                 "25 mars 2025, 10:15AM"]),
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
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    for turn in session["turns"]:
        words = len(norm(turn["text"]).split())
        dur = words / 2.6 + 0.6
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(0.3, 1.9)
    return out


SENT_RE = re.compile(r"(?<=[.!?…”\]])\s+(?=[A-ZÅÄÖÉ”\[])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


def chunks(text: str, max_words: int = 32) -> list[str]:
    """Split a turn into cue-sized pieces at sentence boundaries."""
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


def wrap2(line: str, width: int) -> list[str]:
    """Subtitle-style: wrap a long cue over two lines at a space near the middle."""
    if len(line) <= width:
        return [line]
    words = line.split(" ")
    half = len(line) / 2
    acc = 0
    for i, w in enumerate(words):
        acc += len(w) + 1
        if acc >= half:
            return [" ".join(words[: i + 1]), " ".join(words[i + 1:])]
    return [line]


def cue_times(start, end, parts):
    total = sum(len(p.split()) for p in parts)
    t, out = start, []
    for p in parts:
        d = (end - start) * len(p.split()) / total
        out.append((t, t + d))
        t += d
    return out


def ts_vtt(s: float) -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"


def ts_srt(s: float) -> str:
    return ts_vtt(s).replace(".", ",")


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_teams(s: float) -> str:
    s = int(s)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


# ---------------------------------------------------------------------------
# Writers (each returns bytes)
# ---------------------------------------------------------------------------
def write_teams_vtt(session) -> bytes:
    lines = ["WEBVTT", ""]
    guid = session["guid"]
    for i, (turn, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        parts = chunks(turn["text"])
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            wrapped = wrap2(p, 80)
            wrapped[0] = f"<v {turn['speaker']}>" + wrapped[0]
            wrapped[-1] = wrapped[-1] + "</v>"
            lines += [f"{guid}/{i + 17}-{k}", f"{ts_vtt(s)} --> {ts_vtt(e)}"]
            lines += wrapped
            lines.append("")
    return "\n".join(lines).encode("utf-8")


def write_zoom_vtt(session) -> bytes:
    lines = ["WEBVTT", ""]
    n = 1
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"], 36)
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            body = f"{turn['speaker']}: {p}"
            lines += [str(n), f"{ts_vtt(s)} --> {ts_vtt(e - 0.08)}"]
            lines += wrap2(body, 140) if k % 2 == 0 else [body]
            lines.append("")
            n += 1
    return "\n".join(lines).encode("utf-8")


LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def write_srt(session) -> bytes:
    lines = []
    n, cont = 1, 0
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"], 28)
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            if k == 0:
                body = f"{turn['speaker']}: {p}"
            else:
                # Some tools repeat the name on continuation cues, some drop it.
                cont += 1
                if cont % 3 == 1:
                    assert not LABEL_LIKE.match(p), p
                    body = p
                else:
                    body = f"{turn['speaker']}: {p}"
            lines += [str(n), f"{ts_srt(s)} --> {ts_srt(e - 0.08)}"]
            lines += wrap2(body, 90)
            lines.append("")
            n += 1
    return "\n".join(lines).encode("utf-8")


def write_stamped_txt(session) -> bytes:
    lines = list(session["header"]) + [""]
    for t, (a, _) in zip(session["turns"], timings(session)):
        lines.append(f"[{ts_hms(a)}] {t['speaker']}: {norm(t['text'])}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_csv(session) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Talare", "Tid", "Yttrande"])
    for t, (a, _) in zip(session["turns"], timings(session)):
        w.writerow([t["speaker"], ts_hms(a), norm(t["text"])])
    return buf.getvalue().encode("utf-8-sig")


def write_label_txt(session) -> bytes:
    labels = {t["speaker"] for t in session["turns"]}
    out = []
    for t in session["turns"]:
        out.append(t["speaker"])
        for j, para in enumerate(paragraphs(t["text"])):
            if j:
                out.append("")
            wrapped = textwrap.wrap(para, 100, break_long_words=False, break_on_hyphens=False)
            for line in wrapped:
                # a wrapped line must never look like a speaker label
                assert line not in labels and not (" " not in line and line.isupper()), line
            out += wrapped
        out.append("")
    return "\n".join(out).encode("utf-8")


def write_teams_txt(session) -> bytes:
    tim = timings(session)
    total = int(tim[-1][1])
    lines = list(session["header"]) + [f"{total // 60}m {total % 60}s", "",
                                       f"{session['turns'][0]['speaker']} startade transkriberingen", ""]
    for t, (a, _) in zip(session["turns"], tim):
        lines.append(f"{t['speaker']}   {ts_teams(a)}")
        text = norm(t["text"])
        if len(text) > 300:
            # Teams breaks long utterances into two lines
            sents = sentences(text)
            half = len(sents) // 2
            lines += [" ".join(sents[:half]), " ".join(sents[half:])]
        else:
            lines.append(text)
        lines.append("")
    return "\n".join(lines[:-1]).encode("utf-8") + b"\n"


DOCX_EPOCH = _dt.datetime(2025, 3, 12, 9, 30, 0)


def write_docx(session) -> bytes | None:
    try:
        import docx  # python-docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(session["title"], level=1)
    for line in session["header"]:
        d.add_paragraph(line)
    d.add_paragraph("")
    for t in session["turns"]:
        paras = paragraphs(t["text"])
        if t.get("label_alone"):
            p = d.add_paragraph()
            p.add_run(f"{t['speaker']}:").bold = True
            rest = paras
        else:
            p = d.add_paragraph()
            p.add_run(f"{t['speaker']}:").bold = True
            p.add_run(" " + paras[0])
            rest = paras[1:]
        for para in rest:
            d.add_paragraph(para)
    cp = d.core_properties
    cp.author = "Transkribering äldreförvaltningen"
    cp.last_modified_by = "Transkribering äldreförvaltningen"
    cp.title = session["title"]
    cp.created = DOCX_EPOCH
    cp.modified = DOCX_EPOCH
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    # re-zip with fixed timestamps so the file is byte-identical between runs
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


WRITERS = dict(docx=write_docx, teams_vtt=write_teams_vtt, zoom_vtt=write_zoom_vtt,
               srt=write_srt, stamped_txt=write_stamped_txt, csv=write_csv,
               label_txt=write_label_txt, teams_txt=write_teams_txt)


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


def _cues(data: str):
    blocks = [b for b in data.replace("\r\n", "\n").split("\n\n") if b.strip()]
    for b in blocks:
        lines = b.strip("\n").split("\n")
        if "-->" not in b:
            continue
        i = next(k for k, ln in enumerate(lines) if "-->" in ln)
        yield " ".join(lines[i + 1:])


def parse_teams_vtt(data: bytes, speakers):
    pairs = []
    for text in _cues(data.decode("utf-8")):
        m = re.fullmatch(r"<v ([^>]+)>(.*)</v>", text)
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_named_cues(data: bytes, speakers):
    pairs = []
    for text in _cues(data.decode("utf-8")):
        head, sep, rest = text.partition(": ")
        if sep and head in speakers:
            pairs.append((head, rest))
        else:  # continuation cue without a name
            pairs.append((pairs[-1][0], text))
    return _merge(pairs)


def parse_stamped_txt(data: bytes, speakers):
    pairs = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^\[\d\d:\d\d:\d\d\] ([^:]+): (.*)$", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_csv(data: bytes, speakers):
    text = data.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    return _merge([(r["Talare"], r["Yttrande"]) for r in rows])


def parse_label_txt(data: bytes, speakers):
    pairs = []
    for block in data.decode("utf-8").split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln]
        if not lines:
            continue
        if lines[0] in speakers:
            pairs.append((lines[0], " ".join(lines[1:])))
        else:
            pairs.append((pairs[-1][0], " ".join(lines)))
    return _merge(pairs)


def parse_teams_txt(data: bytes, speakers):
    pairs = []
    for block in data.decode("utf-8").split("\n\n"):
        lines = block.strip("\n").split("\n")
        m = re.fullmatch(r"(.+?)   \d+:\d\d:\d\d", lines[0])
        if m:
            pairs.append((m.group(1), " ".join(lines[1:])))
    return _merge(pairs)


def parse_docx(data: bytes, speakers):
    import docx
    d = docx.Document(io.BytesIO(data))
    paras = d.paragraphs
    start = next(i for i, p in enumerate(paras) if not p.text.strip()) + 1
    pairs = []
    for p in paras[start:]:
        runs = p.runs
        if runs and runs[0].bold and runs[0].text.endswith(":"):
            pairs.append([runs[0].text[:-1], "".join(r.text for r in runs[1:])])
        else:
            pairs[-1][1] += " " + p.text
    return _merge([tuple(x) for x in pairs])


PARSERS = dict(docx=parse_docx, teams_vtt=parse_teams_vtt, zoom_vtt=parse_named_cues,
               srt=parse_named_cues, stamped_txt=parse_stamped_txt, csv=parse_csv,
               label_txt=parse_label_txt, teams_txt=parse_teams_txt)


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
            if not t["mod"]:
                # participant labels are unique across the study
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
        data = WRITERS[s["fmt"]](s)
        path = TDIR / s["file"]
        if data is None:
            print(f"python-docx not available: {s['file']} left as it is", file=sys.stderr)
            data = path.read_bytes() if path.exists() else None
        else:
            path.write_bytes(data)
        # round trip: parse the file back and compare with the list
        if data is not None and (s["fmt"] != "docx" or _has_docx()):
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

    all_text = "\n".join(r[7] for r in rows)
    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                if e not in all_text:
                    problems.append(f"codebook example not in any participant turn: {e}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["speaker", "segment", "age_group", "district", "situation"])
        w.writerows(PARTICIPANTS)

    # summary
    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant)")
    for name, col in (("themes", 3), ("stages", 4), ("kinds", 6), ("sentiment", 5)):
        c = Counter(r[col] if r[col] != "" else "(none)" for r in rows)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    if problems:
        print("ROUND-TRIP PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


def _has_docx() -> bool:
    try:
        import docx  # noqa: F401
        return True
    except ImportError:
        return False


if __name__ == "__main__":
    sys.exit(main())
