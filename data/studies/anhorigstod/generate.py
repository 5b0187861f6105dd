#!/usr/bin/env python3
"""Generate the fictional study of support for carers (anhörigstöd) in Björkvik kommun:
transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all from the
session lists in this file.

Python 3.11, standard library, plus python-docx (fokusgrupp-2.docx) and openpyxl
(intervju-6.xlsx). Run with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer / note-
taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant turn, B()
for a participant backchannel / small talk (no theme, no stage). Files and gold rows
are written from the same list, so turn indices cannot drift. After writing, every
file is parsed back with a minimal parser for its layout and compared with the list,
every gold text must occur in the file's own text, and every codebook example must be
an exact excerpt of a participant turn of that theme (and of no turn of another theme).

Output is byte-identical between runs: timings are seeded, the .docx and .xlsx are
zipped with fixed timestamps and (where the tool writes them) fixed core properties.
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
from xml.sax.saxutils import escape

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


INS = "bli_anhorig"
INF = "hitta_information"
BIS = "ansokan_utredning"
BES = "vantan_beslut"
AVG = "avgifter_ledighet"
AVL = "avlosning_hemma"
KOR = "korttid_dagverksamhet"
STO = "grupper_samtal"
HAL = "egen_halsa_skuld"
SAM = "samordning_vard"
EFT = "efterat"
THEMES = (INS, INF, BIS, BES, AVG, AVL, KOR, STO, HAL, SAM, EFT)
pain, praise, suggestion, question, neutral = KINDS

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
SARA, MATS, EWA, FARIDA, JOHAN, TEL = (                                    # fokusgrupp-1.vtt (Teams)
    "Sara Lindqvist", "Mats Holmberg", "Ewa Karlsson", "Farida Haidari", "Johan Ek",
    "+46 70 XXX XX 48")
PIA, ADAM, GUN, ROLF, LEILA, ANNIKA, TOMAS = (                             # fokusgrupp-2.docx (table)
    "Pia", "Adam", "Gun", "Rolf", "Leila", "Annika", "Tomas")
GUNILLA, BSP1 = "Gunilla", "Speaker 1"        # intervju-1.docx (Buzz; the interviewer kept Buzz's label)
INT, JUKKA = "Intervjuare", "Jukka"           # intervju-2.csv (Excel, Swedish CSV)
SARA3, NADIA = "Sara", "Nadia"                # intervju-3.vtt (Zoom, labels added by hand)
ELIN, MARK = "Elin", "Mark"                   # interview-4.txt (Buzz, speakers in the text)
WS0, WS1 = "Speaker0", "Speaker1"             # intervju-5.vtt (whisper.cpp --diarize, stereo)
PE, ML = "PE", "ML"                           # intervju-6.xlsx (researcher's sheet, initials)

PARTICIPANTS = [
    # speaker; segment; relation; age_group; situation
    (SARA, "moderator", "", "", ""),
    (MATS, "anhörig", "make", "65-79", "frun har frontallobsdemens, avlösning i hemmet, anhörigcirkel"),
    (EWA, "anhörig", "dotter", "55-64", "mamma bor kvar efter stroke tre mil bort, dagverksamhet efter nytt beslut"),
    (FARIDA, "anhörig", "förälder", "35-44", "dotter med CP, korttidsvistelse via LSS, har varit sjukskriven"),
    (JOHAN, "anhörig", "sambo", "35-44", "sambon har cancer, enskilda samtal hos anhörigkonsulenten"),
    (TEL, "anhörig", "make", "80+", "Bertil, frun har Parkinson och minnessvikt, ringde in per telefon"),
    (PIA, "moderator", "", "", ""),
    (ADAM, "moderator", "", "", ""),
    (GUN, "anhörig", "änka", "65-79", "maken med demens dog i april, går i sorgegrupp"),
    (ROLF, "anhörig", "make", "80+", "frun flyttade till särskilt boende i september efter korttids"),
    (LEILA, "anhörig", "syster", "35-44", "brodern har psykos och missbruk, anhöriggrupp i regionen"),
    (ANNIKA, "anhörig", "dotter", "45-54", "mamma med demens bor ensam, fyra timmar avlösning i veckan"),
    (TOMAS, "anhörig", "förälder", "55-64", "vuxen son med Downs syndrom och autism, avlösarservice"),
    (BSP1, "moderator", "", "", ""),
    (GUNILLA, "anhörig", "maka", "65-79", "maken med Alzheimer, dagverksamhet, korttids, nu särskilt boende"),
    (INT, "moderator", "", "", ""),
    (JUKKA, "anhörig", "förälder", "45-54", "son med autism och epilepsi, avlösarservice och korttidsvistelse via LSS"),
    (SARA3, "moderator", "", "", ""),
    (NADIA, "anhörig", "dotter", "45-54", "mamma bor hos familjen efter stroke, avlösning i hemmet, tolk"),
    (ELIN, "moderator", "", "", ""),
    (MARK, "anhörig", "make", "55-64", "engelsktalande, frun hade cancer och dog i september"),
    (WS0, "moderator", "", "", ""),
    (WS1, "anhörig", "maka", "55-64", "maken har alkoholberoende, anhöriggrupp med beroendemottagningen"),
    (PE, "moderator", "", "", ""),
    (ML, "anhörigkonsulent", "personal", "45-54", "Marie Lund, anhörigkonsulent på Anhörigcenter sedan elva år"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
FG1 = [
    M(SARA, "Då tror jag att alla är inne. Välkomna, och tack för att ni tar er tid en tisdagskväll. Jag heter Sara Lindqvist och gör den här utvärderingen åt Björkvik kommun. Vi ska prata om stödet till er som hjälper en närstående. Inspelningen och transkriberingen är igång. Ska vi ta en runda först, vem du är och vem du hjälper?"),
    P(MATS, "Mats heter jag, sextioåtta. Min fru Eva fick diagnosen frontallobsdemens för tre år sedan, hon var sextiotvå då. Så jag är väl det man kallar anhörig nu, fast det ordet använde jag aldrig själv förrän i våras.", INS, N, 0, neutral),
    P(EWA, "Ewa. Jag hjälper min mamma som är åttioåtta. Hon fick en stroke i januari och bor kvar i huset i Norrsjö, tre mil från mig. Jag åker dit fyra gånger i veckan ungefär.", INS, N, 0, neutral),
    P(FARIDA, "Hej, Farida. Jag har en dotter, Yasmin, hon är nio och har CP. Hon behöver hjälp med allt egentligen, äta, toalett, förflyttningar. Jag och min man delar på det, men han jobbar skift.", INS, N, 0, neutral),
    P(JOHAN, "Johan. Min sambo Niklas har cancer i bukspottkörteln sedan i fjol, han är fyrtioett. Det gick väldigt fort från att vi var två som jobbade till att jag är den som håller ihop allt.", INS, N, 0, neutral),
    M(SARA, "Tack. Och Bertil, du ringer in via telefon, hör du oss?"),
    P(TEL, "Ja, nu hör jag. Bertil heter jag. Jag är åttiotvå och min fru Inga har Parkinson, och nu på senare tid har hon blivit glömsk också. Jag har ingen dator, så jag ringer.", INS, N, 0, neutral),
    M(SARA, "Bra att du är med. När förstod ni att ni var anhöriga som kunde behöva stöd för egen del?"),
    P(EWA, "Det var faktiskt en sköterska på strokeavdelningen som sa det. Hon frågade hur jag själv mådde. Jag förstod inte frågan först, jag tänkte att det var ju mamma som var sjuk.", INS, N, 0, neutral),
    P(MATS, "För mig tog det lång tid. Jag tyckte att det var självklart att jag skulle sköta det, man är gift, man gör det. Det var först när jag nickade till vid ratten en eftermiddag som jag fattade att det inte höll.", HAL, N, -1, pain),
    B(EWA, "Oj."),
    P(JOHAN, "Jag tycker inte att jag är anhörigvårdare, ärligt talat. Jag är hans sambo. Det känns konstigt att kommunen ska ha ett ord för det.", INS, N, 0, neutral),
    P(FARIDA, "Med ett barn blir det annorlunda. Man är förälder, och alla säger att det är föräldraansvar. Att jag också räknas som anhörig fick jag höra först när Yasmin var sju.", INS, N, -1, pain),
    M(SARA, "Var hittade ni information om vad som finns?"),
    P(MATS, "På biblioteket, faktiskt. Det låg en broschyr om anhörigstöd vid disken där man lämnar tillbaka böcker. Jag tog den medan jag väntade på Eva, och sen låg den i bilen i två månader.", INF, FI, 0, neutral),
    P(EWA, "Jag googlade och hamnade på kommunens sida. Där står det om anhörigstöd, men det är skrivet som om man redan vet vad man ska söka. Avlösning, korttidsvistelse, växelvård. Jag kunde inte skillnaden.", INF, FI, -1, pain),
    P(TEL, "Det var grannen. Hennes man hade gått på dagverksamhet, och hon sa att jag skulle ringa anhörigkonsulenten. Hon skrev upp numret på en lapp åt mig.", INF, FI, 1, praise),
    P(FARIDA, "För oss var det habiliteringen. Men de pratade bara om LSS. Att kommunen har anhörigstöd för alla, oavsett diagnos, det visste inte ens kuratorn där.", INF, FI, -1, pain),
    P(JOHAN, "Jag fick en lapp av kontaktsjuksköterskan på onkologen. Inte särskilt tydlig, men det stod ett telefonnummer på den.", INF, FI, 0, neutral),
    M(SARA, "Och när ni ringde, hur var det?"),
    P(TEL, "Anhörigkonsulenten ringde tillbaka samma dag. Hon kom hem till oss veckan efter och satt i köket i två timmar och förklarade. Det har jag aldrig varit med om förut från kommunen.", INF, FI, 1, praise),
    P(EWA, "Jag ringde växeln och fick ett nummer till en biståndshandläggare. Hon var trevlig men sa att mamma måste söka själv. Mamma kan inte ens hålla i en telefon med höger hand.", BIS, AP, -1, pain),
    P(MATS, "Och det är ju det. Vem är det som söker? Eva vill inte ha hjälp, hon förstår inte att hon behöver den.", BIS, AP, -1, pain),
    M(SARA, "Hur löste ni det?"),
    P(MATS, "Handläggaren kom hem på hembesök, och Eva sa att hon klarade allt själv. Hon var jättecharmig. Jag satt bredvid och visste inte om jag skulle säga emot min egen fru inför en främling.", BIS, PR, -1, pain),
    P(EWA, "Det känner jag igen. Mamma sa att hon lagade mat varje dag. Det har hon inte gjort sedan jul.", BIS, PR, -1, pain),
    P(JOHAN, "Jag fick prata med handläggaren i telefon efteråt, utan Niklas. Det var bra, men det kändes som att gå bakom ryggen på honom.", BIS, PR, 0, neutral),
    M(SARA, "Farida, du nickar?"),
    P(FARIDA, "Ja. För oss var det tvärtom. Yasmin kan inte säga något själv, så det är bara vi som pratar. Men då frågade de aldrig vad vi behövde, bara vad hon behövde.", BIS, PR, -1, pain),
    M(SARA, "Hur lång tid tog det innan ni fick besked?"),
    P(MATS, "Sex veckor för avlösningen. Det låter kanske inte mycket, men då hade jag inte sovit en hel natt på ett halvår.", BES, PR, -1, pain),
    P(EWA, "Mamma fick avslag på dagverksamhet först. Motiveringen var att behovet kunde tillgodoses på annat sätt. Vilket sätt? Det var ju jag som var det andra sättet.", BES, DE, -1, pain),
    B(JOHAN, "Precis."),
    P(EWA, "Jag överklagade inte, jag orkade inte. Anhörigkonsulenten hjälpte mig att söka igen i augusti, och då gick det igenom.", BES, DE, 0, neutral),
    P(TEL, "Jag trodde att man fick pengar från kommunen för att man sköter om sin fru. Så är det inte, sa de. Det var visst förr.", AVG, FI, 0, neutral),
    P(FARIDA, "För barn finns ju omvårdnadsbidrag från Försäkringskassan. Men det är en helt annan ansökan, ett helt annat system. Ingen på kommunen kunde säga något om det.", SAM, FI, -1, pain),
    M(SARA, "Om vi går över till själva stödet. Avlösning, korttids, dagverksamhet, vad har ni använt?"),
    P(MATS, "Avlösning i hemmet, sex timmar i veckan. Det är två tjejer från hemtjänsten som kommer på tisdagarna. Den ena är fantastisk, Eva skrattar med henne. Den andra sitter mest med telefonen.", AVL, US, 0, pain),
    P(FARIDA, "Vi fick avlösning i hemmet först, men de fick inte sondmata henne. Så det blev ingen avlösning, jag fick stanna hemma ändå.", AVL, US, -1, pain),
    P(EWA, "Mamma går på dagverksamheten på Solgården två dagar i veckan nu. Inte dåligt alls, faktiskt. Hon kommer hem och säger att det var tråkigt, men personalen säger att hon har sjungit hela eftermiddagen.", KOR, US, 1, praise),
    B(JOHAN, "Skönt att höra."),
    P(TEL, "Inga har varit på korttids två gånger. Andra gången kom hon hem i fel kläder och utan glasögonen. Och en kväll hade hon inte fått sin medicin, det stod i pärmen.", KOR, US, -1, pain),
    P(FARIDA, "Yasmin har korttidsvistelse en helg i månaden, via LSS. Det är den enda helgen vi sover. Men de byter personal hela tiden, så hon hinner aldrig bli trygg.", KOR, US, 0, pain),
    P(JOHAN, "Vi har inte använt något av det. Niklas vill inte ha främlingar hemma. Så det enda jag har är samtalen med anhörigkonsulenten, en gång i månaden.", STO, US, 0, neutral),
    M(SARA, "Hur är de samtalen?"),
    P(JOHAN, "Bra. Verkligen. Det är det enda stället där ingen frågar hur Niklas mår först.", STO, US, 1, praise),
    P(MATS, "Jag gick i en anhörigcirkel i våras, sex träffar. Det var inte särskilt smidigt att komma ifrån, jag fick be en granne sitta hos Eva. Men att höra att andras fruar också gömmer plånboken, det hjälpte.", STO, US, 0, praise),
    P(EWA, "Cirklarna är på dagtid, och jag jobbar. Finns det något på kvällarna?", STO, US, 0, question),
    M(SARA, "Det tar vi med oss. Hur mår ni själva, om jag får fråga?"),
    P(FARIDA, "Jag har varit sjukskriven för utmattning, fyra månader. Det var först då som någon frågade om vi hade fått avlösning.", HAL, US, -1, pain),
    P(EWA, "Dåligt samvete hela tiden. När jag är hos mamma tänker jag på jobbet, och när jag är på jobbet tänker jag på mamma.", HAL, US, -1, pain),
    P(TEL, "Jag klarar mig. Man får ta en dag i taget.", HAL, US, 0, neutral),
    B(MATS, "Det säger du, Bertil. Det sa jag också."),
    P(JOHAN, "Jag sover. Men jag har slutat träffa vänner. Det blir liksom inget kvar till det.", HAL, US, -1, pain),
    M(SARA, "Hur tycker ni att vården och kommunen samarbetar?"),
    P(FARIDA, "Vi har nitton kontakter, jag räknade. Habiliteringen, skolan, LSS-handläggaren, biståndshandläggaren, korttids, färdtjänst, Försäkringskassan. Och ingen vet vad den andra gör. Jag är projektledare utan lön.", SAM, US, -1, pain),
    P(JOHAN, "Onkologen och hemsjukvården pratar med varandra, det fungerar. Men kommunens del kommer inte med. När Niklas blev sämre i somras var det jag som fick ringa runt.", SAM, US, 0, pain),
    P(MATS, "Minnesmottagningen skickade en remiss till kommunen, sa de. Den kom aldrig fram. Eller så kom den fram och ingen läste den.", SAM, PR, -1, pain),
    M(SARA, "Har någon av er varit med om att stödet tar slut eller förändras?"),
    P(TEL, "Inte än. Men jag har börjat tänka på ett boende för Inga. Det är inte lätt att säga högt.", EFT, FU, 0, neutral),
    P(EWA, "Jag har frågat vad som händer om mamma får en stroke till. Ingen har kunnat svara. Det är som att man bara planerar för nu.", EFT, FU, -1, pain),
    M(SARA, "Sista frågan. Om ni fick ändra en sak i kommunens anhörigstöd, vad skulle det vara?"),
    P(MATS, "Att någon frågar mig också vid hembesöket, inte bara Eva. Gärna i ett annat rum.", BIS, PR, 0, suggestion),
    P(EWA, "Anhöriggrupper på kvällstid. Och en sida på webben som förklarar orden.", STO, US, 0, suggestion),
    P(FARIDA, "En person. En enda person som håller ihop alla nitton.", SAM, US, 0, suggestion),
    P(JOHAN, "Något för oss som är yngre. Jag gick på en cirkelträff en gång och var den ende under sjuttio.", STO, US, 0, suggestion),
    P(TEL, "Att korttids ringer när något har hänt. Inte att man får läsa det i pärmen efteråt.", KOR, US, 0, suggestion),
    M(SARA, "Tack allihop. Det här var väldigt värdefullt."),
    B(EWA, "Tack själv.", 1, praise),
]

FG2 = [
    M(PIA, "Då kör vi. Välkomna hit till Linden. Jag tänkte börja lite bakvänt i dag. Tänk på senaste gången ni fick hjälp från kommunen som anhörig. Vad var det?"),
    P(ROLF, "Det var i förrgår. Personalen på Björkbacken ringde och sa att Margit hade ramlat men att det hade gått bra. De ringde direkt. Det gjorde de aldrig på korttids.", EFT, FU, 1, praise),
    P(ANNIKA, "Senaste gången? Jag vet inte om det räknas, men anhörigkonsulenten skickade ett sms och frågade hur jag mådde efter mammas utredning. Det räknas för mig.", STO, PR, 1, praise),
    P(TOMAS, "För oss var det avlösaren i lördags. Viktor och han gick och bowlade. Jag satt hemma och gjorde ingenting i tre timmar. Jag vet inte när jag gjorde det senast.", AVL, US, 1, praise),
    P(GUN, "För mig är det över. Olle dog i april. Men samtalsgruppen har jag kvar, den får jag gå i till jul.", EFT, FU, 0, neutral),
    B(LEILA, "Jag beklagar."),
    P(LEILA, "Jag har aldrig fått hjälp som anhörig, om jag ska vara ärlig. All hjälp går till min bror. Och han tar inte emot den.", INS, N, -1, pain),
    M(PIA, "Vill du berätta lite mer?"),
    P(LEILA, "Min bror Amir har psykos och han använder, amfetamin mest. Jag är den enda i familjen som har kontakt med honom. Polisen ringer mig, psykiatrin ringer mig, hyresvärden ringer mig. Men ingen frågar hur jag har det.", INS, N, -1, pain),
    P(GUN, "Det är som det var med Olle i början. Alla pratade med mig om honom.", INS, N, 0, neutral),
    M(PIA, "Om vi går tillbaka till början för er. Hur fick ni veta att det fanns stöd?"),
    P(ANNIKA, "Vårdcentralen. Distriktssköterskan gav mig en folder om anhörigstöd när mamma fick diagnosen. Men jag läste den inte på ett halvår. Man vill inte.", INF, FI, 0, neutral),
    P(ROLF, "Jag visste inte att det fanns. Jag trodde att anhörigstöd var för dem som har handikappade barn. Det var min dotter som hittade det på nätet.", INF, FI, 0, neutral),
    P(TOMAS, "Vi har haft LSS-handläggare för Viktor sedan han var liten. Men att kommunen har något för oss föräldrar hörde jag först förra året, på ett föräldramöte på daglig verksamhet.", INF, FI, -1, pain),
    P(LEILA, "Jag hittade Anhörigcenter på kommunens sida. Men allt där handlar om äldre och demens, så jag tänkte att det inte var för mig.", INF, FI, -1, pain),
    M(PIA, "Ringde du dit ändå?"),
    P(LEILA, "Till slut. Och då fick jag veta att det gäller alla anhöriga, oavsett sjukdom. Det borde stå på första sidan.", INF, FI, 0, suggestion),
    M(ADAM, "Förlåt, jag vill bara kolla en sak. Anhörigcenter, är det samma sak som anhörigkonsulenten?"),
    P(GUN, "Ja, hon sitter där. Marie. Alla känner Marie.", INF, FI, 1, praise),
    B(ROLF, "Ja, Marie."),
    M(PIA, "Hur var det att ansöka om något?"),
    P(ROLF, "Korttids fick vi via biståndshandläggaren. Det var en blankett, sen kom hon hem. Det gick rätt fort, tre veckor. Men det var nog för att jag själv hade ramlat, tror jag. Annars hade det tagit längre tid.", BIS, AP, 0, neutral),
    P(ANNIKA, "Jag förstår fortfarande inte varför jag ska söka avlösning genom mamma. Det är ju jag som ska avlösas. Men ansökan står på henne och beslutet står på henne.", BIS, AP, -1, pain),
    P(TOMAS, "Det är likadant med LSS. Viktor är den som söker. Viktor kan inte läsa.", BIS, AP, -1, pain),
    P(GUN, "Jag tyckte att handläggaren var bra, ska jag säga. Hon frågade faktiskt hur jag orkade, mitt i alltihop. Jag började gråta och hon väntade bara.", BIS, PR, 1, praise),
    M(PIA, "Och beslutet?"),
    P(ANNIKA, "Fyra timmar avlösning i veckan. Jag hade bett om åtta. I beslutet stod det att behovet var skäligt tillgodosett. Jag fick slå upp vad skäligt betyder.", BES, DE, -1, pain),
    P(ROLF, "Beslutet var kort. Det stod inte ens vilket korttidsboende det gällde. Det fick vi veta i telefon dagen innan.", BES, DE, -1, pain),
    P(TOMAS, "Vi överklagade avlösarservicen en gång. Vi vann i förvaltningsrätten efter elva månader. Då hade Viktor hunnit fylla tjugotre.", BES, DE, 0, pain),
    B(GUN, "Elva månader."),
    P(ROLF, "Och sen kom räkningen. Korttids kostar, det visste jag inte. Jag trodde att det ingick i hemtjänstavgiften.", AVG, DE, -1, pain),
    P(ANNIKA, "Avlösningen är gratis, det är bra. Fast mamma betalar ju för hemtjänsten ändå.", AVG, US, 0, neutral),
    P(TOMAS, "För Viktor betalar vi inget för avlösarservicen. Men resorna till korttids betalar vi själva, varje gång.", AVG, US, -1, pain),
    M(PIA, "Hur är själva stödet när det väl är på plats?"),
    P(TOMAS, "Avlösaren vi har nu är guld. Han är tjugofem och gillar samma musik som Viktor. Innan honom hade vi fyra stycken på ett år.", AVL, US, 0, praise),
    P(ANNIKA, "Det kommer olika personal från hemtjänsten varje gång. Mamma öppnar inte för folk hon inte känner. Så då står de utanför och ringer mig på jobbet, och jag får åka hem.", AVL, US, -1, pain),
    B(LEILA, "Men gud."),
    P(ANNIKA, "Så i praktiken är avlösningen inte särskilt avlösande.", AVL, US, -1, pain),
    P(ROLF, "Korttids var inte dåligt, men Margit kom hem mer förvirrad för varje gång. Hon visste inte var hon var på två dagar. Till slut vågade jag inte skicka henne.", KOR, US, 0, pain),
    P(GUN, "Dagverksamheten var det bästa vi hade. Olle fick bada bastu där. Han sa att det var hans jobb, att han skulle till jobbet. Och de spelade med.", KOR, US, 1, praise),
    M(PIA, "Då fortsätter vi. Innan pausen pratade vi om stödet. Hur har ni mått själva under tiden?", pause_before=True),
    P(LEILA, "Jag sover med telefonen på. Jag har gjort det i sex år. Om den ringer på natten vet jag att det är han, eller om honom.", HAL, US, -1, pain),
    P(TOMAS, "Min fru och jag har inte varit bortresta tillsammans sedan Viktor föddes. Det är tjugofyra år.", HAL, US, -1, pain),
    P(GUN, "Det konstiga är att det var efteråt jag blev sjuk. När Olle hade dött. Det var som att kroppen hade väntat.", EFT, FU, -1, pain),
    P(ROLF, "Skulden. När Margit flyttade till Björkbacken kände jag mig som en förrädare. Vi hade lovat varandra.", EFT, FU, -1, pain),
    M(PIA, "Vad har hjälpt, i så fall?"),
    P(GUN, "Gruppen. Att sitta med andra som vet. Man behöver inte förklara.", STO, US, 1, praise),
    P(LEILA, "Jag gick i en anhöriggrupp på beroendemottagningen, den är regionens. Det var där jag lärde mig att sluta betala hans hyra. Men kommunen visste inte ens att gruppen fanns.", STO, US, 0, praise),
    P(ANNIKA, "Jag har inte hunnit gå på något. Grupperna är klockan två på eftermiddagen.", STO, US, -1, pain),
    P(TOMAS, "Samtalen med Marie hjälper. Men det är ju en timme i månaden. Resten av månaden är det vi.", STO, US, 0, neutral),
    M(PIA, "Samarbetet mellan olika delar, hur fungerar det?"),
    P(LEILA, "Det finns inget samarbete. Socialtjänsten säger att det är psykiatrins sak, och psykiatrin säger att han måste vara drogfri först. Och jag står i mitten.", SAM, US, -1, pain),
    P(TOMAS, "Vi har haft en SIP, samordnad individuell plan. En gång. Det var faktiskt bra, alla satt i samma rum. Sen blev det aldrig något mer.", SAM, US, 0, praise),
    P(ROLF, "Vårdcentralen och hemtjänsten hade olika medicinlistor för Margit. Det var jag som upptäckte det.", SAM, US, -1, pain),
    M(PIA, "Gun, du sa att du får gå i gruppen till jul. Vad händer sen?"),
    P(GUN, "Då är det slut, säger de. Ett halvår efter dödsfallet. Som om sorgen har ett datum.", EFT, FU, -1, pain),
    P(ROLF, "Jag fick ett brev om att min avlösning upphör eftersom Margit har flyttat. Det stämmer ju. Men ingen ringde.", EFT, FU, -1, pain),
    P(ANNIKA, "Är det sant att man inte får vara kvar i gruppen efteråt? Det visste jag inte.", EFT, FU, 0, question),
    B(GUN, "Det är vad de sa till mig i alla fall."),
    M(PIA, "Sista rundan. En sak ni vill att kommunen gör annorlunda."),
    P(LEILA, "Skriv att anhörigstödet är för alla. Också för oss som har någon som missbrukar.", INF, FI, 0, suggestion),
    P(TOMAS, "Samma avlösare i minst ett år. Det är allt.", AVL, US, 0, suggestion),
    P(ANNIKA, "Att man kan söka avlösning i sitt eget namn.", BIS, AP, 0, suggestion),
    P(ROLF, "Att någon ringer efteråt, när det är över. Bara ringer.", EFT, FU, 0, suggestion),
    P(GUN, "Behåll Marie.", STO, US, 1, praise),
    M(PIA, "Tack. Det var allt för i dag. Det finns mer kaffe."),
    B(TOMAS, "Då tar jag en kopp till."),
]

I1 = [
    B(GUNILLA, "Ska jag sitta här? Hör den mig härifrån?"),
    M(BSP1, "Den hör bra, den är på. Vi kan börja med att du berättar lite om dig och Bo."),
    P(GUNILLA, "Ja. Vi har varit gifta i femtiotvå år. Bo var slöjdlärare. För fyra år sedan började han gå vilse i affären. Han kom hem utan varorna och visste inte varför han hade åkt dit.", INS, N, 0, neutral),
    M(BSP1, "Hur lång tid tog det innan ni fick en diagnos?"),
    P(GUNILLA, "Ett och ett halvt år. Han ville inte gå till doktorn. Det var jag som ringde vårdcentralen till slut och sa att jag är orolig för min man, och då fick vi en tid på minnesmottagningen.", INS, N, 0, neutral),
    M(BSP1, "Och när kom kommunen in i bilden?"),
    P(GUNILLA, "Det var minnessköterskan som sa att jag kunde ringa anhörigkonsulenten. Men jag ringde inte. Jag tyckte inte att vi behövde det än. Vi klarade oss.", INF, FI, 0, neutral),
    M(BSP1, "Vad fick dig att ringa sen?"),
    P(GUNILLA, "Han försvann en natt. Han hade gått ut i morgonrocken, i november. En busschaufför hittade honom nere vid Lillån och ringde polisen. Dagen efter ringde jag.", INS, N, -1, pain),
    M(BSP1, "Hur var det samtalet?"),
    P(GUNILLA, "Hon var så lugn. Hon sa inte att jag borde ha ringt tidigare, det var jag rädd för. Hon sa att nu tar vi det här steg för steg.", INF, FI, 1, praise),
    M(BSP1, "Vad hände sen?"),
    P(GUNILLA, "Hon hjälpte mig att skriva ansökan om dagverksamhet. Den ska ju stå på Bo. Så han fick skriva under, och han frågade vad det var, och jag sa att det var om bilen. Det skäms jag lite över.", BIS, AP, 0, neutral),
    M(BSP1, "Det är inte ovanligt."),
    B(GUNILLA, "Nej, det sa hon också."),
    M(BSP1, "Hur gick utredningen?"),
    P(GUNILLA, "Handläggaren kom hem. En ung tjej, jättetrevlig. Men hon pratade med Bo som med ett barn, och det märkte han. Han blev arg och sa att han inte behövde någonting. Och då skrev hon det.", BIS, PR, -1, pain),
    M(BSP1, "Så det blev avslag?"),
    P(GUNILLA, "Nej, det blev bifall, men först efter att jag hade ringt henne och förklarat hur det faktiskt är. Det tog sju veckor sammanlagt. Och det var jul emellan.", BES, DE, 0, neutral),
    M(BSP1, "Hur fungerade dagverksamheten?"),
    P(GUNILLA, "Solgården, tre dagar i veckan. Det var inte dåligt, verkligen inte. De hämtade honom med en buss och han trodde att han åkte till skolan. I huvudet var han slöjdlärare där.", KOR, US, 1, praise),
    P(GUNILLA, "Men bussen kom någon gång mellan halv nio och halv tio. Och hela den timmen satt han i hallen med jackan på och frågade när den skulle komma. Varje gång.", KOR, US, -1, pain),
    M(BSP1, "Och du, vad gjorde du de dagarna?"),
    P(GUNILLA, "De första veckorna städade jag. Sen sa min dotter att jag skulle göra något för min egen skull. Så jag började simma igen, tisdagar och torsdagar.", HAL, US, 1, praise),
    M(BSP1, "Fick ni någon avlösning hemma?"),
    P(GUNILLA, "Nej. Det erbjöd de, men Bo ville inte ha någon främmande i huset. Och jag orkade inte bråka om det också.", AVL, DE, 0, neutral),
    M(BSP1, "Var det något annat stöd som du använde?"),
    P(GUNILLA, "Anhöriggruppen. Vi var åtta kvinnor och en man. Han sa ingenting de tre första gångerna, och sen berättade han om sin fru och vi grät allihop.", STO, US, 1, praise),
    P(GUNILLA, "Och så fanns det något som hette anhörigutbildning, om demens. Den var bra, men den kom vid fel tid för mig. Då hade jag redan lärt mig allt den hårda vägen.", STO, US, 0, neutral),
    M(BSP1, "Hur kom det sig att Bo fick en korttidsplats?"),
    P(GUNILLA, "Jag bröt handleden i mars. Då kunde jag inte hjälpa honom i duschen. Och då gick det plötsligt fort, han fick komma till Björkbacken på korttids samma vecka.", KOR, DE, 0, neutral),
    M(BSP1, "Hur var det?"),
    P(GUNILLA, "Personalen var snälla. Men han hade fyra olika rum på två månader. Varje gång jag kom fick jag fråga var han var.", KOR, US, -1, pain),
    M(BSP1, "Och avgiften?"),
    P(GUNILLA, "Den var rimlig, tror jag. Jag minns inte. Det var så mycket annat då.", AVG, DE, 0, neutral),
    M(BSP1, "När blev det särskilt boende?"),
    P(GUNILLA, "I maj. Det var han som inte kunde komma hem från korttids. Det var inte jag som bestämde det, fast det kändes så. Handläggaren sa att det var ett beslut utifrån hans behov.", EFT, FU, 0, neutral),
    M(BSP1, "Hur är det nu?"),
    P(GUNILLA, "Han har det bra. Det är nästan det värsta. Han har det bättre där än han hade det hemma hos mig på slutet.", EFT, FU, 0, neutral),
    M(BSP1, "Hur menar du?"),
    P(GUNILLA, "Jag var så trött att jag blev arg på honom. För småsaker. Det går inte att säga till någon.", HAL, US, -1, pain),
    M(BSP1, "Finns det något från början som du tänker på nu?"),
    P(GUNILLA, "Ja, broschyren. Jag fick en broschyr på vårdcentralen redan första året, och den låg i en låda. Om någon hade sagt att det här gäller dig, Gunilla, då hade jag kanske ringt.", INF, FI, 0, suggestion),
    M(BSP1, "Har du fortfarande kontakt med anhörigstödet?"),
    P(GUNILLA, "Marie ringde i juni och frågade hur det var. Sen har jag inte hört något. Jag vet inte om jag räknas som anhörig längre nu när han bor där.", EFT, FU, 0, neutral),
    M(BSP1, "Det gör du. Om du fick säga något till kommunen, vad skulle det vara?"),
    P(GUNILLA, "Att man ska våga ringa tidigare. Och att de ska höra av sig när det är klart, inte bara släppa taget om en.", EFT, FU, 0, suggestion),
    M(BSP1, "Tack, Gunilla."),
    B(GUNILLA, "Tack själv. Vill du ha mer kaffe?", 1, praise),
]

I2 = [
    M(INT, "Då är vi igång. Kan du börja med att berätta om er familj?"),
    P(JUKKA, "Ja. Jag heter Jukka, jag är fyrtiosex. Jag och Sanna har två barn. Elias är tolv, han har autism och epilepsi, och Ellen är nio. Jag kom hit från Finland när jag var tjugo, så ursäkta min svenska ibland.", INS, N, 0, neutral),
    M(INT, "Din svenska är fin. Hur ser en vanlig vecka ut?"),
    P(JUKKA, "Elias sover dåligt, han vaknar tre, fyra gånger per natt. Vi turas om, Sanna och jag, varannan natt. Och han har anfall ibland, så man sover aldrig riktigt, inte ens när det är ens natt att sova.", INS, N, -1, pain),
    M(INT, "När började ni tänka på er själva som anhöriga?"),
    P(JUKKA, "Aldrig, kanske. Man är förälder. Det var en kurator på skolan som sa ordet anhörigstöd, och jag trodde att hon hade pratat med fel förälder.", INS, N, 0, neutral),
    M(INT, "Vad hände sen?"),
    P(JUKKA, "Jag googlade, och allt handlade om demens och äldre. Så jag tänkte att det inte gäller oss. Jag trodde att anhörigkonsulenten bara var för pensionärer.", INF, FI, -1, pain),
    M(INT, "Hur fick du veta att det gällde er också?"),
    P(JUKKA, "En annan pappa på Elias skola. Han hade varit i en föräldragrupp på Anhörigcenter och sa att det var för alla. Jag blev faktiskt lite arg. Att ingen hade sagt det på sju år.", INF, FI, -1, pain),
    M(INT, "Vilket stöd har ni sökt?"),
    P(JUKKA, "Avlösarservice genom LSS. Jag trodde att det var det enda som fanns, att man måste ha LSS för att få avlösning. Det var fel, visade det sig.", BIS, AP, 0, neutral),
    M(INT, "Hur menar du att det var fel?"),
    P(JUKKA, "Man kan få avlösning genom kommunens anhörigstöd också, enligt socialtjänstlagen. Handläggaren sa \"det där är inte LSS, det är SoL\", och jag förstod ingenting. För mig är det samma kommun.", SAM, AP, -1, pain),
    M(INT, "Hur var själva ansökan?"),
    P(JUKKA, "Blanketten var på sex sidor. Elias ska vara den som ansöker, men vi är vårdnadshavare så vi skriver under. Sen ville de ha läkarintyg, utlåtande från habiliteringen och från skolan. Det tog två månader bara att samla ihop.", BIS, AP, -1, pain),
    P(JUKKA, "Och e-tjänsten fanns bara för äldreomsorgen. Så det blev papper och frimärke. År tjugotjugofem.", BIS, AP, -1, pain),
    M(INT, "Och utredningen?"),
    P(JUKKA, "LSS-handläggaren var bra. Hon kom hem en kväll när Elias var hemma, hon ville se hur det är. Det uppskattade jag. Hon fick se ett anfall, faktiskt. Det var inte planerat, men.", BIS, PR, 1, praise),
    M(INT, "Hur lång tid tog det till beslut?"),
    P(JUKKA, "Fyra månader från att vi skickade in. Under tiden hände ingenting. Vi ringde en gång och fick veta att ärendet låg hos en ny handläggare.", BES, PR, -1, pain),
    M(INT, "Ringde ni flera gånger?"),
    P(JUKKA, "En gång. Sen orkade vi inte.", BES, PR, -1, pain),
    M(INT, "Och vad blev beslutet?"),
    P(JUKKA, "Tolv timmar i månaden. Det låter mycket, men det är tre timmar i veckan. Och vi hade sökt för nätterna, det var det vi behövde. Men i beslutet står det att avlösningen är dagtid. Det var ingen som sa det innan.", BES, DE, -1, pain),
    M(INT, "Har ni fått hjälp med nätterna på något annat sätt?"),
    P(JUKKA, "Korttidsvistelse. Elias är på Ekbacken en helg i månaden. Han tycker om det, tror jag. Han pratar inte så mycket, men han går in utan att titta bakåt. Det är ett gott tecken när det gäller Elias.", KOR, US, 1, praise),
    M(INT, "Och avlösaren hemma?"),
    P(JUKKA, "Vi har haft tre. Den första slutade efter två veckor. Den andra var bra men flyttade. Nu har vi en som heter Dennis, och Elias har börjat säga hans namn. Det är stort.", AVL, US, 0, praise),
    M(INT, "Hur är det med ekonomin?"),
    P(JUKKA, "Sanna har gått ner till sjuttiofem procent. Vi har omvårdnadsbidrag från Försäkringskassan, men det täcker inte det hon förlorar. Och vårdbidrag, heter det så? Jag blandar ihop dem.", AVG, US, -1, pain),
    P(JUKKA, "Avlösarservicen kostar inget, det är bra. På korttids betalar vi för maten, det är okej.", AVG, US, 0, neutral),
    M(INT, "Har ni haft kontakt med anhörigkonsulenten sen dess?"),
    P(JUKKA, "Ja, jag går i pappagruppen nu. Sex pappor, en torsdag i månaden. Vi pratar mest om annat, fotboll och bilar. Men det är ändå det. Man behöver inte förklara.", STO, US, 1, praise),
    M(INT, "Och Sanna?"),
    P(JUKKA, "Hon vill inte gå i grupp. Hon har fått enskilda samtal i stället. Hon säger att det hjälper, mer än hon trodde.", STO, US, 1, praise),
    M(INT, "Hur upplever du samarbetet mellan alla som är inblandade?"),
    P(JUKKA, "Det finns ingen som har hela bilden. Skolan vet inte vad habiliteringen säger, korttids vet inte att han har bytt medicin. Jag har en pärm. Pärmen följer med överallt, den är Elias riktiga journal.", SAM, US, -1, pain),
    M(INT, "Hur mår du själv?"),
    P(JUKKA, "Jag mår okej. Jag springer, det är det som räddar mig. Men jag har märkt att jag glömmer saker på jobbet, och det har jag aldrig gjort förut.", HAL, US, 0, neutral),
    P(JUKKA, "Sanna och jag pratar bara om Elias nu. Scheman och mediciner. Vi har inte ätit middag ute på tre år.", HAL, US, -1, pain),
    M(INT, "Finns det något som oroar dig framåt?"),
    P(JUKKA, "Vad som händer när han blir vuxen. Ekbacken är bara till arton. Sen vet ingen. Jag har frågat tre gånger, och svaret är att det tar vi då.", EFT, FU, -1, pain),
    M(INT, "Om du fick ändra en sak?"),
    P(JUKKA, "Att det stod på hemsidan med stora bokstäver att anhörigstöd gäller föräldrar också. Och att avlösning går att få på natten om det behövs. Det är nätterna som är det svåra.", INF, FI, 0, suggestion),
    M(INT, "Tack, Jukka. Är det något du vill lägga till?"),
    B(JUKKA, "Nej. Eller jo. Tack för att ni frågar pappor. Vi blir inte tillfrågade så ofta.", 1, praise),
]

I3 = [
    M(SARA3, "Så, nu spelar den in. Tack för att du kom hit till Anhörigcenter. Kan du börja med att berätta hur det ser ut hemma just nu?"),
    P(NADIA, "Just nu bor mamma hos oss, sedan april. Hon fick en stroke i februari och kunde inte bo kvar i lägenheten, den ligger på tredje våningen utan hiss. Så hon har vårt gästrum, och min son fick flytta ner i källaren.", INS, N, 0, neutral),
    M(SARA3, "Hur var det att fatta det beslutet?"),
    P(NADIA, "Det var inget beslut. Det bara blev så. Hon skulle skrivas ut från sjukhuset en fredag, och ingen hade frågat var hon skulle bo.", SAM, N, -1, pain),
    M(SARA3, "Ingen från kommunen?"),
    P(NADIA, "Jo, det var ett möte, ett vårdplaneringsmöte heter det visst. Men det var på Teams, och mamma förstår inte svenska tillräckligt, och tolken kom aldrig in i mötet. Så jag satt och tolkade åt henne om hennes egen framtid.", SAM, PR, -1, pain),
    M(SARA3, "Det låter tungt."),
    P(NADIA, "Ja. Men vänta, jag tar det från början. Egentligen började det redan före stroken. Hon hade blivit sämre i ett år, glömde att äta, och jag åkte dit varje dag efter jobbet. Jag tänkte aldrig på det som att jag var anhörigvårdare. Det var bara mamma.", INS, N, 0, neutral),
    M(SARA3, "När hörde du talas om anhörigstöd första gången?"),
    P(NADIA, "På biblioteket, faktiskt. De har en hylla med information på olika språk. Där låg en folder om anhörigstöd på persiska. Jag tog med den till mamma, för jag trodde att den var till henne.", INF, FI, 0, neutral),
    M(SARA3, "Till henne?"),
    P(NADIA, "Ja. Jag trodde att anhörigstöd var stöd till den som är sjuk. Att det var jag som var anhörig förstod jag först när jag läste den själv.", INF, FI, 0, neutral, nolabel=True),
    M(SARA3, "Vad gjorde du sen?"),
    P(NADIA, "Jag ringde, men telefontiden var bara mellan nio och tio. Jag jobbar som tandsköterska, jag har patienter då. Jag försökte i tre veckor.", INF, FI, -1, pain),
    M(SARA3, "Hur fick du kontakt till slut?"),
    P(NADIA, "Jag mejlade. Och då svarade de samma dag. Så det gick, men man måste ju veta att man får mejla.", INF, FI, 0, neutral),
    M(SARA3, "Vilket stöd har ni sökt?"),
    P(NADIA, "Avlösning i hemmet, så att jag kan gå till jobbet de dagar när min man också jobbar. Och dagverksamhet. Dagverksamheten fick vi inte, för den är för personer med demens, sa de, och mamma har inte demens.", BES, DE, -1, pain),
    M(SARA3, "Hur gick utredningen till?"),
    P(NADIA, "Biståndshandläggaren kom hem och hade med sig en tolk den gången. Det var bra. Men hon frågade mamma om hon kunde laga mat själv, och mamma sa ja, för det är en skam att säga nej. Jag fick förklara efteråt, ute i hallen.", BIS, PR, 0, pain),
    M(SARA3, "Känner du igen det från andra?"),
    B(NADIA, "Jag vet inte. Jag tror att alla mammor säger ja."),
    M(SARA3, "Och avlösningen, hur fungerar den?"),
    P(NADIA, "Det kommer någon tisdagar och torsdagar, fyra timmar. Mamma vill helst ha kvinnor, och det har de respekterat nästan alltid. En gång kom en man, och då låste hon in sig i badrummet.", AVL, US, 0, neutral),
    P(NADIA, "De som kommer är snälla. Två av dem pratar lite persiska, och då blir mamma en annan människa. Hon skrattar.", AVL, US, 1, praise),
    M(SARA3, "Betalar ni något för avlösningen?"),
    P(NADIA, "Nej, den är gratis, sa de. Men mamma betalar för hemtjänsten på morgnarna, och det tas från hennes pension, som inte är stor. Så jag betalar hennes mediciner.", AVG, US, 0, neutral),
    M(SARA3, "Vad gör du de timmarna?"),
    P(NADIA, "Jobbar. Det är inte avlösning för min skull, det är för att jag ska kunna behålla jobbet. Jag har inte haft en ledig timme för mig själv sedan februari.", HAL, US, -1, pain),
    M(SARA3, "Har du kunnat vara ledig från jobbet?"),
    P(NADIA, "Jag tog närståendepenning några dagar när hon var riktigt dålig. Men jag trodde att man bara fick det när någon håller på att dö. Så jag väntade för länge med att söka.", AVG, AP, 0, neutral),
    M(SARA3, "Stämde det?"),
    P(NADIA, "Nej, det räcker att det är allvarligt, sa Försäkringskassan. Men läkaren måste skriva ett intyg, och det tog två veckor att få.", AVG, PR, -1, pain),
    M(SARA3, "Har du haft kontakt med anhörigkonsulenten för din egen del?"),
    P(NADIA, "Ett samtal. Hon var bra, hon lyssnade. Hon föreslog en anhöriggrupp, men den är på svenska och på dagtid, och jag har ju redan svårt att få ihop dagarna.", STO, US, 0, pain),
    M(SARA3, "Vad skulle du behöva?"),
    P(NADIA, "Någon att prata med på kvällen. Eller en grupp för oss som har föräldrar från andra länder, där man inte behöver förklara varför mamma inte kan bo på ett boende.", STO, US, 0, suggestion),
    M(SARA3, "Kan du säga lite mer om det?"),
    P(NADIA, "I vår familj lämnar man inte sina föräldrar. Min moster ringer från Teheran och frågar hur mamma har det. Om jag sa korttids skulle hon tro att jag hade lämnat bort henne.", HAL, US, 0, neutral),
    M(SARA3, "Hur mår du själv?"),
    P(NADIA, "Jag har ont i ryggen av lyften. Och jag sover dåligt. Men jag vill inte klaga, det finns de som har det värre.", HAL, US, -1, pain),
    M(SARA3, "Hur ser du på framtiden?"),
    P(NADIA, "Jag vet inte. Handläggaren sa att vi kan söka dagverksamhet igen om hon blir sämre. Det är ett konstigt sätt att tänka. Att man ska vänta på att hon blir sämre.", BES, FU, -1, pain),
    M(SARA3, "Finns det något som har fungerat riktigt bra?"),
    P(NADIA, "Hemsjukvården. Sjuksköterskan kommer varannan vecka, och hon har mitt nummer, hon ringer mig direkt om det är något. Det är så det borde vara överallt.", SAM, US, 1, praise),
    M(SARA3, "Sista frågan. Vad vill du säga till kommunen?"),
    P(NADIA, "Telefontid på kvällen. Och att tolken ska vara med från början, inte bara när det passar.", INF, FI, 0, suggestion),
    M(SARA3, "Tack, Nadia."),
    B(NADIA, "Tack. Det var skönt att prata, faktiskt.", 1, praise),
]

I4 = [
    M(ELIN, "Thanks for doing this in English, Mark. Could you start by telling me a bit about yourself and Annelie?"),
    P(MARK, "Sure. I'm Mark, I'm sixty-one, from Leeds originally. We moved here nine years ago because Annelie wanted to be closer to her sister. She was diagnosed with ovarian cancer two years ago, and she died in September.", INS, N, 0, neutral),
    M(ELIN, "I'm so sorry."),
    B(MARK, "Thank you. It's fine to talk about it. I'd rather talk about it, actually."),
    M(ELIN, "When did you start to think of yourself as a carer?"),
    P(MARK, "Honestly, not until someone said it to me. In England I'd have said carer, I suppose. Here I didn't know the word. Anhörig. I thought it just meant relative, which it does, I guess.", INS, N, 0, neutral),
    M(ELIN, "How did you find out what support there was?"),
    P(MARK, "Badly. The kommun website is all in Swedish, and when you put it through Google Translate you get things like respite in the home shall be granted after individual assessment. Which tells you nothing.", INF, FI, -1, pain),
    P(MARK, "It was the palliative nurse who told me. She said ring Marie at the carers' centre, she speaks English. That was the best tip I got the whole time.", INF, FI, 1, praise),
    M(ELIN, "And did you ring?"),
    P(MARK, "Not straight away. My Swedish is fine in the shop, but on the phone, about something that matters, I freeze. So I emailed. She rang back the same afternoon and we spoke English. No problem at all.", INF, FI, 1, praise),
    M(ELIN, "What did you apply for?"),
    P(MARK, "Respite at home, so I could get out for a few hours. And later a short-term place, when Annelie needed more care at night than I could manage. The respite I applied for through the e-service, which wants BankID. I had BankID, luckily. Annelie's sister didn't, and she'd been trying to help.", BIS, AP, 0, neutral),
    M(ELIN, "How was the assessment?"),
    P(MARK, "The case officer came to the house. Nice woman. She spoke Swedish to Annelie and English to me, which was sweet, but it meant I only got half of it. And the form afterwards was only in Swedish.", BIS, PR, 0, pain),
    M(ELIN, "Did you get an interpreter?"),
    P(MARK, "Nobody offered, and I didn't think I was entitled to one. I'm still not sure I was. Was I?", BIS, PR, 0, question),
    M(ELIN, "You can ask for one. How long did you wait for the decision?"),
    P(MARK, "About three weeks for the respite, which was fine. The short-term place came through in four days, because by then it was urgent. So they can be quick when they want to.", BES, DE, 0, neutral),
    M(ELIN, "And the decision letter?"),
    P(MARK, "I couldn't read it properly. I held my phone over it with the camera translator. It said something about hours per month and a fee. I rang Marie to ask whether it was a yes.", BES, DE, -1, pain),
    M(ELIN, "How did the respite work in practice?"),
    P(MARK, "Mixed. The carers were lovely, mostly. But you never knew who was coming. And they'd turn up at twenty past instead of nine, and I'd be standing at the door with my coat on, watching the clock.", AVL, US, 0, pain),
    P(MARK, "One of them, Sofia, used to sit with Annelie and do crosswords. Swedish crosswords. Annelie would laugh at her. That's the kind of thing you remember.", AVL, US, 1, praise),
    M(ELIN, "And the short-term place?"),
    P(MARK, "That was hard. Annelie was there nine days. The staff were kind but so stretched. I went in every day anyway, so it wasn't really a break, if I'm honest.", KOR, US, -1, pain),
    M(ELIN, "Did you think about a short-term place earlier on?"),
    P(MARK, "No. Annelie said she would rather die at home, and in the end she did. So the short-term place was only ever a bridge for us.", KOR, US, 0, neutral),
    M(ELIN, "Did you have any support for yourself?"),
    P(MARK, "There was a support group, but it was in Swedish, and sitting in a circle doing feelings in my second language, no thank you. Marie offered me one-to-one talks instead, in English. Four or five sessions. They helped more than I expected.", STO, US, 1, praise),
    M(ELIN, "How were you doing yourself at that point?"),
    P(MARK, "Not great. I lost about eight kilos. I stopped going to football on Thursdays. I didn't tell anyone at work how bad it was until the very end.", HAL, US, -1, pain),
    M(ELIN, "Was there a financial side to it?"),
    P(MARK, "I took närståendepenning, the carer's leave, from Försäkringskassan. Once I knew it existed. I thought it was only for parents with sick kids. Nobody at the kommun mentioned it, it was a colleague who did.", AVG, FI, 0, neutral),
    M(ELIN, "How did the hospital and the kommun work together?"),
    P(MARK, "They didn't, really. The palliative team were brilliant, they came to the house and they always answered the phone. But the kommun never knew what the palliative team had decided. I was the messenger, in a language I'm not great in.", SAM, US, 0, pain),
    M(ELIN, "And after Annelie died, what happened with the support?"),
    P(MARK, "The respite stopped, obviously. I got a letter saying the decision had ended. A standard letter, in Swedish, two days after the funeral. I don't think anyone meant anything by it, but it felt like being crossed off a list.", EFT, FU, -1, pain),
    P(MARK, "Marie rang me in October though. Just to ask how I was. I won't forget that.", EFT, FU, 1, praise),
    M(ELIN, "Is there anything you think should be different?"),
    P(MARK, "Just a page in English. Even a simple one. Who to call, what the words mean. There must be hundreds of us, English, Polish, Finnish, married to Swedes who get ill.", INF, FI, 0, suggestion),
    P(MARK, "And tell people about the leave and the money early. Not after they've worked it out for themselves.", AVG, FI, 0, suggestion),
    M(ELIN, "Thank you, Mark. That's all my questions."),
    P(MARK, "Can I ask one thing? Will the kommun see this? Not my name, I mean, but what I said?", "", "", 0, question),
    M(ELIN, "Only without names. That's a promise."),
    B(MARK, "Good. Then thank you. It was good to say it all out loud, actually.", 1, praise),
]

I5 = [
    M(WS0, "Hej, det är Elin Ström. Tack för att du ställer upp. Jag spelar in nu, är det fortfarande okej?"),
    B(WS1, "Ja, det är okej. Så länge mitt namn inte kommer med någonstans."),
    M(WS0, "Det gör det inte. Vill du berätta lite om din situation?"),
    P(WS1, "Min man dricker. Har gjort det i kanske 15 år, men det blev värre när han blev av med jobbet för 3 år sedan. Vi har 2 barn, de är vuxna och har flyttat. Så nu är det bara jag och han.", INS, N, -1, pain),
    M(WS0, "När började du tänka på dig själv som anhörig?"),
    P(WS1, "Jag tror inte att jag gjorde det förrän i år. Anhörig, det är väl när någon har demens eller cancer. Inte när någon super. Det känns som att det är ens eget fel på något sätt.", INS, N, -1, pain),
    M(WS0, "Hur hittade du till stödet?"),
    P(WS1, "Jag läste en artikel i lokaltidningen om en anhöriggrupp för dem som lever med någon som har ett beroende. Kommunen har den tillsammans med beroendemottagningen. Jag klippte ut den och hade den i plånboken i 2 månader innan jag ringde.", INF, FI, 0, neutral),
    M(WS0, "Så det var tidningen och inte vårdcentralen?"),
    B(WS1, "Ja, tidningen.", unsure="all"),
    M(WS0, "Har du pratat med vårdcentralen om det?"),
    P(WS1, "Vårdcentralen har aldrig frågat. Jag har varit där för sömnproblem 3 gånger. Ingen har frågat hur det är hemma.", INF, FI, -1, pain),
    M(WS0, "Vad fick dig att ringa till slut?"),
    P(WS1, "Han körde bil full. Med barnbarnet i bilen. Det hände ingenting, men jag ringde dagen efter.", INS, N, -1, pain),
    M(WS0, "Hur var det att ringa?"),
    P(WS1, "Jag var så rädd att det skulle bli en anmälan. Att de skulle ta något ifrån oss. Men hon som svarade sa att det här är för dig, inte för honom. Det var det första hon sa.", INF, FI, 1, praise),
    M(WS0, "Hur lång tid tog det från att du ringde till första träffen?"),
    P(WS1, "3 veckor. Gruppen hade redan börjat, men de lät mig komma in på den andra träffen. Det var snällt gjort.", STO, PR, 1, praise),
    M(WS0, "Behövde du ansöka om något?"),
    P(WS1, "Nej, gruppen behövde man inte söka till, det var bara att komma. Det tyckte jag var bra. Ingen blankett, inget beslut, inget som står på något papper.", STO, AP, 1, praise),
    M(WS0, "Hur var gruppen?"),
    P(WS1, "Vi var 7 stycken. En mamma vars son använder heroin. En kvinna vars pappa har druckit hela hennes liv. Jag trodde att jag skulle sitta där och skämmas, men jag grät mest den första gången. Sen blev det bättre.", STO, US, 1, praise),
    P(WS1, "Det var 8 träffar, och de lärde oss något som heter CRAFT. Att man inte ska ta hand om konsekvenserna åt honom. Jag slutade ringa till hans jobb och sjukanmäla honom.", STO, US, 1, praise, unsure=1),
    M(WS0, "Hur reagerade han?"),
    P(WS1, "Först blev han arg. Sen blev han tyst. Och i september sökte han själv till beroendemottagningen. Jag vet inte om det var därför, men jag vill tro det.", STO, US, 0, neutral),
    M(WS0, "Har du fått något annat stöd från kommunen?"),
    P(WS1, "Enskilda samtal med en socionom på Anhörigcenter, 5 gånger. Det var bra, men det tog 6 veckor innan jag fick den första tiden. Och de 6 veckorna var de värsta.", STO, PR, 0, pain),
    M(WS0, "Hur är samarbetet mellan kommunen och beroendevården, som du ser det?"),
    P(WS1, "Det är 2 olika världar. På beroendemottagningen får jag inte veta någonting, på grund av sekretessen. Det förstår jag. Men det är ju jag som bor med honom.", SAM, US, -1, pain),
    M(WS0, "Hur mår du själv nu?"),
    P(WS1, "Bättre än i våras. Jag sover igen. Jag har börjat sjunga i kör. Det hade jag inte gjort om inte gruppen hade sagt att jag skulle göra något för min egen skull.", HAL, US, 1, praise),
    P(WS1, "Men jag har inte berättat för någon på jobbet. Jag säger att jag har migrän när jag måste vara hemma.", HAL, US, -1, pain),
    M(WS0, "Hade du kunnat tänka dig något annat stöd?"),
    P(WS1, "Kanske någon form av avlösning, fast det låter konstigt. Han behöver ju ingen tillsyn. Det är mer att jag behöver komma bort. Men det finns inte för oss, tror jag.", AVL, FI, 0, neutral),
    M(WS0, "Det kan finnas mer än man tror. Något om ekonomin?"),
    P(WS1, "Jag har betalat hans skulder i flera år. Det är inget som kommunen kan göra något åt. Eller, det vet jag inte. Jag har aldrig frågat.", AVG, US, -1, pain),
    M(WS0, "Vad händer nu när gruppen är slut?"),
    P(WS1, "Det är det jag är rädd för. Gruppen var 8 gånger och sen var det slut. Vi har startat en egen chattgrupp, vi som gick där. Men det är inte samma sak.", EFT, FU, 0, pain),
    M(WS0, "Skulle du vilja att kommunen gjorde något mer?"),
    P(WS1, "En fortsättningsgrupp. Och att någon på beroendemottagningen berättar för anhöriga att gruppen finns. Jag hittade den i tidningen. Det är ju slumpen.", STO, FU, 0, suggestion),
    M(WS0, "Tack för att du berättade."),
    B(WS1, "Tack själv. Det kändes bra att någon frågade.", 1, praise),
]

I6 = [
    M(PE, "Kan du börja med att berätta vad du gör?"),
    P(ML, "Jag är en av två anhörigkonsulenter i Björkvik. Vi sitter på Anhörigcenter på Storgatan. Vi har anhöriggrupper, enskilda samtal och utbildningar, och så är vi ofta första kontakten för den som inte vet vart man ska vända sig. Jag har jobbat här i elva år.", STO, US, 0, neutral),
    M(PE, "Hur hittar anhöriga till er?"),
    P(ML, "Oftast via vården. Distriktssköterskor, minnesmottagningen, kontaktsjuksköterskor på onkologen. Sen grannar och vänner. Och en del via biblioteket, vi har broschyrer där. Webben är inte vår starkaste kanal, det ska jag erkänna.", INF, FI, 0, neutral),
    M(PE, "Varför inte?"),
    P(ML, "Den är skriven av förvaltningen, inte av oss. Där står insatserna som de står i lagen. Ingen som är trött klockan elva på kvällen förstår vad växelvård är.", INF, FI, -1, pain),
    M(PE, "Vilka når ni dåligt?"),
    P(ML, "Föräldrar till barn med funktionsnedsättning, de tror att vi är för äldre. Unga anhöriga. Anhöriga till personer med missbruk, de skäms ofta. Och de som inte pratar svenska. Vi har broschyrer på sex språk, men samtalen är ju på svenska, för det mesta.", INF, FI, -1, pain),
    M(PE, "Hur kommer ni in när någon ska söka insatser?"),
    P(ML, "Vi fattar inga beslut, det gör biståndshandläggarna. Men vi hjälper ofta till att fylla i ansökan, och vi förbereder de anhöriga inför hembesöket. Jag brukar säga, skriv ner en vanlig dag innan de kommer. Annars säger din mamma att allt går bra.", BIS, AP, 0, neutral),
    M(PE, "Händer det ofta?"),
    P(ML, "Hela tiden. Den som ska få insatsen vill inte vara till besvär. Handläggarna vet om det, men de har en timme på sig och ska bedöma den enskildes behov. Den anhöriges behov kommer i andra hand i den utredningen.", BIS, PR, -1, pain),
    M(PE, "Vad tycker du om att avlösningen söks i den närståendes namn?"),
    P(ML, "Det är så lagen är skriven, men det blir bakvänt för många. Den anhöriga känner sig inte sedd. Vi har föreslagit att anhöriga ska få en egen utredning. Det finns kommuner som gör så.", BIS, AP, 0, suggestion),
    M(PE, "Och handläggningstiderna?"),
    P(ML, "Fyra till åtta veckor för avlösning, säger de. Men det räknas från att ansökan är komplett. Tiden innan, när man samlar intyg, den räknas inte. För de anhöriga är det ju en och samma väntan.", BES, PR, -1, pain),
    M(PE, "Hur ofta överklagar anhöriga?"),
    P(ML, "Nästan aldrig. De orkar inte. Jag hjälper hellre till med en ny ansökan, det går oftast fortare än förvaltningsrätten.", BES, DE, 0, neutral),
    M(PE, "Hur fungerar avlösningen i hemmet i dag, som du ser det?"),
    P(ML, "Den utförs av hemtjänsten, och hemtjänsten har ont om personal. Så det blir många olika. För en person med demens är en ny människa i hallen ett hot. Då blir det ingen avlösning, för den anhöriga vågar inte gå.", AVL, US, -1, pain),
    P(ML, "Men där det fungerar, med en eller två fasta personer, där hör jag att det är guld. Det är inte mer pengar som behövs, det är samma ansikten.", AVL, US, 0, suggestion),
    M(PE, "Korttids och dagverksamhet?"),
    P(ML, "Dagverksamheten på Solgården är bra, verkligen. Men den är bara för personer med demens. Den som har haft en stroke och inte har demens faller mellan stolarna. Dem har vi inget att erbjuda.", KOR, US, 0, pain),
    P(ML, "Korttids är det jag får mest klagomål på. Kläder som försvinner, mediciner, att ingen ringer. Det är inte ond vilja, det är en avdelning med många korta vistelser och hög omsättning.", KOR, US, -1, pain),
    M(PE, "Och växelvård?"),
    P(ML, "Växelvård, två veckor hemma och två veckor på korttids, är det som håller ihop många par. Men platserna räcker inte, och då blir det korttids först när det redan är kris.", KOR, US, -1, pain),
    M(PE, "Hur ser grupperna ut?"),
    P(ML, "Vi har tre demensgrupper, en föräldragrupp, en pappagrupp sedan i våras och en grupp tillsammans med beroendemottagningen. Pappagruppen trodde ingen på. Den är full.", STO, US, 1, praise),
    M(PE, "Vilka tider har ni?"),
    P(ML, "Mest dagtid, för det är då vi jobbar och det är då lokalerna är lediga. Jag vet att det stänger ute alla som jobbar. Vi ska prova en kvällsgrupp i vår. Om vi får budgeten.", STO, US, 0, neutral),
    M(PE, "Hur mår de anhöriga du möter?"),
    P(ML, "Många är på gränsen. Sömnbrist, värk, de har slutat med allt eget. Och så skulden. Den finns nästan alltid där. Skulden över att vara arg, över att vilja ha en paus, över att lämna någon på korttids.", HAL, US, -1, pain),
    M(PE, "Och samverkan med regionen?"),
    P(ML, "Den är personberoende. Med minnesmottagningen har vi ett bra samarbete, de ringer oss. Med psykiatrin och barnhabiliteringen är det tunnare. Och SIP, samordnad individuell plan, används för lite när det gäller anhöriga.", SAM, US, 0, neutral),
    M(PE, "Vad händer med stödet när den närstående flyttar till särskilt boende eller dör?"),
    P(ML, "Avlösningen upphör automatiskt, den är ju kopplad till den närstående. Men vårt stöd finns kvar. Vi erbjuder samtal i upp till ett år efter ett dödsfall. Det vet inte alla.", EFT, FU, 0, neutral),
    M(PE, "Några har sagt att gruppen tar slut efter ett halvår."),
    P(ML, "Ja, sorgegruppen är ett halvår, det stämmer. Men enskilda samtal går att få längre. Vi är dåliga på att säga det, uppenbarligen.", EFT, FU, 0, neutral),
    M(PE, "Vad kostar stödet för den anhöriga?"),
    P(ML, "Allt vi gör på Anhörigcenter är avgiftsfritt. Avlösning i hemmet också, upp till tolv timmar i månaden. Korttids och dagverksamhet har avgifter, och där blir många överraskade när fakturan kommer.", AVG, DE, 0, neutral),
    M(PE, "Och anhörigbidrag?"),
    P(ML, "Många tror att det finns ett anhörigbidrag i Björkvik. Det togs bort för sex år sedan. Jag får förklara det varje vecka.", AVG, FI, 0, neutral),
    M(PE, "Om du fick ändra en sak?"),
    P(ML, "Att anhörigstödet syntes där folk redan är. På vårdcentralen, på skolan, på apoteket. Inte på en sida som man måste veta att man ska leta efter.", INF, FI, 0, suggestion),
    M(PE, "Tack, Marie."),
    P(ML, "Tack själv. Och skriv gärna att vi behöver en kvällsgrupp.", STO, US, 0, suggestion),
]


def interject(turns, words):
    """A moderator's short acknowledgement between two consecutive turns of one
    participant, as the transcriber (or the recogniser) heard it; the moderator is the
    session's first moderator."""
    mod = next(t["speaker"] for t in turns if t["mod"])
    out, k = [], 0
    for t in turns:
        if out and out[-1]["speaker"] == t["speaker"]:
            out.append(M(mod, words[k % len(words)]))
            k += 1
        out.append(t)
    return out


