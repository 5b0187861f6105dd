#!/usr/bin/env python3
"""Generate the fictional study of ekonomiskt bistånd / försörjningsstöd in
Ekeviks kommun: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the structured session lists in this file.

Python 3.11, standard library, plus openpyxl (fokusgrupp-2.xlsx) and python-docx
(intervju-1.docx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Without openpyxl or python-docx the corresponding file is left as it is (the gold
rows do not depend on it) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction or chatter (no theme, no stage). Transcript
files and gold rows are written from the same list, so turn indices cannot
drift. A blank line ("\\n\\n") inside a turn text is a paragraph break: in the
.docx it becomes a continuation table row with an empty speaker cell, elsewhere
a plain space. After writing, every file is parsed back with a minimal parser
for its format and compared with the list (turn index, speaker, text), and
every codebook example must be an exact excerpt of a participant turn.

Output is byte-identical from run to run: timings are seeded, and the .xlsx
and .docx are re-zipped with fixed timestamps and fixed core properties.
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


def P(speaker, text, theme, stage, sentiment, kind, **opts):
    """Participant turn with labels."""
    assert kind in KINDS, kind
    assert sentiment in (-1, 0, 1), sentiment
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **opts)


def B(speaker, text, sentiment=0, kind="neutral"):
    """Participant backchannel, reaction, small talk or thanks: no theme, no stage."""
    return P(speaker, text, "", "", sentiment, kind)


# ---------------------------------------------------------------------------
# Codebook (examples are exact excerpts of participant turns; checked below)
# ---------------------------------------------------------------------------
HL = "handlaggare"
UB = "underlag"
NP = "norm_pengar"
VO = "vantan"
AK = "aktivering"
DG = "digitalt_bankid"
SK = "skam"
LS = "livssituation"
BR = "beslut_regler"
BF = "barn_familj"
AF = "myndigheter_krockar"
ST = "sprak_tolk"

CODEBOOK = [
    (HL, "Handläggaren och kontakten med socialtjänsten",
     "Relationen till handläggaren och möjligheten att nå någon: kontaktcenter och "
     "reception, telefontider, meddelanden i e-tjänsten, byte av handläggare och att "
     "behöva berätta allt igen, olika besked från olika personer, bemötande och ton, "
     "handläggare som hjälper till eller säger till om rättigheter, arbetsbelastning "
     "hos socialsekreterarna, uppföljning när ärendet avslutas. Tvärgående över hela "
     "resan. Språkliga hinder i kontakten hör till sprak_tolk.",
     ["Telefontid nio till tio, och då ska man ringa, och det tutar upptaget.",
      "Hon sa vad hon behövde och varför.",
      "Varje gång måste jag berätta om min man igen."]),
    (UB, "Underlag, kontoutdrag och bevis",
     "Allt som ska visas upp och styrkas: kontoutdrag från alla konton, "
     "hyreskontrakt och andrahandsgodkännande, lönespecifikationer, beslut från "
     "a-kassa och Försäkringskassan, intyg, kvitton, kompletteringar som kommer en i "
     "taget, samma papper i varje månadsansökan, att bevisa att pengar inte finns. "
     "Själva tekniken för att skicka in (BankID, uppladdning, papper) hör till "
     "digitalt_bankid.",
     ["Jag har en pärm nu.",
      "hur bevisar man nåt som inte finns?",
      "Samma hyreskontrakt, samma intyg om sjukskrivning."]),
    (NP, "Normen och pengar som inte räcker",
     "Hur långt biståndet räcker i vardagen: riksnormen och vad den ska täcka, att "
     "pengarna tar slut före nästa utbetalning, mat, kläder, busskort och kost, "
     "ansökningar om behov utöver normen (säng, tvättmaskin, glasögon) och vad som "
     "beviljas av dem. Barnens aktiviteter och saker hör till barn_familj, hur "
     "beslutet är skrivet och regler för inkomster och tillgångar till beslut_regler.",
     ["Den tar slut den tjugonde. Varje månad.",
      "det är mat för en vecka som ska räcka tio dagar",
      "Riksnormen är en miniminivå, det är ju det den är."]),
    (VO, "Väntan, utbetalning och ovisshet",
     "Tiden från ansökan till beslut och pengar, att inte veta var ärendet står "
     "('pågående'), hur man klarar sig under tiden (lån, matkasse, hyran som kommer), "
     "utbetalningsdagen och pengar som uteblir när ett papper saknas, snabba "
     "utbetalningar, ovisshet om vad som händer när biståndet tar slut.",
     ["Det står det tills det inte står det.",
      "Man kollar banken typ tio gånger om dagen runt den tjugofemte.",
      "Och under tiden kom hyran."]),
    (AK, "Aktivering, insatser och vägen till jobb",
     "Planeringssamtal och mål, kravet att stå till arbetsmarknadens förfogande och "
     "söka jobb, arbetsmarknadsenhetens kurser, praktik och handledare, insatser som "
     "passar eller inte passar (CV-kurs för den som anställt folk), läkarintyg som "
     "befriar från aktivitet, att få jobb och ta sig ur biståndet. Motstridiga krav "
     "mellan kommunen och Arbetsförmedlingen hör till myndigheter_krockar.",
     ["Jag har läst fler CV än hon som höll kursen.",
      "Hon fixade praktiken på ett storkök, och där är jag nu.",
      "ibland blir det aktivitet för aktivitetens skull"]),
    (DG, "E-tjänst, BankID och digital åtkomst",
     "Att söka och göra månadsansökan digitalt eller på papper: BankID (eller att "
     "sakna det), e-tjänsten och Mina sidor, uppladdning av foton och PDF:er, "
     "provberäkning på webben, datorer på bibliotek och medborgarkontor, barn som "
     "loggar in åt föräldrar, pappersblanketter, kopior och brevlådan.",
     ["jag säger bara koden",
      "PDF:en var för stor, tydligen.",
      "Den kommer ihåg vad man skrev förra månaden"]),
    (SK, "Skam och stigma",
     "Känslor kring att vara beroende av bistånd: att inte vilja söka, väntrummet, att "
     "dölja det för arbetskamrater, familj och vänner, att känna sig som ett ärende, "
     "att bli påmind om att det är en rättighet.",
     ["stod jag utanför entrén och låtsades prata i telefon",
      "Jag har inte sagt det till min pappa ens.",
      "Folk ber om ursäkt när de kommer in."]),
    (LS, "Livssituationen bakom ansökan",
     "Livshändelsen som gjorde att man behövde söka, berättad som bakgrund: "
     "uppsägning och nedlagd arbetsplats, a-kassa som tar slut eller saknas, sjukdom "
     "och indragen sjukpenning, separation, flytt, etableringstidens slut. Handlar "
     "berättelsen främst om barnen kodas den barn_familj.",
     ["Hela lagret, alltså, det flyttade till Jönköping.",
      "Bemanningsföretaget slutade ringa. Bara så.",
      "Det var allt på en gång."]),
    (BR, "Beslut, regler och återkrav",
     "Att förstå regler och beslut: vad man måste ha sålt eller använt först, "
     "delvis bifall och avslag och hur de är formulerade, inkomster som räknas (skatteåterbäring, "
     "extrapass, tillgångar), överklagande, fel i beslut, återkrav när lön eller "
     "retroaktiv ersättning kommer, att inte bli informerad i förväg.",
     ["Och jag fick läsa det tre gånger innan jag fattade vilken del som inte.",
      "Så jag jobbar en lördag och får exakt lika mycket.",
      "Så de skickade ett återkrav. Elva tusen."]),
    (BF, "Barn och familj",
     "Hur biståndet påverkar barnen och familjen: separation med barn, underhåll, "
     "barn som slutar fråga eller skäms, fritidsaktiviteter, skolresor, glasögon och "
     "kläder till barn, förskoleavgift, fritidsbanken, barnkonsekvensanalysen i "
     "besluten.",
     ["Hon har slutat fråga.",
      "att hon skyddar mig",
      "Vi har inte tid att prata med barnen."]),
    (AF, "Krockar mellan kommunen, Arbetsförmedlingen och Försäkringskassan",
     "När myndigheterna hänvisar till varandra eller ställer olika krav: för sjuk för "
     "den ena och för frisk för den andra, två planer, två rapporter, möten samma tid, "
     "kurs eller praktik, indragen sjukpenning som leder till socialtjänsten, "
     "överklagan hos Försäkringskassan, önskan att myndigheterna pratar med varandra.",
     ["för sjuk för Arbetsförmedlingen och för frisk för Försäkringskassan",
      "Alla har sitt papper.",
      "Inte genom mig."]),
    (ST, "Språk och tolk",
     "Språkliga hinder: barn som tolkar åt föräldrar, telefontolk eller tolk på plats, "
     "dialekter, att berätta privata saker genom tolk, beslut och brev på svår svenska "
     "eller bara på svenska, önskan om enkel svenska, andra språk och samma tolk.",
     ["Han var sexton år.",
      "de är skrivna för jurister",
      "Samma tolk varje gång."]),
]
THEMES = {c[0] for c in CODEBOOK}

# ---------------------------------------------------------------------------
# Participants (label as written in the transcripts)
# ---------------------------------------------------------------------------
PARTICIPANTS = [
    ("Cecilia Ahlgren", "moderator", "", "", ""),
    ("Mikael Sandström", "sökande", "45-64", "Tallåsen", "lagerarbetare, uppsagd när lagret flyttade, a-kassan slut, nytt jobb från december"),
    ("Jessica Lund", "sökande", "30-44", "Hagtorp", "separerad, ensam med två barn (4 och 7)"),
    ("Daniel Öberg", "sökande", "18-29", "Solbacka", "deltid på café, tog över pappans hyreskontrakt"),
    ("Hodan Warsame", "sökande", "30-44", "Brogården", "fyra barn, utbildad vårdbiträde, timanställd, hade tolk i början"),
    ("Kent Ljung", "sökande", "45-64", "Kvarnängen", "snickare med ryggskada, nekad sjukpenning, inget BankID"),
    ("Moderator", "moderator", "", "", ""),
    ("Roland", "sökande", "45-64", "Tallåsen", "inköpare i 32 år, uppsagd vid omorganisation, 61 år"),
    ("Amra", "sökande", "30-44", "Brogården", "fibromyalgi, sjukpenningen slut, tre tonåringar"),
    ("Patrik", "tidigare mottagare", "30-44", "Östra Ekevik", "kock, restaurangen i konkurs, anställd igen via AME, återkrav"),
    ("Linnea", "sökande", "18-29", "Hagtorp", "undersköterskestudier, dotter på två år, föräldrapenning på lägstanivå"),
    ("Sanna", "sökande", "18-29", "Solbacka", "psykisk ohälsa, egen etta, läkarintyg mot aktivitetskrav"),
    ("Intervjuare", "moderator", "", "", ""),
    ("Therese", "sökande", "30-44", "Kvarnängen", "separerad, två barn (9 och 13), skolmatsal 75 %, andrahandskontrakt"),
    ("PER", "moderator", "", "", ""),
    ("OSKAR", "sökande", "18-29", "Solbacka", "23 år, ej gymnasieexamen, bemanningsjobb tog slut, tappat id-kort och BankID"),
    ("Tolk", "sökande", "", "", "telefontolk (dari) som återger Nasrins svar i jag-form, inte själv sökande"),
    ("Nasrin", "sökande", "45-64", "Kvarnängen", "dari-talande, man med hjärtsjukdom, två barn hemma, praktik i skolkök"),
    ("I", "moderator", "", "", ""),
    ("IP", "yrkesverksam", "45-64", "Centrum", "socialsekreterare på försörjningsstödsenheten, åtta år"),
    ("Alex", "sökande", "30-44", "Hagtorp", "IT-support, startup i konkurs, bodde fyra år i London, blandar in engelska"),
    ("Per Nyström", "moderator", "", "", ""),
    ("Marianne Ek", "sökande", "45-64", "Hagtorp", "63 år, kontorist, depression och knä, bistånd i tre år, sjukersättning beviljad"),
]

# ---------------------------------------------------------------------------
# Session 1: fokusgrupp-1.vtt (Teams), 2025-10-07
# ---------------------------------------------------------------------------
C, MS, JL, DO, HW, KL = ("Cecilia Ahlgren", "Mikael Sandström", "Jessica Lund",
                         "Daniel Öberg", "Hodan Warsame", "Kent Ljung")
FG1 = [
    M(C, "Hej allihop och välkomna. Jag heter Cecilia Ahlgren och jobbar med verksamhetsutveckling på socialförvaltningen i Ekeviks kommun. Vi spelar in och transkriberar, men inga namn kommer med i rapporten. Går det bra för alla?"),
    B(MS, "Ja, absolut."),
    B(JL, "Mm, det går bra."),
    B(KL, "Kör."),
    M(C, "Tack. Vi börjar med en kort runda. Säg vad du heter och lite om hur det kom sig att du behövde söka ekonomiskt bistånd, så mycket du vill berätta. Mikael, vill du börja?"),
    P(MS, "Ja. Mikael, fyrtiosex, jag bor i Tallåsen. Jag jobbade på lagret ute vid Hagtorp i, eh, nästan tolv år, och så la de ner. Hela lagret, alltså, det flyttade till Jönköping. Och jag hade a-kassa ett tag, men sen tog den slut, och då var det ju... ja. Då fanns det inte så mycket annat.", LS, N, -1, "neutral"),
    M(C, "Tack, Mikael. Jessica?"),
    P(JL, "Jessica, trettiotvå. Jag separerade förra hösten och har barnen, två stycken, fyra och sju. Och han betalar inget, alltså, underhållsstödet kommer från Försäkringskassan, men det... det räcker ju inte ens till hyran. Så.", BF, N, -1, "neutral"),
    M(C, "Mm. Daniel?"),
    P(DO, "Daniel. Tjugosju. Eh, jag bodde hos min pappa, och så flyttade han till Norge med sin nya, och jag hade bara timmar på ett café, typ tio timmar i veckan. Så det gick inte ihop med hyran när jag skulle ta över kontraktet.", LS, N, -1, "neutral"),
    M(C, "Hodan?"),
    P(HW, "Hodan heter jag. Jag har fyra barn och jag bor i Brogården. Jag har läst SFI och sen vårdbiträde, kursen, men jag har inte fått fast jobb. Bara timmar ibland. Och min man och jag... vi bor inte ihop längre.", LS, N, 0, "neutral"),
    M(C, "Och Kent."),
    P(KL, "Kent. Femtioåtta. Ryggen. [skratt] Nej men, jag har jobbat som snickare i trettio år och ryggen sa ifrån. Försäkringskassan tyckte att jag kunde jobba med nåt annat, nåt lättare, och då blev det ingen sjukpenning. Så då hamnade man här. Det hade jag aldrig trott, ska jag säga.", LS, N, -1, "neutral"),
    M(C, "Tack allihop. Om vi går till när ni först började fundera på att söka. Hur fick ni reda på att det fanns, och hur man gör?"),
    P(MS, "Det var min syster som sa det. Jag ville inte, alltså. Jag tänkte att socialen, det är inte för mig, det är för... ja, andra. Jag satt nog två månader och åt upp sparpengarna först.", SK, FI, -1, "pain"),
    P(JL, "Jag googlade. Och kom till kommunens sida, och där stod det mest om vad man inte fick ha. Typ att man ska ha sålt bilen och tagit ut sitt pensionssparande och så. Jag fattade inte om jag ens kunde söka.", BR, FI, -1, "pain"),
    P(HW, "Jag ringde kontaktcenter. Och hon var snäll, hon förklarade att man måste boka ett nybesök först, och vad jag skulle ta med.", HL, FI, 1, "praise"),
    M(C, "Mm. Kent, hur var det för dig?"),
    P(KL, "Arbetsförmedlingen sa att jag skulle gå till kommunen. Och kommunen sa att jag först skulle överklaga Försäkringskassan. [suckar] Så man gick runt i en ring ett tag.", AF, FI, -1, "pain"),
    P(DO, "Jag kollade bara på webben. Det fanns en sån där, vad heter det, provberäkning? Man fyller i hyran och vad man har, och så ser man typ om man har rätt till nåt. Den var faktiskt bra.", DG, FI, 1, "praise"),
    M(C, "Vad bra. Och sen själva ansökan, hur gick den till?"),
    P(JL, "Först var det ett nybesök. Och där skulle jag ha med kontoutdrag för tre månader, från alla konton, hyreskontrakt, underhållsbeslutet, barnbidraget... en hel lista. Jag hade inte allt. Så vi fick boka en ny tid.", UB, AP, -1, "pain"),
    P(MS, "Samma här. Tre månaders kontoutdrag. Och jag hade ett gammalt sparkonto med tvåhundra kronor på som jag hade glömt bort. Det skulle också med.", UB, AP, -1, "pain"),
    P(HW, "[skratt] Ja, allt ska med.", UB, AP, -1, "pain"),
    M(C, "Gjorde ni ansökan på webben eller på papper?"),
    P(DO, "På webben, med BankID. Det gick snabbt, asså, tio minuter kanske. Man fotade kontoutdragen med mobilen och laddade upp.", DG, AP, 1, "praise"),
    P(KL, "Jag har inget BankID. Jag hade, men det gick ut, och banken på Storgatan har ju stängt kontoret. Så jag fick hämta en pappersblankett i receptionen. Och den var på åtta sidor.", DG, AP, -1, "pain"),
    M(C, "Åtta sidor?"),
    P(KL, "Åtta sidor. Och sen skulle man skicka med kopior, och jag har ingen skrivare. Biblioteket. Två kronor sidan.", DG, AP, -1, "pain"),
    P(MS, "Jag gjorde den på datorn på biblioteket, jag också. Det gick väl. Inte särskilt krångligt. Men man sitter ju där bland folk med sina kontoutdrag uppe på skärmen.", DG, AP, 0, "neutral"),
    P(HW, "Min dotter hjälper mig med BankID. Hon är femton. Hon gör allt i telefonen, jag säger bara koden.", DG, AP, 0, "neutral"),
    M(C, "Okej. Och efter att ni hade skickat in, vad hände då?"),
    P(JL, "Ingenting. [skratt] Nej men, det tog tre veckor. Och under tiden kom hyran. Jag fick ringa hyresvärden och säga att den kommer sen.", VO, PR, -1, "pain"),
    P(MS, "Jag fick en komplettering. Sen en till. Först ville de ha lönespecar från lagret, från sista månaderna. Sen ville de ha beslutet från a-kassan. Sen ville de ha kontoutdraget igen, för att datumet hade gått. Och varje gång börjar det om, typ.", UB, PR, -1, "pain"),
    M(C, "Hur lång tid tog det för er andra?"),
    P(KL, "Två veckor. Men jag hade ju ingenting kvar, så de tog mig före, tror jag.", VO, PR, 0, "neutral"),
    P(HW, "Jag minns inte. En månad? Det var länge sen nu.", VO, PR, 0, "neutral"),
    M(C, "Mm. Var det samma handläggare hela tiden?"),
    P(MS, "Nej. Tre. På fyra månader. Och den tredje visste inte att jag hade skickat in det där a-kassebeslutet.", HL, PR, -1, "pain"),
    P(DO, "Jag har haft samma hela tiden. Emir. Han är bra. Han svarar på meddelanden samma dag, nästan.", HL, PR, 1, "praise"),
    P(KL, "Jag har aldrig träffat min. Det är telefon. Telefontid nio till tio, och då ska man ringa, och det tutar upptaget.", HL, PR, -1, "pain"),
    P(HW, "Jag har haft två. Den första var sträng, asså, hon pratade bara om regler. Den andra är bättre. Hon lyssnar.", HL, PR, 0, "neutral"),
    B(JL, "Precis."),
    M(C, "Några av er har nämnt planeringssamtal. Vad är det för något?"),
    P(HW, "Det är när man sitter med handläggaren och pratar om, eh, vad ska du göra. Jobb, kurs. De skriver en plan.", AK, PR, 0, "neutral"),
    P(JL, "Jag tyckte det var konstigt. Hon frågade vad jag hade för mål, och jag sa, asså, att få ihop det med hyran. Det var liksom inte rätt svar. [skratt]", AK, PR, -1, "pain"),
    M(C, "[skratt] Och besluten, hur var det att få beslutet?"),
    P(MS, "Det var fyra sidor. Och mitt i stod det 'beviljas delvis'. Och jag fick läsa det tre gånger innan jag fattade vilken del som inte.", BR, DE, -1, "pain"),
    P(JL, "Jag fick avslag på, eh, det var en säng till min son. Han hade växt ur sin. Och de sa att det ingår i normen, att man ska spara till sånt. Spara. Av vad?", NP, DE, -1, "pain"),
    B(KL, "Av vad, ja."),
    M(C, "Vet ni hur normen räknas, eller vad den ska räcka till?"),
    P(DO, "Ungefär. Mat, kläder, telefon, hygien, sånt. Det finns en lista på webben.", NP, DE, 0, "neutral"),
    P(HW, "Den tar slut den tjugonde. Varje månad. Sen är det pasta och ris.", NP, US, -1, "pain"),
    P(MS, "Det är det ingen pratar om. Man lever ju inte på en månad, man lever på tjugo dagar, och sen väntar man.", NP, US, -1, "pain"),
    P(KL, "Och tandläkaren. Den har jag skjutit upp i två år nu. Man kan söka för det, men det ska vara akut, och en kostnadsberäkning ska med.", NP, US, -1, "pain"),
    M(C, "Hur fungerar utbetalningarna?"),
    P(JL, "Pengarna kommer den tjugofemte, om man har skickat in månadsansökan i tid. Men om det saknas nåt papper så kommer det inget, och det vet man inte förrän man kollar kontot.", VO, US, -1, "pain"),
    P(DO, "Jag fick faktiskt pengarna dagen efter beslutet, första gången. Det var snabbt. Inte dåligt alls.", VO, US, 1, "praise"),
    M(C, "Mm. Ni nämnde månadsansökan. Hur är det att göra den varje månad?"),
    P(KL, "Det är som att börja om. Varje månad. Kvitton, kontoutdrag, hyresavi. Jag har en pärm nu. [skratt] Den är tjock.", UB, US, -1, "pain"),
    P(HW, "Och om barnen har fått pengar av farmor på födelsedagen, då ska det också in. Det räknas som inkomst.", UB, US, -1, "pain"),
    P(JL, "Jag skäms när jag ska handla. Eller, inte skäms, men... jag räknar allt i kassan, och barnen vet att de inte ska fråga.", SK, US, -1, "pain"),
    M(C, "Vill ni säga mer om det, hur det känns?"),
    P(KL, "Jag har inte sagt det till mina gamla arbetskamrater. De tror att jag är sjukskriven. Vilket jag ju är, egentligen. [skratt] Fast inte på papperet.", SK, US, -1, "pain"),
    P(DO, "Jag har inte sagt det till min pappa ens.", SK, US, -1, "pain"),
    P(MS, "Det blir bättre. I början ville jag inte ens sitta i väntrummet. Nu bryr jag mig inte. Eller, mindre.", SK, US, 0, "neutral"),
    P(HW, "Min handläggare sa en gång att det här är en rättighet, inte en gåva. Det tänker jag på ibland.", SK, PR, 1, "praise"),
    M(C, "Tack. Vi pratade om planeringen. Hur är det med kraven på att söka jobb eller vara med i insatser?"),
    P(DO, "Jag skulle börja på arbetsmarknadsenheten. Först var det en introduktionsvecka, sen praktik på en second hand-butik. Och det var fint, asså, men det ledde inte till nåt. Tre månader, sen var det slut.", AK, US, 0, "pain"),
    P(KL, "Och jag med ryggen. Kommunen säger att jag ska stå till arbetsmarknadens förfogande. Försäkringskassan säger att jag kan jobba. Läkaren säger att jag inte får lyfta. Alla har sitt papper.", AF, US, -1, "pain"),
    B(JL, "Mm."),
    P(KL, "Och en gång skulle jag vara på ett möte på Arbetsförmedlingen och ett på AME samma förmiddag. Då fick jag välja, och den jag valde bort skrev att jag uteblev.", AF, US, -1, "pain"),
    M(C, "Oj. Hur löste det sig?"),
    P(KL, "Det löste sig. Min handläggare ringde dit. Men det tog en månad.", AF, US, 0, "neutral"),
    P(HW, "För mig var praktiken bra. Jag var på ett äldreboende, och nu har jag timmar där. Så, det var inte dåligt alls.", AK, US, 1, "praise"),
    M(C, "Hodan, hur har det varit med språket när du har haft kontakt med socialtjänsten?"),
    P(HW, "I början hade jag tolk. Nu pratar jag själv. Men breven är svåra, asså, de är skrivna för jurister. Min dotter läser dem ibland.", ST, DE, -1, "pain"),
    P(DO, "De är svåra för oss också. [skratt]", BR, DE, -1, "pain"),
    M(C, "[skratt] Ja. Jessica, du nämnde barnen tidigare. Hur märks det här för dem?"),
    P(JL, "Min äldsta ville börja på fotboll. Det kostar åttahundra för terminen, plus skor. Jag sa att vi får se. Hon har slutat fråga.", BF, US, -1, "pain"),
    P(HW, "Det finns en fritidsbank vid biblioteket. Där lånar vi skridskor och sånt. Det är bra.", BF, US, 1, "praise"),
    P(JL, "Jag sökte pengar till fotbollen också, som extra. Avslag. Det ingår i normen, fritid.", BF, DE, -1, "pain"),
    M(C, "Tack. Har någon av er gått vidare, till jobb eller studier, eller funderat på vad som händer när biståndet slutar?"),
    P(MS, "Jag har fått ett jobb nu, från december, på ett åkeri. Visstid. Och nu är jag rädd att första lönen kommer och så är det nåt som ska betalas tillbaka.", BR, FU, 0, "pain"),
    P(DO, "Jag vet inte ens hur det funkar när man slutar. Slutar det bara? Ringer nån?", VO, FU, -1, "question"),
    M(C, "Bra fråga, den tar jag med mig. Kent?"),
    P(KL, "För mig slutar det väl när jag fyller sextiofem. [skratt] Nej men, jag har överklagat Försäkringskassan igen. Får jag sjukersättning så är jag ute härifrån.", AF, FU, -1, "neutral"),
    M(C, "Sista frågan. Om ni fick ändra en sak, vad skulle det vara?"),
    P(JL, "Att man inte ska behöva skicka samma papper varje månad. Hyreskontraktet har inte ändrats. Det hade varit bra om de bara kunde spara det.", UB, US, 0, "suggestion"),
    P(MS, "En handläggare. Samma. Hela vägen.", HL, PR, 0, "suggestion"),
    P(DO, "Att man fick veta ungefär när beslutet kommer. Typ ett sms: ditt ärende handläggs, beslut inom tio dagar. Det hade varit bra.", VO, PR, 0, "suggestion"),
    P(HW, "Brev på enkel svenska. Inte bara för mig, för alla.", ST, DE, 0, "suggestion"),
    P(KL, "Att kommunen och Försäkringskassan och Arbetsförmedlingen pratar med varandra. Inte genom mig.", AF, US, -1, "suggestion"),
    M(C, "Tack så mycket allihop. Det här var jättevärdefullt."),
    B(JL, "Tack själv."),
    B(KL, "Tack, tack. Hej då."),
    B(HW, "Hej då!"),
]

# ---------------------------------------------------------------------------
# Session 2: fokusgrupp-2.xlsx (in person, Medborgarkontoret Brogården), 2025-10-09
# ---------------------------------------------------------------------------
MO, RO, AM, PA, LI, SA = "Moderator", "Roland", "Amra", "Patrik", "Linnea", "Sanna"
FG2 = [
    M(MO, "Då sätter vi igång. Välkomna hit till Brogården, och ta gärna mer kaffe. Jag heter Per och är moderator i dag. Vi spelar in ljudet, men det är bara för att kunna skriva ut det, och inga namn kommer med i rapporten."),
    B(RO, "Finns det socker?"),
    M(MO, "Där borta, vid termosarna."),
    B(AM, "Här. [skratt]"),
    M(MO, "Tack. Vi tar en presentationsrunda. Namn, och hur du kom i kontakt med ekonomiskt bistånd. Roland, vill du börja?"),
    P(RO, "Roland. Sextioett år. Jag var inköpare på samma företag i trettiotvå år. Sen köptes vi upp, och så var det omorganisation, och så var jag, ja, överflödig. Och i min ålder, asså, det är ingen som ringer tillbaka. Jag har sökt tvåhundra jobb. Tvåhundra.", LS, N, -1, "neutral"),
    P(AM, "Amra. Jag är fyrtiofyra, jag kom hit från Bosnien när jag var elva, så jag är ju svensk egentligen. [skratt] Jag har fibromyalgi, och jag har varit sjukskriven av och på. Och när sjukpenningen tog slut, alltså, då blev det socialen.", LS, N, -1, "neutral"),
    P(PA, "Patrik, trettiofem. Jag var kock. Restaurangen gick i konkurs efter pandemin, och sen blev det lite rörigt i mitt liv, ska vi säga. Men nu jobbar jag igen, sen i våras, så jag är ute ur det.", LS, N, 0, "neutral"),
    P(LI, "Linnea. Jag har en dotter som är två. Jag pluggade till undersköterska när jag blev gravid, och sen blev det uppehåll, och föräldrapenningen på lägstanivån, det är ju inget. Hennes pappa är inte med i bilden.", BF, N, -1, "neutral"),
    P(SA, "Sanna, tjugofyra. Jag... blev sjuk. Psykiskt, alltså. Jag hoppade av gymnasiet och har bott hos mamma, men det gick inte längre. Så jag har en egen lägenhet nu, en etta, och det är där bidraget kommer in.", LS, N, -1, "neutral"),
    M(MO, "Tack. Jag vill börja lite annorlunda i dag. Vad har varit svårast, om ni tänker på hela tiden med biståndet?"),
    P(RO, "För mig? Att gå dit. Första gången stod jag utanför entrén och låtsades prata i telefon. I tio minuter. Jag har ju varit chef.", SK, AP, -1, "pain"),
    P(SA, "Att inte veta. Om pengarna kommer. Man kollar banken typ tio gånger om dagen runt den tjugofemte.", VO, US, -1, "pain"),
    P(AM, "Att jag är för sjuk för Arbetsförmedlingen och för frisk för Försäkringskassan. Och så ska kommunen bestämma vilket. [suckar]", AF, US, -1, "pain"),
    B(LI, "Ja, exakt."),
    P(PA, "Papper. Allt är papper. Man ska bevisa att man inte har pengar, och hur bevisar man nåt som inte finns?", UB, AP, -1, "pain"),
    B(SA, "Ja, men —"),
    P(AM, "— och när man har bevisat det så ska man bevisa det igen nästa månad.", UB, US, -1, "pain"),
    B(SA, "Ja, det var det jag skulle säga. [skratt]"),
    M(MO, "Vi kommer tillbaka till alltihop. Om vi tar det från början: hur sökte ni?"),
    P(LI, "E-tjänsten. Med BankID. Inte särskilt krångligt, faktiskt. Man svarar på frågor och så laddar man upp.", DG, AP, 1, "praise"),
    P(RO, "Jag gjorde den på datorn, och den hängde sig när jag skulle ladda upp kontoutdragen. PDF:en var för stor, tydligen. Så jag fick göra om allt från början.", DG, AP, -1, "pain"),
    P(AM, "Jag har BankID, men jag gör det inte i mobilen, skärmen är för liten för allt man ska fotografera. Jag går till medborgarkontoret här. De har en dator där man får sitta, och en kille som hjälper till om man fastnar.", DG, AP, 0, "neutral", cellbreak=True),
    P(PA, "Jag gick dit. Jag hade inte ens en adress då, eller, jag bodde hos en kompis. Och hon i receptionen hjälpte mig att fylla i, på papper. Hon var schysst.", HL, AP, 1, "praise"),
    P(SA, "Jag behövde ett hyreskontrakt, men jag hade ju precis fått lägenheten och kontraktet var inte klart. Så de kunde inte räkna på hyran. Och utan pengar kunde jag inte betala första hyran. Så det var som, ja, hönan och ägget.", UB, AP, -1, "pain"),
    B(AM, "Mm. Precis så."),
    M(MO, "Hur länge fick ni vänta på beslut?"),
    P(RO, "Tre veckor.", VO, PR, 0, "neutral"),
    P(LI, "Jag fick på nio dagar.", VO, PR, 1, "praise"),
    P(SA, "Fem veckor. För att de ville ha ett intyg från psykiatrin, och psykiatrin har ju sin egen kö.", VO, PR, -1, "pain"),
    P(AM, "För mig var det inte väntan, det var att handläggaren slutade. Mitt i. Och den nya hade inte läst. Hon frågade om jag hade barn. Jag har tre. Det står ju där.", HL, PR, -1, "pain"),
    B(PA, "[skratt] Det står ju där."),
    M(MO, "Fick ni något besked medan ni väntade?"),
    P(LI, "Nej. Det står 'pågående' på Mina sidor. Det står det tills det inte står det.", VO, PR, -1, "pain"),
    P(RO, "Man kan ringa på telefontiden. Men —", HL, PR, 0, "neutral"),
    P(AM, "— och den är en timme.", HL, PR, -1, "pain"),
    P(RO, "En timme, ja. Och vad ska de säga? 'Den ligger hos handläggaren.'", VO, PR, -1, "pain"),
    B(SA, "[skratt]"),
    P(RO, "Och Mina sidor är en annan sida än e-tjänsten. Samma BankID, men en annan sida. Jag har tre bokmärken. [skratt]", DG, PR, -1, "pain"),
    M(MO, "Och när beslutet kom, hur var det?"),
    P(AM, "Jag fick delvis avslag för att jag hade fått tillbaka på skatten, elvahundra kronor. Det räknades som inkomst. Och de pengarna hade jag redan använt till tandläkaren.", BR, DE, -1, "pain"),
    P(PA, "Jag förstod mitt beslut. Det var tydligt, faktiskt. Så mycket för hyran, så mycket för normen. Men det kom på papper, och jag hade ingen adress, så det kom till kompisen.", BR, DE, 0, "praise"),
    P(SA, "Kan man överklaga, förresten? Om man tycker att det är fel?", BR, DE, 0, "question"),
    P(RO, "Det kan man.", BR, DE, 0, "neutral"),
    P(AM, "Det står längst ner. Men jag gjorde det en gång, och det tog fyra månader, och jag fick rätt, men då var det ju redan... ja. Då hade jag redan lånat av min bror.", BR, DE, -1, "pain"),
    M(MO, "Hur är det med pengarna i vardagen?"),
    P(LI, "Blöjor. Det är blöjor. Och hon växer ur kläderna var tredje månad. Normen för en tvååring är inte gjord för det.", NP, US, -1, "pain"),
    P(RO, "Jag har gått ner åtta kilo. Inte för att jag ville. [skratt] Nej men, det är mat för en vecka som ska räcka tio dagar.", NP, US, -1, "pain"),
    P(PA, "Man blir bra på att laga mat, i alla fall. Linser. Jag kan tjugo rätter med linser. [skratt]", NP, US, 0, "neutral"),
    B(SA, "Lär mig. [skratt]"),
    P(AM, "Och om nåt går sönder. Min tvättmaskin gick sönder. Jag sökte och fick avslag, för att det finns tvättstuga i huset. Ja, men med tre barn?", NP, DE, -1, "pain"),
    P(LI, "Förskoleavgiften räknas in i biståndet, det visste jag inte förrän handläggaren sa det. Det var skönt.", BF, DE, 1, "praise"),
    P(AM, "Mina är tonåringar. De skäms mer än jag. [skratt] Min dotter vill inte att kompisarna ska komma hem till oss.", BF, US, -1, "pain"),
    P(SA, "Jag fick hjälp med elräkningen en gång, utöver. Min handläggare ringde till och med elbolaget åt mig. Hon är guld.", HL, US, 1, "praise"),
    M(MO, "Några av er har varit på arbetsmarknadsenheten. Hur har det varit?"),
    P(RO, "Jag fick gå en kurs i att skriva CV. Jag har anställt folk i tjugo år. Jag har läst fler CV än hon som höll kursen. Men det var obligatoriskt, annars kunde det påverka biståndet.", AK, US, -1, "pain"),
    P(PA, "För mig var det AME som fick mig tillbaka. De hade en handledare, Sara, som typ ringde mig på morgonen de första veckorna. Hon fixade praktiken på ett storkök, och där är jag nu. Anställd.", AK, US, 1, "praise"),
    P(SA, "Jag har inte orkat. Jag har ett läkarintyg, men det gäller bara tre månader, och sen ska jag in på nåt igen. Och det är, det är den rädslan hela tiden.", AK, US, -1, "pain"),
    P(AM, "Och Arbetsförmedlingen hade mig inskriven på en kurs, och AME ville att jag skulle vara på praktik. Samma tider. Och båda sa att det är deras som gäller.", AF, US, -1, "pain"),
    B(RO, "Men gud."),
    P(LI, "Jag fick ju göra klart utbildningen. Min handläggare sa att det var okej, att det räknas. Det var skönt. Men jag var rädd att de skulle säga att jag skulle söka vilket jobb som helst i stället.", AK, PR, 0, "praise"),
    M(MO, "Patrik, du har lämnat biståndet. Hur var det, själva steget ut?"),
    P(PA, "Det var... den första lönen kom, och samtidigt hade jag fått bistånd för samma månad. Så de skickade ett återkrav. Elva tusen. Jag hade ju sagt till, men det hann inte registreras, eller vad det var.", BR, FU, -1, "pain"),
    B(RO, "Oj."),
    P(PA, "Vi gjorde en avbetalningsplan. Femhundra i månaden. Det går. Men det kändes som att man blir straffad för att man fick jobb.", BR, FU, -1, "pain"),
    M(MO, "Fick du någon uppföljning efteråt, att någon hörde av sig?"),
    P(PA, "Nej. Det kom bara ett brev om att ärendet var avslutat. Det hade varit kul om nån hade sagt grattis, typ. [skratt] Nej men på riktigt.", HL, FU, 0, "suggestion"),
    M(MO, "Vad skulle ni vilja ändra, om ni fick bestämma?"),
    P(AM, "Ett möte. Med alla. Läkaren, Försäkringskassan, Arbetsförmedlingen, socialen. I samma rum. En gång.", AF, US, 0, "suggestion"),
    P(LI, "Att pengarna kommer samma dag varje månad, även om det fattas ett papper, och så får man komplettera efteråt. Det hade varit bra om man kunde planera.", VO, US, 0, "suggestion"),
    P(RO, "Att man får göra nåt som passar. Jag kunde ha hjälpt de andra med deras CV i stället. [skratt]", AK, US, 0, "suggestion"),
    P(SA, "Att de inte pratar om en som ett ärende. Jag är inte ett ärende.", SK, PR, -1, "suggestion"),
    B(PA, "Skriv det på väggen. [skratt]"),
    M(MO, "[skratt] Det gör vi. Tack allihop, verkligen."),
    B(AM, "Tack för kaffet."),
    B(RO, "Ja, tack."),
]

# ---------------------------------------------------------------------------
# Session 3: intervju-1.docx (two-column table), 2025-10-14
# ---------------------------------------------------------------------------
IV, TH = "Intervjuare", "Therese"
IV1 = [
    M(IV, "Tack för att du tar dig tid. Går det bra att jag spelar in?"),
    B(TH, "Ja, absolut. Det är lugnt."),
    M(IV, "Kan du börja med att berätta lite om dig själv?"),
    P(TH, "Ja. Therese heter jag, fyrtioett. Jag har två barn, Wilma som är tretton och Elton som är nio. Jag och deras pappa separerade i vintras, och jag flyttade ut med barnen. Det gick ganska fort, ska jag säga. Det var inte... det var inget bra hem att vara kvar i.", BF, N, -1, "neutral"),
    M(IV, "Mm. Hur kom det sig att du sökte ekonomiskt bistånd?"),
    P(TH, "Jag jobbar sjuttiofem procent i en skolmatsal. Det räckte när vi var två som betalade. Men själv, med hyran och två barn, så gick det inte ihop. Och jag hade en kollega som hade sökt när hon skilde sig, hon sa att man kan få som ett tillskott.", LS, N, -1, "neutral"),
    M(IV, "Hur tog du reda på hur man gör?"),
    P(TH, "Jag ringde kontaktcenter. Och jag fick prata med en som var jättebra, hon gick igenom vad jag skulle ha med mig. Hon sa till och med att jag skulle ta med underhållsbeslutet, det hade jag aldrig kommit på själv.", HL, FI, 1, "praise"),
    M(IV, "Hur gick själva ansökan till?"),
    P(TH, "Det stora problemet var lägenheten. Jag hyr i andra hand av en kille som jobbar utomlands. Och de ville ha ett godkännande från hyresvärden. Och han hade inte, alltså, han hade inte frågat hyresvärden.", UB, AP, -1, "pain"),
    M(IV, "Vad hände då?"),
    P(TH, "De sa att utan godkännande kunde de inte räkna med hela hyran. Bara en skälig del, eller vad det hette.\n\nSå jag fick ringa honom i Dubai och be honom fixa det med hyresvärden. Det tog sex veckor.", UB, AP, -1, "pain"),
    M(IV, "Sex veckor. Hur klarade ni er under tiden?"),
    P(TH, "Jag lånade av min mamma. Och vi fick en matkasse via kyrkan en gång. Det var... ja, det var första gången jag gjorde nåt sånt.", VO, PR, -1, "pain"),
    M(IV, "Sökte du något akut under tiden?"),
    P(TH, "Nej. Ingen sa att man kunde. Det fick jag veta efteråt, att det finns nåt som heter nödbistånd.", HL, PR, -1, "pain"),
    M(IV, "Hur har du upplevt kontakten med handläggaren?"),
    P(TH, "Bra, faktiskt. Min handläggare heter Lejla, hon var rak. Hon sa vad hon behövde och varför. Och när det drog ut på tiden med kontraktet så ringde hon mig, jag behövde inte jaga.", HL, PR, 1, "praise"),
    M(IV, "Har du fått träffa henne?"),
    P(TH, "En gång, på nybesöket. Sen har det varit telefon och meddelanden i e-tjänsten. Det funkar. Man kan ju inte begära mer, de har ju hur många ärenden som helst.", HL, PR, 0, "neutral"),
    M(IV, "Hur ofta har du bytt handläggare?"),
    P(TH, "Aldrig. [skratt] Peppar, peppar.", HL, PR, 1, "praise"),
    M(IV, "Och barnen, hur har det påverkat dem?"),
    P(TH, "Wilma förstår. Hon är tretton, hon ser när jag räknar. Hon har slutat be om saker. Och det är nästan värre, att hon skyddar mig.", BF, US, -1, "pain"),
    M(IV, "Och för dig själv?"),
    P(TH, "Jag har inte berättat för nån på jobbet. De skulle inte förstå. Eller, de skulle förstå, det är det som är grejen. Jag vill inte att de ska tycka synd om mig.", SK, US, -1, "pain"),
    M(IV, "Har du fått stöd för barnens saker?"),
    P(TH, "Jag fick till glasögon för Elton. Det gick igenom. Men skolresan, den fick jag avslag på, för att den ingick i normen. Fast det gör den ju inte, den kostar tolvhundra.", BF, DE, 0, "pain"),
    M(IV, "Vad gjorde du då?"),
    P(TH, "Inget. Jag orkade inte överklaga. Skolan betalade till slut, kuratorn fixade det via en fond.", BR, DE, 0, "neutral"),
    M(IV, "Du har ju ett jobb också. Hur fungerar det ihop med biståndet?"),
    P(TH, "Det är det som är konstigt. Om jag tar ett extrapass så dras det av krona för krona nästa månad. Så jag jobbar en lördag och får exakt lika mycket. Det är som att det inte lönar sig.", BR, US, -1, "pain"),
    M(IV, "Och månadsansökan, hur går den?"),
    P(TH, "Den gör jag i mobilen. Lönespecen, kontoutdraget, barnbidraget, underhållet. Och de vill ha kontoutdraget från den första till den sista, och banken visar bara trettio dagar bakåt i appen, så om man är sen måste man beställa. Det är såna små saker.", UB, US, -1, "pain"),
    M(IV, "Har det hänt att något saknats?"),
    P(TH, "En gång. Jag hade glömt en sida. Då kom pengarna en vecka senare. Och då var hyran redan försenad, så det blev en påminnelseavgift.", VO, US, -1, "pain"),
    M(IV, "Finns det något som har varit bättre än du trodde?"),
    P(TH, "Bemötandet. Jag trodde att de skulle se ner på en. Men de har varit vänliga, alla. Till och med hon i receptionen kommer ihåg barnens namn.", HL, US, 1, "praise"),
    M(IV, "Och hur ser du på framtiden?"),
    P(TH, "Jag har sökt heltid i kommunen. Om jag får det behöver jag inte det här längre. Det är målet. Min handläggare sa att jag kan få ett sista tillskott första månaden, för att lönen kommer i efterskott. Det visste jag inte.", AK, FU, 0, "neutral"),
    M(IV, "Om du fick ändra en sak, vad skulle det vara?"),
    P(TH, "Att man inte ska behöva skicka allt varje gång. Om inget har ändrats kunde man ju bara kryssa i en ruta: inget har ändrats. Och så kollar de med stickprov.", UB, US, 0, "suggestion"),
    M(IV, "Bra idé. Något mer?"),
    P(TH, "Att breven var kortare. Jag är ju svensk och läser mycket, men besluten, de är skrivna för nån annan.", BR, DE, 0, "suggestion"),
    M(IV, "Tack så mycket, Therese."),
    B(TH, "Tack själv. Det var skönt att prata, faktiskt.", 1, "praise"),
]

# ---------------------------------------------------------------------------
# Session 4: intervju-2.srt (Zoom), 2025-10-15
# ---------------------------------------------------------------------------
PE, OS = "PER", "OSKAR"
IV2 = [
    M(PE, "Så, nu spelar den in. Hör du mig bra, Oskar?"),
    B(OS, "Ja, det funkar. Lite eko bara."),
    M(PE, "Det är nog jag. [skratt] Vi kör ändå. Kan du börja med att berätta lite om dig?"),
    P(OS, "Eh, ja. Oskar, tjugotre. Jag bor i Solbacka, i en etta. Jag flyttade hemifrån när jag var nitton, det funkade inte med mamma och hennes kille. Och jag har inte gått ut gymnasiet, så det har varit svårt med jobb. Mest sånt där via bemanning, lager, en vecka här och där.", LS, N, -1, "neutral"),
    M(PE, "Hur kom det sig att du sökte ekonomiskt bistånd?"),
    P(OS, "Bemanningsföretaget slutade ringa. Bara så. Och jag hade typ ingen a-kassa, jag hade inte jobbat tillräckligt. Så efter en månad hade jag inga pengar alls.", LS, N, -1, "neutral"),
    M(PE, "Hur visste du vart du skulle vända dig?"),
    P(OS, "Arbetsförmedlingen. Jag skrev in mig där, och hon jag pratade med sa att jag kunde söka försörjningsstöd hos kommunen. Hon skrev upp det på en lapp.", AF, FI, 1, "praise"),
    M(PE, "Och sen?"),
    P(OS, "Sen skulle jag söka i e-tjänsten, och då behövs BankID. Och jag hade tappat mitt id-kort på en fest, eh, året innan. Så jag hade inget BankID. Och för att få ett nytt id-kort måste man betala fyrahundra kronor till polisen. Och de pengarna hade jag ju inte.", DG, AP, -1, "pain"),
    M(PE, "Hur löste du det?"),
    P(OS, "Det fanns en pappersblankett. Men den hittade jag inte på webben, man fick ringa och be om den. Och sen kom den med posten, fyra dagar.", DG, AP, -1, "pain"),
    M(PE, "Mm."),
    P(OS, "Och id-kortet fick jag hjälp med sen, de betalade det som en extra grej. Så nu har jag BankID. Det var typ det första de gjorde.", DG, DE, 1, "praise"),
    M(PE, "Hur var det att komma på nybesöket?"),
    P(OS, "Konstigt. Jag var typ yngst i väntrummet, och det satt en kille där som jag gick i skolan med. Vi låtsades inte se varandra. [skratt]", SK, AP, -1, "pain"),
    M(PE, "[skratt] Och själva samtalet?"),
    P(OS, "Hon var okej. Hon frågade mycket, om mamma och så, varför jag inte kunde bo kvar där. Det kändes lite som ett förhör, men jag fattar ju varför.", HL, AP, 0, "neutral"),
    M(PE, "Hur lång tid tog det innan du fick beslut?"),
    P(OS, "Två veckor. Ungefär.", VO, PR, 0, "neutral"),
    M(PE, "Var det okej?"),
    P(OS, "Nej, alltså, jag hade ju noll kronor. Jag åt hos en kompis. Men de gav mig nödbistånd, vad var det, sexhundra, till mat, första dagen. Så det var ändå... det var schysst.", VO, PR, 0, "praise"),
    M(PE, "Du nämnde Arbetsförmedlingen. Hur funkar det ihop med kommunen?"),
    P(OS, "Det är två olika grejer som ska rapporteras. Till Arbetsförmedlingen gör jag aktivitetsrapport varje månad, och till kommunen ska jag skicka en lista på jobben jag har sökt. Samma jobb. Två ställen. Och formatet är olika.", AF, US, -1, "pain"),
    M(PE, "Hur många jobb ska du söka?"),
    P(OS, "Kommunen säger tio i veckan. Eller, min handläggare säger det. Och det är ju, asså, det finns inte tio jobb i veckan som jag kan få. Så man söker sånt man vet att man inte får.", AK, US, -1, "pain"),
    M(PE, "Har du varit med i någon insats, på arbetsmarknadsenheten?"),
    P(OS, "Ja, nu är jag på en grej som heter Steget, det är typ för unga. Vi håller på med truckkort. Det är faktiskt bra. Om jag får truckkortet får jag nog jobb på lagret vid hamnen.", AK, US, 1, "praise"),
    M(PE, "Vad bra. Har du bytt handläggare någon gång?"),
    P(OS, "Två gånger. Den andra var bäst, hon svarade i appen... i e-tjänsten, alltså, samma dag. Sen slutade hon. Nu har jag en som jag inte har träffat.", HL, PR, -1, "pain"),
    M(PE, "Hur är det med pengarna? Räcker de?"),
    P(OS, "Asså. Nej. Hyran betalas, elen betalas. Men mobilen och busskortet, busskortet kostar typ sexhundra i månaden, och det ska jag ju ha för att åka till Steget. Det är innan jag har ätit nåt.", NP, US, -1, "pain"),
    M(PE, "Mm."),
    P(OS, "Fast jag fick busskortet betalt sen, när jag frågade. Man måste fråga. Ingen säger det.", NP, US, 0, "pain"),
    M(PE, "Vad säger dina kompisar om att du har bistånd?"),
    P(OS, "De vet inte. Eller, en vet. Han har också. Vi snackar inte om det direkt.", SK, US, 0, "neutral"),
    M(PE, "Och hur tänker du framåt?"),
    P(OS, "Truckkortet. Sen jobb. Sen ut härifrån. [skratt] Jag vill inte ha det här när jag är trettio.", AK, FU, 0, "neutral"),
    M(PE, "Sista frågan: om du fick ändra en sak?"),
    P(OS, "Att Arbetsförmedlingen och kommunen hade samma lista. Jag skickar samma sak två gånger varje månad. Det hade varit bra om man bara gjorde det en gång.", AF, US, 0, "suggestion"),
    M(PE, "Tack, Oskar. Kan vi höra av oss om vi har någon följdfråga?"),
    B(OS, "Ja. Ring 070-174 06 72, det är bäst. Jag svarar inte på mejl."),
    M(PE, "Toppen. Lycka till med truckkortet."),
    B(OS, "Tack. Hej!"),
]

# ---------------------------------------------------------------------------
# Session 5: intervju-3.txt, interpreter-mediated (dari, phone interpreter), 2025-10-16
# ---------------------------------------------------------------------------
TO, NA = "Tolk", "Nasrin"
IV3 = [
    M(IV, "Hej och välkommen. Vi har tolk med oss i telefon i dag. Tolken, vill du presentera dig?"),
    B(TO, "Ja, hej. Jag är tolk i dari och jag tolkar allt som sägs, i jag-form. Jag har tystnadsplikt."),
    M(IV, "Tack. Nasrin, tack för att du vill vara med. Kan du berätta lite om dig och din familj?"),
    P(TO, "Jag heter Nasrin, jag är femtiotvå år. Jag kom till Sverige för nio år sedan med min man och tre barn. Min man har hjärtproblem, han har opererats två gånger och han kan inte arbeta. De två yngsta barnen bor hemma, de går i skolan. Den äldsta sonen har flyttat, han bor i Göteborg.", LS, N, -1, "neutral"),
    M(IV, "Hur kom det sig att ni behövde ekonomiskt bistånd?"),
    P(TO, "Först hade vi etableringsersättning från Arbetsförmedlingen, de första två åren. När det tog slut gick jag fortfarande i SFI, och min man blev sjuk samma år. Så vi hade ingen inkomst.", LS, N, -1, "neutral"),
    M(IV, "Hur fick ni veta hur man söker?"),
    P(TO, "Det var min son. Han läste på internet, och han följde med mig till kommunen. Jag förstod ingenting av svenskan då, bara 'hej' och 'tack'. [skratt]", ST, FI, 0, "neutral"),
    B(NA, "Ja. Hej, tack. [skratt]"),
    M(IV, "[skratt] Hade ni tolk när ni träffade socialtjänsten första gången?"),
    P(TO, "Första gången nej. De sa att min son kunde tolka. Han var sexton år. Han fick översätta allt om pengar och om min mans sjukdom. Det var inte bra för honom. Jag ville inte det.", ST, AP, -1, "pain"),
    M(IV, "Och senare?"),
    P(TO, "Senare fick vi tolk. Ibland på telefon, ibland i rummet. När tolken är i rummet är det bättre. På telefon hör man dåligt, och ibland är tolken från ett annat land och pratar en annan dialekt.", ST, PR, 0, "pain"),
    M(IV, "Hur gick det till när ni sökte? Hur gjorde ni ansökan?"),
    P(TO, "Det var många papper. Kontoutdrag, hyreskontrakt, min mans läkarintyg, intyg från SFI om att jag går där. Jag visste inte vad de olika papperen hette. Jag tog med allt jag hade i en plastpåse. [skratt]", UB, AP, -1, "pain"),
    B(NA, "Stor påse."),
    M(IV, "[skratt] Hur gör ni nu med ansökan varje månad?"),
    P(TO, "Min dotter gör den. Hon har BankID och hon loggar in för mig... nej, förlåt, tolken rättar sig: hon loggar in med mitt BankID. Jag har BankID, men jag kan inte läsa allt som står. Hon är fjorton år.", DG, US, -1, "pain"),
    M(IV, "Hur är det med breven och besluten från socialtjänsten?"),
    P(TO, "Breven kommer på svenska. Jag tar foto och översätter i telefonen, men det blir konstigt. En gång trodde jag att vi hade fått avslag, och jag grät hela kvällen. Men det var bara en liten del som inte beviljades, resten fick vi.", ST, DE, -1, "pain"),
    M(IV, "Vad skulle hjälpa?"),
    P(TO, "Om beslutet hade en sida på dari. Eller bara en mening överst, ja eller nej, och hur mycket. Det skulle räcka.", ST, DE, 0, "suggestion"),
    M(IV, "Hur är kontakten med handläggaren?"),
    P(TO, "Vi har haft fyra handläggare. Varje gång måste jag berätta om min man igen. Om operationerna. Det är svårt att berätta sådant genom tolk, det är privat.", HL, PR, -1, "pain"),
    M(IV, "Mm. Vad gör du på dagarna nu?"),
    P(TO, "Jag har praktik i ett skolkök tre dagar i veckan, genom arbetsmarknadsenheten. Jag tycker om det. Jag lär mig mer svenska där än i SFI. Kvinnorna i köket är snälla.", AK, US, 1, "praise"),
    P(NA, "Jag gillar. Köket.", AK, US, 1, "praise"),
    M(IV, "[skratt] Vad bra. Har det varit några problem med kraven, från kommunen eller Arbetsförmedlingen?"),
    P(TO, "Ja. Arbetsförmedlingen sa att jag måste gå klart SFI först. Kommunen sa att praktiken är viktigare. Jag gick på båda, och då hade jag ingen tid för min man, som måste till sjukhuset. Jag var väldigt trött.", AF, US, -1, "pain"),
    M(IV, "Räcker pengarna till det ni behöver?"),
    P(TO, "Nej. Vi köper mat på rea, och vi åker till den stora affären utanför stan en gång i månaden. Min man ska äta speciell mat för hjärtat, det är dyrt.", NP, US, -1, "pain"),
    M(IV, "Hur påverkar ekonomin familjen?"),
    P(TO, "Barnen vill ha samma som sina kompisar. Telefon, kläder. Min son ville åka på klassresa. Vi sa att det går inte. Han blev arg, sen blev han ledsen. Sen jobbade han på sommaren och betalade själv.", BF, US, -1, "pain"),
    M(IV, "Fick han behålla de pengarna?"),
    P(TO, "Det blev problem. Han tjänade pengar på sommarjobbet, och handläggaren ville räkna det som inkomst för familjen. Sedan sa de att det är fritt upp till ett belopp för barn som går i skolan. Men först var vi rädda.", BR, DE, 0, "pain"),
    M(IV, "Hur känns det för dig att ha ekonomiskt bistånd?"),
    B(TO, "Tolken ber att få ställa en förtydligande fråga till henne, ett ögonblick."),
    M(IV, "Ja, gör det."),
    P(TO, "Tack. Hon säger... förlåt, jag säger: jag skäms ibland. Där jag kommer ifrån tar familjen hand om varandra, inte staten. Mina syskon i Kabul tror att min man har ett arbete här. Jag har inte berättat.", SK, US, -1, "pain"),
    M(IV, "Tack för att du berättar det. Finns det något som har varit bra?"),
    P(TO, "Den sista handläggaren, hon ringer alltid med tolk. Hon frågar hur min man mår. Hon förklarade normen med papper och räknade tillsammans med mig. Det var första gången jag förstod hur pengarna räknas.", HL, PR, 1, "praise"),
    M(IV, "Om du fick önska en sak?"),
    P(TO, "Samma tolk varje gång. Och samma handläggare. Då behöver jag inte börja om.", ST, PR, 0, "suggestion"),
    B(NA, "Ja. Samma."),
    M(IV, "Tack så mycket, båda två. Och tack till tolken."),
    B(TO, "Tack. Hon säger tack så mycket."),
    B(NA, "Tack, tack."),
]

# ---------------------------------------------------------------------------
# Session 6: intervju-4.txt, staff interview (socialsekreterare), I: / IP:, 2025-10-20
# ---------------------------------------------------------------------------
I_, IP = "I", "IP"
IV4 = [
    M(I_, "Tack för att du ställer upp. Kan du börja med att berätta om din roll?"),
    P(IP, "Ja. Jag är socialsekreterare på försörjningsstödsenheten och har varit här i åtta år. Jag har ungefär sjuttiofem ärenden just nu, det varierar, men det har blivit fler. Vi ska ha sextio.", HL, PR, -1, "pain"),
    M(I_, "Hur kommer folk till er, vad är vägen in?"),
    P(IP, "De flesta ringer kontaktcenter, eller så gör de en ansökan i e-tjänsten direkt. Sen har vi mottagningen som gör nybesöken. Och en del skickas hit av Arbetsförmedlingen, med en lapp ungefär. [skratt] 'Gå till socialen.'", HL, FI, 0, "neutral"),
    M(I_, "Vad är det vanligaste som gör att folk behöver söka?"),
    P(IP, "Arbetslöshet utan a-kassa, det är det största. Sen sjukdom där man inte får sjukpenning. Och separationer, särskilt kvinnor med barn. Och de nyanlända när etableringen tar slut.", LS, N, 0, "neutral"),
    M(I_, "Vad är svårast för de sökande i början, tror du?"),
    P(IP, "Underlagen. Vi ber om väldigt mycket. Och jag förstår att det ser ut som misstro. Men vi måste kunna visa i utredningen att det inte finns andra inkomster. Revisorerna läser våra akter.", UB, AP, 0, "neutral"),
    M(I_, "Mm."),
    P(IP, "Och kontoutdragen. Bankerna gör olika, vissa appar visar bara en månad, och då måste de beställa. Många kommer med skärmdumpar, och dem godtar vi inte alltid, det beror på vem man frågar här. Det är inte bra att det är så olika.", UB, AP, -1, "pain"),
    M(I_, "Hur ser du på e-tjänsten?"),
    P(IP, "Den är bra för dem som har BankID. Det går snabbare för alla. Men de som inte har BankID hamnar i pappersspåret, och där tappar vi fart, allt ska skannas och registreras. Och de som inte har BankID är ofta de som har det tuffast ändå.", DG, AP, 0, "pain"),
    M(I_, "Och kompletteringar, hur vanligt är det?"),
    P(IP, "Nästan alla. Det är sällan en ansökan är komplett första gången. Och varje komplettering flyttar fram utredningen, i praktiken. Det är där väntetiden kommer ifrån, inte att vi sitter och gör ingenting.", UB, PR, -1, "pain"),
    M(I_, "Hur lång är väntetiden just nu?"),
    P(IP, "Målet är tio arbetsdagar från nybesök till beslut. Vi klarar det kanske i hälften av fallen. I somras var det fyra veckor, vi hade tre vakanser.", VO, PR, -1, "pain"),
    M(I_, "Bytet av handläggare är något som de sökande tar upp mycket."),
    P(IP, "Ja, och det förstår jag. Vi har hög omsättning. Jag har varit här längst i min grupp, och jag har varit här i åtta år. När någon slutar fördelas ärendena om, och det blir ingen överlämning. Man läser akten och hoppas att allt står där.", HL, PR, -1, "pain"),
    M(I_, "Hur ser du på normen, räcker den?"),
    P(IP, "Riksnormen är en miniminivå, det är ju det den är. Och den har inte hängt med priserna, matpriserna. Vi ser att folk har slut på pengar den tjugonde. Vi kan bevilja utöver normen för enskilda behov, men det ska vara skäligt och vi ska bedöma varje gång. Så det blir olika.", NP, DE, -1, "pain"),
    M(I_, "Blir det olika mellan handläggare?"),
    P(IP, "Ja. Det ska inte vara så, vi har riktlinjer, men ta en cykel, en säng, en tvättmaskin. Två handläggare kan göra olika. Vi försöker ta det i ärendedragningen, men det hinns inte alltid.", BR, DE, -1, "pain"),
    M(I_, "Hur är samarbetet med Arbetsförmedlingen?"),
    P(IP, "Det har blivit svårare sedan de började med upphandlade aktörer. Vi vet inte alltid vem som är ansvarig för klienten. Och de har sina krav, vi har våra, och klienten står i mitten. Vi har ett samverkansmöte i månaden, men det är inte på individnivå.", AF, US, -1, "pain"),
    M(I_, "Och med Försäkringskassan?"),
    P(IP, "Den klassiska är den som nekas sjukpenning för att den anses kunna jobba i ett normalt förekommande arbete, och så säger Arbetsförmedlingen att den inte kan ta ett jobb. Och då är det vi. Vi är sista skyddsnätet, det är inte bara en fras.", AF, US, -1, "pain"),
    M(I_, "Vad tycker du om arbetsmarknadsenhetens insatser?"),
    P(IP, "Det varierar. För unga fungerar Steget jättebra, de har bra siffror. För dem som är över femtio är det svårare, det är samma kurser för alla, och jag förstår att det känns meningslöst att gå en CV-kurs när man har jobbat i trettio år.", AK, US, 0, "pain"),
    M(I_, "Hur tänker du kring kravet att stå till arbetsmarknadens förfogande?"),
    P(IP, "Det är lagen. Men hur vi använder det, det är en annan sak. Jag vill att planeringen ska vara rimlig. Men det finns ett tryck uppifrån att alla ska vara i aktivitet, och ibland blir det aktivitet för aktivitetens skull.", AK, US, -1, "pain"),
    M(I_, "Språk och tolk, hur fungerar det?"),
    P(IP, "Vi har tolk via telefon, det går ofta att boka samma dag. Men det är sämre. Och vi skickar besluten på svenska. Det finns en mall för ett följebrev på några språk, men den är från 2019 och ingen använder den.", ST, PR, 0, "pain"),
    M(I_, "Ser du att barnen påverkas?"),
    P(IP, "Ja. Vi ska göra en barnkonsekvensanalys i varje beslut. Och jag gör det, men ärligt talat blir det ofta en mening. 'Barnens behov har beaktats.' Vi har inte tid att prata med barnen.", BF, DE, -1, "pain"),
    M(I_, "Och skam, stigma? Märker ni av det?"),
    P(IP, "Hela tiden. Folk ber om ursäkt när de kommer in. Vuxna män som har jobbat hela livet. Jag brukar säga att de har betalat skatt för just det här. Ibland hjälper det.", SK, AP, -1, "pain"),
    M(I_, "Om du fick ändra en sak?"),
    P(IP, "Att vi fick hämta uppgifter direkt. Från Försäkringskassan, CSN, a-kassan, Skatteverket. Det finns delvis, men inte för allt. Då skulle de sökande slippa hälften av papperen, och vi skulle slippa jaga dem.", UB, AP, 0, "suggestion"),
    M(I_, "Något mer du vill lägga till?"),
    P(IP, "Kanske att vi fick tid att träffa folk. Det är det jobbet egentligen handlar om. Inte att granska kontoutdrag.", HL, PR, -1, "suggestion"),
    M(I_, "Tack så mycket för din tid."),
    B(IP, "Tack själv. Hoppas det blir något bra av det."),
]

# ---------------------------------------------------------------------------
# Session 7: intervju-5.csv, participant who mixes in English, 2025-10-21
# ---------------------------------------------------------------------------
AX = "Alex"
IV5 = [
    M(IV, "Okej, då kör vi. Tack för att du ställer upp, Alex."),
    B(AX, "No worries. Eller, inga problem. [skratt]"),
    M(IV, "[skratt] Kan du berätta lite om dig själv och hur du kom i kontakt med ekonomiskt bistånd?"),
    P(AX, "Ja, så jag är trettio, jag bodde i London i typ fyra år och kom hem för två år sen. Jobbade med IT-support på en startup här, och så gick de i konkurs i våras. Like, overnight. Och jag hade inte gått med i a-kassan, för jag tänkte, asså, det händer inte mig. [skratt] Classic.", LS, N, -1, "neutral"),
    M(IV, "Och efter konkursen?"),
    P(AX, "Jag försökte frilansa ett tag. Det gick inte så bra. Efter två månader var sparpengarna slut, och då var det liksom, okej, nu måste jag göra nåt.", LS, N, -1, "neutral"),
    M(IV, "Hur tog du reda på vad som gällde?"),
    P(AX, "Googlade. Kommunens sida var faktiskt ganska okej, det fanns en checklista för vad man behöver. Men det var mycket text, asså, a wall of text. Och på engelska fanns det typ en sida, väldigt basic.", DG, FI, 0, "neutral"),
    M(IV, "Hur gick själva ansökan?"),
    P(AX, "Själva e-tjänsten var smooth. BankID, fyll i, ladda upp, done. Tjugo minuter.", DG, AP, 1, "praise"),
    M(IV, "Och underlagen?"),
    P(AX, "Där blev det messy. De ville ha kontoutdrag från alla konton, och jag har kvar ett engelskt bankkonto med typ fyrtio pund på. Och det skulle också in, och det skulle översättas? Eller nej, det behövde inte översättas, men jag fick tre olika svar om det.", UB, AP, -1, "pain"),
    M(IV, "Tre olika svar från vem?"),
    P(AX, "Först kontaktcenter, sen handläggaren, sen en annan handläggare när den första var sjuk. Och alla var trevliga, typ super nice, men de sa olika saker.", HL, PR, -1, "pain"),
    M(IV, "Hur lång tid tog det innan du fick beslut?"),
    P(AX, "Fem veckor, med kompletteringarna. Och under den tiden hade jag noll inkomst. Jag sålde min gitarr. Och min spelkonsol. [skratt] Nej men seriöst, det var rough.", VO, PR, -1, "pain"),
    M(IV, "Hur var beslutet?"),
    P(AX, "De räknade med att jag hade en tillgång, min dator, för att den var för dyr. Jag behöver den för att söka jobb! Det var lite absurt. Jag fick förklara, och sen fick jag behålla den. But first they said sell it.", BR, DE, -1, "pain"),
    M(IV, "Hur kändes det för dig, att söka?"),
    P(AX, "Honestly? Pinsamt. Jag har kompisar från London som tror att jag jobbar remote. Jag postar inte så mycket längre. Det är lättare att bara ghosta lite.", SK, US, -1, "pain"),
    M(IV, "Du har haft kontakt med arbetsmarknadsenheten också?"),
    P(AX, "Yes. Jag fick gå en kurs i digital kompetens. Jag har jobbat med IT-support i fem år. Jag satt och hjälpte de andra att logga in. [skratt] Det var kind of fint ändå, men jag lärde mig ingenting.", AK, US, 0, "pain"),
    M(IV, "[skratt] Och kraven på att söka jobb?"),
    P(AX, "Det är där det krockar. Arbetsförmedlingen ville att jag skulle gå en längre utbildning, typ sex månader, molngrejer. Kommunen sa nej, du ska söka jobb nu, alla jobb, även sånt du inte är utbildad för. Så jag tackade nej till utbildningen. Vilket var, in hindsight, dumt.", AF, US, -1, "pain"),
    M(IV, "Hur går det med pengarna i vardagen?"),
    P(AX, "Det funkar. Jag har ingen familj att försörja, så... det är tight, men det funkar. Jag har lärt mig budget på riktigt. Typ, ett kalkylark.", NP, US, 0, "neutral"),
    M(IV, "Och månadsansökan?"),
    P(AX, "Den är faktiskt inte dålig. Den kommer ihåg vad man skrev förra månaden, så man ändrar bara det som är nytt. Det är en bra feature.", DG, US, 1, "praise"),
    M(IV, "Har du haft kontakt med handläggaren annars?"),
    P(AX, "Lite. Jag har skrivit i e-tjänsten. De svarar inom, typ, tre dagar. Vilket är... okay, I guess.", HL, US, 0, "neutral"),
    M(IV, "Hur ser det ut med jobb nu?"),
    P(AX, "Ja! Jag börjar på ett helpdeskjobb på regionen om två veckor. Heltid. Så det här är typ min sista månad.", AK, FU, 1, "neutral"),
    M(IV, "Grattis! Vet du vad som händer nu med biståndet?"),
    P(AX, "Inte riktigt? Jag får lön i slutet av månaden, så jag antar att jag söker för halva månaden? Eller? Jag har frågat men inte fått svar än.", VO, FU, -1, "question"),
    M(IV, "Om du fick ändra en sak?"),
    P(AX, "En chatt. Typ en riktig chatt med en handläggare, inte telefontid nio till tio. Det hade varit bra om man kunde ställa korta frågor utan att det blir en hel grej.", HL, PR, 0, "suggestion"),
    M(IV, "Något mer?"),
    P(AX, "Och mer på engelska, kanske. Inte för mig, men i väntrummet var det många som inte fattade vad det stod på lappen om nummerlappar. [skratt]", ST, AP, 0, "suggestion"),
    M(IV, "Tack, Alex. Vill du ha presentkortet på mejl?"),
    B(AX, "Ja, gärna. alex.berg@example.com."),
    M(IV, "Toppen. Och lycka till med jobbet."),
    B(AX, "Thanks! Tack, tack."),
]

# ---------------------------------------------------------------------------
# Session 8: intervju-6.vtt (Zoom), guide jumps around, 2025-10-23
# ---------------------------------------------------------------------------
PN, ME = "Per Nyström", "Marianne Ek"
IV6 = [
    M(PN, "Hej Marianne, syns jag? Ser du mig?"),
    B(ME, "Nu ser jag dig. Jag fick be grannen om hjälp med länken. [skratt]"),
    M(PN, "[skratt] Bra att det löste sig. Vi tar det lite som det kommer i dag. Du sa i telefon att det har hänt mycket nyss?"),
    P(ME, "Ja, jag fick sjukersättning nu i september. Efter tre år. Tredje ansökan. Så nu är jag snart inte kvar hos er, eller hos socialen, alltså.", AF, FU, 1, "neutral"),
    M(PN, "Grattis. Hur har det varit att gå från biståndet?"),
    P(ME, "Det var en sak jag inte hade förstått. Försäkringskassan betalade retroaktivt, för flera månader. Och de pengarna gick direkt till kommunen, för att jag hade fått bistånd för samma månader. Så jag fick ett brev där det stod att jag hade fått fyrtiotusen, och sen ett annat brev där det stod att de var borta.", BR, FU, -1, "pain"),
    M(PN, "Hade någon förklarat det innan?"),
    P(ME, "Jag hade skrivit på ett papper. För tre år sen. En fullmakt eller vad det var. Jag minns det inte. Så visst, det var väl rätt, men det var en chock.", BR, FU, -1, "pain"),
    M(PN, "Om vi går tillbaka till början. Hur hamnade du hos socialtjänsten?"),
    P(ME, "Jag skilde mig när jag var femtiofem, och sen blev jag deprimerad, ordentligt. Och så knät. Jag var kontorist på ett åkeri, och de gjorde om allt till digitalt, och jag hängde inte med. [suckar] Det var allt på en gång.", LS, N, -1, "neutral"),
    M(PN, "Och hur fick du veta att man kunde söka?"),
    P(ME, "Det var Försäkringskassan som sa det, när de drog in sjukpenningen. 'Du kan vända dig till kommunen.' Som om det var en självklarhet. Jag hade aldrig i mitt liv...", AF, FI, -1, "pain"),
    M(PN, "Mm. Hur var det med pengarna, när du väl fick bistånd?"),
    P(ME, "Knappt. Jag har räknat. Efter hyran och elen har jag ungefär femtio kronor om dagen till mat. Och jag har glutenintolerans, och det glutenfria är dubbelt så dyrt. Det tog ett år innan jag fick veta att man kan få tillägg för kost.", NP, US, -1, "pain"),
    M(PN, "Hur fick du veta det?"),
    P(ME, "En ny handläggare. Amir. Han läste min akt och sa, men du har ju läkarintyg på celiaki, varför har du inte fått kosttillägg? Han var den bästa. Han var kvar i ett halvår.", HL, PR, 1, "praise"),
    M(PN, "Och efter honom?"),
    P(ME, "Tre till. Den senaste har jag aldrig pratat med. Det är bara brev.", HL, PR, -1, "pain"),
    M(PN, "Du nämnde glasögon i telefon. Vad var det?"),
    P(ME, "Ja. Jag behövde nya glasögon, jag ser inte att läsa. Jag lämnade in en offert på tvåtusen, och de beviljade åttahundra. Delvis bifall. För att det finns billigare. Men de billigaste hade inte progressiva glas.", NP, DE, -1, "pain"),
    M(PN, "Överklagade du?"),
    P(ME, "Nej.", BR, DE, 0, "neutral"),
    M(PN, "Varför inte?"),
    P(ME, "Man orkar inte. Man vill inte vara besvärlig heller, man är ju beroende av dem. Jag köpte ett par läsglasögon på apoteket för hundrafemtio kronor.", BR, DE, -1, "pain"),
    M(PN, "Du nämnde också ett brev som blev fel?"),
    P(ME, "Ja! Det stod 620714-2285 på beslutet. Det är inte mitt, mitt slutar på 2258. Så nån annan har fått mitt beslut, tänkte jag. Jag ringde, och de sa att det var ett skrivfel. Men man undrar ju.", BR, DE, -1, "pain"),
    M(PN, "Hur har du upplevt ansökan varje månad?"),
    P(ME, "Varje månad, i tre år. Trettiosex gånger. Samma hyreskontrakt, samma intyg om sjukskrivning. Och om läkarintyget gick ut en dag för tidigt, då kom inte pengarna.", UB, US, -1, "pain"),
    M(PN, "Gör du den i e-tjänsten?"),
    P(ME, "Nej, på papper. Jag har BankID, men jag litar inte på mig själv i telefonen, jag är rädd att trycka fel. Så jag lägger den i brevlådan på socialkontoret. Och en gång kom den bort. Den registrerades inte. Då blev det försenat.", DG, US, -1, "pain"),
    M(PN, "Har du haft några krav på dig om aktivitet eller jobb?"),
    P(ME, "I början, ja. Jag skulle på praktik på en second hand, trots sjukskrivningen. Jag var där två dagar, och sen kunde jag inte gå upp ur sängen. Det blev en avvikelse. Och sen fick jag ett brev om att biståndet kunde sättas ner.", AK, US, -1, "pain"),
    M(PN, "Vad hände?"),
    P(ME, "Läkaren skrev ett nytt intyg. Sen slapp jag. Men det var han som fick säga det, inte jag.", AK, US, -1, "pain"),
    M(PN, "Mm. Hur har du mått av det här, av att ha bistånd?"),
    P(ME, "Jag har barnbarn. Jag kan inte köpa något till dem. På julen gav jag dem kort som jag hade ritat själv. [paus] De tyckte om dem. Men det är inte samma sak.", SK, US, -1, "pain"),
    M(PN, "Tack för att du berättar. Tillbaka till själva ansökan, första gången. Hur gick det?"),
    P(ME, "Det var som en revision. De ville ha kontoutdrag för ett halvår, för att jag hade sålt en bil efter skilsmässan. Och jag skulle visa vart pengarna hade tagit vägen. Jag hade betalat skulder. Det hade jag kvitton på, som tur var.", UB, AP, -1, "pain"),
    M(PN, "Och väntan på beslutet?"),
    P(ME, "En månad. Jag hade ingenting, jag hade hyresskuld. Jag fick ett brev från hyresvärden om uppsägning, och det var nog det som gjorde att det gick fortare. Handläggaren ringde hyresvärden.", VO, PR, -1, "pain"),
    M(PN, "Finns det något du vill säga till kommunen, något de borde ändra?"),
    P(ME, "Att någon berättar innan, om det där med de retroaktiva pengarna. Inte efteråt, i ett brev. Det hade varit bra.", BR, FU, 0, "suggestion"),
    M(PN, "Tack, Marianne. Något sista?"),
    B(ME, "Nej. Tack för att ni frågar. Det är inte ofta nån frågar.", 1, "praise"),
    M(PN, "Tack själv. Ha en fin dag."),
    B(ME, "Detsamma. Hej hej."),
]

SESSIONS = [
    dict(file="fokusgrupp-1.vtt", fmt="teams_vtt", turns=FG1, seed=3101, start=3.8,
         guid="b41d6f02-9c3e-4a7b-8d15-2f6e0a9c7e43"),
    dict(file="fokusgrupp-2.xlsx", fmt="xlsx", turns=FG2, seed=3102, start=12.0,
         epoch=_dt.datetime(2025, 10, 9, 15, 40, 0), sheet="Fokusgrupp 2"),
    dict(file="intervju-1.docx", fmt="docx_table", turns=IV1, seed=3103, start=0.0,
         epoch=_dt.datetime(2025, 10, 15, 8, 30, 0),
         title="Intervju 1 – Ekonomiskt bistånd, Ekeviks kommun",
         meta="Datum: 2025-10-14. Plats: Socialkontoret Ekevik, samtalsrum 2. "
              "Intervjuare: Cecilia Ahlgren (socialförvaltningen). Deltagare: Therese, "
              "sökande. Transkribering: ordagrann, lätt redigerad; [skratt] = skratt. "
              "Längd: ca 8 min."),
    dict(file="intervju-2.srt", fmt="srt", turns=IV2, seed=3104, start=1.4),
    dict(file="intervju-3.txt", fmt="paren_txt", turns=IV3, seed=3105, start=2.0,
         header=["Intervju 3 – ekonomiskt bistånd (tolkat samtal, dari)",
                 "Ekeviks kommun, socialkontoret, 16 oktober 2025. Tolk deltar per telefon.",
                 "Tolkens egna inpass står som Tolk och avser tolken i tredje person."]),
    dict(file="intervju-4.txt", fmt="ip_txt", turns=IV4, seed=3106, start=0.0,
         header=["INTERVJU 4 – Ekonomiskt bistånd, personalperspektiv",
                 "Datum: 2025-10-20",
                 "Plats: Socialkontoret, Ekevik (konferensrum Ekan)",
                 "Medverkande: I = intervjuare (Per Nyström, extern utredare), IP = intervjuperson (socialsekreterare, försörjningsstödsenheten)",
                 "Transkriberat ordagrant. Namn på enskilda sökande har tagits bort."]),
    dict(file="intervju-5.csv", fmt="comma_csv", turns=IV5, seed=3107, start=0.5),
    dict(file="intervju-6.vtt", fmt="zoom_vtt", turns=IV6, seed=3108, start=2.2),
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


SENT_RE = re.compile(r"(?<=[.!?…\]])\s+(?=[A-ZÅÄÖÉ'\[—])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


def chunks(text: str, max_words: int = 30) -> list[str]:
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


def rezip(raw: bytes, when: _dt.datetime, replace: dict[str, bytes] | None = None) -> bytes:
    """Re-zip an OOXML package with fixed timestamps (byte-identical output)."""
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def write_teams_vtt(session) -> bytes:
    lines = ["WEBVTT", ""]
    guid = session["guid"]
    for i, (turn, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        parts = chunks(turn["text"])
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            wrapped = wrap2(p, 80)
            wrapped[0] = f"<v {turn['speaker']}>" + wrapped[0]
            wrapped[-1] = wrapped[-1] + "</v>"
            lines += [f"{guid}/{i + 23}-{k}", f"{ts_vtt(s)} --> {ts_vtt(e)}"]
            lines += wrapped
            lines.append("")
    return "\n".join(lines).encode("utf-8")


def write_zoom_vtt(session) -> bytes:
    lines = ["WEBVTT", ""]
    n = 1
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"], 34)
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            body = f"{turn['speaker']}: {p}"
            lines += [str(n), f"{ts_vtt(s)} --> {ts_vtt(e - 0.08)}"]
            lines += wrap2(body, 120) if k % 2 == 0 else [body]
            lines.append("")
            n += 1
    return "\n".join(lines).encode("utf-8")


def write_srt(session) -> bytes:
    lines = []
    n, cont = 1, 0
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"], 22)
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            if k == 0:
                body = f"{turn['speaker']}: {p}"
            else:
                # the tool repeats the name on some continuation cues and drops it on others
                cont += 1
                if cont % 2 == 1:
                    assert not LABEL_LIKE.match(p), p
                    body = p
                else:
                    body = f"{turn['speaker']}: {p}"
            lines += [str(n), f"{ts_srt(s)} --> {ts_srt(e - 0.08)}"]
            lines += wrap2(body, 84)
            lines.append("")
            n += 1
    return "\n".join(lines).encode("utf-8")


def write_paren_txt(session) -> bytes:
    lines = list(session["header"]) + [""]
    for t, (a, _) in zip(session["turns"], timings(session)):
        lines.append(f"{t['speaker']} ({ts_hms(a)}): {norm(t['text'])}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_ip_txt(session) -> bytes:
    lines = list(session["header"]) + [""]
    for t in session["turns"]:
        text = norm(t["text"])
        assert not re.match(r"^(I|IP):", text), text
        lines.append(f"{t['speaker']}: {text}")
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def write_comma_csv(session) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["talare", "starttid", "text"])
    for t, (a, _) in zip(session["turns"], timings(session)):
        w.writerow([t["speaker"], ts_hms(a), norm(t["text"])])
    return buf.getvalue().encode("utf-8")


def write_xlsx(session) -> bytes | None:
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws.append(["Talare", "Tid", "Text"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for t, (a, _) in zip(session["turns"], timings(session)):
        text = norm(t["text"])
        if t.get("cellbreak"):
            # the note-taker pressed Alt+Enter inside the cell
            sents = sentences(text)
            half = len(sents) // 2
            text = " ".join(sents[:half]) + "\n" + " ".join(sents[half:])
        ws.append([t["speaker"], ts_hms(a), text])
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 100
    ws.freeze_panes = "A2"
    when = session["epoch"]
    wb.properties.creator = "Socialförvaltningen Ekevik"
    wb.properties.lastModifiedBy = "Socialförvaltningen Ekevik"
    wb.properties.title = "Fokusgrupp 2, ekonomiskt bistånd"
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    # openpyxl stamps "modified" with the current time on save; put the fixed one back
    core = zipfile.ZipFile(io.BytesIO(raw.getvalue())).read("docProps/core.xml").decode("utf-8")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", core)
    return rezip(raw.getvalue(), when, {"docProps/core.xml": core.encode("utf-8")})


def write_docx_table(session) -> bytes | None:
    try:
        import docx  # python-docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(session["title"], level=1)
    d.add_paragraph(session["meta"])
    rows = [("Talare", "Text")]
    for t in session["turns"]:
        for j, para in enumerate(paragraphs(t["text"])):
            rows.append((t["speaker"] if j == 0 else "", para))
    table = d.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (spk, text) in enumerate(rows):
        c0, c1 = table.rows[r].cells
        c0.text = spk
        c1.text = text
        if r == 0:
            for c in (c0, c1):
                c.paragraphs[0].runs[0].bold = True
    cp = d.core_properties
    when = session["epoch"]
    cp.author = "Transkribering socialförvaltningen"
    cp.last_modified_by = "Transkribering socialförvaltningen"
    cp.title = session["title"]
    cp.created = when
    cp.modified = when
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    return rezip(raw.getvalue(), when)


WRITERS = dict(teams_vtt=write_teams_vtt, zoom_vtt=write_zoom_vtt, srt=write_srt,
               paren_txt=write_paren_txt, ip_txt=write_ip_txt, comma_csv=write_comma_csv,
               xlsx=write_xlsx, docx_table=write_docx_table)


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
    for b in data.replace("\r\n", "\n").split("\n\n"):
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


def parse_paren_txt(data: bytes, speakers):
    pairs = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^(.+?) \((\d\d:\d\d:\d\d)\): (.*)$", line)
        if m:
            pairs.append((m.group(1), m.group(3)))
    return _merge(pairs)


def parse_ip_txt(data: bytes, speakers):
    pairs = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^(I|IP): (.*)$", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_comma_csv(data: bytes, speakers):
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    return _merge([(r["talare"], r["text"]) for r in rows])


def parse_xlsx(data: bytes, speakers):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Talare", "Tid", "Text"), rows[0]
    return _merge([(r[0], r[2]) for r in rows[1:]])


def parse_docx_table(data: bytes, speakers):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs = []
    for row in d.tables[0].rows[1:]:
        spk, text = (c.text for c in row.cells)
        pairs.append((spk or pairs[-1][0], text))
    return _merge(pairs)


PARSERS = dict(teams_vtt=parse_teams_vtt, zoom_vtt=parse_named_cues, srt=parse_named_cues,
               paren_txt=parse_paren_txt, ip_txt=parse_ip_txt, comma_csv=parse_comma_csv,
               xlsx=parse_xlsx, docx_table=parse_docx_table)
NEEDS = dict(xlsx="openpyxl", docx_table="docx")


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
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
            # no clock times inside turns (timestamps belong to the format)
            assert not re.search(r"\b\d\d:\d\d\b", t["text"]), t["text"][:40]
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
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "age_group", "district", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    # fake personnummer must fail the check digit
    for pnr in re.findall(r"\b\d{6}-\d{4}\b", all_text):
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
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
