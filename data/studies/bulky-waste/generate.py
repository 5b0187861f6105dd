#!/usr/bin/env python3
"""Generate the fictional study of bulky waste collections and missed bins in
Brackenmoor Borough Council: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the structured session lists in this file.

Python 3.11, standard library, plus python-docx (focus-group-2.docx) and openpyxl
(interview-5.xlsx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Without python-docx or openpyxl the corresponding file is left as it is (the gold
rows do not depend on it) and a note is printed.

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction, small talk or thanks (no theme, no stage).
Transcript files and gold rows are written from the same list, so turn indices
cannot drift. A "{+N}" inside a text (only in transcriber's notes such as
"[inaudible {+N}]") is replaced by the clock time N seconds after the start of
that turn, so the note's time falls inside the turn. After writing, every file
is parsed back with a minimal parser for its format and compared with the list
(turn index, speaker, text), and every codebook example must be an exact
excerpt of a participant turn coded with that theme.

Output is byte-identical from run to run: timings are seeded, and the .docx and
.xlsx are re-zipped with fixed timestamps and fixed core properties.
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
# Codebook (examples are exact excerpts of participant turns; checked below)
# ---------------------------------------------------------------------------
BK = "booking_system"
CO = "cost_concessions"
MC = "missed_collections"
CR = "crews"
OD = "assisted_help"
TK = "accepted_items"
WD = "waiting_dates"
CM = "communication"
FT = "fly_tipping"
LE = "life_events"
RC = "recycling_centre"

CODEBOOK = [
    (BK, "Booking: the online form, the phone line and changing a booking",
     "How residents find the service and make or change a booking: the council website "
     "and where the bulky waste page is, hearing about it from neighbours or a Facebook "
     "group, the online form on a computer or a phone, accounts and passwords, typing "
     "the address, bookings that are lost or made twice, the phone line, its menu and "
     "queue, the contact centre booking for people, changing or rebooking, booking for "
     "someone else or for several addresses. Which items the form accepts goes to "
     "accepted_items; the price to cost_concessions; the date offered to waiting_dates.",
     ["Honestly, it took me, what, five minutes?",
      "it goes back to the top every time you add something",
      "there's no option for it. So I pressed the one for bins"]),
    (CO, "Prices, payment, refunds and concessions",
     "What a collection costs and how it is paid: the price for the first three items "
     "and each extra item, card payment online or over the phone, the half-price "
     "concession for council tax reduction or pension credit and whether people know "
     "about it, comparison with a man with a van or the shop's removal charge, refunds "
     "for cancelled, missed or refused items and the rules behind them, the commercial "
     "rate for landlords and housing associations, 'it used to be free'.",
     ["It was the price that got me.",
      "But I didn't cancel, they didn't come!",
      "so it was half price"]),
    (MC, "Missed collections and reporting them",
     "Collections that do not happen or only partly happen: a crew that does not come, "
     "items left behind although they were booked, 'no items presented', missed "
     "wheelie bins and garden waste, bins missed because of parked cars or access, "
     "reporting a miss online or by phone, the missing bulky option on the missed "
     "collection form, how the crews record a job, coming back the next day or the "
     "next week.",
     ["Nobody came, nobody rang.",
      "it's for bins, it asks which bin, general, recycling, garden",
      "They didn't come for the freezer."]),
    (CR, "The crews on collection day",
     "The people who come and what they do on the day: how early they come, how quick, "
     "polite, helpful or rude they are, crews who take the wrong thing or leave a "
     "gate open or a cushion on the pavement, stickers left on items, supervisors, "
     "the fridge van's two-person crew, the pressure the crews are under.",
     ["They took the bench.",
      "They left the gate open.",
      "One of them said sorry for your loss"]),
    (OD, "Help for older and disabled residents",
     "Residents who cannot book online or cannot get items to the kerb: no internet, "
     "being told to go online, family, neighbours and caretakers who book, pay or carry "
     "for them, the assisted bin collection and whether the bulky crews will come up "
     "the path or into the house, notes on the booking, wheelchair users and people "
     "with bad backs or new knees.",
     ["if I could do it online I wouldn't be ringing you",
      "the whole thing assumes you can drag a sofa to the end of your drive",
      "the crew came up the path and took it from the front room"]),
    (TK, "What they take and what they refuse",
     "Which items the service accepts and how that is decided: the fixed item list and "
     "'other', the limit of items per booking, fridges and freezers as a separate "
     "service, DIY and construction waste, shed panels, broken or dismantled furniture, "
     "items refused on the day with a sticker, landlord clearances classed as "
     "commercial waste, knowing before you book what will be refused.",
     ["none of them were on it",
      "Construction and DIY waste, not accepted.",
      "It can be a bookcase or it can be a hot tub."]),
    (WD, "Waiting and collection dates",
     "The time from booking to collection and the date itself: weeks of waiting, the "
     "target of ten working days, no choice of date, deadlines such as handing keys "
     "back or a new tenant moving in, rebooking pushing the date back, items kept in the "
     "front room, the yard or the garden while waiting, the number of crews and lorries "
     "behind the dates.",
     ["Take it or leave it.",
      "Twenty-six days.",
      "Let you pick the date."]),
    (CM, "Confirmations, reminders and replies",
     "Being told what is happening: confirmation emails that arrive, go to junk or never "
     "come, letters and texts with the date, the time window or its absence, texts on "
     "the day, being told why a collection was missed, replies to complaints and how "
     "long they take, terms and conditions nobody reads.",
     ["I got nothing.",
      "Not in junk, nothing.",
      "A text the day before, and a text when they've been."]),
    (FT, "Fly-tipping, dumping and neighbours",
     "Items dumped in alleys, back lanes, bin stores and on landings, other people's "
     "rubbish added to booked items, sofas left on the pavement with a 'free' sign, "
     "reporting fly-tipping on the app or the Report It page and what happens, "
     "enforcement letters and fixed penalties, private land, the price and the wait as "
     "causes.",
     ["Like someone's got a mattress factory.",
      "Every single week",
      "I could get a fixed penalty"]),
    (LE, "Why residents need a collection",
     "The life event or situation behind a booking, told as background: moving house, "
     "a bereavement and clearing a parent's home, a broken sofa, a new bed or sofa "
     "delivered without removal, downsizing to sheltered housing, a garage clear-out, "
     "tenants who leave furniture behind, and why demand for the service has grown.",
     ["none of it fitted",
      "she passed away in the spring",
      "nine times out of ten they leave something"]),
    (RC, "The recycling centre and other ways to get rid of things",
     "Alternatives to the bulky collection: the Cobb Lane recycling centre, booked "
     "slots, van and trailer permits and the number of visits, help from the staff "
     "there, not having a car, trade waste and the commercial site, a man with a van, "
     "charities that collect furniture, relatives with vans.",
     ["you need a van permit",
      "The lads there were brilliant.",
      "You're not getting a fridge freezer in a Fiesta."]),
]
THEMES = [c[0] for c in CODEBOOK]

# ---------------------------------------------------------------------------
# Participants (speaker labels exactly as in the transcripts)
# ---------------------------------------------------------------------------
HO, GL, SW, TZ, JP, EM = ("Hannah Okoro", "Gareth Lloyd", "Sandra Whitworth",
                          "Tomasz Zielinski", "Joyce Pennington", "Ellie Marsh")
RD, AR, DC, CB, BH, MF = ("Rachel Dunmore", "Aisha Rahman", "Denise Carver",
                          "Connor Blake", "Bill Hodgson", "Marcus Fenn")
GP = "Graham Pike"
HAN, DER = "HANNAH", "DERRICK"
INT, DAV = "INTERVIEWER", "DAVE"
MG, DF = "Mel Gordon", "Dean Farrell"
INV, RON, BRE = "Interviewer", "Ron", "Brenda"
Q, A = "Q", "A"

PARTICIPANTS = [
    # speaker, segment, age_group, district, situation
    (HO, "moderator", "", "", ""),
    (GL, "resident", "35-44", "Holmfield", "moved house in August, sofa bed, chest of drawers and two mattresses"),
    (SW, "resident", "55-64", "Kilnworth", "clearing her late mother's housing association house by a deadline"),
    (TZ, "resident", "35-44", "Sandygate", "broken sofa and a dead fridge freezer in the same month, found the service on Facebook"),
    (JP, "resident", "75-84", "Orchard Vale", "79, lives alone, no internet, no car, pension credit, booked by phone"),
    (EM, "resident", "25-34", "Tanners Row", "renter in a flat above the shops, a missed collection, fly-tipping in the back alley"),
    (RD, "moderator", "", "", ""),
    (AR, "resident", "35-44", "Millbeck", "mother of three, collection missed twice, refund after contacting a councillor"),
    (DC, "caretaker", "45-54", "Highcross", "caretaker for Larchmont Housing, three blocks, items dumped in bin stores and on landings"),
    (CB, "resident", "25-34", "Kilnworth", "house share of five, end of tenancy, bed frames refused on the day"),
    (BH, "resident", "65-74", "Highcross", "72, small van for his allotment, van permit for the recycling centre"),
    (MF, "resident", "45-54", "Orchard Vale", "wheelchair user living alone in a bungalow, on the assisted bin collection"),
    (GP, "resident", "65-74", "Kilnworth", "garage clear-out, fridge freezer booked separately, shed panels refused, partial refund"),
    (HAN, "moderator", "", "", ""),
    (DER, "resident", "75-84", "Millbeck", "84, widower, no internet, moving to sheltered housing, helped by the crew on the day"),
    (INT, "moderator", "", "", ""),
    (DAV, "resident", "35-44", "Sandygate", "self-employed decorator, confirmation email never came, crew took his garden bench"),
    (MG, "moderator", "", "", ""),
    (DF, "staff", "45-54", "borough-wide", "waste services officer for bulky waste and missed collections, nine years at the council"),
    (INV, "moderator", "", "", ""),
    (RON, "resident", "75-84", "Orchard Vale", "76, retired bus driver, bad back, assisted bin collection, no internet"),
    (BRE, "resident", "65-74", "Orchard Vale", "74, retired dinner lady, their son books things online for them"),
    (Q, "moderator", "", "", ""),
    (A, "landlord", "45-54", "Sandygate", "private landlord with six properties in Sandygate and Tanners Row, clearances between tenancies"),
]


# ---------------------------------------------------------------------------
# Session 1: focus-group-1.txt (Otter.ai export), in person, St Aidan's
# Community Hall, Holmfield, 2025-10-21. Guide mostly chronological.
# ---------------------------------------------------------------------------
FG1 = [
    M(HO, "Okay, I think it's recording now. Um, so, thanks ever so much for coming, everyone. I'm Hannah, I work in the customer insight team at the council, and tonight we're talking about bulky waste collections, so sofas, fridges, mattresses, that sort of thing, and a bit about missed bins as well. There's no right or wrong answers. Is everyone okay with being recorded? It just goes into a transcript, and we take your names out of anything we publish."),
    B(GL, "Yeah, fine."),
    B(SW, "That's fine, love."),
    B(JP, "Is it on that little phone?"),
    M(HO, "It is, yeah, it's just there in the middle. It picks everyone up. Shall we go round and you say your name, roughly where you live, and what it was you needed collecting? Gareth, do you want to start?"),
    P(GL, "Yeah, go on then. Um, Gareth, I'm in Holmfield, on the new estate behind the school. We moved in back in the summer, August, and we'd brought, like, all the old stuff from the flat, a sofa bed, a chest of drawers, two old mattresses, and then of course none of it fitted. So that was the reason.", LE, N, 0, "neutral"),
    M(HO, "Thanks. Sandra?"),
    P(SW, "I'm Sandra, I'm in Kilnworth. Um. It was my mum's house, actually, she passed away in the spring, and we had to clear it for the housing association by a certain date. So it was everything, really. Her bed, the wardrobes, a, a settee, the lot.", LE, N, -1, "neutral"),
    M(HO, "I'm sorry to hear that."),
    B(SW, "Thank you. It's alright. It was a lot, though."),
    M(HO, "Tomasz?"),
    P(TZ, "Hi, Tomasz, Sandygate. So for me it was two things. Our sofa broke, like the frame, snapped in the middle, my son was jumping on it [laughs], and the fridge freezer died in the same month. Typical.", LE, N, -1, "neutral"),
    M(HO, "Oh no. And Joyce?"),
    P(JP, "I'm Joyce. Orchard Vale, I've been there forty-one years. I'm on my own now. I had a new bed delivered and the old one was just stood in the back bedroom, because the shop wouldn't take it away, they wanted thirty pound for that. And I've no car.", LE, N, -1, "neutral"),
    M(HO, "And Ellie, last but not least."),
    P(EM, "Hi, I'm Ellie, I rent a flat on Tanners Row, above the shops. Um, so mine's a bit different, I've booked it twice, once for a mattress and once for an old desk, and the second time they didn't turn up. And also our back alley is basically a tip, so. [laughs]", MC, US, -1, "pain"),
    M(HO, "We'll definitely come back to the alley. So, thinking back to when you first realised you needed to get rid of something big, how did you find out what to do? Where did you go first?"),
    P(GL, "Google, honestly. I typed in Brackenmoor sofa collection and the council page came up first, so. That was easy enough.", BK, FI, 1, "praise"),
    P(SW, "I didn't know the council did it, to be honest. I thought you had to get a man with a van. It was my neighbour, Pauline, she said oh, the council'll take it, you just book it.", BK, FI, 0, "neutral"),
    P(TZ, "For me it was the Facebook group. The Sandygate one. Someone had posted a picture of a sofa on the pavement, like, who's dumped this, and somebody replied, you can book the council, it's cheap, and put the link.", BK, FI, 0, "neutral"),
    M(HO, "Mm-hm."),
    P(TZ, "And then also somebody said don't bother, they never come. [laughs] So.", MC, FI, -1, "pain"),
    M(HO, "Joyce, how did you find out?"),
    P(JP, "Well, I rang the council. The number on the back of the council tax letter. I don't do the internet.", OD, FI, 0, "neutral"),
    M(HO, "And how was that?"),
    P(JP, "Well, I was on hold a long time. Twenty minutes, about. And then the girl said I could do it online, and I said, love, if I could do it online I wouldn't be ringing you. [laughs]", OD, AP, -1, "pain"),
    B(GL, "Oh, they always say that.", -1),
    P(JP, "But she did do it for me in the end. She was very nice about it. She took all the details.", OD, AP, 1, "praise"),
    M(HO, "And Ellie, you'd booked before, so you knew?"),
    P(EM, "Yeah, well, the first time I didn't, I looked on the council website and it was, um, not exactly easy to find. It's under Bins and recycling, but then it's under Other collections, and I kept ending up on the garden waste page.", BK, FI, -1, "pain"),
    M(HO, "Right. So, let's talk about the booking itself. What did you have to do?"),
    P(GL, "So it's a form. You put your address in, and then there's a list of items, like, a drop-down, and you pick what you've got. Sofa, two-seater, three-seater, mattress single, double, and so on. And then it works out the price and you pay by card at the end. Honestly, it took me, what, five minutes? It was fine. Not bad at all.", BK, AP, 1, "praise"),
    P(EM, "The form's fine, it's the account. It made me make an account, with a password, just to get rid of a desk. And then the second time I'd forgotten the password.", BK, AP, -1, "pain"),
    P(TZ, "You don't need an account, there's a continue as guest. It's at the bottom.", BK, AP, 0, "neutral"),
    P(EM, "Oh, right. [laughs] Well, I never saw that.", BK, AP, 0, "neutral"),
    P(SW, "See, I had a problem with the list. Because Mum had a, like, a headboard that was separate, and a bedside cabinet, and a mirror, and none of them were on it. So what do you pick? I picked other furniture for all of them, but then it only let me put, um, I think it was six things in total.", TK, AP, -1, "pain"),
    M(HO, "Six items per booking?"),
    P(SW, "Six, I think, yeah. So I had to do two bookings. Two lots of paying, and two different dates, a week apart.", TK, AP, -1, "pain"),
    P(TZ, "Was it six? I thought it was eight.", TK, AP, 0, "question"),
    P(SW, "It might be eight now. It was six in April.", TK, AP, 0, "neutral"),
    M(HO, "Tomasz, what about the fridge?"),
    P(TZ, "Yeah, so, the fridge you can't put on the same form. Which nobody tells you. I put it on the list, there's fridge freezer on the list, and I paid, and then I got an email two days later saying fridges are a separate service, your booking for the fridge has been cancelled and you'll be refunded. So I had to do a whole other booking.", TK, DE, -1, "pain"),
    M(HO, "Did the refund come?"),
    P(TZ, "Eventually. About three weeks.", CO, FU, -1, "pain"),
    M(HO, "And how did you all pay? Was paying okay?"),
    P(GL, "Card, on the form. Fine.", CO, AP, 1, "praise"),
    P(SW, "Yeah, card. It was the price that got me. Twenty-eight pound for the first three things and then, what is it, nine pound each after that. So with two bookings I paid, I think it was eighty-something pound altogether. For Mum's stuff.", CO, AP, -1, "pain"),
    P(JP, "I didn't pay that.", CO, AP, 0, "neutral"),
    M(HO, "No?"),
    P(JP, "No, because I'm on the pension credit, so the lady said it's half. So it was fourteen pound. I paid it on my card over the phone. I thought that was very reasonable, really.", CO, AP, 1, "praise"),
    P(EM, "Wait, is there a discount? I didn't know that.", CO, FI, 0, "question"),
    P(JP, "If you're on the benefits, yes. Pension credit or the council tax one.", CO, FI, 0, "neutral"),
    P(EM, "Nobody told me that, and I get council tax reduction. It's not on the form anywhere, or if it is, I didn't see it.", CO, AP, -1, "pain"),
    M(HO, "That's really useful to know, thank you. So once you'd booked, what happened next? How long did you wait?"),
    P(GL, "So I booked it on, like, a Sunday night, and the first date it gave me was three and a half weeks later. Which, with a sofa bed stood in the front room and the kids climbing on it, it's a long time.", WD, PR, -1, "pain"),
    P(TZ, "Mine was four weeks.", WD, PR, -1, "pain"),
    P(SW, "I didn't have four weeks. The housing association wanted the keys back by the end of the month. So I ended up, um, my brother-in-law took a lot of it to the tip in his van, in the end, and we only had the council take the big stuff.", WD, PR, -1, "pain"),
    M(HO, "Could you pick the date?"),
    P(GL, "No. It just gives you the date. Take it or leave it.", WD, AP, -1, "pain"),
    P(EM, "You can ring and change it, but you can't choose it on the form. I did that the second time. I rang up and moved it.", BK, PR, 0, "neutral"),
    M(HO, "And did you get any confirmation, an email or anything?"),
    P(GL, "I got an email straight away, with the date and what I'd booked.", CM, PR, 1, "praise"),
    P(TZ, "Me too, for the sofa.", CM, PR, 1, "praise"),
    P(SW, "I never got one. I got nothing. I didn't know if it had gone through or not, so I booked it again, and then I'd paid twice.", CM, PR, -1, "pain"),
    M(HO, "Oh dear. Did you get that sorted?"),
    P(SW, "Yeah, I rang them and they refunded the second one. She found it in the spam, the first email, my daughter did. It was in the junk.", CM, PR, 0, "neutral"),
    P(JP, "I had a letter.", CM, PR, 0, "neutral"),
    M(HO, "A letter in the post?"),
    P(JP, "Yes, about a week after. It said the date and it said put it out the night before, by the front gate. Which I couldn't do, of course.", OD, PR, -1, "pain"),
    M(HO, "We'll come to that, Joyce. Actually, I think the food's just arrived, so shall we stop there for twenty minutes or so? Grab a plate, there's tea and coffee at the back as well."),
    B(GL, "Music to my ears."),
    M(HO, "Okay, I think we're all back and fed. Let's talk about the day itself. Gareth, what happened on the day?", gap=1500),
    P(GL, "So, um, they came. Really early, about seven, I was still in bed. Two lads. They took the sofa bed and the drawers and one mattress, and they left the other mattress.", MC, US, -1, "pain"),
    M(HO, "Did they say why?"),
    P(GL, "Well, I wasn't up. There was a sticker on it. Item not booked. But it was booked. I'd put two mattresses. I've got the email.", MC, US, -1, "pain"),
    P(TZ, "Same with me, they left the [crosstalk]", MC, US, -1, "pain"),
    M(HO, "Sorry, one at a time. [laughs] Tomasz, go on."),
    P(TZ, "They left one of the cushions. Because the sofa, the cushions come off, and they took the frame and left the cushions on the pavement. [laughs] So for a week I had two cushions on the pavement until someone took them.", CR, US, -1, "pain"),
    B(EM, "Someone probably took them home. [laughs]"),
    B(TZ, "Probably, yeah."),
    M(HO, "And Joyce, you said you couldn't put it out by the gate?"),
    P(JP, "No, I'm seventy-nine, I can't carry a bed downstairs. My grandson was supposed to come and he couldn't, he was working. So I rang them again and asked could they come in and get it, and the man said no, they're not insured to come in the house.", OD, DE, -1, "pain"),
    B(SW, "That's awful.", -1),
    P(JP, "So in the end my neighbour, he's a good lad, he and his friend brought it down and put it out the front for me. And the council men came and took it, no problem. They were very polite, actually, they knocked on and said that's us done, love.", CR, US, 1, "praise"),
    M(HO, "Ellie, tell us about the time they didn't come."),
    P(EM, "Yeah, so the desk. I booked it for a Thursday. Put it out Wednesday night, because it says out by six in the morning. And it sat there all Thursday. And all Friday. Nobody came, nobody rang.", MC, US, -1, "pain"),
    M(HO, "What did you do?"),
    P(EM, "I went on the website and there's a report a missed collection thing, but it's for bins, it asks which bin, general, recycling, garden. There's no option for bulky. So I rang.", MC, FU, -1, "pain"),
    M(HO, "And?"),
    P(EM, "And they said the crew had marked it as no items presented. Which, it was there. It was there for three days. I sent them a photo.", MC, FU, -1, "pain"),
    P(GL, "That's what they put when they can't be bothered.", MC, FU, -1, "pain"),
    M(HO, "Did they come back?"),
    P(EM, "The week after. But in the meantime someone had put a bin bag of rubbish and a broken chair next to my desk, so then they wouldn't take those, because they weren't booked, so they just sat there.", FT, US, -1, "pain"),
    M(HO, "Let's talk about that, actually. The alley, and dumping. Is that something you all see?"),
    P(EM, "All the time. Behind Tanners Row it's mattresses, fridges, there's been a, um, a whole kitchen once. Like worktops and everything. I reported it on the app thing and it said resolved two days later, but it was still there.", FT, FU, -1, "pain"),
    P(TZ, "In Sandygate people just put it out and hope. Like, you'll see a sofa with a sign, free, and it rains, and then it's a wet sofa forever.", FT, FU, -1, "pain"),
    P(SW, "It's the price, isn't it. If it was free, people wouldn't do it.", FT, FU, -1, "pain"),
    P(GL, "It used to be free, didn't it? Years ago.", CO, DE, 0, "question"),
    P(JP, "It was free when my husband was alive. You just rang up.", CO, DE, 0, "neutral"),
    M(HO, "Has anyone used the recycling centre instead, the tip at Cobb Lane?"),
    P(TZ, "Yeah, for the, um, the fridge, in the end I took it myself. I borrowed my friend's van, but then you need a van permit, which you have to apply for online, and it takes ten days. So I waited ten days for the permit instead of four weeks for the fridge man.", RC, FU, -1, "pain"),
    P(SW, "We went to the tip four times with my brother-in-law's van. The lads there were brilliant. They helped him lift everything.", RC, FU, 1, "praise"),
    P(JP, "I haven't got a car, so the tip's no good to me.", RC, FU, -1, "pain"),
    M(HO, "Okay. And one more thing on the day itself, the crews. How were the people who came?"),
    P(SW, "They were lovely, the ones who came to Mum's. One of them said sorry for your loss, because I'd said. I thought that was nice.", CR, US, 1, "praise"),
    P(GL, "I didn't see them. Seven o'clock. [laughs] But they were quick.", CR, US, 0, "neutral"),
    P(EM, "The ones who came the second time, for my desk, they were a bit, um, I said can you take the chair as well, it's only a chair, and he said not booked, not my problem. Like, fair enough, but.", CR, US, -1, "pain"),
    M(HO, "And after all that, did anyone complain, or give feedback?"),
    P(EM, "I put a complaint in about the missed one. I got an email saying we aim to respond within ten working days. That was in September.", CM, FU, -1, "pain"),
    M(HO, "Nothing since?"),
    P(EM, "Nothing.", CM, FU, -1, "pain"),
    M(HO, "I'm sorry. If you give me your email after, I'll chase that up for you."),
    B(EM, "Thanks. It's ellie.marsh@example.com. Marsh like the swamp. [laughs]"),
    P(GL, "I didn't bother about the mattress. I just cut it up and put it in the black bin, bit at a time. [laughs] Over about five weeks.", MC, FU, -1, "pain"),
    B(SW, "You're not supposed to do that."),
    B(GL, "I know. [laughs]"),
    M(HO, "Okay, we're nearly out of time. If you could change one thing about the service, what would it be? Joyce?"),
    P(JP, "For people like me, on my own, they should come and get it from inside. Even if you pay a bit more. I'd pay a bit more.", OD, US, 0, "suggestion"),
    P(TZ, "It would be good if you could do the fridge on the same booking. One booking, one payment. And tell you at the start what's separate.", TK, AP, 0, "suggestion"),
    P(EM, "A text the day before, and a text when they've been. Like with parcels. Then you know. And put the discount on the form.", CM, US, 0, "suggestion"),
    P(SW, "Let you pick the date. When you're clearing a house you've got a deadline, you can't just wait.", WD, AP, 0, "suggestion"),
    P(GL, "Honestly, mine's small. Just check the email before you put a sticker on. That's it. Other than that it was, it's not a bad service. For the money.", CR, US, 0, "suggestion"),
    M(HO, "Brilliant. Thank you so much, all of you, that's been really helpful. There's a voucher for each of you on the way out, and there's more biscuits if anyone wants them."),
    B(JP, "Thank you, love. That was nice.", 1, "praise"),
    B(TZ, "Thanks."),
    M(HO, "Thanks, everyone. I'll stop it there."),
]


# ---------------------------------------------------------------------------
# Session 2: focus-group-2.docx (Microsoft Teams transcript downloaded as Word),
# online, 2025-11-04. The guide starts with what annoyed people most and jumps
# around the journey. split=k: Teams broke the turn into two entries of the same
# speaker, the second starting at sentence k (one turn).
# ---------------------------------------------------------------------------
FG2 = [
    M(RD, "Hi everyone, I think that's most of us. Can everyone hear me okay?"),
    B(DC, "Yes, loud and clear."),
    B(AR, "Yeah, I can hear you."),
    M(RD, "Great. Bill, I think you might be on mute."),
    B(BH, "Is that better? Can you hear me now?"),
    M(RD, "Perfect, yes. Thanks. So I'm Rachel, I'm a researcher at Brackenmoor Council, and this is the second of our groups about bulky waste collections and missed bins. It's being recorded and transcribed by Teams, as you can see, and we'll anonymise everything. Um, today I want to do it a bit differently. Rather than start at the beginning, I want to start with the bit that annoyed you most. Whatever it was. Who wants to go first?"),
    P(AR, "Oh, me. [laughs] Sorry. So, I'm Aisha, I'm in Millbeck. I booked for a wardrobe and a cot, and they didn't come. So I rebooked. And they didn't come again. Two times I had a wardrobe in my front garden, in total nearly three weeks, with three kids going past it to school.", MC, US, -1, "pain"),
    M(RD, "Twice. Gosh. Did anyone tell you why?"),
    P(AR, "The first time they said the lorry broke down. Which, fine, that happens. The second time nobody said anything, I just rang and rang.", CM, FU, -1, "pain"),
    M(RD, "Okay. Thank you. Denise, you had your hand up."),
    P(DC, "Yeah. So, I'm Denise, I'm a caretaker for Larchmont Housing, I look after three blocks on the Highcross estate. And for me it's the dumping. Every single week, I'll come in on a Monday and there'll be a mattress in the bin store, or a sofa, or, last week it was a fridge, on the landing. And it's not always the residents, some of it's people driving in. But I've then got to get rid of it.", FT, N, -1, "neutral", split=4),
    M(RD, "And how do you get rid of it?"),
    P(DC, "Well, that's the thing. Because it's on our land, the council says it's ours to deal with, so we have to pay the council's commercial rate, or we get a contractor. And that's a lot more than what a resident pays. So it's cheaper if a resident books it, honestly, but they won't, because why would they, it's not theirs.", CO, DE, -1, "pain"),
    M(RD, "Right. Connor?"),
    P(CB, "Yeah, hi. Connor, I'm in Kilnworth, I'm in a house share, five of us. When we moved out in the summer, the landlord said get rid of the old sofa and the broken bed frames or you'll lose the deposit. So I booked it, paid like forty quid, put it all out, and they took the sofa and left the bed frames because they were in pieces. They had a sticker on. I didn't know they had to be, like, whole?", TK, DE, -1, "pain"),
    P(BH, "They can't take flat-pack if it's in bits. That's the rule.", TK, DE, 0, "neutral"),
    P(CB, "But it wasn't flat-pack, it was broken. That's why I was getting rid of it. [laughs]", TK, DE, -1, "pain"),
    M(RD, "Bill, what about you?"),
    P(BH, "Mine's not the bulky really, it's the tip. I'm Bill, I'm seventy-two, I'm in Highcross, and I've got a small van, a Berlingo, I use it for my allotment. And they won't let me in the tip without a permit, because it's a van. And I'm not a trader, I'm a pensioner with a van. It's ridiculous, frankly.", RC, FU, -1, "pain"),
    M(RD, "And Marcus?"),
    P(MF, "Hi. Yeah, Marcus, Orchard Vale. I'm a wheelchair user, and I live on my own in a bungalow. Um, for me the whole thing assumes you can drag a sofa to the end of your drive. I can't. So the most annoying thing is, I have to find someone to do that before I can even use the service.", OD, US, -1, "pain"),
    M(RD, "That's really helpful, thank you. I'll come back to that. Aisha, going back to yours, after the second time, what happened?"),
    P(AR, "I asked for my money back. Because, you know, I'd paid twenty-eight pounds and I'd had a wardrobe in the garden for three weeks. And they said they would rebook it a third time, free, but they wouldn't refund, because the policy is you get a refund if you cancel forty-eight hours before. But I didn't cancel, they didn't come!", CO, DE, -1, "pain", split=3),
    B(DC, "That's mad.", -1),
    P(AR, "In the end my husband broke it up and took it to the tip in the car. In bits. And then I did get the refund, but only after I emailed my councillor.", CO, FU, 0, "pain"),
    M(RD, "So it took going to the councillor."),
    P(AR, "Yes. Which I don't think should be how it works.", CO, FU, -1, "pain"),
    M(RD, "And the rebooking, was that easy?"),
    P(AR, "It's the whole form again. Like you're new. It doesn't know you've been missed. And then I had to ring them anyway to make it free.", BK, PR, -1, "pain"),
    M(RD, "Okay. Let's jump back a bit, actually. How did you all find out about the service in the first place? Connor, you said the landlord told you to get rid of it?"),
    P(CB, "Yeah, and then one of the lads in the house had seen on the Kilnworth Facebook group that the council does it. Someone always posts it when someone's moaning about a sofa in the street. [laughs]", BK, FI, 0, "neutral"),
    P(MF, "I found it on the website. The website's actually alright, it's clear what the prices are. What it doesn't tell you is what happens if you can't get it outside.", OD, FI, 0, "pain"),
    M(RD, "Did you look for that?"),
    P(MF, "I did. There's an assisted bin collection, for your wheelie bin, which I've got, and that's brilliant, they take it from by the back door and bring it back. So I rang and said, can the bulky team do the same, and they said no, bulky is kerbside only.", OD, DE, -1, "pain"),
    P(DC, "We get that a lot with our older residents. They ring me and say Denise, can you bring my settee down, and I can't, it's, you know, health and safety, I'm on my own.", OD, US, -1, "pain"),
    P(BH, "I've done it for neighbours. Carried things out. You do, don't you.", OD, US, 0, "neutral"),
    M(RD, "Mm. Denise, on the estate, is there a way residents can book it that works?"),
    P(DC, "So some of them can't do online. I've got a lot of elderly residents, some don't speak much English. I've booked it for them on my phone before now, on the form, and paid with their card, with them stood next to me. Which I'm not really meant to do.", OD, AP, -1, "pain"),
    M(RD, "What's the form like?"),
    P(DC, "It's alright on a computer. On a phone the item list is a nightmare, you're scrolling, and it goes back to the top every time you add something.", BK, AP, -1, "pain"),
    P(AR, "Yes! It goes back to the top. And you have to find wardrobe again.", BK, AP, -1, "pain"),
    P(CB, "I thought it was fine, to be fair. Took me five minutes. The only thing is you can't change it once you've paid. I wanted to add a chair and it said ring the contact centre.", BK, PR, 0, "pain"),
    P(AR, "And it logs you out if you go off to find your card. I had to start again.", BK, AP, -1, "pain"),
    M(RD, "Okay, so mixed. Um, what about paying, and the price?"),
    P(CB, "Forty quid for a sofa and two bed frames. Then they didn't take the bed frames and I didn't get anything back for those, so.", CO, DE, -1, "pain"),
    P(BH, "It's not bad, the price, compared to a man with a van. A man with a van'll charge you sixty, seventy. And half of them just dump it in a lay-by.", CO, AP, 1, "praise"),
    B(DC, "That's true, that."),
    P(MF, "I got the discount, because I'm on, um, PIP and council tax reduction. But I had to send a copy of my letter, and then wait for them to check it, before I could even book. So the discount delayed it by a week.", CO, AP, 0, "pain"),
    M(RD, "Interesting. So the check added time. Did anyone else get a concession?"),
    P(AR, "No. I didn't know there was one.", CO, FI, -1, "pain"),
    P(BH, "I don't think I'd qualify.", CO, FI, 0, "neutral"),
    M(RD, "Let's go to the waiting, then. How long between booking and the collection?"),
    P(AR, "First time, two weeks. Then after they missed it, another ten days.", WD, PR, -1, "pain"),
    P(CB, "Nearly three weeks. Which was after we'd moved out. So I had to go back, on the bus, the night before, to put it out. And the new tenants had moved in, so they were like, who's this. [laughs]", WD, PR, -1, "pain"),
    P(MF, "Mine was quicker than I thought, actually. Eight days. Once the discount had gone through.", WD, PR, 1, "praise"),
    M(RD, "Okay. Denise, you mentioned a fridge?"),
    P(DC, "Oh, fridges. So fridges don't go on the bulky, they go on the fridge service, which is a different company, I think, and they come on a different lorry. And when you've got one dumped on a landing, you've got to book that separately, and it was five weeks last time. Five weeks with a fridge on a landing. Fire risk, that is.", TK, DE, -1, "pain"),
    M(RD, "Right. Let's talk about the day of collection. Marcus, what happened on yours in the end?"),
    P(MF, "So my nephew came round and put the old recliner on the drive the night before. And the crew came about eight, and they were great, actually. They saw me at the window and gave me a wave and a thumbs up. Small thing, but.", CR, US, 1, "praise"),
    P(BH, "They're good lads, the crews, on the whole. It's the system that's the problem, not them.", CR, US, 0, "praise"),
    P(CB, "Ours weren't. Well, I wasn't there. But the new tenants said they were quite rude about the bed frames. Like, shouting, we're not taking that rubbish.", CR, US, -1, "pain"),
    B(AR, "[laughs] It's all rubbish, that's the point."),
    B(CB, "Exactly!"),
    M(RD, "[laughs] Okay. And missed bins more generally, the normal collections. Has anyone had problems with those?"),
    P(BH, "Our recycling got missed three weeks running in the summer. The whole street. Because of the parked cars, they said the lorry couldn't get down.", MC, US, -1, "pain"),
    P(DC, "Same on the estate. The bin lorry can't get round when people park on the turning head.", MC, US, -1, "pain"),
    P(AR, "Ours is fine, the normal bins. Never had a problem.", MC, US, 1, "praise"),
    M(RD, "Bill, did you report it?"),
    P(BH, "I did, on the website. The missed bin form is actually pretty good, you put your postcode and it shows you the collection was due and you click missed. And they came back the next day. But then it happened again the next week, so.", MC, FU, 0, "praise"),
    M(RD, "And the tip, Bill, did you get the van permit in the end?"),
    P(BH, "Yes. Applied online, they wanted a photo of the V5, the logbook, and a council tax bill. Took eleven days. And you get twelve visits a year. Twelve! I do more than that in the spring with the allotment.", RC, FU, -1, "pain"),
    P(MF, "I can't use the tip at all. I can't lift things up into the skips.", OD, FU, -1, "pain"),
    M(RD, "Okay, we've got about ten minutes. Let's jump to the end. Has anyone made a complaint, or reported dumping, and what happened?"),
    P(DC, "I report fly-tipping every week. On the Report It page. You put a pin on the map and a photo. And about half the time they come and take it, and the other half it gets closed because it's on private land. Which it is, it's ours. So then it's back to me.", FT, FU, -1, "pain"),
    P(BH, "Somebody dumped a three-piece suite in our back lane and it was there two months. Two months. Rats and everything.", FT, FU, -1, "pain"),
    P(AR, "Was it reported?", FT, FU, 0, "question"),
    P(BH, "Oh, I reported it. Three times. In the end a chap from the council came and put a sticker on it, under investigation. And then it was gone about three weeks after that.", FT, FU, -1, "pain"),
    P(CB, "Someone had dumped stuff next to ours as well, on the day, on top of our stuff. The landlord thought it was us.", FT, US, -1, "pain"),
    M(RD, "Hmm. Okay. Last question. If you could change one thing, what would it be? Marcus?"),
    P(MF, "An assisted collection for bulky, like they do for bins. If you're registered as assisted for your bins, it should just carry over. They already know who we are.", OD, US, 0, "suggestion"),
    P(DC, "Let housing associations book for residents. Like, a proper account, so I'm not using my own phone and their bank card at the door.", BK, AP, 0, "suggestion"),
    P(AR, "If they miss it, refund it. Automatically. Don't make me go to a councillor.", CO, FU, -1, "suggestion"),
    P(CB, "Tell you what they won't take when you book, not on the day. Like a proper list with pictures.", TK, AP, 0, "suggestion"),
    P(BH, "Scrap the van permit for pensioners. Or give us more visits.", RC, FU, 0, "suggestion"),
    M(RD, "Brilliant, thank you all so much. That's really, really useful. I'll send the vouchers by email this week. Thanks for giving up your afternoon."),
    B(AR, "Thank you, bye!"),
    B(DC, "Thanks Rachel, bye."),
    B(BH, "Cheerio."),
    B(MF, "Thanks, see you."),
]


# ---------------------------------------------------------------------------
# Session 3: interview-1.txt (Rev-style transcript), at the participant's home,
# Kilnworth, 2025-10-28. Semi-structured.
# ---------------------------------------------------------------------------
IV1 = [
    M(RD, "Okay, that's recording. So, thanks for having me, Graham. Could you start by telling me a bit about yourself and what you needed to get rid of?"),
    P(GP, "Yeah, of course. So, I'm Graham, I'm sixty-seven, I live in Kilnworth with my wife, Sue. We've been in the house thirty years, and this summer we finally, um, we finally did the garage. Which had thirty years of, you know. An old fridge freezer that we'd kept as a beer fridge, an exercise bike, the old shed panels from when we replaced the shed, two old doors.", LE, N, 0, "neutral"),
    M(RD, "[laughs] A proper clear-out."),
    B(GP, "A proper clear-out. Sue's orders. [laughs]"),
    M(RD, "So where did you start?"),
    P(GP, "I went on the council website. I'm alright with computers, I was in IT, well, sort of, I was in, um, systems for an insurance firm. And it was, to be fair, it was easy to find. There's a big button, book a bulky waste collection.", BK, FI, 1, "praise"),
    M(RD, "And then?"),
    P(GP, "And then it gets more complicated. [laughs] So the form has the list, and there's no shed panels, there's no doors. There's garden furniture, which I thought, well, that's nearest. So I put the panels as garden furniture, and the doors as other furniture.", TK, AP, -1, "pain"),
    M(RD, "Mm-hm."),
    P(GP, "And the fridge, I put it on the same form, and at the end it said fridges and freezers must be booked through the fridge and freezer collection service, with a link. Which at least it told me. But it's another form, another payment.", TK, AP, 0, "pain"),
    M(RD, "How much did it all come to?"),
    P(GP, "The bulky was, um, £28 for three items, plus £9 each, so I had, what, four lots of panels, two doors, the bike, so seven items, that's £64. And the fridge was £32 on its own. So £96, near enough a hundred quid to get rid of some rubbish.", CO, AP, -1, "pain"),
    M(RD, "Did you look at other options?"),
    P(GP, "I did think about the tip. But I've got a Fiesta. You're not getting a fridge freezer in a Fiesta. [laughs]", RC, FI, 0, "neutral"),
    M(RD, "Fair enough. So once you'd booked, what happened?"),
    P(GP, "So the fridge one, I got a text with a date, two weeks later, and a window, seven till one. That was, I thought that was quite good, the text.", CM, PR, 1, "praise"),
    M(RD, "And the bulky?"),
    P(GP, "The bulky, I got an email that just said thank you for your booking, your reference is BW and a number, and the date. Three weeks. And no time. Just items must be out by six a.m.", CM, PR, 0, "neutral"),
    M(RD, "How did you find waiting three weeks?"),
    P(GP, "Well, it was all in the garage, so it didn't bother me, really. Not like people who've got it in the front room.", WD, PR, 0, "neutral"),
    M(RD, "Okay. So the fridge day first?"),
    P(GP, "The fridge lot came on the day, about half nine, two chaps in a van, very quick, very professional, they checked the doors were taped, and off. Five minutes. No complaints.", CR, US, 1, "praise"),
    M(RD, "And the bulky?"),
    P(GP, "So, the bulky. I put it all out the night before, on the drive, by the pavement. Next morning I come out at eight and they've taken the bike and the doors and left all the shed panels. With a sticker. Construction and DIY waste, not accepted.", TK, DE, -1, "pain"),
    M(RD, "Right."),
    P(GP, "And I thought, well, they're garden furniture, more or less. [laughs] But no. And I'd paid for four items that they didn't take. So I rang, and I was, um, I was on hold for [inaudible {+9}] it was a long time, forty minutes, something like that, and the girl said the crew's decision is final, and there's no refund for items that aren't accepted, because it says so in the terms.", CO, DE, -1, "pain"),
    M(RD, "Did it say that in the terms?"),
    P(GP, "It did, actually. I went and looked. Paragraph nine. It says the council can refuse items that aren't suitable, and no refund. So, fair enough, they're within their rights. But nobody's reading paragraph nine, are they?", CM, DE, 0, "pain"),
    M(RD, "So what happened to the panels?"),
    P(GP, "They sat on the drive for a week, and then, um, Sue's nephew took them to the tip in his trailer. But you need a permit for a trailer as well, did you know that? He didn't. So they turned him away the first time.", RC, FU, -1, "pain"),
    M(RD, "Oh no."),
    P(GP, "[laughs] It was a comedy of errors, honestly. Second time he had the permit, and the lads at the tip were fine, they just said wood, bay four, [crosstalk {+6}] and that was that.", RC, FU, 0, "praise"),
    M(RD, "Did you make a complaint in the end?"),
    P(GP, "I did, I filled in the complaint form online. About the refund, really. Asking for a partial refund, the £36 for the panels.", CO, FU, 0, "neutral"),
    M(RD, "And?"),
    P(GP, "I got a reply after, what, three weeks, saying they'd reviewed it and as a gesture of goodwill they'd refund £18, half. Which, um. I'll take it. [laughs] It's not nothing.", CO, FU, 0, "neutral"),
    M(RD, "How did you feel about how the complaint was handled?"),
    P(GP, "Slow. But polite. It was a proper letter, someone had actually read what I wrote. Which you don't always get.", CM, FU, 0, "praise"),
    M(RD, "One other thing I'm asking everyone. Missed bins, your normal bins. Any problems?"),
    P(GP, "No. Never. Touch wood.", MC, US, 1, "praise"),
    M(RD, "[laughs] Good. And fly-tipping, in your area?"),
    P(GP, "Not on our street. There's the lane at the back of the shops on Kilnworth Road, there's always something there. I reported a sofa once, on the app. They took it in, I think, two days. Not bad at all.", FT, FU, 1, "praise"),
    M(RD, "Last question. If you were running the service, what's the first thing you'd change?"),
    P(GP, "I'd put pictures on the list. Like a picture of what they'll take and what they won't. And put the no-refund bit in big letters, before you pay, not in paragraph nine. And it would be good if you could do the fridge and the rest in one go.", TK, AP, 0, "suggestion"),
    M(RD, "That's great. Anything else you want to say?"),
    P(GP, "No, I think that's it. The people were nice, all of them, the crews, the girl on the phone. It's the rules, really, not the people.", CR, US, 0, "praise"),
    M(RD, "Thank you so much, Graham. That's been really helpful."),
    B(GP, "Pleasure. Do you want a cup of tea before you go?"),
    M(RD, "Oh, go on then. [laughs] I'll just stop the recording."),
]


# ---------------------------------------------------------------------------
# Session 4: interview-2.vtt (captions from a recorded phone call, no voice
# tags; the speaker's name opens only the first cue of each turn), 2025-10-30.
# ---------------------------------------------------------------------------
IV2 = [
    M(HAN, "Hello Derrick, it's Hannah from the council. Can you hear me alright?"),
    B(DER, "I can, yes. I've got the hearing aids in. [laughs]"),
    M(HAN, "Lovely. And you're happy for me to record this, like we said on the phone last week?"),
    B(DER, "Yes, that's fine. Fire away."),
    M(HAN, "Thank you. So, could you tell me a bit about yourself, and why you needed the bulky collection?"),
    P(DER, "Well, I'm eighty-four. I was a postman, forty years. I've been in this house in Millbeck since nineteen seventy-one, and my wife passed two years ago, and I'm moving into one of the sheltered flats at Beech Court in January. So I've been getting rid of things. It's one bedroom and a box room I'm going to, so the big furniture's got to go.", LE, N, 0, "neutral"),
    M(HAN, "That's a big move."),
    P(DER, "It is. It is. But it's time.", LE, N, 0, "neutral"),
    M(HAN, "So how did you find out the council could collect things?"),
    P(DER, "My daughter. She's in Leeds, she looked it up on her computer and rang me and said, Dad, the council do it, but you have to book it on the internet. And I said, well, I haven't got the internet.", OD, FI, 0, "neutral"),
    M(HAN, "So what did you do?"),
    P(DER, "I rang the number in the Brackenmoor News, the magazine. The council magazine. And you go through all the options, press one for this, press two, and there's no option for it. So I pressed the one for bins.", BK, AP, -1, "pain"),
    M(HAN, "And did that work?"),
    P(DER, "Eventually. The young man was very good. He went through it all with me, what I had, the wardrobe, the sideboard, the armchairs, and he said the freezer had to be a separate booking, but he did that one as well while I was on.", BK, AP, 1, "praise"),
    M(HAN, "That's good to hear. What about paying?"),
    P(DER, "He asked me was I on pension credit, and I am, so it was half price. I had to read him my card number, which I don't like doing on the phone. But he was very patient.", CO, AP, 1, "praise"),
    M(HAN, "And what happened after you'd booked?"),
    P(DER, "They sent me a letter. Which I was glad of, because I'd have forgotten otherwise. I put it on the fridge.", CM, PR, 1, "praise"),
    M(HAN, "How long did you have to wait?"),
    P(DER, "For the furniture, nearly a month. The freezer was sooner.", WD, PR, 0, "neutral"),
    M(HAN, "And did the waiting matter?"),
    P(DER, "Not really. I'm not going anywhere till January. [laughs] It's not like I was tripping over it.", WD, PR, 0, "neutral"),
    M(HAN, "Now, the letter said to put things out by the front gate. How did you manage that?"),
    P(DER, "Well, that was the worry. I can't lift a wardrobe. I've had two new knees. [laughs] So when I rang, I told the young man, and he put a note on, he said I'll put on that you need help, and the crew came up the path and took it from the front room. Which I gather they don't always do.", OD, US, 1, "praise"),
    M(HAN, "They came into the house?"),
    P(DER, "Into the hall. I'd got the wardrobe in bits, well, my neighbour had taken the doors off for me. And they carried the lot out. Two of them. Lovely lads. One of them was called, um, Jordan, I think. He said his grandad was a postman as well.", CR, US, 1, "praise"),
    M(HAN, "That's lovely. And the freezer?"),
    P(DER, "Ah, the freezer. No. They didn't come for the freezer.", MC, US, -1, "pain"),
    M(HAN, "Oh?"),
    P(DER, "I had it on the path, my neighbour helped me, and it was a Tuesday, and they didn't come. And I didn't know who to ring, because it's a different firm, isn't it, for freezers.", MC, US, -1, "pain"),
    M(HAN, "What did you do?"),
    P(DER, "I rang the council number again, and they said they'd pass it on. And then nothing. Then my daughter rang, and she got somewhere. She's better at that than me. They came the next Tuesday.", MC, FU, -1, "pain"),
    M(HAN, "So a week later."),
    P(DER, "A week. And it rained, and the freezer was full of water when they came. They took it, mind you.", MC, FU, 0, "pain"),
    M(HAN, "Have you used the tip at all, for the smaller things?"),
    P(DER, "No. No car since I gave up driving. My daughter takes bits when she comes down. And the charity, the furniture one, they came and collected the good chairs for nothing.", RC, FU, 0, "neutral"),
    M(HAN, "Mm. Is there anything that would have made it easier?"),
    P(DER, "If there was a proper number for it. Not press one, press two. Just a number for the bulky, with a person. Because there's a lot of people my age doing what I'm doing, clearing out.", BK, AP, 0, "suggestion"),
    M(HAN, "That's a really good point."),
    P(DER, "And tell the crews about the help. Because the young man said it's at the crew's discretion. So it's luck, isn't it. I was lucky.", OD, US, 0, "suggestion"),
    M(HAN, "Can I ring you on this number if I need to check anything?"),
    B(DER, "Yes, or the mobile. It's 07700 900 318. My daughter set it up for me."),
    M(HAN, "Thank you so much, Derrick. That's everything from me."),
    B(DER, "Not at all. Thank you for ringing. It's nice to be asked.", 1, "praise"),
    M(HAN, "Take care, and good luck with the move."),
    B(DER, "Thank you, love. Bye now."),
]


# ---------------------------------------------------------------------------
# Session 5: interview-3.srt (captioning service, broadcast habit: ">> NAME:"
# at each change of speaker, up to two lines per cue), video call, 2025-11-06.
# share=True: this (short) turn and the next turn's first line share one cue.
# ---------------------------------------------------------------------------
IV3 = [
    M(INT, "Okay, we're recording. Thanks for doing this, Dave. Can you start by telling me a bit about yourself?"),
    P(DAV, "Yeah, no worries. I'm Dave, I'm forty-one, I'm a decorator, self-employed. I live in Sandygate, one of the terraces off Mill Street, with my partner and our little girl.", LE, N, 0, "neutral"),
    M(INT, "And what was it you needed collecting?"),
    P(DAV, "We got a new sofa, a corner one, and the shop didn't do removal, well, they did, but it was forty-five quid. So the old sofa, and an old mattress from the spare room.", LE, N, 0, "neutral"),
    M(INT, "How did you find out the council collects?"),
    P(DAV, "Next door. Mick, next door, he'd done it with a washing machine. He said it's about thirty quid and they come in a couple of weeks.", BK, FI, 0, "neutral"),
    M(INT, "And did you book online?"),
    P(DAV, "Yeah, on my phone, on a job, in my lunch break. [laughs] It was fine, actually. Quick. Sofa, mattress, card, done.", BK, AP, 1, "praise"),
    M(INT, "Okay.", share=True),
    P(DAV, "But then I never got the confirmation email. It says you'll receive an email within one hour. Nothing. Not in junk, nothing.", CM, PR, -1, "pain"),
    M(INT, "What did you do?"),
    P(DAV, "Waited a day, then I rang. Twenty-five minutes on hold. And the lady said, oh, there's no booking under that address. But the money had gone out of my account.", BK, PR, -1, "pain"),
    M(INT, "Oh dear."),
    P(DAV, "So she booked it again over the phone, and she said the first payment would be refunded in five to ten working days. And it was, to be fair. But the date was then a week later than the first one would have been.", WD, PR, 0, "pain"),
    M(INT, "How long was it in the end?"),
    P(DAV, "Four weeks, nearly. Twenty-six days.", WD, PR, -1, "pain"),
    M(INT, "And where was the sofa while you waited?"),
    P(DAV, "In the yard. The back yard. Under a tarp. Because the new one had come, so.", WD, PR, -1, "pain"),
    M(INT, "Then the day itself?"),
    P(DAV, "So the day itself. [laughs] We're terraced, so you put it out front, on the pavement. I put the sofa and the mattress out about six, before I went to work. And I'd got a garden bench as well, that I was doing up for my mum, and that was by the front wall, by the door, because I was going to paint it at the weekend.", CR, US, 0, "neutral"),
    M(INT, "Oh no.", share=True),
    P(DAV, "Yeah. You know where this is going. They took the bench.", CR, US, -1, "pain"),
    M(INT, "And the sofa?"),
    P(DAV, "And the sofa. And the mattress. All of it. So they were very thorough. [laughs]", CR, US, -1, "pain"),
    M(INT, "Did you contact them?"),
    P(DAV, "I rang that day. And they said, well, it was next to the booked items. And I said, it was by my front door, it's a bench, it's not on the booking. And they said they'd pass it to the supervisor.", CR, FU, -1, "pain"),
    M(INT, "And did the supervisor get back to you?"),
    P(DAV, "He did, actually. He rang me two days later. Proper apology. He said the crew had a lot on and they'd mixed it up, and the bench had gone in the crusher so it was gone, and he offered me sixty quid. Which was, um, fair. It was a free bench off Facebook. [laughs]", CR, FU, 1, "praise"),
    M(INT, "So you came out ahead.", share=True),
    B(DAV, "Don't tell my mum."),
    M(INT, "Anything else about the crew?"),
    P(DAV, "No, they were quick. They're under pressure, you can tell. They've got a list and a lorry and they're in and out.", CR, US, 0, "neutral"),
    M(INT, "And your normal bins, any missed collections?"),
    P(DAV, "The garden waste, twice this year. You pay for that separately as well, the brown bin, and they missed it twice. I reported it both times on the website, and the first time they came back, and the second time they didn't, they said it wasn't out. It was out.", MC, FU, -1, "pain"),
    M(INT, "What about fly-tipping near you?"),
    P(DAV, "Oh, all the time. The back alley behind us, there's always a mattress. Always. Like someone's got a mattress factory. [laughs] And I get it, because if you haven't got thirty quid, or you're in a flat and you've got nowhere to keep it for four weeks, the alley's right there.", FT, FU, -1, "pain"),
    M(INT, "Do you report it?"),
    P(DAV, "Sometimes. If it's blocking the way. The app's okay for that, you take a photo and it gets your location.", FT, FU, 1, "praise"),
    M(INT, "Last thing. What would you change about bulky collections?"),
    P(DAV, "Give you a time. Even a rough one, morning or afternoon. And a text when they're on the way. Then you can be there, you can point, that, not that.", CM, US, 0, "suggestion"),
    M(INT, "Brilliant. Thanks, Dave."),
    B(DAV, "Cheers. Good luck with it."),
]


# ---------------------------------------------------------------------------
# Session 6: interview-4.csv (research tool export, Start,End,Speaker,
# Transcript,Confidence), staff interview at the depot, 2025-11-07.
# rows=k: the tool cut the turn into k consecutive rows of the same speaker.
# ---------------------------------------------------------------------------
IV4 = [
    M(MG, "Thanks for making time, Dean. Could you start by saying what your role is?"),
    P(DF, "Sure. So I'm a waste services officer, I've been at Brackenmoor nine years. I look after the bulky waste service and the missed collections side, so I manage the back office for the booking team, and I work with the crew supervisors.", BK, AP, 0, "neutral"),
    M(MG, "How has demand changed?"),
    P(DF, "It's gone up a lot. We're doing, um, roughly four hundred bulky collections a month now, compared to about two hundred and fifty three years ago. Part of that's the cost of living, people can't afford a man with a van, and part of it's people moving more, renting.", LE, N, 0, "neutral", rows=2),
    M(MG, "And how many crews?"),
    P(DF, "Two crews, one lorry with a tail lift, and a second lorry three days a week. Which is why the dates go out.", WD, PR, -1, "pain"),
    M(MG, "What's the waiting time at the moment?"),
    P(DF, "It's about three weeks on average. The target's ten working days. We've not hit that since, um, since the spring.", WD, PR, -1, "pain"),
    M(MG, "Tell me about the new booking system."),
    P(DF, "So that went live in April. Before that it was all phone, through the contact centre, and paper round sheets. Now residents book online, it takes the payment, it gives a date based on the round, and the crews get the list on a handheld. In principle it's much better.", BK, AP, 0, "neutral", rows=2),
    M(MG, "In principle?"),
    P(DF, "[laughs] In principle. We've had teething problems. The big one was the confirmation emails. For about six weeks in the summer a lot of them were going into junk, or not going at all, because of a setting in the way the system sends them. IT fixed it in August. But we had a lot of people booking twice.", CM, PR, -1, "pain", rows=3),
    M(MG, "Do people still phone to book?"),
    P(DF, "About a third still do. The contact centre books it for them on the same system. It's about ten minutes a booking on the phone, and we've had complaints about the wait to get through, especially Mondays.", BK, AP, -1, "pain"),
    M(MG, "What else has been difficult?"),
    P(DF, "The item list. It's a fixed list, and people have things that aren't on it, so they pick other, and other can be anything. It can be a bookcase or it can be a hot tub. [laughs] And then the crew turns up and it's a hot tub.", TK, AP, -1, "pain"),
    M(MG, "What happens then?"),
    P(DF, "The crew make a call on the day. If it's too big for the lorry, or it's trade waste or DIY waste, they'll leave it and put a sticker on. And that's where we get a lot of the complaints. Because the resident's paid and they don't see why.", TK, DE, -1, "pain", rows=2),
    M(MG, "Do you refund in those cases?"),
    P(DF, "The policy says no. In practice, if someone complains, we often do a partial refund. Which I know isn't consistent. I'd like us to be clearer up front so it doesn't happen.", CO, DE, -1, "pain"),
    M(MG, "And the fridges?"),
    P(DF, "Fridges and freezers are a separate contract, because of the gases, they have to be handled differently. The system should stop you putting them on the bulky form, but it doesn't, it just warns you at the end, and some people miss that.", TK, AP, -1, "pain"),
    M(MG, "Let's talk about missed collections. How do you know when a bulky collection's been missed?"),
    P(DF, "Honestly, mostly when the resident rings. The crews mark each job on the handheld, collected, or not presented, or refused. If the crew says not presented, the system closes the job.", MC, FU, -1, "pain"),
    M(MG, "And is it always right, not presented?"),
    P(DF, "Not always. Um. I'd say most of the time the items genuinely weren't out. But sometimes the crew's gone down the wrong road, or they've run out of time and it's easier to mark it that way. I'm not going to pretend that doesn't happen.", MC, US, -1, "pain", rows=2),
    M(MG, "Okay. What about missed bins, the normal collections?"),
    P(DF, "That's a much bigger volume. The main causes are access, parked cars, roadworks, and new-build estates where the road isn't adopted yet. The online missed bin form works well, it's the bulky that doesn't have one.", MC, FU, 0, "neutral"),
    M(MG, "Why doesn't bulky have one?"),
    P(DF, "It's on the list. [laughs] It's in phase two, which was meant to be this autumn.", MC, FU, 0, "neutral"),
    M(MG, "What about residents who can't get items to the kerb?"),
    P(DF, "So officially it's kerbside only, for insurance and for manual handling. The crews aren't allowed into homes. In practice, if the contact centre adds a note, a lot of crews will help, go up a path, into a hallway. But it's not a formal service, and I know that means it depends who you get.", OD, US, -1, "pain", rows=2),
    M(MG, "Would you want it to be formal?"),
    P(DF, "Personally, yes. We've got an assisted list for wheelie bins already, about eleven hundred households. It would make sense to link it. But it needs more time on each job, and that's crews.", OD, US, 0, "suggestion"),
    M(MG, "And concessions?"),
    P(DF, "Half price if you get council tax reduction or pension credit. Uptake is low. We think a lot of people who'd qualify don't know. It's on the website, but it's not on the booking form itself, you have to ring, and then we check it.", CO, AP, -1, "pain"),
    M(MG, "What about fly-tipping? Is there a link?"),
    P(DF, "We think there is, but it's hard to prove. When the price went up in twenty twenty-three, from twenty pound to twenty-eight, fly-tipping reports went up in the same months. But so did everything, it was the same time as the cost of living stuff. So I'd be careful.", FT, FU, 0, "neutral", rows=2),
    M(MG, "And the recycling centre?"),
    P(DF, "Cobb Lane takes a lot of the pressure off, for people with cars. But the booking slots and the van permits have put some people off. We see that in the bulky demand.", RC, FU, 0, "neutral"),
    M(MG, "If you could change three things, what would they be?"),
    P(DF, "One, a missed collection form for bulky, with photos. Two, let people upload a photo when they book, so the crew knows what other is. And three, a time window and a text on the day. We've got the data, the handheld knows where the lorry is.", BK, AP, 0, "suggestion", rows=2),
    M(MG, "That's really clear. Anything you'd want residents to know?"),
    P(DF, "Just, um, that most of the crews really do care. They get a lot of abuse some days, and they're doing their best with two lorries for the whole borough.", CR, US, 0, "praise"),
    M(MG, "Thanks, Dean. That's great."),
    B(DF, "No problem."),
]


# ---------------------------------------------------------------------------
# Session 7: interview-5.xlsx (note-taker's spreadsheet of a paired interview:
# title row, empty row, header "Speaker | Time | Utterance" in row 3), at the
# participants' home, Orchard Vale, 2025-11-11.
# ---------------------------------------------------------------------------
IV5 = [
    M(INV, "Thank you both for having me. Is it alright if I record? It's just so I don't have to write everything down."),
    B(BRE, "Course it is. Would you like a biscuit?"),
    M(INV, "Oh, I'm fine, thank you. [laughs] Maybe later. So could you tell me a bit about yourselves?"),
    P(BRE, "Well, I'm Brenda, this is Ron. We've been in Orchard Vale, what, thirty-eight years?", LE, N, 0, "neutral"),
    B(RON, "Thirty-nine in March."),
    P(BRE, "Thirty-nine. And we're both retired. Ron was on the buses and I was a dinner lady at the primary.", LE, N, 0, "neutral"),
    M(INV, "And what was it you needed to get rid of?"),
    P(RON, "The three-piece. The settee and two chairs. I've got a bad back, and the doctor said get a proper chair, so we got one of those riser ones, and there wasn't room for the old suite as well.", LE, N, 0, "neutral"),
    P(BRE, "And the old mattress, because we got a new one at the same time. Ron's brother left us a bit of money.", LE, N, 0, "neutral"),
    M(INV, "How did you find out how to get rid of them?"),
    P(BRE, "Our Paul. Our son. He does all that. He's got the computer.", OD, FI, 0, "neutral"),
    P(RON, "We haven't got the internet. We've got the telly and the phone, that's us.", OD, FI, 0, "neutral"),
    B(BRE, "I've got the tablet, Ron."),
    B(RON, "For your puzzles."),
    P(BRE, "[laughs] For my puzzles, yes. I wouldn't put my bank card in it.", OD, AP, 0, "neutral"),
    M(INV, "So Paul booked it for you?"),
    P(BRE, "He did it on his phone, at his house, and he put his own card in, and we gave him the money.", BK, AP, 0, "neutral"),
    M(INV, "Did he say how it went?"),
    P(RON, "He said it was easy enough. But he put his own address in first, by mistake, because it fills it in for you, like, and he had to ring up and change it.", BK, AP, 0, "pain"),
    P(BRE, "They were very good about it on the phone, he said.", BK, PR, 1, "praise"),
    M(INV, "Did you know it cost money?"),
    P(RON, "Oh, yes. Twenty-eight pound. It used to be free.", CO, AP, -1, "pain"),
    B(BRE, "Everything used to be free, Ron. [laughs]"),
    M(INV, "Did anyone mention a discount for pensioners?"),
    P(BRE, "No. Is there one?", CO, FI, 0, "question"),
    M(INV, "There is, if you get pension credit or council tax reduction."),
    P(RON, "We don't get either of those. We've got Ron's bus pension. My bus pension. [laughs] So we wouldn't.", CO, FI, 0, "neutral"),
    M(INV, "How long did you wait for the date?"),
    P(BRE, "Three weeks, about.", WD, PR, 0, "neutral"),
    P(RON, "About that. And Paul had to come over the night before and carry it all out to the front, with his lad, because we can't.", OD, US, 0, "neutral"),
    M(INV, "And the collection day?"),
    P(BRE, "They came at about half past six in the morning. I heard the lorry. I looked out of the bedroom window and they'd got it all on in about two minutes. Marvellous.", CR, US, 1, "praise"),
    P(RON, "They left the gate open.", CR, US, -1, "pain"),
    B(BRE, "They did leave the gate open."),
    P(RON, "And the dog got out.", CR, US, -1, "pain"),
    M(INV, "Oh no! Did you get him back?"),
    B(BRE, "Her. Bella. She was at the bus stop. [laughs] She'd have gone to Blackpool if she could."),
    M(INV, "[laughs] Now, you mentioned the bins earlier, before we started. The normal bins?"),
    P(RON, "Yes. We're on the assisted collection, for the wheelie bins, because of my back. So they're meant to take it from the side of the house and bring it back.", OD, US, 0, "neutral"),
    P(BRE, "And half the time they don't bring it back. They leave it at the end of the drive.\nAnd then I've got to drag it up.", OD, US, -1, "pain"),
    P(RON, "And in July they missed us altogether. Twice. Because it wasn't at the kerb, they said. Well, it's not supposed to be at the kerb, we're assisted.", MC, US, -1, "pain"),
    M(INV, "Did you report it?"),
    P(BRE, "I rang. The lady said they'd put a note on the system. And it was alright for a few weeks, and then it started again. New crew, I think.", MC, FU, 0, "pain"),
    P(RON, "Every time there's a new driver.", MC, US, -1, "pain"),
    M(INV, "Do you ever use the tip?"),
    P(RON, "Not since I gave the car up. Paul takes things.", OD, FU, 0, "neutral"),
    P(BRE, "There's a lot of dumping round by the garages, mind. At the back. Someone left a whole bathroom suite. A pink one. [laughs]", FT, FU, -1, "pain"),
    B(RON, "Avocado."),
    B(BRE, "It was pink, Ron."),
    M(INV, "[laughs] Was it reported?"),
    P(BRE, "I rang about that as well. They took it away, I'll give them that. Took a fortnight, but they took it.", FT, FU, 0, "praise"),
    M(INV, "If you could tell the council one thing about the bulky service, what would it be?"),
    P(RON, "Make it so people like us can ring up and do it. Without Paul. We don't want to be a bother to him.", OD, AP, 0, "suggestion"),
    P(BRE, "And a discount for pensioners. All pensioners. Not just the ones on the credit.", CO, AP, 0, "suggestion"),
    M(INV, "That's really helpful. Thank you both."),
    B(BRE, "Now will you have that biscuit?"),
]


# ---------------------------------------------------------------------------
# Session 8: interview-6.txt (plain text, Q: / A:, header block naming the
# respondent), telephone, 2025-11-13.
# ---------------------------------------------------------------------------
IV6 = [
    M(Q, "Thanks for agreeing to talk to us, Stuart. To start, could you tell me a bit about your situation?"),
    P(A, "Sure. I've got six properties, all in Brackenmoor. Four terraced houses in Sandygate and two flats on Tanners Row. I've been a landlord about fifteen years, it's, um, it's my main income now, along with my wife's job.", LE, N, 0, "neutral"),
    M(Q, "And where does bulky waste come into it?"),
    P(A, "Mostly between tenancies. A tenant moves out, and nine times out of ten they leave something. A sofa, a bed, a fridge, a broken washing machine. Last year one left a whole drum kit. [laughs] And I've got to clear it before the next tenant.", LE, N, -1, "neutral"),
    M(Q, "How did you first try to deal with it?"),
    P(A, "Well, the first time I just booked the council collection like anyone would, online, at the property address. It went fine. Twenty-eight quid, gone in two weeks.", BK, AP, 1, "praise"),
    M(Q, "Did you book it in your name?"),
    P(A, "In the tenant's name, with my email. Because the tenant was still there. Which I think is how it's meant to work. The confirmation came to me, so I had to forward it to her with the date.", CM, PR, 0, "neutral"),
    M(Q, "And the date was okay?"),
    P(A, "Two weeks. For a tenant that's leaving, that's tight but alright. The problem is when it's end of tenancy and the next lot are moving in on the Saturday. You can't book a collection for before Saturday.", WD, AP, -1, "pain"),
    M(Q, "And after that first time?"),
    P(A, "The second time, for the Tanners Row flat, I booked, I paid, and then I got an email saying the booking had been cancelled because the service is for household waste from residents only, and clearances by landlords are classed as commercial waste.", TK, DE, -1, "pain"),
    M(Q, "How did they know you were the landlord?"),
    P(A, "I'd put my own name and my home address for the contact, and the property address for the collection. I think the system flagged it. Which, fair enough, I was honest. But the next tenant's moving in and there's a sofa in the lounge.", TK, DE, -1, "pain"),
    M(Q, "What did you do?"),
    P(A, "I rang them. And they said I'd need a commercial waste collection, which is a different team, and the price for that was, I think it was ninety pound for up to a cubic metre, something like that. For one sofa.", CO, DE, -1, "pain"),
    M(Q, "Did you use that?"),
    P(A, "No. I got a man with a van. Forty quid. I asked him where he takes it and he said licensed site, and, you know, I have to take his word for it. I've got his waste carrier number on the receipt, which the council told me to get.", RC, FU, 0, "neutral"),
    M(Q, "Why did the council tell you to get that?"),
    P(A, "Because of the fly-tipping thing. That was the worst bit, actually, of all of this. An old tenant at one of the Sandygate houses moved out and dumped a load of stuff in the back alley. Bags, a mattress, a chest of drawers. And there was a letter in one of the bags with the property address on. So the enforcement team wrote to me, as the owner, saying I could get a fixed penalty, four hundred pound, for fly-tipping.", FT, FU, -1, "pain"),
    M(Q, "What happened?"),
    P(A, "I rang them and explained, and sent them the tenancy end date and the check-out photos. And the officer was reasonable, actually, once I'd shown him. He dropped it. But I still had to pay to have the stuff cleared, because it was behind my property.", FT, FU, 0, "pain"),
    M(Q, "How do you feel about that?"),
    P(A, "Um. I mean, it's not exactly fair, is it. I didn't dump it. But I get why they come to the owner.", FT, FU, -1, "pain"),
    M(Q, "You mentioned tenants leave fridges."),
    P(A, "Fridges are the worst. [laughs] The fridge service is separate, and they won't take it if it's got food in, fair enough, but I had one refused because it was damaged. The door was off. It was broken, that's why it was being thrown away!", TK, DE, -1, "pain"),
    M(Q, "Have you had any missed collections, at any of the properties?"),
    P(A, "Bins, yes. Tanners Row, the flats above the shops, the bins are in a yard round the back and the crews miss it maybe one week in four. The tenants ring me, not the council. So I ring the council.", MC, US, -1, "pain"),
    M(Q, "How do you report it?"),
    P(A, "Online. But the form wants you to be the resident at the address. There's a tick box, I live at this address. So I tick it. [laughs] Don't tell anyone.", MC, FU, -1, "pain"),
    M(Q, "[laughs] Noted. And booking online with six addresses, how is that?"),
    P(A, "Every time it's one booking, one address, one payment, and you type it all in again. There's no account where you can save your properties.", BK, AP, -1, "pain"),
    M(Q, "What about the recycling centre?"),
    P(A, "I can't use it for the properties. If I turn up with a van, it's trade waste, and Cobb Lane doesn't take trade. There's a commercial site out on the industrial estate, and they charge by weight.", RC, FU, -1, "pain"),
    M(Q, "Is there anything the council does well, from your side?"),
    P(A, "The crews, when I have used the bulky, were fine. On time, polite. And the officer at enforcement was fair, like I said.", CR, US, 1, "praise"),
    M(Q, "And what would you change?"),
    P(A, "Honestly, a landlord option. Let me book a bulky collection as a landlord, at a landlord price if it has to be, but not ninety quid a sofa. Because if it's ninety quid, some landlords will just, um, let's say, leave it in the alley.", CO, DE, 0, "suggestion"),
    M(Q, "And for your tenants?"),
    P(A, "Tell them at the start of the tenancy. We give them a pack. If the council gave us a leaflet, like, here's how to get rid of a sofa, here's the cost, here's the discount if you're on benefits, I'd put it in the pack. A lot of my tenants would qualify for the discount and they've no idea.", CO, FI, 0, "suggestion"),
    M(Q, "That's a great idea. Anything else?"),
    B(A, "No, I think that's it. Thanks for asking landlords, actually. We don't usually get asked anything.", 1, "praise"),
    M(Q, "Could we contact you if we have a follow-up question?"),
    B(A, "Yes, email's best. It's stuart.maddox@example.com. Or the mobile, 07700 900 127."),
    M(Q, "Thank you, Stuart. I'll stop the recording there."),
]


SESSIONS = [
    dict(file="focus-group-1.txt", fmt="otter_txt", turns=FG1, seed=4101, start=3.0,
         rate=1.3, pause=(1.5, 5.5)),
    dict(file="focus-group-2.docx", fmt="teams_docx", turns=FG2, seed=4102, start=5.0,
         rate=2.5, pause=(0.4, 2.2),
         epoch=_dt.datetime(2025, 11, 4, 15, 12, 0),
         title="Bulky waste focus group 2-20251104_140012-Meeting Recording",
         date_line="4 November 2025, 2:00PM"),
    dict(file="interview-1.txt", fmt="rev_txt", turns=IV1, seed=4103, start=2.0,
         rate=2.4, pause=(0.5, 2.4)),
    dict(file="interview-2.vtt", fmt="plain_vtt", turns=IV2, seed=4104, start=1.2,
         rate=2.2, pause=(0.6, 2.6)),
    dict(file="interview-3.srt", fmt="chevron_srt", turns=IV3, seed=4105, start=0.8,
         rate=2.6, pause=(0.3, 1.8)),
    dict(file="interview-4.csv", fmt="research_csv", turns=IV4, seed=4106, start=4.5,
         rate=2.6, pause=(0.4, 2.0)),
    dict(file="interview-5.xlsx", fmt="titled_xlsx", turns=IV5, seed=4107, start=6.0,
         rate=2.3, pause=(0.5, 2.5),
         epoch=_dt.datetime(2025, 11, 12, 9, 40, 0), sheet="Interview 5",
         title="Brackenmoor Borough Council, bulky waste research. Interview 5 (paired), "
               "Ron and Brenda, Orchard Vale, 11 November 2025. Notes: H. Okoro"),
    dict(file="interview-6.txt", fmt="qa_txt", turns=IV6, seed=4108, start=0.0,
         rate=2.6, pause=(0.4, 2.0),
         header=["Brackenmoor Borough Council - Bulky Waste and Missed Bins Research",
                 "Interview 6 (telephone), 13 November 2025",
                 "Q = Interviewer (Mel Gordon, Customer Insight Team)",
                 "A = Respondent (Stuart Maddox, private landlord, six properties in Sandygate and Tanners Row)",
                 "Transcribed from the audio recording, lightly edited. Timestamps not kept."]),
]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(text.split())


def timings(session):
    """Synthetic start/end per turn: words at the session's rate plus pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    out = []
    lo, hi = session["pause"]
    for turn in session["turns"]:
        t += turn.get("gap", 0)
        words = len(norm(turn["text"]).split())
        dur = words / session["rate"] + 0.6
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_teams(s: float) -> str:
    s = int(s)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def ts_otter(s: float) -> str:
    s = int(s)
    if s >= 3600:
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