FG1 = interject(FG1, ["Mm."])
FG2 = interject(FG2, ["Mm.", "Ja."])
I1 = interject(I1, ["Mm.", "Ja."])
I2 = interject(I2, ["Mm.", "Okej."])
I3 = interject(I3, ["Mm."])
I4 = interject(I4, ["Mm.", "Right."])
I5 = interject(I5, ["Mm.", "Ja."])
I6 = interject(I6, ["Mm.", "Ja."])

SESSIONS = [
    dict(file="fokusgrupp-1.vtt", fmt="teams_vtt", turns=FG1, seed=21, start=3.4,
         rate=2.4, pause=(0.3, 1.8), guid="7c2e9a41-3f0b-4d5e-9b61-2a8f04c3d7e2",
         first_id=4, cue_words=16),
    dict(file="fokusgrupp-2.docx", fmt="table_docx", turns=FG2, seed=22, start=5.0,
         rate=2.2, pause=(0.4, 2.0), author="Adam Nyberg",
         epoch=_dt.datetime(2025, 11, 14, 10, 20, 0),
         title="Fokusgrupp 2 – anhöriga, Träffpunkt Linden",
         header=["Torsdag 13 november 2025, kl. 14.00–15.45, Träffpunkt Linden, samlingssalen.",
                 "Samtalsledare: Pia Eklund. Anteckningar och utskrift: Adam Nyberg.",
                 "Deltagare: Gun, Rolf, Leila, Annika och Tomas (bara förnamn). Inspelat med diktafon."],
         page_header="Björkvik kommun · Utvärdering av anhörigstödet 2025 · Fokusgrupp 2",
         page_footer="Utkast – får inte spridas",
         pause_note="[Paus, cirka tio minuter. Inspelningen stoppad.]"),
    dict(file="intervju-1.docx", fmt="buzz_docx", turns=I1, seed=23, start=0.8,
         rate=2.3, pause=(0.3, 1.6), title="Intervju1_Gunilla",
         epoch=_dt.datetime(2025, 11, 18, 13, 2, 14), long_pause=0.22),
    dict(file="intervju-2.csv", fmt="excel_csv", turns=I2, seed=24, start=4.0,
         rate=2.2, pause=(0.4, 1.9),
         csv_title="Intervju 2 – Jukka, pappa till Elias (12). 2025-11-19, hemma hos familjen."),
    dict(file="intervju-3.vtt", fmt="zoom_vtt", turns=I3, seed=25, start=2.1,
         rate=2.3, pause=(0.3, 1.8), cue_words=11),
    dict(file="interview-4.txt", fmt="buzz_txt", turns=I4, seed=26, start=1.4,
         rate=2.6, pause=(0.5, 3.3)),
    dict(file="intervju-5.vtt", fmt="whispercpp_vtt", turns=I5, seed=27, start=0.6,
         rate=2.3, pause=(0.3, 1.6), seg_words=15),
    dict(file="intervju-6.xlsx", fmt="sheet_xlsx", turns=I6, seed=28, start=6.0,
         rate=2.2, pause=(0.4, 2.0), author="Pia Eklund",
         epoch=_dt.datetime(2025, 11, 27, 8, 45, 0), sheet="Intervju 6",
         info=[("Intervju", "6 (personal)"), ("Datum", "2025-11-25"),
               ("Plats", "Anhörigcenter, Storgatan 14, samtalsrummet"),
               ("Intervjuare", "PE = Pia Eklund"),
               ("Intervjuperson", "ML = Marie Lund, anhörigkonsulent"),
               ("Längd", "52 min"),
               ("Utskrift", "PE, ordagrant men utan hummanden"),
               ("Obs", "Kolumnen Tema (prel.) är mina första anteckningar, inte kodningen.")],
         prelim={"Oftast via vården": "info, vägar in", "Den är skriven av förvaltningen": "webben!",
                 "Hela tiden. Den som": "hembesöket", "Det är så lagen": "ansökan i den närståendes namn",
                 "Fyra till åtta veckor": "väntan", "Den utförs av hemtjänsten": "kontinuitet",
                 "Korttids är det jag": "korttids", "Många är på gränsen": "skuld",
                 "Den är personberoende": "SIP", "Avlösningen upphör": "efteråt",
                 "Allt vi gör på": "avgifter", "Mest dagtid": "kvällsgrupp?"},
         pause_row=("Allt vi gör på", "(paus, Marie svarar i telefonen)")),
]

# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns of that theme)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (INS, "Att bli anhörig",
     "Situationen som gör någon till anhörig och insikten om det: sjukdomen eller "
     "funktionsnedsättningen hos den närstående, hur vardagen förändrades, händelsen som fick "
     "en att söka hjälp, att inte se sig som anhörig (förälder, sambo, syster, den som har "
     "någon med missbruk). Den egna utmattningen hör till egen_halsa_skuld, även när den "
     "var det som fick en att inse läget.",
     ["Det känns konstigt att kommunen ska ha ett ord för det", "Inte när någon super",
      "Polisen ringer mig, psykiatrin ringer mig"]),
    (INF, "Hitta information och vägen in",
     "Hur man får veta att stödet finns och vem man ska vända sig till: broschyrer på "
     "biblioteket och vårdcentralen, grannar och tips, kommunens webbplats och dess ord, "
     "telefontider och mejl, information på andra språk, att tro att stödet bara gäller "
     "äldre, anhörigkonsulentens första kontakt och vägledning. Anhörigkonsulentens samtal "
     "och grupper som stöd hör till grupper_samtal; ersättningar man inte kände till hör till "
     "avgifter_ledighet.",
     ["Det låg en broschyr om anhörigstöd vid disken",
      "Jag trodde att anhörigkonsulenten bara var för pensionärer",
      "telefontiden var bara mellan nio och tio"]),
    (BIS, "Ansökan, hembesök och utredning",
     "Att söka en insats: vem som står som sökande (den närstående, inte den anhöriga), "
     "blanketter, e-tjänst och intyg, biståndshandläggarens eller LSS-handläggarens hembesök "
     "och bedömning, när den närstående säger att allt går bra, om den anhöriga blir "
     "tillfrågad, tolk vid utredningen. Väntan och själva beslutet hör till vantan_beslut.",
     ["Vem är det som söker?", "Men ansökan står på henne och beslutet står på henne",
      "skriv ner en vanlig dag innan de kommer"]),
    (BES, "Väntan, beslut och överklagande",
     "Tiden efter ansökan och beslutet om insatsen: handläggningstid, ny handläggare, beviljat "
     "eller avslag, motiveringar och ord som skäligt, färre timmar än man sökt, villkor (dagtid), "
     "att förstå beslutsbrevet, att överklaga eller söka igen. Avgiften i beslutet hör till "
     "avgifter_ledighet.",
     ["Det var ju jag som var det andra sättet", "Jag fick slå upp vad skäligt betyder",
      "Vi vann i förvaltningsrätten efter elva månader"]),
    (AVG, "Avgifter, ersättning och ledighet",
     "Pengar och arbete: avgifter för korttids och dagverksamhet, att avlösning är gratis, "
     "fakturor som överraskar, anhörigbidrag som inte finns längre, omvårdnadsbidrag, "
     "närståendepenning och intyg för den, att gå ner i arbetstid, skulder. Själva ledigheten "
     "som vila hör till egen_halsa_skuld.",
     ["Korttids kostar, det visste jag inte", "Jag tog närståendepenning några dagar",
      "Det togs bort för sex år sedan"]),
    (AVL, "Avlösning i hemmet",
     "Avlösning och avlösarservice hemma när den väl finns: vem som kommer, kontinuitet och "
     "nya ansikten, tider, personalens bemötande, om den närstående öppnar dörren, om det blir "
     "någon avlösning i praktiken, önskan om avlösning på natten eller för andra grupper.",
     ["Så i praktiken är avlösningen inte särskilt avlösande", "det är samma ansikten",
      "Nu har vi en som heter Dennis"]),
    (KOR, "Korttidsboende och dagverksamhet",
     "Korttidsvistelse, korttidsboende och dagverksamhet: personalen, aktiviteter, "
     "transporter, kläder och mediciner som kommer bort, byten av rum och personal, att ingen "
     "ringer, vem verksamheten är till för (demens, LSS), hur den närstående mår av vistelsen. "
     "Flytten till särskilt boende hör till efterat.",
     ["Olle fick bada bastu där", "kom hon hem i fel kläder och utan glasögonen",
      "han hade fyra olika rum på två månader"]),
    (STO, "Anhöriggrupper, samtal och anhörigkonsulenten",
     "Stöd till den anhöriga själv: anhörigcirklar och anhöriggrupper (också regionens och "
     "beroendemottagningens), pappagrupp och föräldragrupp, enskilda samtal, anhörigutbildning, "
     "tider och språk för grupperna, anhörigkonsulentens arbete. Sorgegrupp och samtal efter ett "
     "dödsfall hör till efterat.",
     ["Det är det enda stället där ingen frågar hur Niklas mår först",
      "Pappagruppen trodde ingen på", "de lärde oss något som heter CRAFT"]),
    (HAL, "Egen hälsa, ork och skuld",
     "Hur den anhöriga själv mår under tiden hon eller han hjälper: sömn, värk, utmattning och "
     "sjukskrivning, att sluta med det egna, dåligt samvete och skuld, förväntningar från "
     "familjen, vad man gör med den lediga tiden. Känslor kring flytt eller dödsfall hör till "
     "efterat.",
     ["Dåligt samvete hela tiden", "Jag sover med telefonen på", "Jag har ont i ryggen av lyften"]),
    (SAM, "Samordning mellan vård, kommun och andra",
     "När många aktörer är inblandade: regionen (vårdcentral, minnesmottagning, onkologen, "
     "psykiatri, habilitering, beroendemottagning), LSS och socialtjänstlagen, "
     "Försäkringskassan, utskrivning och vårdplanering, remisser som inte kommer fram, SIP, "
     "sekretess, att den anhöriga blir budbärare och samordnare. Var man först fick tips om "
     "stödet hör till hitta_information.",
     ["Jag är projektledare utan lön", "Pärmen följer med överallt", "Det är 2 olika världar"]),
    (EFT, "När omsorgen tar slut: flytt, död och efteråt",
     "Det som händer när den närstående flyttar till särskilt boende, blir vuxen och ska lämna "
     "barnverksamheten, eller dör: beslut som upphör, brev efteråt, om någon hör av sig, "
     "sorgegrupp och samtal efter dödsfall, skuld och lättnad kring flytten, oro för vad som "
     "händer sen.",
     ["Som om sorgen har ett datum", "it felt like being crossed off a list",
      "Vi hade lovat varandra"]),
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


