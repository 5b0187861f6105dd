#!/usr/bin/env python3
"""Generate the fictional study of förskoleplacering (applying for a preschool
place, the queue, the offer, inskolning, fees, changing or leaving preschool) in
Ljungsunds kommun: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the structured session lists in this file.

Python 3.11, standard library, plus python-docx (fokusgrupp-1.docx and
intervju-1.docx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Without python-docx the two .docx files are left as they are (the gold rows do
not depend on them) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction, small talk or thanks (no theme, no stage).
Transcript files and gold rows are written from the same list, so turn indices
cannot drift. A blank line ("\\n\\n") inside a turn text is a paragraph break:
in intervju-3.txt it becomes a second paragraph under the same speaker label,
everywhere else a plain space. After writing, every file is parsed back with a
minimal parser for its format and compared with the list (turn index, speaker,
text), and every codebook example must be an exact excerpt of a participant turn.

Output is byte-identical from run to run: timings are seeded, and the .docx
files are re-zipped with fixed timestamps and fixed core properties.
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
# Codebook (examples are exact excerpts of participant turns; checked below)
# ---------------------------------------------------------------------------
KO = "ko_vantan"
ET = "etjanst_info"
AV = "placering_avstand"
PE = "personal_inskolning"
AG = "avgift_faktura"
BG = "barngrupp_kvalitet"
SS = "sarskilt_stod"
OT = "arbete_tider"
SY = "syskon_vardag"
KK = "kontakt_kommun"
SN = "sprak_nyinflyttad"

CODEBOOK = [
    (KO, "Kön, väntan och garantitiden",
     "Hur kön fungerar och hur det är att vänta: att söka i tid, fyramånadersregeln och "
     "garantidatumet (ett löfte om en plats, inte om vilken), att inte se sin köplats eller "
     "veta när erbjudandet kommer, ovisshet och vad väntan kostar familjen (barnvakt, "
     "förlängd föräldraledighet), att förlora garantin och få nytt ködatum efter ett nej, "
     "kö vid byte av förskola, förtur och köregler, hur många som får plats i tid. Att inte "
     "nå placeringsenheten hör till kontakt_kommun; e-tjänstens texter och knappar till "
     "etjanst_info.",
     ["Det stod 'mottagen' i fem månader.",
      "Det är ju ett löfte om en plats. Inte om vilken.",
      "Vi hamnade sist i kön igen, med nytt ködatum."]),
    (ET, "E-tjänsten, appar och information",
     "Att hitta och förstå information innan och under tiden (kommunens webbplats, BVC, "
     "andra föräldrar, Facebookgruppen) och att använda de digitala verktygen: e-tjänsten med "
     "BankID, den andra vårdnadshavarens godkännande, mejl och bekräftelser, appar för "
     "sjukanmälan, schema och fakturor, pappersblanketter, varningar och texter som saknas, "
     "statussida, ny ansökan om fritids. Språket i information och e-tjänst hör till "
     "sprak_nyinflyttad.",
     ["den låg bara där och väntade i tre veckor",
      "Det är en egen blankett. Inte i e-tjänsten.",
      "En varning när man tackar nej."]),
    (AV, "Erbjudandet, avstånd och val av förskola",
     "Vilka förskolor man väljer i ansökan och hur man väljer, erbjudandet och var platsen "
     "ligger, avstånd och restid med buss eller bil, svarstiden på fjorton dagar och att tacka "
     "ja, den dagliga resan till en förskola långt bort, byte till en förskola närmare "
     "hemmet. Vad ett nej gör med köplatsen hör till ko_vantan; syskon på olika förskolor "
     "till syskon_vardag.",
     ["Det är fyrtio minuter med buss, två byten.",
      "De borde titta på bussen, inte bara kilometer.",
      "Väljer man bara en, då har vi ingenting att gå på."]),
    (PE, "Pedagoger, personal och inskolning",
     "Inskolningen (föräldraaktiv på tre dagar eller längre, också när den läggs upp efter "
     "barnet), pedagoger som gör skillnad, personalomsättning och vikarier, kontinuitet, den "
     "vardagliga kontakten med förskolan (bilder i appen, några ord vid hämtningen), att byta "
     "förskola för personalens skull. Gruppstorlek hör till barngrupp_kvalitet; stöd och "
     "resurs till sarskilt_stod.",
     ["Han grät inte en enda gång. Det gjorde jag.",
      "sju olika pedagoger på ett år",
      "Det betyder mycket när man är ensam."]),
    (AG, "Avgifter, maxtaxa och fakturor",
     "Vad förskolan kostar och hur det faktureras: maxtaxan och syskonrabatt, inkomstuppgiften "
     "och att uppdatera den, efterdebitering efter inkomstkontrollen, fakturor, förfallodagar "
     "och påminnelseavgifter, avgift under semestern, uppsägningstiden på två månader och "
     "dubbla avgifter vid flytt.",
     ["Det kom en efterdebitering på nästan fyra tusen ett år senare.",
      "Det står på fakturan. Längst ner. Med liten text.",
      "så vi betalade juli för ingenting"]),
    (BG, "Barngrupper och kvalitet i vardagen",
     "Barngruppernas storlek och antalet vuxna, hur det blir när personal är sjuk, lugn eller "
     "stress på avdelningen, jämförelser mellan förskolor och kommuner, önskan om mindre "
     "grupper.",
     ["Och tre pedagoger, när alla är där. Vilket de inte är.",
      "Det är inte pedagogernas fel. De springer ju.",
      "Det märks, det är lugnare när man hämtar."]),
    (SS, "Barn i behov av särskilt stöd",
     "Barn med funktionsnedsättning, språkstörning eller andra behov: att beskriva behoven i "
     "ansökan och för förskolan, placering som inte passar barnet, tilläggsbelopp och resurs, "
     "specialpedagog och handlingsplan, väntan på stöd, att inte veta vem man ska vända sig "
     "till, stöd som ska följa med vid byte och till förskoleklass.",
     ["Vi kryssade nej, för vi visste inte då.",
      "jag vet inte vad som följer med",
      "Att stödet följer med barnet."]),
    (OT, "Arbetsliv, öppettider och obekväm tid",
     "Förälderns jobb eller studier som gör att familjen behöver förskola, öppettider som inte "
     "räcker för tidiga pass, omsorg på obekväm tid (Nattugglan) med arbetsgivarintyg, "
     "scheman och för få platser, att få ihop lämning och hämtning med arbetstiden, fritids "
     "som stänger för tidigt.",
     ["Med ett jobb som börjar sju.",
      "Men vårt schema kommer inte en månad i förväg.",
      "Att det fanns en förskola som öppnar sex."]),
    (SY, "Syskon, hämtning och familjens logistik",
     "Familjens vardagspussel: syskon och syskonförtur, syskon eller tvillingar på olika "
     "förskolor, att lämna och hämta på två ställen, ensamstående förälder, vab, flera "
     "inskolningar på kort tid, mor- och farföräldrar som täcker upp. Förälderns arbetstider "
     "hör till arbete_tider.",
     ["Så två förskolor, åt olika håll.",
      "Samma ansökan, samma dag.",
      "Då är det jag. Ingen annan."]),
    (KK, "Kontakt med placeringsenheten och kommunen",
     "Att nå kommunen och hur man blir bemött: kontaktcenter, telefontid och återuppringning, "
     "mejl som inte besvaras, handläggare som lyssnar och löser saker (eller inte), olika "
     "enheter som inte pratar med varandra, synpunkter och klagomål och svaren på dem, att "
     "inte veta vem man ska ringa, att någon frågar hur man har haft det.",
     ["Jag vet att det är kö.",
      "Jag är den som bär alla papper mellan dem.",
      "arbetar aktivt med kompetensförsörjningen"]),
    (SN, "Språk och nyinflyttade familjer",
     "Familjer som flyttar till kommunen eller till Sverige: att söka innan man är "
     "folkbokförd, personnummer, BankID och samordningsnummer, information, brev och appar "
     "bara på svenska, att översätta med mobilen, en checklista eller sida för nya familjer.",
     ["Men e-tjänsten är bara svenska.",
      "Six weeks lost.",
      "En checklista, typ."]),
]
THEMES = {c[0] for c in CODEBOOK}

# ---------------------------------------------------------------------------
# Participants (labels exactly as in the files)
# ---------------------------------------------------------------------------
PARTICIPANTS = [
    ["Ida", "moderator", "", "", ""],
    ["Josefin", "förälder", "35-44", "Kvarnbyn", "två barn på två olika förskolor, tandhygienist"],
    ["Karim", "förälder", "35-44", "Stenhaga", "erbjudande i Hammarvik utan bil, väntar på byte"],
    ["Petra", "förälder", "25-34", "Sjöängen", "första barnet, fick förstahandsvalet"],
    ["Felicia", "förälder", "18-24", "Norrmyra", "ensamstående student, låg avgift"],
    ["Mattias", "förälder", "35-44", "Lövdala", "två barn, syskonplacering, efterdebitering"],
    ["Ylva Norberg", "moderator", "", "", ""],
    ["Sofie Engström", "förälder", "35-44", "Centrum", "lärare, bytte förskola efter personalomsättning"],
    ["Fredrik Sandberg", "förälder", "35-44", "Kvarnbyn", "tvillingar som placerades på olika förskolor"],
    ["Amina Osman", "förälder", "25-34", "Stenhaga", "son med språkstörning och resurs"],
    ["Hanna Björk", "förälder", "25-34", "Centrum", "tackade nej och förlorade garantin, barn till förskoleklass"],
    ["Niklas Hedlund", "förälder", "45-54", "Norrmyra", "efterdebitering, missad uppsägning"],
    ["Intervjuare", "moderator", "", "", ""],
    ["Rasmus", "förälder", "25-34", "Norrmyra", "ensamstående pappa, elektriker, förtur av sociala skäl"],
    ["Elif", "förälder", "35-44", "Stenhaga", "undersköterska i treskift, omsorg på obekväm tid"],
    ["INTERVJUARE", "moderator", "", "", ""],
    ["MIRJA", "förälder", "35-44", "Sjöängen", "son med autism, omplacering, syskon på två förskolor"],
    ["Arjun", "förälder", "35-44", "Centrum", "flyttade från Indien i mars, talar lite svenska"],
    ["Henrik Wallin", "förälder", "35-44", "Sjöängen", "flyttade till kommunen i februari med två barn"],
    ["Ida Ekdahl", "moderator", "", "", ""],
    ["Lotta Forsgren", "yrkesverksam", "45-54", "", "placeringshandläggare på placeringsenheten"],
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
IDA, JO, KA, PT, FE, MT = "Ida", "Josefin", "Karim", "Petra", "Felicia", "Mattias"

FG1 = [
    M(IDA, "Då tror jag att vi kör igång. Välkomna hit, och tack för att ni tog er tid en tisdagskväll. Jag heter Ida och jobbar på barn- och utbildningsförvaltningen här i Ljungsund. Vi ska prata om hela resan, från att ni började tänka på förskola till idag. Det finns inga rätt eller fel svar. Går det bra att vi spelar in?"),
    B(JO, "Ja, absolut."),
    B(MT, "Ja, det är lugnt."),
    M(IDA, "Toppen. Vi tar en presentationsrunda först. Vem ni är, hur många barn ni har och varför ni behövde förskola. Josefin, vill du börja?"),
    P(JO, "Ja. Josefin heter jag, jag bor i Kvarnbyn, och vi har två barn, Elsa som är fyra och Vidar som fyllde ett i somras. Och... ja, asså min föräldraledighet tog slut i augusti, så det var ju därför. Jag jobbar som tandhygienist.", SY, N, 0, "neutral"),
    P(KA, "Karim. Jag bor i Stenhaga med min fru och vår dotter Nour, hon är två och ett halvt nu. Jag fick nytt jobb, på lagret i Hammarvik, och min fru började läsa på komvux samtidigt. Så vi behövde plats, typ, direkt.", OT, N, 0, "neutral"),
    P(PT, "Petra, Sjöängen. Vi har en kille, Love, han är ett och ett halvt. Första barnet. Jag jobbar på banken och skulle tillbaka efter ett år, så det var ju det som styrde allt. [skratt]", OT, N, 0, "neutral"),
    P(FE, "Felicia. Jag är tjugotre och pluggar till socionom, och jag har Alvin som är ett. Vi bor i en etta i Norrmyra, bara vi två, så... ja. Jag behövde förskola för att kunna plugga, helt enkelt.", OT, N, 0, "neutral"),
    P(MT, "Mattias, jag bor i Lövdala med min sambo och två barn. Den stora, Ella, har gått på förskola i tre år, och nu har vi lillebror också, Sixten. Så jag har gjort det här två gånger, och det var två väldigt olika upplevelser kan man säga.", SY, N, 0, "neutral"),
    M(IDA, "Spännande, det får vi höra mer om. Om vi börjar från början då: hur fick ni reda på hur man gör? Var letade ni?"),
    P(PT, "Ehm, BVC. Det var BVC-sköterskan som sa, typ vid tiomånaderskontrollen, att 'ni har väl ställt er i kö?'. Och vi bara... kö? [skratt] Vi trodde man sökte när man behövde.", ET, FI, -1, "pain"),
    P(FE, "Facebook. Det finns en grupp, Föräldrar i Ljungsund, och där frågar alla allt. Där fick jag veta att man ska söka fyra månader innan, minst. Och vilka förskolor som var bra och vilka man skulle undvika, typ.", ET, FI, 0, "neutral"),
    B(JO, "Ja, den gruppen. [skratt]"),
    P(FE, "Men asså den är ju guld värd. Ärligt.", ET, FI, 1, "praise"),
    M(IDA, "Och kommunens webbplats, var det någon som använde den?"),
    P(MT, "Jo, jag läste där. Den är inte dålig alls egentligen, det står det mesta. Men man måste veta vad man letar efter. Typ 'garantidatum', vad är det? Det förklaras på en helt annan sida.", ET, FI, 0, "pain"),
    P(KA, "Jag hittade inte. Min fru hittade. [skratt]", ET, FI, 0, "neutral"),
    B(PT, "Mm."),
    P(JO, "Och andra gången, med Vidar, då visste jag ju. Då ställde jag honom i kö typ när han var fyra månader.", KO, AP, 0, "neutral"),
    M(IDA, "Då går vi vidare till själva ansökan. Ni gjorde den i e-tjänsten? Hur var det?"),
    P(MT, "Själva e-tjänsten var smidig. Logga in med BankID, fylla i, välja förskolor. Tio minuter. Men sen ska den andra vårdnadshavaren också godkänna, och det visste inte min sambo, så den låg bara där och väntade i tre veckor utan att vi fattade det.", ET, AP, 0, "pain"),
    P(JO, "Samma för oss! Det kom inget mejl eller nåt till Daniel.", ET, AP, -1, "pain"),
    P(PT, "Asså vi fick ett mejl. Men det hamnade i skräpposten.", ET, AP, -1, "pain"),
    M(IDA, "Hur tänkte ni när ni valde förskolor? Man kan ju välja upp till fem."),
    P(PT, "Vi tog de tre närmaste. Och sen två till, för att man... ja, man skulle ju fylla i fem, trodde vi.", AV, AP, 0, "neutral"),
    P(KA, "Jag skrev bara en. Den som ligger vid vår gata, Ekorren. Jag trodde det var bäst, så de vet vad vi vill.", AV, AP, 0, "neutral"),
    P(FE, "Nej men gud, det är ju det man inte ska göra. [skratt] Förlåt.", AV, AP, 0, "neutral"),
    B(KA, "Ja, nu vet jag. [skratt]"),
    M(IDA, "Vi kommer till det. Fyramånadersregeln, kände alla till den när ni sökte?"),
    P(MT, "Ja.", KO, FI, 0, "neutral"),
    P(FE, "Jag visste att man skulle söka fyra månader innan. Men jag trodde att det betydde att man fick plats efter fyra månader. Alltså på den man ville ha. Som ett löfte, typ.", KO, FI, 0, "pain"),
    P(JO, "Det är ju ett löfte om en plats. Inte om vilken. [skratt]", KO, FI, 0, "neutral"),
    B(FE, "Precis. Det lärde jag mig."),
    M(IDA, "Och sen väntan? Hur var det att stå i kön?"),
    P(PT, "Långt. [skratt] Nej men, vi sökte i februari med önskat datum första augusti. Och sen hörde vi ingenting. Inget. Man kunde se på Mina sidor att ansökan var mottagen. Det stod 'mottagen' i fem månader.", KO, PR, -1, "pain"),
    P(MT, "Man ser ju inte sin köplats. Det är det som är grejen. I kommunen där min syster bor, där ser man 'du är nummer fyrtiotvå' eller vad det nu är.", KO, PR, -1, "pain"),
    P(KA, "Jag ringde. Många gånger.", KK, PR, -1, "pain"),
    M(IDA, "Vad hände när du ringde?"),
    P(KA, "Först man ringer kontaktcenter. De säger, vi skickar vidare till placeringen. Sen de ringer tillbaka efter två dagar, och kvinnan säger 'det är kö, du får vänta'. Okej. Jag vet att det är kö. [skratt] Jag vill veta hur lång.", KK, PR, -1, "pain"),
    P(JO, "Men de är ju trevliga när man väl får tag i dem. Jag pratade med en som hette Lotta, hon var jättebra, hon förklarade hur det funkar med garantidatumet och så.", KK, PR, 1, "praise"),
    P(PT, "— ja, det där med garantidatumet. Det fattade inte jag heller förrän någon förklarade. Att det är fyra månader från att man sökte, eller från datumet man vill börja om det är senare. Inte nåt könummer.", KO, PR, 0, "neutral"),
    P(MT, "Och det är svårt att planera. Man vet inte om man ska ta ut mer föräldraledighet eller inte. Jag fick säga till jobbet 'jag börjar nån gång i höst'.", KO, PR, -1, "pain"),
    P(JO, "Med Elsa fick vi plats exakt fyra månader efter. På dagen. Inte en dag före. [skratt]", KO, PR, 0, "neutral"),
    M(IDA, "Sen kom erbjudandet. Hur gick det till?"),
    P(KA, "Vi fick Tallkotten i Hammarvik. Det är... asså vi bor i Stenhaga. Det är fyrtio minuter med buss, två byten. Vi har ingen bil.", AV, DE, -1, "pain"),
    B(FE, "Oj."),
    P(KA, "Och jag hade bara skrivit Ekorren. Så de sa, du valde bara en, då får du en annan där det finns plats.", AV, DE, -1, "pain"),
    M(IDA, "Och vad gjorde ni?"),
    P(KA, "Vi tackade ja. Man måste svara inom fjorton dagar, annars platsen är borta. Vad ska man göra? Min fru hade börjat skolan.", AV, DE, -1, "pain"),
    P(JO, "Vi fick Linden för Vidar. Och Elsa går på Humlan. Så två förskolor, åt olika håll.", SY, DE, -1, "pain"),
    M(IDA, "Fanns det ingen syskonförtur?"),
    P(JO, "Jo, det finns. Men bara om det finns plats på den avdelningen i den åldern, sa de. Och det fanns ingen plats för ettåringar på Humlan.", SY, DE, -1, "pain"),
    P(MT, "Vi hade tur där. Sixten kom in på samma som Ella direkt. Så för oss funkade syskongrejen.", SY, DE, 1, "praise"),
    P(PT, "Vi fick vårt förstahandsval, Sjöstjärnan. Fem minuter hemifrån. Så jag har ingenting att klaga på där.", AV, DE, 1, "praise"),
    B(JO, "Grattis. [skratt]"),
    P(FE, "Jag fick mitt tredjehandsval. Det är okej. Inte jättelångt, man går typ tjugo minuter med vagnen.", AV, DE, 0, "neutral"),
    M(IDA, "När ni tackade ja, kom det någon information om avgiften då?"),
    P(PT, "Det kom ett mejl om att man skulle lämna inkomstuppgift. I e-tjänsten igen. Det var inte jättekrångligt.", AG, DE, 1, "praise"),
    P(MT, "Men man måste ju uppdatera den när man får ny lön. Det visste inte vi första gången. Det kom en efterdebitering på nästan fyra tusen ett år senare.", AG, FU, -1, "pain"),
    B(JO, "Aj."),
    P(FE, "Jag betalar ingenting, eller nästan. Studenter, alltså... jag har ju bara CSN. Det blev typ tvåhundra kronor i månaden.", AG, US, 0, "neutral"),
    M(IDA, "Om vi pratar om inskolningen, hur gick den?"),
    P(PT, "Den var fantastisk. Asså verkligen. Vi hade tre dagar föräldraaktiv inskolning, jag var med hela dagarna, och det fanns en pedagog, Samira, som bara tog emot Love liksom. Han grät inte en enda gång. Det gjorde jag. [skratt]", PE, US, 1, "praise"),
    B(FE, "[skratt] Samma."),
    P(JO, "Elsa hade den gamla modellen, två veckor med korta dagar. Det var jobbigt för alla, man fick ta ledigt i två veckor. Vidar hade tredagarsvarianten och den var mycket bättre, faktiskt.", PE, US, 0, "praise"),
    P(FE, "Alvins inskolning var okej. Inte mer. Det var fem barn som skolades in samma vecka, så det var mycket folk och lite pedagoger.", PE, US, 0, "pain"),
    P(MT, "Sixten hade ju storasyster där, så han sprang bara in. [skratt] Vi var klara på två dagar.", SY, US, 1, "praise"),
    P(KA, "För oss det var svårt. Nour grät mycket. Och personalen byttes hela tiden, det var en ny person varje vecka första månaden. Vikarier.", PE, US, -1, "pain"),
    M(IDA, "Hur är det nu, hur fungerar vardagen?"),
    P(KA, "Nu är bättre. Men resan. Jag lämnar sju, sen buss till jobbet, jag kommer sent varje dag. Min chef säger okej, men... [paus] okej.", AV, US, -1, "pain"),
    P(FE, "Barngruppen är stor. Alvin är på en avdelning med sexton ettåringar och tvååringar. Och tre pedagoger, när alla är där. Vilket de inte är.", BG, US, -1, "pain"),
    P(MT, "Fast det är väl ungefär så överallt, eller?", BG, US, 0, "question"),
    P(FE, "Jo, men det gör det ju inte bättre. Och när nån är sjuk —", BG, US, -1, "pain"),
    P(MT, "— då är det kaos, ja. Sant.", BG, US, -1, "pain"),
    P(JO, "Det jag tycker är svårast är hämtningen. Två förskolor, åt olika håll. Jag slutar fyra, och sen ska jag hinna till Linden och sen till Humlan innan de stänger. Varje dag.", SY, US, -1, "pain"),
    M(IDA, "Och när barnen är sjuka, hur funkar det?"),
    P(PT, "Man sjukanmäler i appen. Det funkar bra. Men han är ju sjuk varannan vecka. [skratt] Det är inte förskolans fel.", ET, US, 1, "praise"),
    P(MT, "Appen är bra. Men varför finns det tre olika? En för sjukanmälan, en för schemat, en för fakturorna. [skratt]", ET, US, 0, "pain"),
    M(IDA, "Och fakturorna, hur fungerar de?"),
    P(MT, "Den kommer varje månad, den är tydlig. Det är mer att man betalar för tolv månader fast man har semester i juli. Det förstår inte alla.", AG, US, 0, "neutral"),
    P(JO, "Jag betalar för två barn, men det kommer på två olika fakturor. Med olika förfallodagar. Så jag har missat en. Och då kom det en påminnelseavgift.", AG, US, -1, "pain"),
    M(IDA, "Är det någon som har bytt förskola eller sagt upp platsen?"),
    P(KA, "Ja, vi har sökt byte till Ekorren. Vi står i kö igen. Sju månader nu.", KO, FU, -1, "pain"),
    B(FE, "Sju månader?"),
    P(KA, "Sju. Och ingen säger hur länge till.", KO, FU, -1, "pain"),
    P(MT, "Och uppsägningen. Förskoleplatsen tar inte slut av sig själv när Ella börjar förskoleklass, man måste säga upp den, två månader innan. Annars betalar man för juli och augusti. Det står i ett papper man får när man börjar, som ingen läser. [skratt]", AG, FU, 0, "neutral"),
    M(IDA, "Om ni fick bestämma, vad skulle kommunen ändra?"),
    P(FE, "Visa köplatsen. Det skulle vara så bra att se var man står, även om det är dåligt.", KO, PR, 0, "suggestion"),
    P(KA, "Fråga om man har bil. De borde titta på bussen, inte bara kilometer.", AV, DE, 0, "suggestion"),
    P(JO, "Syskon på samma förskola. Det borde vara en regel, inte 'om det finns plats'.", SY, DE, 0, "suggestion"),
    P(PT, "Och fler som Samira. [skratt] Nej men ärligt, behåll personalen. Det är det som gör skillnad.", PE, US, 0, "suggestion"),
    P(MT, "Ett ställe. En app, en inloggning, allt på samma ställe.", ET, US, 0, "suggestion"),
    M(IDA, "Tack, alla. Det här var jättevärdefullt. Ta gärna en bulle till på vägen ut."),
    B(PT, "Tack själv!"),
    B(KA, "Tack. Bra att ni frågar.", 1, "praise"),
]

YN, SO, FR, AM, HA, NI = ("Ylva Norberg", "Sofie Engström", "Fredrik Sandberg", "Amina Osman",
                          "Hanna Björk", "Niklas Hedlund")

FG2 = [
    M(YN, "Hej allihop, och välkomna. Jag ser att alla fem är inne nu. Jag heter Ylva Norberg och jobbar som utredare på barn- och utbildningsförvaltningen. Transkriberingen är igång, som ni ser. Vi gör lite annorlunda idag: jag vill börja med det som har varit sämst. Det ni tänker på först när ni tänker på förskoleplaceringen. Vem vill börja?"),
    P(HA, "Jag kan börja. Det sämsta var när vi tackade nej. Vi fick ett erbjudande på en förskola i Hammarvik, och vi bor i Centrum. Jag tackade nej, för jag tänkte, vi väntar på nästa. Och då förlorade vi garantin. Vi hamnade sist i kön igen, med nytt ködatum. Det stod ingenstans. Eller, det stod säkert nånstans. [skratt]", KO, DE, -1, "pain"),
    B(SO, "Åh nej."),
    P(HA, "Jo. Så jag fick förlänga föräldraledigheten med tre månader. Utan föräldrapenning, för dagarna var slut.", KO, DE, -1, "pain"),
    M(YN, "Tack Hanna. Sofie, vad tänker du på?"),
    P(SO, "För mig är det personalen. Eller, att den försvinner. Hugo har haft, vänta... sju olika pedagoger på ett år på sin avdelning. Och förra våren var det en vecka när det bara var vikarier. Han kom hem och sa 'jag vet inte vad fröken heter'.", PE, US, -1, "pain"),
    B(AM, "Det känner jag igen."),
    M(YN, "Amina, vill du fortsätta?"),
    P(AM, "Ja. Min son Idris har en språkstörning, det visste vi inte när han började. Och det sämsta var att det tog ett år innan han fick stöd. Förskolan sa att de hade anmält behovet, och sen hände ingenting. Ett år.", SS, PR, -1, "pain"),
    P(FR, "Vi har tvillingar. Och de fick... asså de fick olika förskolor. Tvillingar. Samma ansökan, samma dag.", SY, DE, -1, "pain"),
    B(HA, "Va? Tvillingar?"),
    P(FR, "Ja. Det var ett systemfel, sa de sen. Det löste sig efter tre veckor, men de tre veckorna hade vi en på Linden och en på Regnbågen. [skratt] Man fick skratta åt det.", SY, DE, -1, "pain"),
    P(NI, "Mitt är fakturan. Vi fick en efterdebitering på elva tusen. För att min fru hade fått ett vikariat och vi inte hade uppdaterat inkomsten. Elva tusen, på en gång, i december.", AG, FU, -1, "pain"),
    B(SO, "Aj, aj."),
    M(YN, "Vad hände sen, Niklas? Fick du prata med någon?"),
    P(NI, "Jag ringde avgiftshandläggaren och hon var schysst, faktiskt. Vi fick dela upp det på sex månader. Så det löste sig, men ingen hade sagt att man måste anmäla varje gång lönen ändras.", AG, FU, 0, "pain"),
    P(FR, "Det står på fakturan. Längst ner. Med liten text. [skratt]", AG, US, -1, "pain"),
    B(NI, "Ja, exakt."),
    M(YN, "Om vi backar till början. Hur kom det sig att ni behövde förskola, kort?"),
    P(SO, "Jag är lärare, och jag skulle tillbaka i augusti, som alla lärare. [skratt] Så vi sökte i januari.", OT, N, 0, "neutral"),
    P(FR, "Tvillingar. Föräldraledigheten tar slut dubbelt så fort, känns det som. [skratt]", SY, N, 0, "neutral"),
    P(NI, "Min fru fick ett vikariat med kort varsel. Två veckor. Så vi behövde plats fort, och det fanns ju inte.", OT, N, -1, "neutral"),
    M(YN, "Och hur hittade ni information, innan ni sökte?"),
    P(AM, "Jag jobbar på vårdcentralen, så jag visste ungefär. Men det om stöd, att förskolan kan söka tilläggsbelopp eller vad det heter, det hittade jag inte. Det står ingenting om det för föräldrar.", SS, FI, -1, "pain"),
    P(SO, "Webben är okej. Det är inte där det brister. Det står hur man söker, vilka förskolor det finns, det är tydligt.", ET, FI, 1, "praise"),
    P(HA, "Men det står inte vad som händer om man tackar nej. Inte tydligt i alla fall.", ET, FI, -1, "pain"),
    M(YN, "Och själva ansökan?"),
    P(FR, "Lätt. BankID, klick, klick. Man lägger till barnen. Jag la till dem en i taget, och det var kanske där det blev fel. Jag vet inte.", ET, AP, 0, "neutral"),
    P(NI, "Jag tyckte också den var lätt. Det är inte där problemet är.", ET, AP, 1, "praise"),
    P(AM, "För mig var det en ruta, 'har barnet behov av särskilt stöd', ja eller nej. Vi kryssade nej, för vi visste inte då. Och sen blev det som att det var fel från början.", SS, AP, -1, "pain"),
    M(YN, "Hur menar du, fel från början?"),
    P(AM, "Att de placerade honom på en stor avdelning, tjugotvå barn. Och när vi sen sa att han behöver en mindre grupp, då var det som att 'men ni skrev nej'.", SS, DE, -1, "pain"),
    P(SO, "Tjugotvå? På Hugos är de tjugo. Och när det är sjukdom kan det vara två vuxna på tjugo barn.", BG, US, -1, "pain"),
    B(AM, "Mm."),
    P(SO, "Det är inte pedagogernas fel. De springer ju. Men det är för många barn.", BG, US, -1, "pain"),
    M(YN, "Hur länge fick ni vänta, från ansökan till plats?"),
    P(SO, "Fyra månader. Precis på dagen. [skratt]", KO, PR, 0, "neutral"),
    P(NI, "Fem. Vi sökte ju för sent, det var vårt eget fel.", KO, PR, 0, "neutral"),
    B(AM, "Jag minns inte ens. Det känns som hundra år sen."),
    P(FR, "Tre och en halv. Men då var det ju fel förskola för den ena. [skratt]", KO, PR, 0, "neutral"),
    P(HA, "Och efter nejet började vi om från noll. Fyra månader till.", KO, PR, -1, "pain"),
    M(YN, "Fredrik, du nämnde ett systemfel. Hur fick ni kontakt med kommunen?"),
    P(FR, "Mejl först. Jag skrev till och med båda personnumren i mejlet, 220314-4436 och 220314-4444, så att de skulle hitta dem. Inget svar på en vecka. Sen ringde jag och fick en tid för återuppringning. Och hon som ringde tillbaka var jättebra, hon fixade det samma dag. Så det är... det är svårt att nå dem, men när man når dem så händer det grejer.", KK, DE, 0, "praise"),
    P(HA, "— jag ringde också, och fick höra 'du tackade nej, då gäller nytt ködatum'. Ingen diskussion.", KK, DE, -1, "pain"),
    P(NI, "Fast det är väl regler. De kan ju inte göra undantag för alla.", KO, DE, 0, "neutral"),
    P(HA, "Nej, men de kunde ha sagt det innan. När jag tackade nej i e-tjänsten fanns det ingen varning. Bara en knapp.", ET, DE, -1, "pain"),
    M(YN, "Om vi hoppar till inskolningen, hur var den?"),
    P(NI, "Bra. Tre dagar, vi var med hela tiden. Pedagogen, Jonna, hade koll på allt, hon ringde oss innan och frågade om Maja, vad hon gillar, hur hon sover.", PE, US, 1, "praise"),
    P(AM, "Inskolningen var bra för Idris också. Det var sen det blev svårt, när gruppen blev större efter sommaren.", BG, US, 0, "pain"),
    P(SO, "Hugos inskolning, ärligt talat, det var den pedagogen som sen slutade efter två månader. Så han fick börja om, typ. Med någon ny.", PE, US, -1, "pain"),
    M(YN, "Amina, hur gick det till slut med stödet?"),
    P(AM, "Till slut fick han en resurs, tre timmar om dagen, och en logoped från Barnhälsan som kommer en gång i månaden. Och det har gjort jättestor skillnad. Han pratar mycket mer nu. Men det tog ett år.", SS, US, 0, "praise"),
    B(FR, "Vad skönt."),
    P(AM, "Ja. Men jag hade önskat att någon sa från början vem man ska prata med. Specialpedagogen, förskolechefen, kommunen? Jag visste inte.", SS, PR, -1, "suggestion"),
    M(YN, "Hur fungerar vardagen, med lämning och hämtning?"),
    P(FR, "Nu när tvillingarna är på samma ställe är det lugnt. Men de där tre veckorna, två förskolor, två lämningar... jag kom sent till jobbet varje dag.", SY, US, -1, "pain"),
    P(NI, "Det som är svårt är planeringsdagarna. Fyra dagar om året när förskolan är stängd, och då får man ordna något själv.", SY, US, -1, "pain"),
    P(AM, "Och när Idris resurs är sjuk får han stanna hemma. Det har hänt flera gånger, att de ringer på morgonen och frågar om vi kan ha honom hemma.", SS, US, -1, "pain"),
    M(YN, "Fakturorna då, hur ser ni på dem?"),
    P(FR, "Vi fick dubbla fakturor för tvillingarna i tre månader. Full avgift för båda, fast det ska vara syskonrabatt. Det tog fyra mejl.", AG, US, -1, "pain"),
    B(NI, "Typiskt."),
    P(SO, "Själva avgiften tycker jag är rimlig. Maxtaxan, det är ju inte dyrt, jämfört med vad det kostar.", AG, US, 1, "praise"),
    P(HA, "Nej, det är inte priset. Det är allt runtomkring.", AG, US, 0, "pain"),
    M(YN, "Har någon bytt förskola, eller funderat på det?"),
    P(SO, "Ja. Vi ansökte om byte i mars, efter vikarieveckan. Och han fick byta i augusti, till en mindre förskola, Ekorren. Och det är... det är en annan värld. Samma pedagoger hela tiden.", PE, FU, 1, "praise"),
    B(HA, "Mm, det har jag hört också."),
    P(AM, "Vi vågar inte byta. Idris har sin resurs där nu. Byter vi förskola, då börjar allt om från början, har de sagt.", SS, FU, -1, "pain"),
    M(YN, "Hanna, hur gick det sen för er?"),
    P(HA, "Vi fick plats till slut, i januari, på Regnbågen. Och den är bra, verkligen. Men nu ska Leo börja förskoleklass, och då är det en ny ansökan om fritids. I en annan e-tjänst, med en annan inloggning. Man blir lite trött.", ET, FU, 0, "pain"),
    P(NI, "Och säga upp förskolan samtidigt. Två månaders uppsägning. Vi missade det, så vi betalade juli för ingenting.", AG, FU, -1, "pain"),
    P(FR, "Betalar man juli? Även om barnet inte är där?", AG, FU, 0, "question"),
    P(NI, "Ja. Om man inte har sagt upp i tid.", AG, FU, 0, "neutral"),
    M(YN, "Har någon av er lämnat synpunkter eller klagomål till kommunen?"),
    P(SO, "Ja, efter vikarieveckan. Jag skrev i synpunktsformuläret. Jag fick ett automatiskt svar, och sen ett mejl efter fem veckor från förskolechefen som sa att de 'arbetar aktivt med kompetensförsörjningen'. [skratt]", KK, FU, -1, "pain"),
    B(HA, "Klassiskt."),
    P(AM, "Jag har inte klagat. Jag vill inte bli den jobbiga mamman. Han är ju där varje dag.", KK, FU, -1, "pain"),
    M(YN, "Om ni fick ändra en sak, vad skulle det vara?"),
    P(HA, "En varning när man tackar nej. 'Om du tackar nej förlorar du din garantiplats.' En mening. Det hade räckt.", ET, DE, 0, "suggestion"),
    P(FR, "Att man kan mejla och få svar. Inom en vecka, typ. Det borde gå.", KK, DE, 0, "suggestion"),
    P(SO, "Mindre barngrupper. Jag vet att det kostar. Men ändå.", BG, US, 0, "suggestion"),
    P(AM, "Att stödet följer med barnet. Inte att man ska börja om.", SS, FU, 0, "suggestion"),
    P(NI, "En påminnelse om inkomsten. Ett sms en gång om året, 'stämmer din inkomst?'. Det kostar ingenting.", AG, US, 0, "suggestion"),
    M(YN, "Tack. Det här blev jättebra. Något sista innan vi avslutar?"),
    B(FR, "Nej, tack för att vi fick vara med."),
    B(SO, "Tack! Och lycka till med det här."),
    M(YN, "Tack alla, ha en fin kväll."),
]

IV, RA = "Intervjuare", "Rasmus"

IV1 = [
    M(IV, "Då är inspelningen igång. Tack för att du ville ställa upp, Rasmus. Kan du börja med att berätta lite om dig själv och din familj?"),
    P(RA, "Ja. Rasmus, trettiofyra, elektriker. Jag har en dotter, Alice, hon är två och ett halvt. Och jag är ensam med henne sen i våras, hennes mamma flyttade till Norge. Så det är jag och Alice.", SY, N, 0, "neutral"),
    M(IV, "Hur kom det sig att ni behövde förskola?"),
    P(RA, "Hon gick ju hos en dagmamma innan. Eller, pedagogisk omsorg heter det visst. Och den lade ner i maj. Så jag hade fem veckor på mig, typ. Med ett jobb som börjar sju.", OT, N, -1, "neutral"),
    M(IV, "Och vad gjorde du då?"),
    P(RA, "Jag googlade 'förskola Ljungsund' och kom till kommunens sida. Och där stod det fyra månader. Och jag tänkte, okej, det här går inte.", KO, FI, -1, "pain"),
    M(IV, "Fyra månader, och du hade fem veckor."),
    P(RA, "Precis.", KO, FI, -1, "neutral"),
    M(IV, "Vem pratade du med?"),
    P(RA, "Jag ringde kontaktcenter, och de kopplade till placeringen, och jag fick prata med en handläggare direkt. Och hon sa att man kan söka förtur om det finns särskilda skäl. Så jag skrev ett brev om situationen, och det gick igenom. Tre veckor.", KK, AP, 1, "praise"),
    M(IV, "Gjorde du själva ansökan i e-tjänsten?"),
    P(RA, "Ja, med BankID, det gick snabbt. Men det fanns ingen ruta för förtur, så brevet fick jag mejla separat. Och sen ringa och kolla att de hade kopplat ihop dem.", ET, AP, 0, "pain"),
    M(IV, "Hur var det att skriva det brevet?"),
    P(RA, "Asså... det var inte kul. Man ska liksom förklara för en främling att ens familj har gått sönder. Och bifoga ett intyg från familjerätten. Men jag förstår att de måste ha det.", SY, AP, -1, "pain"),
    M(IV, "Vilken förskola fick ni?"),
    P(RA, "Linden. Det var den enda som hade plats. Den ligger på vägen till jobbet, så det var ren tur.", AV, DE, 1, "neutral"),
    M(IV, "Hur var inskolningen?"),
    P(RA, "Den var... jag var nervös. Jag trodde att hon skulle gråta. Men pedagogen, Yasmin, hon bara satte sig på golvet med henne och byggde lego. Och efter en timme sa hon 'du kan gå och ta en kaffe'. [skratt] Och Alice märkte knappt att jag gick.", PE, US, 1, "praise"),
    M(IV, "Hur fungerar vardagen nu?"),
    P(RA, "Det är lämningen som är grejen. De öppnar halv sju. Jag börjar sju, på bygget i Hammarvik, och det tar tjugo minuter dit. Så jag kommer sent. Varje dag. Tio minuter.", OT, US, -1, "pain"),
    M(IV, "Vad säger din arbetsgivare?"),
    P(RA, "De har varit schyssta. Jag tar igen det på eftermiddagen. Men då ska jag hämta innan fem, så... det går ihop, knappt.", OT, US, 0, "neutral"),
    M(IV, "Har du frågat förskolan om tidigare öppning?"),
    P(RA, "Ja. De sa att öppettiderna bestäms av kommunen, halv sju till halv sex. Och att det finns en som öppnar tidigare, Nattugglan, men den ligger i Lövdala. Det är åt fel håll.", OT, US, -1, "pain"),
    M(IV, "Hur är det när Alice är sjuk?"),
    P(RA, "Då är det jag. Ingen annan. Jag har inga föräldrar här. Så jag vabbar, och jag förlorar pengar, och... ja. Det är inte förskolans fel, men det är tufft.", SY, US, -1, "neutral"),
    M(IV, "Förstås. Avgiften, hur fungerar den för dig?"),
    P(RA, "Den är okej. Den är ju efter inkomsten, och jag är ensam, så den är inte hög. Det är inte det som är problemet.", AG, US, 1, "praise"),
    M(IV, "Något med fakturorna?"),
    P(RA, "En sak. Fakturan kommer fortfarande till Alices mamma också. Till Norge. Vi har ju gemensam vårdnad, så systemet skickar till oss båda. Jag har ringt två gånger.", AG, US, -1, "pain"),
    M(IV, "Vad sa de när du ringde?"),
    P(RA, "Att det skulle vara fixat. Och sen kom det en ny faktura till henne ändå. [suckar]", KK, US, -1, "pain"),
    M(IV, "Hur är kontakten med förskolan i vardagen?"),
    P(RA, "Bra. Jättebra faktiskt. De skickar bilder i appen, och Yasmin säger alltid nånting när jag hämtar. 'Idag har hon klättrat högst upp.' Sånt. Det betyder mycket när man är ensam.", PE, US, 1, "praise"),
    M(IV, "Har du funderat på att byta förskola?"),
    P(RA, "Nej. Inte en chans.", PE, FU, 1, "praise"),
    M(IV, "Om du fick önska något av kommunen?"),
    P(RA, "Att det fanns en förskola som öppnar sex. Inte nattis, bara... sex. För oss som jobbar på bygge eller i vården.", OT, US, 0, "suggestion"),
    M(IV, "Något mer?"),
    P(RA, "Och att man inte ska behöva ringa för att få veta om förtur. Det borde stå på sidan. Jag hade tur som fick prata med rätt person.", ET, FI, 0, "suggestion"),
    M(IV, "Tack. Och lite praktiskt, får vi höra av oss om vi har följdfrågor?"),
    B(RA, "Ja, absolut. Ring mig på 070-174 06 81. Eller mejla, rasmus.lind@example.com."),
    M(IV, "Tack så mycket, Rasmus."),
    B(RA, "Tack själv. Det var skönt att prata om det, faktiskt.", 1, "praise"),
]

EL = "Elif"

IV2 = [
    M(IDA, "Så, nu spelar jag in. Tack för att du tar dig tid, jag vet att du jobbade natt i natt."),
    B(EL, "Ja, det är lugnt. Jag har druckit kaffe. [skratt]"),
    M(IDA, "Kan du berätta lite om dig och din familj?"),
    P(EL, "Jag heter Elif, jag är undersköterska på akuten. Jag jobbar treskift, dag, kväll, natt, och varannan helg. Min man är bussförare, han jobbar också skift. Och vi har Deniz, som är tre, och Aylin som är sju och går i ettan.", OT, N, 0, "neutral"),
    M(IDA, "Så ni behövde omsorg på andra tider än de vanliga öppettiderna."),
    P(EL, "Ja. Det var därför allt var svårt från början.", OT, N, -1, "neutral"),
    M(IDA, "Hur fick du veta att det fanns omsorg på obekväm tid?"),
    P(EL, "En kollega. Hon har sin son på Nattugglan. Det står ingenting om det när man söker vanlig förskola, man måste veta att det finns. Jag hade sökt vanlig förskola först och fått det, och det var först när jag sa till en kollega att jag inte fick ihop det som hon sa 'men nattis då?'.", ET, FI, -1, "pain"),
    M(IDA, "Hur länge väntade ni på den vanliga platsen?"),
    P(EL, "Fyra månader. Precis som det står. Det var inga konstigheter.", KO, PR, 0, "neutral"),
    M(IDA, "Hur gick ansökan till?"),
    P(EL, "Det är en egen blankett. Inte i e-tjänsten. Man laddar ner en PDF, skriver ut, och så ska båda arbetsgivarna skriva under ett intyg om arbetstiderna. Och sen lämnar man in det. På papper.", ET, AP, -1, "pain"),
    M(IDA, "Båda arbetsgivarna?"),
    P(EL, "Ja. Båda vårdnadshavarna måste jobba på obekväm tid. Annars får man inte. Min mans chef var på semester, så det tog tre veckor bara att få en underskrift.", OT, AP, -1, "pain"),
    M(IDA, "Och sen?"),
    P(EL, "Sen väntade vi. Två månader. Det finns bara tjugo platser på Nattugglan, för hela kommunen.", KO, PR, -1, "pain"),
    M(IDA, "Vad gjorde ni under tiden?"),
    P(EL, "Min mamma. [skratt] Hon bor i Lövdala, så hon tog Deniz de kvällar vi båda jobbade. Och min svärmor ibland. Men hon är sjuk, så.", SY, PR, -1, "pain"),
    M(IDA, "Hur fick ni beskedet när det blev plats?"),
    P(EL, "Ett brev. Och samma dag ett mejl om att jag skulle svara inom fjorton dagar. Jag svarade efter tio minuter. [skratt]", AV, DE, 1, "neutral"),
    M(IDA, "Och hur ligger Nattugglan till för er?"),
    P(EL, "Lövdala, tjugo minuter med bil. Men min mamma bor ju där, så det passar. Och det är ju den enda.", AV, US, 0, "neutral"),
    M(IDA, "Hur är det nu, när Deniz går där?"),
    P(EL, "Det är fantastiskt. Asså, personalen där, de är som en familj. Det är samma tre, fyra personer, och de känner alla barnen. Deniz sover där ibland, när jag har natt och min man har tidig morgon, och han tycker att det är mysigt. Han har en egen säng med sitt eget täcke.", PE, US, 1, "praise"),
    M(IDA, "Vad fint att höra."),
    P(EL, "Ja. Det är det bästa med hela kommunen, ärligt.", PE, US, 1, "praise"),
    M(IDA, "Finns det något som är svårt i vardagen?"),
    P(EL, "Schemat. Man ska lämna in schemat en månad i förväg. Men vårt schema kommer inte en månad i förväg. Ibland får jag veta två veckor innan. Och om jag byter ett pass med någon, då ska man meddela det också, och då blir det ibland nej för att det är fullt.", OT, US, -1, "pain"),
    M(IDA, "Hur lämnar du in schemat?"),
    P(EL, "Mejl. Jag tar en bild på schemat och mejlar till förskolan. Det funkar, men det är inte... ja, det är inte direkt modernt. [skratt]", ET, US, 0, "pain"),
    M(IDA, "Och Deniz har också en vanlig förskola på dagarna?"),
    P(EL, "Ja, Ekorren. Så han har två förskolor. Två olika pedagoger, två olika appar, två inskolningar. Han fattar det, han är smart. Men det är mycket för en treåring.", OT, US, -1, "pain"),
    M(IDA, "Och Aylin, hon är på fritids?"),
    P(EL, "Fritids stänger halv sex. Och det finns inget nattfritids. Så för henne är det mamma och grannen. Hon får inte vara på Nattugglan längre, den är bara till och med förskoleåldern.", OT, FU, -1, "pain"),
    M(IDA, "Vad tycker du om avgiften?"),
    P(EL, "Det är samma maxtaxa, den är inte högre för natten. Det var jag glad över. Jag trodde att det skulle kosta extra.", AG, US, 1, "praise"),
    M(IDA, "Har du haft kontakt med placeringsenheten?"),
    P(EL, "En gång. Jag ringde för att fråga hur långt fram vi var i kön till Nattugglan. Hon sa att det var hemligt. Inte hemligt, men att de inte kunde säga. Och det förstår jag inte, varför kan man inte säga det?", KK, PR, -1, "pain"),
    M(IDA, "Bra fråga. [skratt] Har du några förslag?"),
    P(EL, "Att det står om nattis på samma ställe som vanlig förskola. Så man vet att det finns. Och att man kan söka i e-tjänsten, inte på papper.", ET, FI, 0, "suggestion"),
    M(IDA, "Något mer?"),
    P(EL, "Fler platser. Tjugo platser är för lite. Hela sjukhuset jobbar ju natt. Och bussbolaget. Och polisen.", OT, PR, 0, "suggestion"),
    M(IDA, "Tack Elif. Det var allt från mig. Nu ska du få sova."),
    B(EL, "Ja, äntligen. [skratt] Tack, hej."),
]

IVC, MI = "INTERVJUARE", "MIRJA"

IV3 = [
    M(IVC, "Då är vi igång. Tack för att jag fick komma hem till dig. Kan du börja med att berätta om er familj?"),
    P(MI, "Ja. Vi är jag och Sam, och Milo som är fyra och ett halvt, och lillasyster Stina som är ett. Milo fick sin autismdiagnos när han var tre. Han pratar, men inte så mycket, och han blir väldigt trött av ljud och av mycket folk.", SS, N, 0, "neutral"),
    M(IVC, "Hur var det när ni skulle söka förskola första gången?"),
    P(MI, "Då visste vi ingenting. Han var ett och ett halvt, och han var bara... Milo. Vi sökte som alla andra, tre förskolor nära hemma, och fick Humlan.", AV, AP, 0, "neutral"),
    M(IVC, "Hur länge fick ni vänta då?"),
    P(MI, "Tre månader ungefär. Det var inga konstigheter, då.", KO, PR, 0, "neutral"),
    M(IVC, "Och hur gick det på Humlan?"),
    P(MI, "Inskolningen var tre dagar, och på tredje dagen satt han under ett bord och skrek. Och pedagogerna sa att det är normalt, alla barn reagerar.\n\nMen det slutade aldrig. Han skrek varje morgon i ett halvår.", SS, US, -1, "pain"),
    M(IVC, "Vad hände sen?"),
    P(MI, "BVC remitterade oss till BUP, och efter utredningen fick vi diagnosen. Och då började allt med förskolan. Specialpedagog, handlingsplan, möten. Det var... det var väldigt mycket möten.", SS, PR, 0, "pain"),
    M(IVC, "Fick han extra stöd?"),
    P(MI, "Förskolechefen ansökte om tilläggsbelopp hos kommunen. Det tog fyra månader. Och sen fick de pengar till en resurs på halvtid. Men resursen, det blev en vikarie som inte hade jobbat med barn med autism förut. Hon var snäll. Men hon visste inte.", SS, PR, -1, "pain"),
    M(IVC, "Hur gjorde ni då?"),
    P(MI, "Vi bad om byte till en mindre förskola. Det finns en, Tallkotten i Hammarvik, den har bara två avdelningar och en lugn gård. Men den ligger tjugofem minuter bort med bil.", AV, FU, 0, "neutral"),
    M(IVC, "Hur gick det med bytet?"),
    P(MI, "Vi ansökte om omplacering med förtur. Man måste ha ett intyg från habiliteringen, och det tog tre veckor att få. Och sen sa placeringsenheten att förtur bara gäller nyplacering, inte byte. Att det står så i riktlinjerna.", KO, FU, -1, "pain"),
    M(IVC, "Vad tänkte du då?"),
    P(MI, "Att ingen har läst riktlinjerna med Milo i tanken. [skratt] Nej men... jag ringde och ringde. Till slut fick jag prata med en placeringshandläggare som faktiskt lyssnade, och hon tog det till sin chef, och då gick det. Men det var för att jag var envis. Inte för att systemet funkar.", KK, FU, 0, "pain"),
    M(IVC, "Hur lång tid tog det totalt?"),
    P(MI, "Från att vi ansökte tills han började på Tallkotten? Sju månader.", KO, FU, -1, "pain"),
    M(IVC, "Och hur är det på Tallkotten?"),
    P(MI, "Det är en annan värld. De har en inskolning som de lade upp efter honom. Fyra veckor, korta dagar, samma pedagog hela tiden, Anders. Och de har bildstöd överallt, på dörrarna, vid maten. Han slutade skrika efter två veckor.\n\nHan säger 'Anders' hemma. Det har han aldrig sagt om någon på förskolan förut.", PE, US, 1, "praise"),
    M(IVC, "Vad fint."),
    B(MI, "Ja. Jag grät när han sa det. [skratt]", 1),
    M(IVC, "Hur är det med resan, när förskolan ligger längre bort?"),
    P(MI, "Det är jobbigt. Sam kör honom på morgonen, och jag hämtar. Och Stina går ju på Humlan, nära hemma, så vi har två förskolor åt olika håll. Vi ansökte om att hon skulle få plats på Tallkotten också, med syskonförtur, men det gällde inte heller vid byte.", SY, US, -1, "pain"),
    M(IVC, "Betalar ni något extra för resursen?"),
    P(MI, "Nej. Det är bara den vanliga avgiften. Det var skönt att slippa tänka på, i alla fall.", AG, US, 1, "praise"),
    M(IVC, "Det låter som att reglerna inte riktigt passar er situation."),
    P(MI, "Nej. De är gjorda för familjer där allt är som det ska. [paus] Det är ingen som är elak. Det är bara att ingen har tänkt.", SS, FU, -1, "pain"),
    M(IVC, "Hur har kontakten med kommunen varit i övrigt?"),
    P(MI, "Det är så många olika. Förskolan, rektorn, specialpedagogen, placeringsenheten, avgiftsenheten, och habiliteringen som är regionen. Ingen pratar med varandra. Jag är den som bär alla papper mellan dem.", KK, US, -1, "pain"),
    M(IVC, "Finns det något som har fungerat bra i kontakten?"),
    P(MI, "Habiliteringen, de har varit bra. Och Anders. Och den där placeringshandläggaren. Det är personer som fungerar. Inte systemet.", KK, US, 0, "praise"),
    M(IVC, "Milo börjar förskoleklass nästa höst. Hur tänker ni kring det?"),
    P(MI, "Jag är jätteorolig. Skolan ligger i Sjöängen, och där är det tjugofem barn i klassen. Förskolan ska göra en överlämning, men jag vet inte vad som följer med. Får han en resurs? Ingen kan svara.", SS, FU, -1, "pain"),
    M(IVC, "Har ni fått någon information om överlämningen?"),
    P(MI, "Ett mejl. 'Överlämning sker enligt rutin.' [skratt] Det var allt.", KK, FU, -1, "pain"),
    M(IVC, "Vad skulle du vilja att kommunen gjorde annorlunda?"),
    P(MI, "En person. En kontakt som har hela bilden, som man kan ringa. Som vet vem Milo är.\n\nOch att förtur gäller vid byte också, när det finns ett intyg. Det är ju så uppenbart.", KK, FU, 0, "suggestion"),
    M(IVC, "Något annat?"),
    P(MI, "Att de frågar. Det här är första gången någon från kommunen frågar hur vi har haft det. På fyra år.", KK, FU, -1, "suggestion"),
    M(IVC, "Tack för att du säger det. Vi tar med oss det."),
    B(MI, "Tack. Vill du ha mer kaffe?"),
    M(IVC, "Nej tack, jag ska nog gå. Tack igen, Mirja."),
    B(MI, "Hej då! Säg till om ni behöver något mer."),
]

AR = "Arjun"

IV4 = [
    M(IV, "Hej och välkommen. Vi kan prata svenska eller engelska, eller både och. Som du vill."),
    B(AR, "Lite svenska. Jag förstår... mycket? Men prata är svårt. Maybe I mix, okay?"),
    M(IV, "Absolut, mixa du. Berätta lite om dig och din familj."),
    P(AR, "Jag heter Arjun. I came from Bangalore in March, for a job here, at a tech company in Hammarvik. Min fru Meera och vår dotter Anika, hon är två. Meera came in May.", SN, N, 0, "neutral"),
    M(IV, "Hur fick ni veta hur man söker förskola?"),
    P(AR, "My colleague told me, you have to queue. I was like, queue for kindergarten? In India you just go and pay. [skratt] Så jag gick till kommunens hemsida, men allt var på svenska. Google Translate.", SN, FI, -1, "pain"),
    M(IV, "Fanns det ingen information på engelska?"),
    P(AR, "En sida. One page, very short. It said 'apply in the e-service'. Men e-tjänsten är bara svenska.", SN, FI, -1, "pain"),
    M(IV, "Och när du skulle söka?"),
    P(AR, "That was the big problem. Man behöver BankID. And for BankID you need personnummer, and for personnummer you wait for Skatteverket. Six weeks. So I could not apply. Och kön, it starts when you apply.", SN, AP, -1, "pain"),
    M(IV, "Så kötiden började inte förrän ni hade personnummer."),
    P(AR, "Exactly. Six weeks lost. Nobody told me there is a paper form.", SN, AP, -1, "pain"),
    M(IV, "Hur fick du veta det till slut?"),
    P(AR, "Jag ringde. The woman at kontaktcenter, she switched to English immediately, very nice. Hon skickade blanketten med post. But then it was already June.", KK, AP, 0, "praise"),
    M(IV, "Vad hände sen?"),
    P(AR, "We waited. Four months, they said, garanti. I start work every day at eight, Meera also found a job in August, so we had... ehm, hur säger man, babysitter?", KO, PR, -1, "pain"),
    M(IV, "Barnvakt."),
    P(AR, "Barnvakt. From an app. Nästan trettio tusen kronor for two months.", KO, PR, -1, "pain"),
    M(IV, "Hur fick ni beskedet om platsen?"),
    P(AR, "A letter. Ett brev, på svenska, with words like 'placeringserbjudande' and 'besvaras senast'. I used the phone camera to translate. Det var okej, vi förstod.", SN, DE, 0, "neutral"),
    M(IV, "Vilken förskola fick ni?"),
    P(AR, "Regnbågen. Not the one we wanted, but close. Tio minuter att gå. So, good.", AV, DE, 1, "praise"),
    M(IV, "Hur var inskolningen?"),
    P(AR, "Very good. The pedagog, Fatima, she speaks English, and she learned some words in Kannada! Water, mamma, sleep. Anika was so happy.", PE, US, 1, "praise"),
    M(IV, "Vad fint."),
    B(AR, "Ja. I was crying a little. [skratt] Don't put that in the report.", 1),
    M(IV, "[skratt] Jag lovar. Hur är barngruppen?"),
    P(AR, "Big. Eighteen children, three teachers. In India it would be more. [skratt] So for me it is okay.", BG, US, 0, "neutral"),
    M(IV, "Hur fungerar kontakten med förskolan i vardagen?"),
    P(AR, "The app. Allt i appen är på svenska. What they did today, what we should bring. 'Ta med extrakläder och stövlar.' Jag översätter varje dag. Sometimes I miss things, like 'utflykt', and she had no... matsäck?", SN, US, -1, "pain"),
    M(IV, "Matsäck, ja."),
    B(AR, "Matsäck. Now I know that word. [skratt]"),
    M(IV, "Avgiften, hur fungerar den?"),
    P(AR, "Faktura every month. That is fine, I understand numbers. [skratt] But the income form, inkomstuppgift, I did not understand that I should count my bonus. So maybe I pay wrong. Jag vet inte.", AG, US, 0, "pain"),
    M(IV, "Har du frågat någon om det?"),
    P(AR, "Nej. Who do I ask? Avgiftsenheten? I don't know who to call.", KK, US, -1, "pain"),
    M(IV, "Är det något som har varit bra med kommunen?"),
    P(AR, "Honestly, förskolan är fantastisk. The system is difficult, but the people at Regnbågen are so nice. Anika sings Swedish songs now, Imse vimse spindel. [skratt]", PE, US, 1, "praise"),
    M(IV, "Om du fick ändra något, vad skulle det vara?"),
    P(AR, "English e-service. Or at least English on the important letters. Och en sida för nya familjer: you just moved here, this is how preschool works, this is the queue. Step one, step two.", SN, FI, 0, "suggestion"),
    M(IV, "Något mer?"),
    P(AR, "Let people apply before personnummer. With samordningsnummer, or a paper. Kön should start when you arrive, inte när Skatteverket är klar.", SN, AP, 0, "suggestion"),
    M(IV, "Tack Arjun. Thank you so much."),
    B(AR, "Tack! Tack så mycket. It was nice to talk.", 1, "praise"),
]

HW = "Henrik Wallin"

IV5 = [
    M(YN, "Då är vi igång. Välkommen, Henrik, och tack för att du ställer upp. Du och din familj flyttade hit i vintras, va?"),
    P(HW, "Ja, vi flyttade i februari. Från Uppsala. Min fru fick jobb som läkare på lasarettet här, och vi köpte ett hus på Kornvägen 12 i Sjöängen. Och vi har två barn, Ebba som är fem och Gustav som är två.", SN, N, 0, "neutral"),
    M(YN, "Och barnen hade förskola i Uppsala?"),
    P(HW, "Ja, båda. Så vi behövde två platser här, från första mars helst.", SY, N, 0, "neutral"),
    M(YN, "Hur gick det att ta reda på hur det funkar här?"),
    P(HW, "Kommunens sida, den var tydlig. Det stod att man kan söka innan man är folkbokförd, om man har ett kontrakt. Så jag sökte i december med köpekontraktet som bilaga. Det gick bra.", ET, AP, 1, "praise"),
    M(YN, "Hur var det med garantitiden, när ni inte bodde här än?"),
    P(HW, "Jag var orolig att den skulle räknas från när vi flyttade. Men den räknades från ansökan, så det var lugnt.", KO, AP, 1, "praise"),
    M(YN, "Hur valde ni förskolor, när ni inte kände till området?"),
    P(HW, "Vi åkte runt en helg och tittade utifrån. [skratt] Och så frågade jag i Facebookgruppen. Folk var jättehjälpsamma, jag fick typ fyrtio kommentarer.", AV, FI, 1, "praise"),
    M(YN, "Så ansökan var smidig."),
    P(HW, "Den delen, ja. Men det var inte jättetydligt vad som hände sen. Jag fick en bekräftelse, sen ingenting förrän i februari.", KO, PR, 0, "pain"),
    M(YN, "Vad hände i februari?"),
    P(HW, "Vi fick erbjudande för Ebba på Sjöstjärnan, och för Gustav på Linden. Två olika. Och det var två erbjudanden som skulle besvaras var för sig inom fjorton dagar.", SY, DE, -1, "pain"),
    M(YN, "Hur tänkte ni?"),
    P(HW, "Vi tackade ja till båda. Vad skulle vi göra? Min fru började jobba första mars. Och sen ansökte vi om syskonplacering direkt, så att Gustav skulle kunna flytta till Sjöstjärnan.", SY, DE, -1, "pain"),
    M(YN, "Och hur gick det?"),
    P(HW, "I augusti fick han flytta. Fem månader med två förskolor. Och under tiden lämnade jag på två ställen varje morgon.", SY, FU, -1, "pain"),
    M(YN, "Och inskolningen för Gustav?"),
    P(HW, "Den var kort på Linden, tre dagar. Sen fick han skolas in en gång till på Sjöstjärnan i augusti. Två inskolningar på ett halvår, för en tvååring.", SY, US, -1, "pain"),
    M(YN, "Hur var det att börja på en ny förskola för Ebba, hon var ju fyra då?"),
    P(HW, "Hon var ledsen de första veckorna. Hon saknade sina kompisar. Men pedagogerna på Sjöstjärnan var jättebra, de parade ihop henne med en tjej, Nellie, som fick visa henne allt. Nu är de bästisar.", PE, US, 1, "praise"),
    M(YN, "Vad bra. Och Gustav?"),
    B(HW, "Gustav är Gustav. [skratt] Han bryr sig inte så mycket om var han är, så länge det finns en sandlåda."),
    M(YN, "Om du jämför med Uppsala, hur är det här?"),
    P(HW, "Grupperna är mindre här, tror jag. Ebba hade tjugofyra barn på sin avdelning där. Här är det sjutton. Det märks, det är lugnare när man hämtar.", BG, US, 1, "praise"),
    M(YN, "Hur var det med avgifterna under flytten?"),
    P(HW, "Där blev det dubbelt. Vi hade två månaders uppsägning i Uppsala, och vi sa upp i januari, så vi betalade för mars där också. Samtidigt som vi betalade här. Det är väl regler, men det svider.", AG, FU, -1, "pain"),
    M(YN, "Fick ni någon information om det?"),
    P(HW, "Nej, det var ju två olika kommuner, så ingen av dem tänkte på det. [skratt] Man borde ha tänkt själv.", AG, FU, 0, "neutral"),
    M(YN, "Kom fakturorna rätt här?"),
    P(HW, "Nej, första fakturan gick till vår gamla adress i Uppsala. Vi hade ju eftersändning, så vi fick den till slut, men med påminnelseavgift.", AG, US, -1, "pain"),
    M(YN, "Har du haft kontakt med placeringsenheten?"),
    P(HW, "En gång, när jag ringde om syskonplaceringen. Jag fick svar på en gång, hon sa att det fanns plats i augusti och att hon skulle lägga in det. Och det gjorde hon. Så det var bra.", KK, FU, 1, "praise"),
    M(YN, "Hur fungerar vardagen nu?"),
    P(HW, "Bra. Båda på samma ställe, fem minuter att gå. Jag jobbar hemifrån tre dagar i veckan, så det går ihop. Vi har haft tur.", SY, US, 1, "praise"),
    M(YN, "Ebba börjar förskoleklass nästa höst. Har ni fått information om det?"),
    P(HW, "Ja, det kom ett brev om skolval, och det var tydligt. Fast det står inget om förskoleplatsen, om man ska säga upp den eller om den slutar av sig själv. Jag får väl ringa.", ET, FU, 0, "pain"),
    M(YN, "Om du fick ge kommunen ett råd, vad skulle det vara?"),
    P(HW, "Att de tänker på dem som flyttar hit. En checklista, typ. Säg upp i gamla kommunen, sök här, syskon, faktura. Det skulle vara bra.", SN, FI, 0, "suggestion"),
    M(YN, "Och syskonen?"),
    P(HW, "Att syskon som flyttar in samtidigt får samma förskola direkt. Det borde inte vara så svårt, de står ju i samma ansökan.", SY, DE, 0, "suggestion"),
    M(YN, "Tack, Henrik. Något sista?"),
    B(HW, "Nej. Jo, en sak. Ljungsund är en bra kommun att flytta till, faktiskt. Det vill jag också säga.", 1, "praise"),
    M(YN, "Det tar vi gärna med oss. Tack!"),
    B(HW, "Tack själv, hej."),
]

IE, LF = "Ida Ekdahl", "Lotta Forsgren"

IV6 = [
    M(IE, "Hej Lotta, hör du mig?"),
    B(LF, "Ja, nu hör jag dig. Jag satt på mute. [skratt]"),
    M(IE, "Klassiskt. Tack för att du ställer upp. Kan du berätta vad du jobbar med?"),
    P(LF, "Jag är placeringshandläggare på placeringsenheten, har varit det i sex år. Vi är fyra handläggare, och vi har hand om kön, erbjudandena, byten och uppsägningar, för alla kommunala förskolor och de fristående som är med i den gemensamma kön.", KK, PR, 0, "neutral"),
    M(IE, "Hur många ansökningar handlar det om?"),
    P(LF, "Ungefär niohundra nya placeringar per år. Och det är mest i augusti, alla vill börja i augusti. Så från mars till juni är det väldigt mycket.", KO, PR, 0, "neutral"),
    M(IE, "Och väntetiderna, hur ser de ut i år?"),
    P(LF, "I snitt drygt tre månader från ansökan till erbjudande. Men i Stenhaga väntar många hela fyra månader, och då blir det ofta ett erbjudande någon annanstans.", KO, PR, 0, "neutral"),
    M(IE, "Många föräldrar säger att de vill se sin köplats. Varför går det inte?"),
    P(LF, "För att det inte är en kö i den meningen. Det är inte först till kvarn. Vi placerar efter garantidatum, och sen kommer syskonförtur och förtur av särskilda skäl. Så någon som söker efter dig kan få plats före dig, om de vill börja tidigare. En siffra skulle hoppa upp och ner, och då ringer folk ännu mer. [skratt]", KO, PR, 0, "neutral"),
    M(IE, "Så ni har funderat på det."),
    P(LF, "Ja, absolut. Jag tycker själv att vi borde visa något. Kanske inte en siffra, men 'vi räknar med att kunna erbjuda plats i april' eller så. Det skulle spara oss många samtal.", KO, PR, 0, "suggestion"),
    M(IE, "Hur många samtal får ni?"),
    P(LF, "Telefontiden är nio till elva, och då ringer det hela tiden. Och mejlen... vi ligger ofta en vecka efter med mejlen på våren. Jag vet att föräldrar tycker att det är svårt att nå oss. Det är det.", KK, PR, -1, "pain"),
    M(IE, "Hur ser det ut med var barnen får plats? Många säger att de får erbjudanden långt bort."),
    P(LF, "Det är ett verkligt problem. Stenhaga och Kvarnbyn har vuxit så mycket, där är det fullt. Och i Hammarvik står det tomma platser. Så när garantidatumet närmar sig och det inte finns något nära, då måste vi erbjuda det som finns. Vi räknar avstånd i kilometer, inte restid. Jag vet att det blir fel för dem som inte har bil.", AV, DE, -1, "pain"),
    M(IE, "Finns det något ni kan göra?"),
    P(LF, "Vi kan inte bygga förskolor. [skratt] Men vi säger alltid: välj fler förskolor i ansökan. Väljer man bara en, då har vi ingenting att gå på.", AV, AP, 0, "neutral"),
    M(IE, "Hur många tackar nej till ett erbjudande?"),
    P(LF, "Kanske var femte. Oftast för att det är för långt bort.", AV, DE, 0, "neutral"),
    M(IE, "Fjorton dagars svarstid, och att man förlorar garantin om man tackar nej. Hur ser du på det?"),
    P(LF, "Den är hård. Men den finns för att platserna ska gå till nästa familj. Om folk kunde tacka nej och ändå behålla sin plats i kön skulle vi aldrig få platserna att gå runt. Men jag håller med om att det borde stå tydligare i e-tjänsten. Det kommer en fråga om det varje vecka.", KO, DE, 0, "neutral"),
    M(IE, "Och e-tjänsten i övrigt?"),
    P(LF, "Den fungerar för de flesta. Men godkännandet från den andra vårdnadshavaren, det fastnar många på. De vet inte att den andra måste logga in, och då ligger ansökan bara där.", ET, AP, 0, "pain"),
    M(IE, "Syskonförturen, hur fungerar den?"),
    P(LF, "Syskon har förtur till samma förskola, men bara om det finns en plats i rätt ålder. Vi kan inte flytta ett annat barn. Så med en ettåring och en fyraåring är det ofta ettåringsplatsen som saknas. Jag förstår att det känns orättvist.", SY, DE, 0, "neutral"),
    M(IE, "Och syskon som söker samtidigt, till exempel tvillingar eller en familj som flyttar hit?"),
    P(LF, "Då ska de hamna på samma ställe. Det ska systemet sköta. Ibland gör det inte det, det finns en bugg när man lägger in barnen en i taget. Det har vi anmält till leverantören. Två gånger.", ET, DE, -1, "pain"),
    M(IE, "Förtur av särskilda skäl, hur bedömer ni det?"),
    P(LF, "Det är för barn som behöver förskola av sociala eller medicinska skäl. Man lämnar intyg, och vi bedömer. Men riktlinjerna är skrivna för nyplacering. För ett barn med funktionsnedsättning som behöver byta förskola har vi egentligen inget stöd i riktlinjerna, så där får jag ofta gå till min chef.", SS, FU, 0, "pain"),
    M(IE, "Omsorg på obekväm tid, Nattugglan, där har ni en egen kö?"),
    P(LF, "Ja, och den är fortfarande på papper. Tjugo platser. Båda vårdnadshavarna ska ha arbetstider utanför den vanliga öppettiden, och vi vill ha intyg från arbetsgivarna. Det är mest vård, omsorg och transport. Och det är fler som behöver än som får.", OT, PR, -1, "pain"),
    M(IE, "Hur gör ni med familjer som är nya i Sverige och inte har personnummer?"),
    P(LF, "De kan söka på en blankett, på papper. Men det står bara på den svenska sidan, längst ner. Jag vet. Vi har pratat om en engelsk version av e-tjänsten, men det ligger hos IT.", SN, AP, -1, "pain"),
    M(IE, "Avgifterna, är det ni som har hand om dem?"),
    P(LF, "Nej, det är avgiftsenheten. En annan enhet, ett annat nummer. Folk ringer oss om fakturor hela tiden och vi får koppla vidare. Det är inte så smidigt för föräldrarna, nej.", KK, US, -1, "pain"),
    M(IE, "Efterdebiteringar, vet du något om dem?"),
    P(LF, "Jag vet att det blir en del efter inkomstkontrollen varje höst. Kommunen jämför med Skatteverkets uppgifter, och om man har haft högre inkomst än man har angett blir det en efterdebitering. Det är ofta familjer som har fått nytt jobb och inte tänkt på det.", AG, FU, 0, "neutral"),
    M(IE, "Vad tycker du fungerar bra idag?"),
    P(LF, "Att nästan alla får plats inom fyra månader. Vi har klarat garantin för, vad, nittiosju procent av barnen i år. Det är vi stolta över. Det är inte alla kommuner som klarar det.", KO, DE, 1, "praise"),
    M(IE, "Och om du fick ändra en sak?"),
    P(LF, "En riktig statussida i e-tjänsten. Där föräldern ser: ansökan mottagen, vi söker plats, erbjudande skickat, och ungefär när. Och på flera språk. Då skulle hälften av samtalen försvinna.", ET, PR, 0, "suggestion"),
    M(IE, "Något mer du vill lägga till?"),
    P(LF, "Bara att... vi vill ju samma sak som föräldrarna. Vi vill att barnen ska få en bra plats nära hemmet. Det är inte vi mot dem, även om det kan kännas så i telefon ibland. [skratt]", KK, PR, 0, "neutral"),
    M(IE, "Tack Lotta, det var jättebra."),
    B(LF, "Tack själv. Hör av dig om det är något mer."),
]

SESSIONS = [
    dict(file="fokusgrupp-1.docx", fmt="docx_table3", turns=FG1, seed=5101, start=4.0,
         epoch=_dt.datetime(2025, 11, 12, 8, 15, 0),
         title="Fokusgrupp 1 – Förskoleplacering, Ljungsunds kommun",
         meta="Datum: 2025-11-11, kl. 18.00–19.30. Plats: Familjecentralen Sjöängen. "
              "Samtalsledare: Ida Ekdahl (barn- och utbildningsförvaltningen). "
              "Deltagare: Josefin, Karim, Petra, Felicia, Mattias (vårdnadshavare). "
              "Transkribering: ordagrann, lätt redigerad; [skratt] = skratt, [paus] = längre paus."),
    dict(file="fokusgrupp-2.vtt", fmt="teams_vtt", turns=FG2, seed=5102, start=6.5,
         guid="7c2e9a41-3f0b-4d8e-a6c5-91b4e2d07f18",
         note="Fokusgrupp 2, förskoleplacering, Ljungsunds kommun. Teams, 13 november 2025."),
    dict(file="intervju-1.docx", fmt="docx_bold", turns=IV1, seed=5103,
         epoch=_dt.datetime(2025, 11, 19, 10, 5, 0),
         title="Intervju 1 – förskoleplacering",
         meta="Datum: 2025-11-18 · Plats: Stadsbiblioteket Ljungsund, grupprum 3 · "
              "Intervjuare: Ylva Norberg · Deltagare: Rasmus (vårdnadshavare) · "
              "Transkriberat ordagrant, lätt redigerat."),
    dict(file="intervju-2.txt", fmt="time_txt", turns=IV2, seed=5104, start=3.0,
         header=["Intervju 2 – förskoleplacering, omsorg på obekväm tid",
                 "Ljungsunds kommun, barn- och utbildningsförvaltningen",
                 "Datum: 2025-11-20, telefonintervju",
                 "Intervjuare: Ida Ekdahl. Intervjuperson: Elif (vårdnadshavare)."]),
    dict(file="intervju-3.txt", fmt="caps_txt", turns=IV3,
         header=["Intervju 3 – förskoleplacering (Ljungsunds kommun)",
                 "24 november 2025, i deltagarens hem i Sjöängen.",
                 "Transkriberat ordagrant. Namn på barn och personal har behållits med tillstånd."]),
    dict(file="intervju-4.csv", fmt="cp1252_csv", turns=IV4, seed=5106, start=1.5),
    dict(file="intervju-5.srt", fmt="srt_first", turns=IV5, seed=5107, start=2.4),
    dict(file="intervju-6.vtt", fmt="zoom_vtt", turns=IV6, seed=5108, start=1.0),
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


SENT_RE = re.compile(r"(?<=[.!?\]])\s+(?=[A-ZÅÄÖÉ'\[—])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


def chunks(text: str, max_words: int) -> list[str]:
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


def fill_lines(text: str, width: int) -> list[str]:
    """Greedy line filling at spaces, each line at most `width` characters."""
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    assert all(len(ln) <= width for ln in lines), lines
    return lines


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


def rezip(raw: bytes, when: _dt.datetime) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core properties."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                core = data.decode("utf-8")
                for tag in ("created", "modified"):
                    core = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                                  rf"\g<1>{stamp}\g<2>", core)
                data = core.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def _new_docx(session):
    import docx  # python-docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(session["title"], level=1)
    d.add_paragraph(session["meta"])
    return d


def _save_docx(d, session) -> bytes:
    cp = d.core_properties
    when = session["epoch"]
    cp.author = "Barn- och utbildningsförvaltningen, Ljungsund"
    cp.last_modified_by = "Barn- och utbildningsförvaltningen, Ljungsund"
    cp.title = session["title"]
    cp.created = when
    cp.modified = when
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    return rezip(raw.getvalue(), when)


def write_docx_table3(session) -> bytes | None:
    """Transcription-service Word file: a three-column table Tid | Talare | Text."""
    try:
        d = _new_docx(session)
    except ImportError:
        return None
    rows = [("Tid", "Talare", "Text")]
    for t, (a, _) in zip(session["turns"], timings(session)):
        rows.append((ts_hms(a), t["speaker"], norm(t["text"])))
    from docx.shared import Cm
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    table.autofit = False
    widths = (Cm(2.0), Cm(2.6), Cm(11.4))
    for r, vals in enumerate(rows):
        cells = table.rows[r].cells
        for c, v, wd in zip(cells, vals, widths):
            c.width = wd
            c.text = v
            if r == 0:
                c.paragraphs[0].runs[0].bold = True
    return _save_docx(d, session)


def write_docx_bold(session) -> bytes | None:
    """One paragraph per turn: a bold 'Namn:' run, then the text."""
    try:
        d = _new_docx(session)
    except ImportError:
        return None
    for t in session["turns"]:
        p = d.add_paragraph()
        p.add_run(f"{t['speaker']}:").bold = True
        p.add_run(" " + norm(t["text"]))
    return _save_docx(d, session)


def write_teams_vtt(session) -> bytes:
    lines = ["WEBVTT", "", "NOTE", session["note"], ""]
    guid = session["guid"]
    for i, (turn, (a, b)) in enumerate(zip(session["turns"], timings(session))):
        parts = chunks(turn["text"], 28)
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            lines += [f"{guid}/{i + 11}-{k}", f"{ts_vtt(s)} --> {ts_vtt(e)}",
                      f"<v {turn['speaker']}>{p}</v>", ""]
    return "\n".join(lines).encode("utf-8")


def write_zoom_vtt(session) -> bytes:
    lines = ["WEBVTT", ""]
    n = 1
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"], 24)
        for p, (s, e) in zip(parts, cue_times(a, b, parts)):
            lines += [str(n), f"{ts_vtt(s)} --> {ts_vtt(e - 0.05)}",
                      f"{turn['speaker']}: {p}", ""]
            n += 1
    return "\n".join(lines).encode("utf-8")


def write_srt_first(session) -> bytes:
    """SubRip; the speaker's name opens only the first cue of a turn; two lines of 42."""
    lines = []
    n = 1
    for turn, (a, b) in zip(session["turns"], timings(session)):
        text_lines = fill_lines(f"{turn['speaker']}: {norm(turn['text'])}", 42)
        cues = [text_lines[i:i + 2] for i in range(0, len(text_lines), 2)]
        parts = [" ".join(c) for c in cues]
        for k, (c, (s, e)) in enumerate(zip(cues, cue_times(a, b, parts))):
            if k > 0:
                assert not LABEL_LIKE.match(c[0]), c
            lines += [str(n), f"{ts_srt(s)} --> {ts_srt(e - 0.04)}"] + c + [""]
            n += 1
    return "\r\n".join(lines).encode("utf-8")