def ts_vtt(s: float) -> str:
    ms = int(round(s * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    sec, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{sec:02d}.{ms:03d}"


def ts_srt(s: float) -> str:
    return ts_vtt(s).replace(".", ",")


def resolve_placeholders(session):
    """Replace "{+N}" in transcriber's notes by the clock time N s into the turn."""
    for turn, (a, b) in zip(session["turns"], timings(session)):
        def sub(m):
            off = int(m.group(1))
            assert a + off < b, (session["file"], turn["text"][:40])
            return ts_hms(a + off)
        turn["text"] = re.sub(r"\{\+(\d+)\}", sub, turn["text"])


SENT_RE = re.compile(r"(?<=[.!?\]])\s+(?=[A-Z'\[])")


def sentences(text: str) -> list[str]:
    return [s for s in SENT_RE.split(norm(text)) if s]


def split_sentences(text: str, k: int) -> list[str]:
    """Cut a turn into k pieces at sentence boundaries, balanced by words."""
    sents = sentences(text)
    assert len(sents) >= k, (k, text)
    total = len(norm(text).split())
    out, cur, done = [], [], 0
    for i, s in enumerate(sents):
        cur.append(s)
        done += len(s.split())
        left = len(sents) - i - 1
        if len(out) < k - 1 and (done >= total * (len(out) + 1) / k or left == k - 1 - len(out)) and left > 0:
            out.append(" ".join(cur))
            cur = []
    out.append(" ".join(cur))
    assert len(out) == k and " ".join(out) == norm(text), (out, text)
    return out


def wrap_lines(text: str, width: int) -> list[str]:
    """Greedy wrap at spaces (caption lines); joined with spaces gives the text back."""
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


def line_times(start, end, lines):
    total = sum(len(x) for x in lines)
    t, out = start, []
    for x in lines:
        d = (end - start) * len(x) / total
        out.append((t, t + d))
        t += d
    return out


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


def fix_core_modified(raw: bytes, when: _dt.datetime) -> bytes:
    """openpyxl / python-docx may stamp dcterms:modified at save; put the fixed one back."""
    core = zipfile.ZipFile(io.BytesIO(raw)).read("docProps/core.xml").decode("utf-8")
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", core)
    core = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", core)
    return rezip(raw, when, {"docProps/core.xml": core.encode("utf-8")})


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")
OTTER_FOOTER = "Transcribed by https://otter.ai"


def write_otter_txt(session) -> bytes:
    """Otter.ai .txt export: 'Name  m:ss' (h:mm:ss after an hour), text below."""
    lines = []
    for t, (a, _) in zip(session["turns"], timings(session)):
        lines += [f"{t['speaker']}  {ts_otter(a)}", norm(t["text"]), ""]
    lines.append(OTTER_FOOTER)
    return ("\n".join(lines) + "\n").encode("utf-8")


def teams_entries(session):
    """(speaker, time, text) per Teams entry; split=k gives two entries for one turn."""
    out = []
    for t, (a, b) in zip(session["turns"], timings(session)):
        text = norm(t["text"])
        if t.get("split"):
            sents = sentences(text)
            k = t["split"]
            first, second = " ".join(sents[:k]), " ".join(sents[k:])
            assert first and second
            mid = a + (b - a) * len(first.split()) / len(text.split()) + 0.9
            out += [(t["speaker"], a, first), (t["speaker"], mid, second)]
        else:
            out.append((t["speaker"], a, text))
    return out


def write_teams_docx(session) -> bytes | None:
    try:
        import docx  # python-docx
        from docx.shared import Pt
    except ImportError:
        return None
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    tms = timings(session)
    dur = int(tms[-1][1] + 4)
    d.add_paragraph(session["title"])
    d.add_paragraph(session["date_line"])
    d.add_paragraph(f"{dur // 60}m {dur % 60}s")
    d.add_paragraph("Transcript")
    d.add_paragraph(f"{session['turns'][0]['speaker']} started transcription")
    for i, (spk, a, text) in enumerate(teams_entries(session)):
        p = d.add_paragraph()
        if i % 3 == 2:
            p.add_run(f"{spk}   {ts_teams(a)}")            # one run
        else:
            p.add_run(spk)                                  # name and time as two runs
            p.add_run(f"   {ts_teams(a)}")
        d.add_paragraph(text)
    cp = d.core_properties
    when = session["epoch"]
    cp.author = "Microsoft Teams"
    cp.last_modified_by = "Rachel Dunmore"
    cp.title = session["title"]
    cp.created = when
    cp.modified = when
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    return fix_core_modified(raw.getvalue(), when)


def write_rev_txt(session) -> bytes:
    """Rev-style: 'Speaker Name (hh:mm:ss):' on its own line, text below, blank line."""
    lines = []
    for t, (a, _) in zip(session["turns"], timings(session)):
        lines += [f"{t['speaker']} ({ts_hms(a)}):", norm(t["text"]), ""]
    return "\n".join(lines).encode("utf-8")


def write_plain_vtt(session) -> bytes:
    """WebVTT without voice tags or cue ids; 'NAME: ' only in a turn's first cue."""
    out = ["WEBVTT", ""]
    for t, (a, b) in zip(session["turns"], timings(session)):
        lines = wrap_lines(f"{t['speaker']}: {norm(t['text'])}", 42)
        times = line_times(a, b, lines)
        for k in range(0, len(lines), 2):
            cue = lines[k:k + 2]
            if k > 0:
                assert not LABEL_LIKE.match(cue[0]), cue
            s, e = times[k][0], times[min(k + 1, len(lines) - 1)][1]
            out += [f"{ts_vtt(s)} --> {ts_vtt(e - 0.04)}", *cue, ""]
    return "\n".join(out).encode("utf-8")


def write_chevron_srt(session) -> bytes:
    """SubRip with broadcast speaker changes: '>> NAME: text' opens each turn;
    continuation lines and cues carry no marker; at most two lines per cue. A
    short turn marked share=True shares its cue with the next turn's first line."""
    turns = session["turns"]
    per_turn = []
    for t, (a, b) in zip(turns, timings(session)):
        lines = wrap_lines(f">> {t['speaker']}: {norm(t['text'])}", 42)
        per_turn.append(list(zip(lines, line_times(a, b, lines))))
    cues = []
    skip = 0
    for i, items in enumerate(per_turn):
        items = items[skip:]
        skip = 0
        if turns[i].get("share"):
            assert len(items) == 1 and i + 1 < len(per_turn), turns[i]["text"]
            cues.append([items[0], per_turn[i + 1][0]])
            skip = 1
            continue
        for k in range(0, len(items), 2):
            cues.append(items[k:k + 2])
    out = []
    for n, cue in enumerate(cues, 1):
        s, e = cue[0][1][0], cue[-1][1][1]
        out += [str(n), f"{ts_srt(s)} --> {ts_srt(e - 0.05)}", *[x for x, _ in cue], ""]
    return "\n".join(out).encode("utf-8")


def research_rows(session):
    rnd = random.Random(session["seed"] + 7)
    rows = []
    for t, (a, b) in zip(session["turns"], timings(session)):
        parts = split_sentences(t["text"], t.get("rows", 1))
        for p, (s, e) in zip(parts, line_times(a, b, parts)):
            rows.append([ts_vtt(s), ts_vtt(e), t["speaker"], p, f"{rnd.uniform(0.81, 0.99):.2f}"])
    return rows


def write_research_csv(session) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Start", "End", "Speaker", "Transcript", "Confidence"])
    w.writerows(research_rows(session))
    return buf.getvalue().encode("utf-8")


def write_titled_xlsx(session) -> bytes | None:
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = session["sheet"]
    ws.append([session["title"]])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Speaker", "Time", "Utterance"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for t, (a, _) in zip(session["turns"], timings(session)):
        s = int(a)
        ws.append([t["speaker"], _dt.time(s // 3600, s % 3600 // 60, s % 60), t["text"]])
    for row in ws.iter_rows(min_row=4):
        row[1].number_format = "hh:mm:ss"
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 100
    ws.freeze_panes = "A4"
    when = session["epoch"]
    wb.properties.creator = "Hannah Okoro"
    wb.properties.lastModifiedBy = "Hannah Okoro"
    wb.properties.title = "Bulky waste research, interview 5"
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    return fix_core_modified(raw.getvalue(), when)


def write_qa_txt(session) -> bytes:
    lines = list(session["header"]) + [""]
    for t in session["turns"]:
        text = norm(t["text"])
        assert not re.match(r"^(Q|A):", text), text
        lines += [f"{t['speaker']}: {text}", ""]
    return "\n".join(lines).encode("utf-8")


WRITERS = dict(otter_txt=write_otter_txt, teams_docx=write_teams_docx, rev_txt=write_rev_txt,
               plain_vtt=write_plain_vtt, chevron_srt=write_chevron_srt,
               research_csv=write_research_csv, titled_xlsx=write_titled_xlsx,
               qa_txt=write_qa_txt)


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


def parse_otter_txt(data: bytes, speakers):
    pairs, cur = [], None
    for line in data.decode("utf-8").splitlines():
        m = re.fullmatch(r"(.+?)  (\d+:\d\d(?::\d\d)?)", line)
        if m:
            cur = m.group(1)
            pairs.append((cur, ""))
        elif line.strip() and line != OTTER_FOOTER:
            pairs.append((cur, line))
    return _merge(pairs)


def parse_teams_docx(data: bytes, speakers):
    import docx
    d = docx.Document(io.BytesIO(data))
    pairs, cur = [], None
    for p in d.paragraphs:
        m = re.fullmatch(r"(.+?)   (\d+:\d\d:\d\d)", p.text)
        if m:
            cur = m.group(1)
        elif cur is not None and p.text.strip():
            pairs.append((cur, p.text))
    return _merge(pairs)


def parse_rev_txt(data: bytes, speakers):
    pairs, cur = [], None
    for line in data.decode("utf-8").splitlines():
        m = re.fullmatch(r"(.+?) \((\d\d:\d\d:\d\d)\):", line)
        if m:
            cur = m.group(1)
        elif line.strip():
            pairs.append((cur, line))
    return _merge(pairs)


def _cue_texts(data: str):
    for block in data.replace("\r\n", "\n").split("\n\n"):
        lines = block.strip("\n").split("\n")
        if "-->" not in block:
            continue
        i = next(k for k, ln in enumerate(lines) if "-->" in ln)
        yield lines[i + 1:]


def parse_plain_vtt(data: bytes, speakers):
    pairs = []
    for lines in _cue_texts(data.decode("utf-8")):
        text = " ".join(lines)
        head, sep, rest = text.partition(": ")
        if sep and head in speakers:
            pairs.append((head, rest))
        else:
            pairs.append((pairs[-1][0], text))
    return _merge(pairs)


def parse_chevron_srt(data: bytes, speakers):
    pairs = []
    for lines in _cue_texts(data.decode("utf-8")):
        for line in lines:
            if line.startswith(">> "):
                head, _, rest = line[3:].partition(": ")
                assert head in speakers, line
                pairs.append((head, rest))
            else:
                pairs.append((pairs[-1][0], line))
    return _merge(pairs)


def parse_research_csv(data: bytes, speakers):
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    return _merge([(r["Speaker"], r["Transcript"]) for r in rows])


def parse_titled_xlsx(data: bytes, speakers):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1] == (None, None, None) or not any(rows[1]), rows[1]
    assert rows[2] == ("Speaker", "Time", "Utterance"), rows[2]
    return _merge([(r[0], r[2]) for r in rows[3:]])


def parse_qa_txt(data: bytes, speakers):
    pairs = []
    for line in data.decode("utf-8").splitlines():
        m = re.match(r"^(Q|A): (.*)$", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


PARSERS = dict(otter_txt=parse_otter_txt, teams_docx=parse_teams_docx, rev_txt=parse_rev_txt,
               plain_vtt=parse_plain_vtt, chevron_srt=parse_chevron_srt,
               research_csv=parse_research_csv, titled_xlsx=parse_titled_xlsx,
               qa_txt=parse_qa_txt)
NEEDS = dict(teams_docx="docx", titled_xlsx="openpyxl")


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
NOTE_TIME = re.compile(r"\[(inaudible|crosstalk) \d\d:\d\d:\d\d\]")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        resolve_placeholders(s)
        turns = s["turns"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] or s["fmt"] == "titled_xlsx", t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            if not t["mod"]:
                assert participant_labels.setdefault(spk, s["file"]) == s["file"], spk
                assert t["theme"] == "" or t["theme"] in THEMES, t["theme"]
                assert (t["theme"] == "") == (t["stage"] == ""), t["text"][:40]
                assert t["stage"] == "" or t["stage"] in STAGES, t["stage"]
            # no clock times inside turns, except in timed transcriber's notes
            assert not re.search(r"\b\d?\d:\d\d\b", NOTE_TIME.sub("", t["text"])), t["text"][:40]
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

    by_theme = defaultdict(list)
    for r in rows:
        by_theme[r[3]].append(r[7])
    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                assert "|" not in e
                if not any(e in txt for txt in by_theme[cid]):
                    problems.append(f"codebook example not in a {cid} turn: {e}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["speaker", "segment", "age_group", "district", "situation"])
        for prow in PARTICIPANTS:
            assert not any(";" in x or '"' in x for x in prow), prow
        w.writerows(PARTICIPANTS)

    # summary
    print(f"{len(SESSIONS)} sessions, {sum(len(s['turns']) for s in SESSIONS)} turns, "
          f"{len(rows)} participant turns")
    for s in SESSIONS:
        n_p = sum(1 for t in s["turns"] if not t["mod"])
        words = sum(len(norm(t["text"]).split()) for t in s["turns"] if not t["mod"])
        end = timings(s)[-1][1]
        print(f"  {s['file']}: {len(s['turns'])} turns ({n_p} participant, {words} words), "
              f"ends {ts_hms(end)}")
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