def ts_ms(s: float, sep: str = ".") -> str:
    ms = int(round(s * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}{sep}{ms % 1000:03d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def segments(text: str, target: int) -> list[str]:
    """Sentences grouped into pieces of about `target` words (a cue, a segment)."""
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


def spread(a, b, pieces):
    """Split the time span a..b over pieces in proportion to their words."""
    total = sum(len(p.split()) for p in pieces)
    out, cur = [], a
    for p in pieces:
        d = (b - a) * len(p.split()) / total
        out.append((cur, cur + d))
        cur += d
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


# ---------------------------------------------------------------------------
# Writers, one per layout
# ---------------------------------------------------------------------------
def write_teams_vtt(s):
    """Microsoft Teams transcript (.vtt): WEBVTT, cue ids '<guid>/<n>-<k>', one line
    '<v Display Name>text</v>' per cue; a long turn is several cues of one speaker
    (same n, k = 0, 1, ...). The caller who dialled in is shown as a masked number."""
    lines = ["WEBVTT", ""]
    n = s["first_id"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["cue_words"])
        for k, (piece, (x, y)) in enumerate(zip(pieces, spread(a, b, pieces))):
            lines += [f"{s['guid']}/{n}-{k}", f"{ts_ms(x)} --> {ts_ms(y)}",
                      f"<v {t['speaker']}>{piece}</v>", ""]
        n += 1
    return "\n".join(lines).encode("utf-8")


def _field(paragraph, instr, shown):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = shown
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def write_table_docx(s):
    """Note-taker's Word file: a bold title, three metadata paragraphs, then a two-column
    table WITHOUT a header row (speaker | what was said), no borders; a running page
    header and a footer with 'Sida PAGE av NUMPAGES'; the break is a merged row."""
    try:
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sect = d.sections[0]
    sect.page_width, sect.page_height = Cm(21.0), Cm(29.7)
    sect.left_margin = sect.right_margin = Cm(2.5)
    sect.top_margin = sect.bottom_margin = Cm(2.5)
    hp = sect.header.paragraphs[0]
    hp.text = s["page_header"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    fp = sect.footer.paragraphs[0]
    fp.add_run(s["page_footer"] + "\tSida ").font.size = Pt(9)
    _field(fp, "PAGE", "1")
    fp.add_run(" av ").font.size = Pt(9)
    _field(fp, "NUMPAGES", "4")
    r = d.add_paragraph().add_run(s["title"])
    r.bold = True
    r.font.size = Pt(14)
    for h in s["header"]:
        d.add_paragraph(h)
    d.add_paragraph("")
    table = d.add_table(rows=0, cols=2)
    for t in s["turns"]:
        if t.get("pause_before"):
            row = table.add_row()
            cell = row.cells[0].merge(row.cells[1])
            cell.text = s["pause_note"]
            cell.paragraphs[0].runs[0].italic = True
        row = table.add_row()
        row.cells[0].text = t["speaker"]
        row.cells[1].text = t["text"]
    for row in table.rows:
        row.cells[0].width, row.cells[-1].width = Cm(2.6), Cm(13.4)
    cp = d.core_properties
    cp.author = cp.last_modified_by = s["author"]
    cp.title = s["title"]
    cp.subject = cp.comments = cp.keywords = cp.category = ""
    cp.created = cp.modified = s["epoch"]
    cp.revision = 7
    raw = io.BytesIO()
    d.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Office Word")


BUZZ_COLORS = ("1976D2", "C62828", "2E7D32", "6A1B9A")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _buzz_run(text, bold, color):
    props = ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    content = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in text.split("\n"))
    return f"<w:r>{rpr}{content}</w:r>"


def _buzz_par(runs, after=None):
    ppr = f'<w:pPr><w:spacing w:after="{after}"/></w:pPr>' if after is not None else ""
    return "<w:p>" + ppr + "".join(_buzz_run(*r) for r in runs) + "</w:p>"


def buzz_segments(s):
    """Sentence-level segments (Buzz's speaker identification with 'Merge speaker
    sentences' unticked): (speaker, start_ms, end_ms, text)."""
    rnd = random.Random(s["seed"] * 7)
    out, clock = [], 0.0
    for t, (a, b) in zip(s["turns"], timings(s)):
        sents = sentences(t["text"])
        gaps = [rnd.uniform(2.1, 3.4) if rnd.random() < s["long_pause"] else rnd.uniform(0.2, 1.1)
                for _ in sents[1:]]
        spans = spread(0, b - a, sents)
        cur = max(a, clock + rnd.uniform(0.3, 1.2))
        for k, (sent, (x, y)) in enumerate(zip(sents, spans)):
            out.append((t["speaker"], int(cur * 1000), int((cur + y - x) * 1000), sent))
            cur += (y - x) + (gaps[k] if k < len(gaps) else 0)
        clock = out[-1][2] / 1000
    return out


def write_buzz_docx(s):
    """Buzz 'speakers' Word export (buzz/transcriber/docx_writer.py, write_speaker_docx):
    a minimal package (no styles, no docProps), a bold 18 pt title, then per speaker
    group a paragraph '● Speaker' (bold, the speaker's colour) + '  [start – end]' and the
    text in the next paragraph; sentences after a pause of 2 s or more start on a new
    line (w:br) inside the paragraph."""
    segs = buzz_segments(s)
    groups, order = [], []
    for spk, st, en, text in segs:
        if spk not in order:
            order.append(spk)
        if groups and groups[-1][0] == spk:
            sep = "\n" if st - groups[-1][2] >= 2000 else " "
            groups[-1][3] += sep + text
            groups[-1][2] = en
        else:
            groups.append([spk, st, en, text])
    colors = {spk: BUZZ_COLORS[i % len(BUZZ_COLORS)] for i, spk in enumerate(order)}
    body = ['<w:p><w:pPr><w:spacing w:after="200"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="36"/>'
            f'<w:szCs w:val="36"/></w:rPr><w:t xml:space="preserve">{escape(s["title"])}</w:t></w:r></w:p>']
    for spk, st, en, text in groups:
        body.append(_buzz_par([(f"● {spk}", True, colors[spk]),
                               (f"  [{ts_ms(st / 1000)} – {ts_ms(en / 1000)}]", False, "666666")], 40))
        body.append(_buzz_par([(text, False, "000000")], 220))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:document xmlns:w="{W_NS}"><w:body>' + "".join(body) + "<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=s["epoch"].timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


def write_excel_csv(s):
    """Excel 'CSV (semikolonavgränsad)' on a Swedish Windows: ANSI (Windows-1252), ';',
    CRLF, quotes only where needed, a title row above the header, the duration with a
    decimal comma, and an empty row of separators at the end (a formatted empty row)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow([s["csv_title"], "", "", "", ""])
    w.writerow(["Nr", "Start", "Längd (s)", "Talare", "Text"])
    for n, (t, (a, b)) in enumerate(zip(s["turns"], timings(s)), 1):
        w.writerow([n, hms(a), f"{b - a:.1f}".replace(".", ","), t["speaker"], t["text"]])
    w.writerow(["", "", "", "", ""])
    return buf.getvalue().encode("cp1252")


def write_zoom_vtt(s):
    """Zoom cloud-recording transcript of a room where Zoom could not tell the speakers
    apart: numeric cue ids, cue text without a name. The interviewer then typed 'Name: '
    in front of the first cue of each turn, and forgot one (turn flagged nolabel)."""
    lines = ["WEBVTT", ""]
    i = 1
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["cue_words"])
        for k, (piece, (x, y)) in enumerate(zip(pieces, spread(a, b, pieces))):
            text = piece if (k or t.get("nolabel")) else f"{t['speaker']}: {piece}"
            lines += [str(i), f"{ts_ms(x)} --> {ts_ms(y)}", text, ""]
            i += 1
    return "\n".join(lines).encode("utf-8")


def write_buzz_txt(s):
    """Buzz 1.x: 'Identify speakers' saves a copy whose segments read 'Name: text'
    (one segment per speaker with 'Merge speaker sentences'); File > Export > TXT joins
    the segments with a space and starts a new paragraph ('\\n\\n') only where the pause
    is 2 s or more, so several turns can share a line; every segment is followed by a
    space, no final newline."""
    out, prev_end = "", None
    for t, (a, b) in zip(s["turns"], timings(s)):
        st, en = int(a * 1000), int(b * 1000)
        if prev_end is not None and st - prev_end >= 2000:
            out += "\n\n"
        out += f"{t['speaker']}: {t['text']}".strip() + " "
        prev_end = en
    return out.encode("utf-8")


def write_whispercpp_vtt(s):
    """whisper.cpp (whisper-cli -ovtt --diarize) on a stereo recording: WEBVTT, no cue
    ids, one cue per Whisper segment, the louder channel as a voice tag '<v Speaker0>'
    or '<v Speaker1>' with no closing tag, '<v Speaker?>' where neither channel is
    clearly louder; Whisper's text starts with a space; times in 10 ms steps."""
    ids = {WS0: "0", WS1: "1"}
    out = ["WEBVTT\n\n"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        pieces = segments(t["text"], s["seg_words"])
        for k, (piece, (x, y)) in enumerate(zip(pieces, spread(a, b, pieces))):
            who = ids[t["speaker"]]
            if t.get("unsure") == "all" or t.get("unsure") == k:
                who = "?"
            x, y = round(x, 2), round(y, 2)
            out.append(f"{ts_ms(x)} --> {ts_ms(y)}\n<v Speaker{who}> {piece}\n\n")
    return "".join(out).encode("utf-8")


def write_sheet_xlsx(s):
    """The interviewer's own Excel sheet: header 'Tidkod | Vem | Vad som sades | Tema
    (prel.)' (bold, frozen), initials in 'Vem', her first thoughts in 'Tema (prel.)', one
    row that is a note without a speaker; a second sheet 'Om intervjun'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = s["sheet"]
    for c, v in enumerate(["Tidkod", "Vem", "Vad som sades", "Tema (prel.)"], 1):
        ws.cell(row=1, column=c, value=v).font = Font(bold=True)
    row = 2
    for t, (a, _) in zip(s["turns"], timings(s)):
        if s.get("pause_row") and t["text"].startswith(s["pause_row"][0]):
            ws.cell(row=row, column=1, value=hms(a - 6))
            ws.cell(row=row, column=3, value=s["pause_row"][1]).font = Font(italic=True)
            row += 1
        ws.cell(row=row, column=1, value=hms(a))
        ws.cell(row=row, column=2, value=t["speaker"])
        ws.cell(row=row, column=3, value=t["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        for pre, note in s["prelim"].items():
            if t["text"].startswith(pre):
                ws.cell(row=row, column=4, value=note)
        row += 1
    for col, wd in zip("ABCD", (10, 6, 95, 28)):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Om intervjun")
    for i, (k, v) in enumerate(s["info"], 1):
        info.cell(row=i, column=1, value=k).font = Font(bold=True)
        info.cell(row=i, column=2, value=v)
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 70
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel")


WRITERS = dict(teams_vtt=write_teams_vtt, table_docx=write_table_docx, buzz_docx=write_buzz_docx,
               excel_csv=write_excel_csv, zoom_vtt=write_zoom_vtt, buzz_txt=write_buzz_txt,
               whispercpp_vtt=write_whispercpp_vtt, sheet_xlsx=write_sheet_xlsx)
NEEDS = dict(table_docx="docx", sheet_xlsx="openpyxl")


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


def _vtt_blocks(data):
    text = data.decode("utf-8")
    assert text.startswith("WEBVTT\n\n")
    return [b.split("\n") for b in text[8:].strip("\n").split("\n\n")]


def parse_teams_vtt(data):
    pairs = []
    for b in _vtt_blocks(data):
        assert re.match(r"^[0-9a-f-]{36}/\d+-\d+$", b[0]) and "-->" in b[1], b
        m = re.match(r"^<v ([^>]+)>(.*)</v>$", b[2])
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_table_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs = []
    for row in d.tables[0].rows:
        if row.cells[0]._tc is row.cells[1]._tc:
            continue
        pairs.append((row.cells[0].text, row.cells[1].text))
    return _merge(pairs)


def parse_buzz_docx(data):
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p>(.*?)</w:p>", xml):
        p = p.replace("<w:br/>", "<w:t>\n</w:t>")
        paras.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))
    pairs = []
    for i, p in enumerate(paras):
        m = re.match(r"^● (.+?)  \[\d\d:\d\d:\d\d\.\d{3} – \d\d:\d\d:\d\d\.\d{3}\]$", p)
        if m:
            pairs.append((m.group(1), paras[i + 1].replace("&amp;", "&")))
    return _merge(pairs)


def parse_excel_csv(data):
    rows = list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
    h = next(i for i, r in enumerate(rows[:10]) if "Talare" in r)
    si, ti = rows[h].index("Talare"), rows[h].index("Text")
    return _merge([(r[si], r[ti]) for r in rows[h + 1:] if r and r[si]])


def parse_zoom_vtt(data, expected_unlabelled):
    pairs = []
    for b in _vtt_blocks(data):
        assert b[0].isdigit() and "-->" in b[1], b
        m = re.match(r"^(Sara|Nadia): (.*)$", b[2])
        if m:
            pairs.append([m.group(1), m.group(2), True])
        else:
            pairs.append([pairs[-1][0] if pairs else "?", b[2], False])
    # a human reader: an unlabelled cue that answers a question of the interviewer
    # starts the other speaker's turn (the one label the interviewer forgot)
    for k in range(1, len(pairs)):
        if not pairs[k][2] and pairs[k - 1][1].endswith("?") and pairs[k - 1][0] == SARA3:
            pairs[k][0] = NADIA
            for j in range(k + 1, len(pairs)):
                if pairs[j][2]:
                    break
                pairs[j][0] = NADIA
    return _merge([(a, b) for a, b, _ in pairs])


def parse_buzz_txt(data):
    text = data.decode("utf-8")
    parts = re.split(r"(?:^|(?<=[ \n]))(Elin|Mark): ", text)
    pairs = [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2)]
    assert not parts[0].strip()
    return _merge(pairs)


def parse_whispercpp_vtt(data):
    cues = []
    for b in _vtt_blocks(data):
        assert "-->" in b[0], b
        m = re.match(r"^<v Speaker([01?])> (.*)$", b[1])
        cues.append([m.group(1), m.group(2)])
    # a human reader: a '?' cue right after a question is the other party answering;
    # otherwise it continues the speaker before it
    lab = {"0": WS0, "1": WS1}
    for k, c in enumerate(cues):
        if c[0] == "?":
            prev = cues[k - 1][0]
            if cues[k - 1][1].endswith("?"):
                c[0] = "1" if prev == "0" else "0"
            else:
                c[0] = prev
    return _merge([(lab[a], b) for a, b in cues])


def parse_sheet_xlsx(data):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Tidkod", "Vem", "Vad som sades")
    return _merge([(r[1], r[2]) for r in rows[1:] if r[1]])


PARSERS = dict(teams_vtt=parse_teams_vtt, table_docx=parse_table_docx, buzz_docx=parse_buzz_docx,
               excel_csv=parse_excel_csv, zoom_vtt=parse_zoom_vtt, buzz_txt=parse_buzz_txt,
               whispercpp_vtt=parse_whispercpp_vtt, sheet_xlsx=parse_sheet_xlsx)


def file_text(fmt, data):
    """All the text a reader can see in the file, for the 'every gold text occurs in its
    file' check (whitespace normalised)."""
    if fmt in ("table_docx",):
        import docx
        d = docx.Document(io.BytesIO(data))
        return norm(" ".join(c.text for r in d.tables[0].rows for c in r.cells))
    if fmt == "buzz_docx":
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
        return norm(re.sub(r"<[^>]+>", " ", xml.replace("<w:br/>", " ")).replace("&amp;", "&"))
    if fmt == "sheet_xlsx":
        import openpyxl
        ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        return norm(" ".join(str(v) for r in ws.iter_rows(values_only=True) for v in r if v))
    if fmt.endswith("vtt"):
        payload = [b[-1] for b in _vtt_blocks(data)]
        payload = [re.sub(r"^(<v [^>]+> ?|Sara: |Nadia: )", "", x).replace("</v>", "") for x in payload]
        return norm(" ".join(payload))
    enc = "cp1252" if fmt == "excel_csv" else "utf-8"
    return norm(data.decode(enc).replace('""', '"'))


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
            assert not t["text"].startswith(("[", "(")), t["text"][:40]
            if s["fmt"] in ("buzz_txt", "zoom_vtt"):
                assert ":" not in t["text"], t["text"][:40]
            if s["fmt"] == "excel_csv":
                t["text"].encode("cp1252")
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
            if s["fmt"] == "zoom_vtt":
                parsed = parse_zoom_vtt(data, [i for i, t in enumerate(turns) if t.get("nolabel")])
            else:
                parsed = PARSERS[s["fmt"]](data)
            expected = [(t["speaker"], norm(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed, {len(expected)} expected")
            seen = file_text(s["fmt"], data)
            for i, t in enumerate(turns):
                if norm(t["text"]) not in seen:
                    problems.append(f"{s['file']} turn {i}: text not found in the file")
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
        w.writerow(["speaker", "segment", "relation", "age_group", "situation"])
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
          "every gold text occurs in its file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