def write_time_txt(session) -> bytes:
    lines = list(session["header"]) + [""]
    for t, (a, _) in zip(session["turns"], timings(session)):
        lines.append(f"{ts_hms(a)} {t['speaker']}: {norm(t['text'])}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_caps_txt(session) -> bytes:
    lines = list(session["header"]) + [""]
    for t in session["turns"]:
        assert t["speaker"].isupper(), t["speaker"]
        lines.append(t["speaker"])
        for j, para in enumerate(paragraphs(t["text"])):
            if j:
                lines.append("")
            assert not re.fullmatch(r"[A-ZÅÄÖ]+", para), para
            lines.append(para)
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def write_cp1252_csv(session) -> bytes:
    """Excel 'CSV (semikolonavgränsad)' on a Swedish Windows: cp1252, ';', CRLF."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Nr", "Starttid", "Deltagare", "Utsaga"])
    for i, (t, (a, _)) in enumerate(zip(session["turns"], timings(session)), start=1):
        w.writerow([i, ts_hms(a), t["speaker"], norm(t["text"])])
    return buf.getvalue().encode("cp1252")


WRITERS = dict(docx_table3=write_docx_table3, docx_bold=write_docx_bold,
               teams_vtt=write_teams_vtt, zoom_vtt=write_zoom_vtt, srt_first=write_srt_first,
               time_txt=write_time_txt, caps_txt=write_caps_txt, cp1252_csv=write_cp1252_csv)


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


def parse_time_txt(data: bytes, speakers):
    pairs = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^(\d\d:\d\d:\d\d) ([^:]+): (.*)$", line)
        if m:
            pairs.append((m.group(2), m.group(3)))
    return _merge(pairs)


def parse_caps_txt(data: bytes, speakers):
    pairs, spk, seen_label = [], None, False
    for block in data.decode("utf-8").split("\n\n"):
        lines = block.strip("\n").split("\n")
        if lines[0] in speakers:
            spk, seen_label = lines[0], True
            lines = lines[1:]
        if not seen_label:
            continue  # header
        if lines:
            pairs.append((spk, " ".join(lines)))
    return _merge(pairs)


def parse_cp1252_csv(data: bytes, speakers):
    rows = list(csv.DictReader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
    return _merge([(r["Deltagare"], r["Utsaga"]) for r in rows])


def parse_docx_table3(data: bytes, speakers):
    import docx
    d = docx.Document(io.BytesIO(data))
    rows = d.tables[0].rows
    assert [c.text for c in rows[0].cells] == ["Tid", "Talare", "Text"]
    return _merge([(r.cells[1].text, r.cells[2].text) for r in rows[1:]])


def parse_docx_bold(data: bytes, speakers):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs = []
    for p in d.paragraphs:
        if p.runs and p.runs[0].bold and p.runs[0].text.endswith(":"):
            pairs.append((p.runs[0].text[:-1], "".join(r.text for r in p.runs[1:])))
    return _merge(pairs)


PARSERS = dict(docx_table3=parse_docx_table3, docx_bold=parse_docx_bold,
               teams_vtt=parse_teams_vtt, zoom_vtt=parse_named_cues, srt_first=parse_named_cues,
               time_txt=parse_time_txt, caps_txt=parse_caps_txt, cp1252_csv=parse_cp1252_csv)
NEEDS = dict(docx_table3="docx", docx_bold="docx")


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
            assert "\n\n" not in t["text"] or s["fmt"] == "caps_txt", t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
            # no clock times inside turns (timestamps belong to the format)
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

    # fake personnummer must fail the check digit
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
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
