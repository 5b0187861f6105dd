#!/usr/bin/env python3
"""Generate the fictional study of the council tax service of the fictional Harrowfield
District Council (England): moving in and out, bills and instalments, discounts and
exemptions, council tax reduction, reminders, summonses and liability orders, enforcement
agents and attachments, arrangements and breathing space, band challenges and appeals,
hardship help and what follows. Writes the transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11, standard library, plus python-docx (the .docx) and openpyxl (the .xlsx).
Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant
turn, B() for a participant backchannel, reaction, small talk or thanks (no theme, no
stage). Transcript files and gold rows are written from the same list, so turn indices
cannot drift. How a turn is cut into pieces (caption lines, table rows, chat messages,
database records) is decided by the writer of each layout; the gold keeps one row per
turn. After writing, every file is parsed back with a minimal parser for its layout and
compared with the list (turn index, speaker, text), and every codebook example must be
an exact excerpt of a participant turn coded with that theme and of no turn coded
otherwise.

Output is byte-identical from run to run: timings are seeded, the .docx and .xlsx are
re-zipped with fixed timestamps and fixed core properties.
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
    return dict(speaker=speaker, text=text, mod=False, theme="", stage="",
                sentiment=sentiment, kind=kind, **opts)


# ---------------------------------------------------------------------------
# Theme ids (the codebook, with descriptions and examples, is below the sessions)
# ---------------------------------------------------------------------------
MV = "moving_home"
BL = "bills_instalments"
DX = "discounts_exemptions"
CS = "council_tax_support"
RM = "reminders_court"
EN = "enforcement"
AR = "arrangements_hardship"
CT = "contact_letters"
AP = "band_appeals"
MW = "money_worries"
AF = "advice_afterwards"

# ---------------------------------------------------------------------------
# Speaker labels, exactly as each file writes them (see README)
# ---------------------------------------------------------------------------
# focus-group-1.txt (live captions, first names in capitals)
ROSIE, TOM = "ROSIE", "TOM"
KER, JOR, ALAN, PRI, DEAN, MAU = "KERRY", "JORDAN", "ALAN", "PRIYA", "DEAN", "MAUREEN"
# focus-group-2.docx (Word coding table)
TA, RMN = "Tom A.", "Rosie M."
SHA, MAR, OLL, LOR, PAT, GRA = "Shanice", "Marek", "Ollie", "Lorraine", "Pat", "Graham"
# interviews
RO = "Rosie"                    # interview-1.md, interview-3.xlsx
GAR = "Gareth"                  # interview-1.md (staff)
TO = "Tom"                      # interview-2.csv, interview-6.xlsx
BEV = "Bev"                     # interview-2.csv (debt adviser)
JAN = "Janice"                  # interview-3.xlsx (carer)
Q = "Rosie Marchant (email)"    # interview-4.docx: the questions in black (no label in the file)
UNK = "unknown"                 # interview-4.docx: the answers in red (no label in the file)
RMZ = "Rosie Marchant"          # interview-5.txt (Zoom chat)
ELLA = "Ella"                   # interview-5.txt (student)
SHAUN = "Shaun"                 # interview-6.xlsx (row colour, named in the legend)

PARTICIPANTS = [
    # speaker, segment, tenure, age_group, situation
    (ROSIE, "moderator", "", "", ""),
    (TOM, "moderator", "", "", ""),
    (TA, "moderator", "", "", ""),
    (RMN, "moderator", "", "", ""),
    (RO, "moderator", "", "", ""),
    (TO, "moderator", "", "", ""),
    (Q, "moderator", "", "", ""),
    (RMZ, "moderator", "", "", ""),
    (KER, "renter", "private renter", "30-44", "moved in from another district with two children; single person discount refused, then backdated"),
    (JOR, "renter", "private renter", "18-29", "partner moved out of a shared flat; first bill in his own name; instalments over twelve months"),
    (ALAN, "homeowner", "owner-occupier", "65+", "hard of hearing; challenged his band with the Valuation Office, refused, valuation tribunal pending"),
    (PRI, "student", "student house", "18-29", "student house with one graduate housemate; exemption lost, discount instead; certificates"),
    (DEAN, "self-employed", "private renter", "45-64", "self-employed plumber; council tax reduction recalculated with every change in income"),
    (MAU, "carer", "owner-occupier", "65+", "cares for her husband with dementia; severe mental impairment disregard after two forms and a GP letter"),
    (SHA, "renter", "housing association", "30-44", "single mother; missed payments after a job change; summons, liability order, enforcement agent visit"),
    (MAR, "renter", "private renter", "30-44", "warehouse worker; attachment of earnings he learned of from his payslip"),
    (OLL, "student", "student house", "18-29", "left his course halfway through the year; became liable without knowing"),
    (LOR, "self-employed", "private renter", "45-64", "self-employed cleaner; council tax reduction overpayment after a good summer"),
    (PAT, "carer", "owner-occupier", "45-64", "moved her mother with dementia into her home; discount and disregard; moving again"),
    (GRA, "renter", "private renter", "45-64", "moved out of the district; final bill and a refund that took months"),
    (GAR, "council officer", "", "", "revenues team leader at Harrowfield District Council, nineteen years in revenues"),
    (BEV, "debt adviser", "", "", "money adviser at Northmere Money Advice, a local debt charity"),
    (JAN, "carer", "owner-occupier", "45-64", "lives with and cares for her father with dementia; disregard, discount and a backdated refund"),
    (UNK, "self-employed", "private renter", "30-44", "self-employed window cleaner with changing income; council tax reduction by email; answered by email"),
    (ELLA, "student", "student house", "18-29", "student house; a housemate left her course; interviewed in the Zoom chat at her request"),
    (SHAUN, "renter", "private renter", "30-44", "single father; summons, liability order, enforcement agents, attachment of earnings, breathing space"),
]


# ---------------------------------------------------------------------------
# Session 1: focus-group-1.txt. In person, Harrowfield Civic Offices, Committee Room 2,
# Tuesday 11 November 2025, 18:00. Alan is hard of hearing and asked for live captions:
# a remote speech-to-text reporter (Clearword Captioning) wrote them from the room's
# conference microphone, and her rough-draft transcript, saved as text from her
# captioning software, is the only transcript. '>> NAME:' at each change of speaker,
# first names in capitals from the seating list; sound descriptions in brackets; a
# change of reporter halfway. Guide chronological: who you are and the move, finding
# out, telling the council, the first bill, discounts, reduction, arrears, contact,
# appeals, afterwards, one change each.
# ---------------------------------------------------------------------------
FG1 = [
    M(ROSIE, "Okay, I think we're good. Can everyone see the captions on the screen? Alan, is that working for you?"),
    P(ALAN, "It's working. It's about a second behind but that's fine, I'll cope.", "", "", 0, "neutral"),
    M(ROSIE, "Brilliant. So thanks for coming out on a wet Tuesday. I'm Rosie, I work in the council's customer insight team, so not in council tax itself, and Tom's taking notes. We want to hear what dealing with council tax is actually like, from moving in right through to, well, wherever it ended up. Nothing goes on your account and we won't use your names. Can we go round? First name and a bit about your household."),
    P(KER, "I'll start. Kerry. I moved here in April from Stanmoor with my two, we rent a two-bed off Station Road. It's just me and the kids, so I thought, single person discount, easy. It wasn't easy.", DX, NEED, 0, "neutral"),
    P(JOR, "Jordan. I rent a flat in Coldbrook. I was there with my girlfriend and then she moved out in June, so it all went into my name, and that's when it started really.", MV, NEED, 0, "neutral"),
    P(ALAN, "Alan. I'm sixty-eight, I've owned my house in Marston Vale for thirty-one years, and I'm the one who needs the captions, thank you for arranging that. My thing is the band. I think we're in the wrong band and I've been fighting it for two years.", AP, NEED, 0, "neutral"),
    P(PRI, "I'm Priya, I'm a student at Vale University, third year. There's four of us in a house on Albion Street and one of my housemates graduated, so suddenly we weren't all students any more.", DX, NEED, 0, "neutral"),
    P(DEAN, "Dean. Self-employed plumber, twenty years. Some months I'm flat out, some months nothing, and the council tax reduction never keeps up with that. Never.", CS, NEED, -1, "pain"),
    P(MAU, "Maureen. I look after my husband, Ray. He was diagnosed with vascular dementia three years ago. We've lived in the same house forever. It was his nurse who said, you know there's a council tax thing for dementia? I had no idea.", DX, NEED, 0, "neutral"),
    B(KER, "Same, I didn't know either."),
    M(ROSIE, "Let's start at the start, then. When you moved, or when things changed, how did you find out what you had to do about council tax?"),
    P(KER, "I didn't find out, that's the honest answer. I'd paid Stanmoor by direct debit and I assumed it'd sort of move with me. It doesn't. Nobody tells you it doesn't.", MV, FIND, -1, "pain"),
    P(JOR, "I googled it. Harrowfield council tax change of circumstances. The website's alright, actually, there's a form for moving in and moving out. But there's nothing for someone moving out of your flat and you staying. I didn't know which one I was.", MV, FIND, -1, "pain"),
    M(ROSIE, "So the form didn't match your situation."),
    P(JOR, "No. I did the moving in one in the end, which was wrong, because I hadn't moved anywhere.", MV, APPLY, -1, "pain"),
    B(DEAN, "Classic."),
    P(PRI, "We thought students just don't pay. Full stop. That's what everyone says in first year, you don't pay council tax. Nobody says, unless someone in your house isn't a student.", DX, FIND, -1, "pain"),
    P(MAU, "I'd never have found it on my own. I looked on the website after the nurse said, and it says severe mental impairment, and I thought, that's not how I'd describe Ray. It felt like a horrible word for it. I nearly didn't apply because of the word.", DX, FIND, -1, "pain"),
    M(ROSIE, "That's really interesting, the word itself put you off. Alan, did you ever look into the band before you challenged it?"),
    P(ALAN, "I did. There's a government site where you can look up your band and your neighbours' bands. Same house as mine, three doors down, same builder, one band lower. I thought that's it, open and shut.", AP, FIND, 0, "neutral"),
    B(KER, "(Laughter) Open and shut."),
    M(ROSIE, "We'll come back to that. Let's talk about actually telling the council, the first contact. Kerry?"),
    P(KER, "I rang. I waited forty minutes on hold with the music and then a lady said you have to do it online. So I did it online on my phone in the car park at work. It asked for my move-in date and my previous address and my landlord's details, which fine, I had those.", MV, APPLY, -1, "pain"),
    P(DEAN, "For the reduction, the form is the killer. It wants your income for the last however many weeks. I'm self-employed. I don't have weeks. I've got a spreadsheet and a shoebox.", CS, APPLY, -1, "pain"),
    B(JOR, "A shoebox."),
    P(DEAN, "Honestly. And then it says upload your accounts, and my accounts are for last year, and last year was a good year, so according to the form I'm rich.", CS, APPLY, -1, "pain"),
    P(PRI, "Ours was certificates. Each of us had to get a student certificate from the uni and send it in. The uni does it online, that bit was fine, it took like two minutes. But the council wanted all four, and Josh had graduated, so he couldn't get one.", DX, APPLY, 0, "neutral"),
    P(MAU, "I had to fill in a form and get the doctor to sign a bit to say Ray's got it, and he had to be getting one of the benefits as well, attendance allowance. So that was two letters I had to find. I found them in the end. In the bread bin, don't ask.", DX, APPLY, 0, "neutral"),
    B(ALAN, "(Laughter) The bread bin."),
    M(ROSIE, "And then the first bill. What was that like when it arrived?"),
    P(JOR, "It came in my name for the whole year, full amount, no discount, because I'd done the wrong form, so it thought there were two of us still. Thirteen hundred and something quid over ten months.", BL, DEC, -1, "pain"),
    P(KER, "Mine came and it was the full amount as well. I'd ticked the box, I know I ticked the box for single person. And on the back it's just columns, there's a bit about the parish precept and the police and the adult social care, and I'm looking for the word discount and it's not there.", BL, DEC, -1, "pain"),
    M(ROSIE, "So the bill didn't show whether the discount had been applied."),
    P(KER, "It didn't show it hadn't. That's worse. I only realised when I worked it out on the calculator.", BL, DEC, -1, "pain"),
    P(ALAN, "The bill itself I can read. I've been getting them thirty-one years. What I'd say is the bill's clear, it's everything around it that isn't.", BL, DEC, 0, "neutral"),
    P(DEAN, "I like that you can spread it over twelve months now instead of ten. Somebody on the phone told me that, and it made a real difference, a hundred and something a month instead of a hundred and forty.", BL, USE, 1, "praise"),
    B(MAU, "I didn't know you could do that."),
    M(ROSIE, "That's worth noting, a few people didn't know about twelve instalments. Priya, what happened with your house when Josh graduated?"),
    P(PRI, "So we got a bill for the whole house. Addressed to the occupiers, which is us. And we're like, we're students, this is a mistake. It wasn't a mistake. Because Josh wasn't a student any more, the house wasn't exempt, and because the rest of us are disregarded he counts as living on his own, so it's a twenty-five per cent discount. Which took us about a week to understand.", DX, DEC, -1, "pain"),
    P(JOR, "So he gets a single person discount for a house with four people in?", DX, DEC, 0, "question"),
    P(PRI, "Basically, yeah. And the bill's joint, so legally it's all of us, or that's what the letter sort of implied. We had a massive row about who pays.", DX, DEC, -1, "pain"),
    M(ROSIE, "I'd rather not guess how the joint liability works in your case, but we'll take that away as a question for the team. Maureen, how long did the disregard take?"),
    P(MAU, "Four months. I sent the form in February, they lost the first one, or they said they never had it, and I sent it again with the GP letter in April, and it was June before the letter came to say it was done. And they backdated it, to be fair to them, to when he was diagnosed, and I got a refund.", DX, PROC, 0, "neutral"),
    P(MAU, "The refund was lovely. I won't pretend it wasn't. But four months, when you're already doing everything for someone.", DX, DEC, 0, "neutral"),
    M(ROSIE, "Dean, you mentioned the reduction. How long did that take?"),
    P(DEAN, "First time, seven weeks. And in them seven weeks the normal bill keeps coming, full amount, and a reminder, because I hadn't paid the full amount, because I was waiting for the reduction. So you're waiting for them to decide and they're chasing you at the same time.", CS, PROC, -1, "pain"),
    B(KER, "That's mad."),
    P(DEAN, "And then they wanted more evidence. Bank statements, three months. I sent them. Then they wanted the invoices that match the bank statements. It's like a tax investigation for eighteen quid a week.", CS, PROC, -1, "pain"),
    M(TOM, "Sorry, can I just ask, Dean, did anyone explain why they needed the invoices as well?"),
    P(DEAN, "No. It just said we need further information, and a list. Nobody rang. It was all letters.", CT, PROC, -1, "pain"),
    M(ROSIE, "Thanks Tom. And when the decision came, the award letter?"),
    P(DEAN, "The award letter is four pages and I still couldn't tell you what my income was assumed to be. There's a bit that says assessed weekly income and a number that's nothing like my income.", CS, DEC, -1, "pain"),
    P(DEAN, "And then every time my income changes I'm meant to tell them, and every time I tell them they recalculate it and send a new bill. I had five bills in one year. Five. Each one says the previous bill is cancelled.", CS, USE, -1, "pain"),
    B(JOR, "Five bills."),
    P(ALAN, "That's the same thing I said, the bill's fine, it's everything else.", "", "", 0, "neutral"),
    M(ROSIE, "Let's talk about when payments get missed, because I know some of you have been there. What happened?"),
    P(JOR, "I missed one in August because my girlfriend's half of the rent went with her and something had to give. I got a reminder two weeks later, fair enough. It said pay within seven days or you lose the right to pay by instalments.", RM, USE, 0, "neutral"),
    P(JOR, "And I did pay it, but I paid it on day nine, and that was it. Final notice, the whole year's balance due now. Eleven hundred quid. From missing one payment of a hundred and thirty.", RM, USE, -1, "pain"),
    P(KER, "That happened to me too. And the final notice is red. It's got red on it. My daughter saw it on the side and she was worried.", RM, USE, -1, "pain"),
    M(ROSIE, "How did you feel when you saw the full balance due?"),
    P(KER, "Sick. Honestly sick. Because you can't pay eleven hundred, so what do you do, you do nothing, and then the summons comes, and it's got court on it.", MW, USE, -1, "pain"),
    P(JOR, "The summons added costs as well. Eighty-something pounds just for them sending it. I rang straight away and the man was actually decent, he said if I set up an arrangement they wouldn't go for the liability order. So I did.", AR, USE, 0, "praise"),
    P(KER, "Mine went to the liability order. I didn't go to court, I didn't know you could go, I thought going meant you'd done something criminal.", RM, USE, -1, "pain"),
    M(ROSIE, "That's a really common worry. Did anyone end up with enforcement agents, bailiffs?"),
    P(KER, "A letter from them, yeah. The notice of enforcement. That's when I went to Northmere, the money advice place, and the woman there was amazing. She rang the council while I sat there and got it put back, and they took it off the bailiffs.", AF, FOLL, 1, "praise"),
    B(DEAN, "Good for her."),
    P(DEAN, "I've had them. Not this year, three years back. They came to the door at half seven in the morning with a camera on their chest. In front of the neighbours. I'm a plumber, I've got a van, the van is my job, and he's looking at the van.", EN, USE, -1, "pain"),
    M(ROSIE, "That must have been frightening."),
    P(DEAN, "It was. I paid what I could on the doorstep on my card and it still had the fees on. Two hundred and thirty-five quid for coming round. I'll never get over that, two hundred and thirty-five quid for knocking.", EN, USE, -1, "pain"),
    P(MAU, "I worry about that more than anything. That someone would come to the door and Ray would answer it and not understand. He'd let them in. He'd make them a cup of tea.", EN, USE, -1, "pain"),
    M(ROSIE, "Let's talk about getting hold of people. Phone, online account, letters. What's worked and what hasn't?"),
    P(ALAN, "For me the phone doesn't work. Literally. I can't hear on the phone well enough. I asked for everything in writing, or by email, and they were good about that, I'll give them that, once it was on my record it stuck.", CT, PROC, 1, "praise"),
    P(PRI, "The online account is fine for seeing the bill. But you can't message anyone. There's no, like, chat. So you either ring or you do a form and the form goes into a black hole.", CT, PROC, -1, "pain"),
    B(JOR, "Black hole, yeah."),
    P(KER, "The letters all look the same. The reminder, the bill, the discount letter. Same envelope, same font. I'd love them to just say on the front, you need to do something, or you don't.", CT, USE, 0, "suggestion"),
    P(MAU, "When I did get through on the phone, the young man was lovely. He said his nan had it too. He stayed on the line and filled in the bit I couldn't do. That's the best bit of all of it, that phone call.", CT, PROC, 1, "praise"),
    M(ROSIE, "Alan, you said you've been challenging your band for two years. Can you tell us how that went?"),
    P(ALAN, "So the band isn't the council at all, which I didn't understand at the start. The council sends the bill but the band is the Valuation Office, which is the government. I wrote to the council and the council wrote back and said it's not us.", AP, APPLY, -1, "pain"),
    P(ALAN, "Then I did the Valuation Office form online. My son did it, I should say. They took five months and said no, the band is correct. No real reason. The house three doors down has been extended, apparently, which makes it the same, which doesn't make sense to me.", AP, DEC, -1, "pain"),
    P(ALAN, "And now I've appealed to the tribunal, the valuation tribunal, and they've said the hearing might be by video. By video. I've asked for captions. We'll see.", AP, DEC, 0, "neutral"),
    P(KER, "Did you keep paying in the meantime?", AP, USE, 0, "question"),
    P(ALAN, "You have to keep paying the band you've got while you argue about it. Which, fine. If I win I get it back. If.", AP, USE, 0, "neutral"),
    M(ROSIE, "Has anyone used the hardship fund, or the discretionary help?"),
    P(JOR, "I didn't know there was one.", AR, FIND, -1, "pain"),
    P(KER, "Bev at Northmere did an application for me. It paid off the costs, the summons costs, not the council tax itself. Which was still something.", AR, DEC, 1, "praise"),
    P(DEAN, "I applied once and they said no because I had savings. The savings were my tax bill. That's what you do when you're self-employed, you keep your tax money, and they counted it like it was spare.", AR, DEC, -1, "pain"),
    M(ROSIE, "And now, looking at where you are at the moment, how are things with council tax?"),
    P(JOR, "I'm on the arrangement, forty quid a week on top of the normal. It's going down. I've got a note on my phone. It's fine, it's just tight.", AF, FOLL, 0, "neutral"),
    P(PRI, "We sorted it in the end by splitting it four ways even though only Josh really owes it. Which is not what the law says, I don't think, but it's what friends do. And we're moving out in June, and I'm already dreading telling them.", MV, FOLL, 0, "neutral"),
    P(MAU, "Mine's done now. I just have to tell them if anything changes, and the thing that will change is Ray going into a home, or dying. And then I'll be on my own and I'll have to ring them and start all over again with a different form.", AF, FOLL, -1, "pain"),
    M(ROSIE, "Thank you for being so honest, Maureen. Last thing. If you could change one thing about council tax here, what would it be? Tom, can you note these down?"),
    M(TOM, "Yes."),
    P(KER, "Tell people when they move in. A leaflet with the keys. You get one for the bins.", MV, FIND, 0, "suggestion"),
    P(JOR, "Don't take the right to instalments off someone for paying two days late. Ring them first.", RM, USE, -1, "suggestion"),
    P(DEAN, "Let self-employed people give you an estimate and sort it out at the end of the year, like the tax man does. Stop sending five bills.", CS, USE, 0, "suggestion"),
    P(PRI, "Write to students before it happens. The uni knows when someone graduates. You could just tell the house.", DX, FIND, 0, "suggestion"),
    P(MAU, "Change the name of it. Severe mental impairment. Call it something people can say out loud.", DX, FIND, 0, "suggestion"),
    P(ALAN, "Explain the band on the bill, who decides it and who you argue with. And keep doing the captions. This is the first meeting in years I've followed every word.", AP, DEC, 1, "praise"),
    M(ROSIE, "Thank you, Alan, and thank you all. That's brilliant. We'll stop the recording there and there's vouchers with Tom on the way out."),
    B(KER, "Thanks, this was good actually.", 1, "praise"),
]


# ---------------------------------------------------------------------------
# Session 2: focus-group-2.docx. In person, Coldbrook Community Centre, Thursday
# 13 November 2025, 10:30. Recorded on a dictaphone; Rosie Marchant typed it into the
# team's Word template for line-by-line coding: a table 'Line | Speaker | Transcript |
# Initial codes', one row per sentence, the speaker cell merged down over the rows of a
# turn, the header row repeated on each page. The guide starts with the latest letter
# each person had and goes back: the letter now, arrears and enforcement, how it
# started, moving, the first bill, discounts, reduction, contact, what would help.
# ---------------------------------------------------------------------------
FG2 = [
    M(TA, "Right, we're recording. Thanks for coming, everyone, and thanks to the centre for the room. I'm Tom, this is Rosie who'll be scribbling. We're from the council but not from council tax, we're trying to understand what it's like from your side. I want to start somewhere a bit odd. Think of the last letter you got about council tax. What was it, and what did you think when you opened it? First name too, please."),
    P(SHA, "Shanice. Last letter was from the bailiffs, well, the enforcement company, the one the council uses. Notice of enforcement. It was on the mat when I got in from work and I just sat on the stairs.", EN, USE, -1, "pain"),
    P(MAR, "Marek. Mine is not a letter, it's my payslip. On my payslip there is a line, CTAX AEO, and it's a hundred and ten pounds. I didn't know what it was. I asked in the office at work and the lady said it's an attachment, the council takes it from your wages.", EN, USE, -1, "pain"),
    B(SHA, "Oh my God, from your wages?"),
    P(MAR, "From my wages. Nobody asked me. My manager knows now. That was the worst bit, that my manager knows.", EN, USE, -1, "pain"),
    P(OLL, "Ollie. Mine was a bill for nine hundred and forty quid for a house I'd already moved out of. Well, not moved out of. I left my course in February and I was still in the house till the tenancy ended, and apparently when you stop being a student you start paying. Nobody told me that.", DX, DEC, -1, "pain"),
    P(LOR, "Lorraine, I'm a cleaner, self-employed. My last letter said I'd been overpaid council tax support and now I owe them three hundred and twelve pound. Because I had a good summer. A good summer! I worked, that's my crime.", CS, DEC, -1, "pain"),
    B(PAT, "(laughs) Your crime."),
    P(PAT, "Pat. Mine was a nice letter, for once. It said my mum's disregard had been applied and my bill was going down. I actually kept it. It's on the fridge.", DX, DEC, 1, "praise"),
    P(GRA, "Graham. My last one was a refund letter. I moved to Bridgeford in May, out of Harrowfield, and I'd paid the whole year up front because I always do. They owed me about six hundred. The letter came in October.", MV, FOLL, -1, "pain"),
    M(TA, "So a real mix. Shanice, Marek, can we stay with enforcement for a minute? How did it get there?"),
    P(SHA, "I changed jobs in January, the new one pays monthly instead of weekly, and the first month I had a gap. I missed February. Then the reminder came, and I was going to pay, I was, but then the boiler went.", MW, NEED, -1, "pain"),
    P(SHA, "So then it was the final notice, and then the court letter, the summons, and I didn't open that one for a week, I'll be honest. I knew what it was. You know what it is from the envelope.", RM, USE, -1, "pain"),
    M(TA, "What did the summons say?"),
    P(SHA, "That I had to go to the magistrates, on a date, and that they'd added costs, and that if I paid everything before the date I wouldn't have to go. Everything. If I had everything I wouldn't be getting a summons, would I?", RM, USE, -1, "pain"),
    B(LOR, "Exactly."),
    P(MAR, "I never got a summons. Or I did, but at the old address. I moved in March from Coldbrook to the flat on Mill Lane and I told the council, I did it online, I have the email. But the summons went to Coldbrook.", RM, USE, -1, "pain"),
    M(RMN, "Sorry, Marek, just so I've got it right, you told them about the move before the summons was sent?"),
    P(MAR, "Before. I have the email, March the fourteenth. I can show you.", CT, PROC, -1, "pain"),
    M(TA, "Thanks. And the attachment of earnings, did anyone explain it before it started?"),
    P(MAR, "There was a letter to my employer, not to me. Or maybe to me at the old address again, I don't know. I found out from the payslip. When I rang they said the liability order was in May and I had the chance to pay and I didn't. What chance? I didn't know.", EN, USE, -1, "pain"),
    P(SHA, "The enforcement man was alright, actually. That's the weird thing. He was polite, he said, love, I'm not taking your telly, let's just get you on a plan. But the plan had his fees on. Three hundred and something on top of what I owed.", EN, USE, 0, "neutral"),
    M(TA, "Let's go right back now. Before any of this, when you moved in, or when things changed. What did you know about council tax?"),
    P(GRA, "I knew it all, or I thought I did. I've paid it thirty years. What I didn't know is that moving out is harder than moving in. You have to tell them the date, and they want the forwarding address and the name of the landlord and the name of the new council, and then they do a final bill, and the final bill was wrong.", MV, APPLY, -1, "pain"),
    P(OLL, "I didn't know anything. You're a student, you're exempt, the letting agent says that on day one. Nobody at the uni said, if you leave, tell the council. The uni knew I'd left. The council didn't.", DX, FIND, -1, "pain"),
    P(LOR, "When I moved in with my partner, years ago now, I didn't know about the reduction at all. A lady at church told me. Council tax support, she said, you'd get it, with your hours. I'd been paying full for two years.", CS, FIND, -1, "pain"),
    P(PAT, "I did loads of research, because of Mum. When she moved in with me I read everything. The website's got a page for people caring for someone and it's actually not bad. It told me I might get a discount for her and a discount for me as the carer. I rang to check and they said yes, both, probably.", DX, FIND, 1, "praise"),
    M(TA, "Pat, that's interesting, you found it quite clear. What did you have to do to get it?"),
    P(PAT, "A form for her, the dementia one, with a bit for the GP, and a form for me, the carer one, which needs her to be getting a certain benefit. The GP charged twenty-five pound for signing it. Twenty-five pound to say what he already knows.", DX, APPLY, -1, "pain"),
    B(SHA, "Twenty-five pound?"),
    P(PAT, "For a signature. And then the council sent it back because I'd used blue pen on one bit and they wanted black. I'm not even joking.", DX, PROC, -1, "pain"),
    M(TA, "Graham, you said the final bill was wrong. What happened?"),
    P(GRA, "They billed me to the end of the month when I'd given them the date, the twenty-second. And the new people had moved in on the twenty-third. So there was a week where two of us were paying for the same house. I rang, they said send the tenancy agreement. I sent it. Then nothing, till October.", MV, PROC, -1, "pain"),
    P(GRA, "And when the refund came it was right. To the penny. So they got there. But four months for my own money.", MV, FOLL, 0, "neutral"),
    M(TA, "Let's talk about the first bill in your own name. What was it like?"),
    P(OLL, "Mine came after I'd already gone home to my mum's. It went to the house and one of the lads sent me a photo of it on WhatsApp. That's how I got my first council tax bill, a photo of it on the kitchen table with a ring from a mug on it.", BL, DEC, -1, "pain"),
    B(GRA, "(laughs) Welcome to adulthood."),
    P(OLL, "Yeah, cheers. And it was for the whole rest of the year, but I'd left in February and the tenancy ended in June, so I was like, which bit is mine? Turns out February to June. But the bill didn't say that, it just said a number.", BL, DEC, -1, "pain"),
    P(SHA, "The first bill I ever had, I didn't understand the instalments. It says ten instalments, first of each month, and then a different amount for the first one. I thought I'd paid too much. I rang to complain and the lady explained it's rounding. It was fine. She was nice.", BL, DEC, 0, "neutral"),
    P(LOR, "I pay mine in cash at the post office with the barcode on the bill. I don't trust direct debits, not with my income going up and down. At least with the barcode I know what's gone.", BL, USE, 0, "neutral"),
    M(TA, "Lorraine, tell us about the support, the reduction. How did applying go?"),
    P(LOR, "Applying was online and it took me two evenings. It asks for your income and I'm a cleaner, it's six houses one week, nine the next, the odd deep clean. So I put an average. And they said they can't use an average, they need actual figures for the last thirteen weeks.", CS, APPLY, -1, "pain"),
    P(LOR, "So I sent my book. I keep a book, every house, every payment. I took photos of all the pages. They accepted it in the end. Six weeks.", CS, PROC, 0, "neutral"),
    P(MAR, "Can I ask, the support, is it also for people who work full time? Because I work full time, forty hours.", CS, FIND, 0, "question"),
    M(TA, "It can be, depending on income and household, but I'm honestly not the right person to say whether you'd get it. There's a calculator on the website and Northmere can check it with you. Lorraine, you said you've now been overpaid?"),
    P(LOR, "So in the summer I had loads of work, holiday lets, the changeovers. I told them, because you have to tell them. And they recalculated it back to June and said I'd had too much, and sent a bill for the difference, three hundred and twelve. Then in October it's quiet again and I tell them again and it goes back up. I'm a yo-yo.", CS, USE, -1, "pain"),
    B(PAT, "A yo-yo, bless you."),
    P(LOR, "And every change is a new bill with new instalments. I have a drawer. It's called the council drawer.", CS, USE, -1, "pain"),
    M(TA, "Has anyone ever questioned their band, or how much the bill is in the first place?"),
    P(PAT, "I looked it up once, because my house is band D and next door's a C and they've got the extension. But the website said if you challenge it they can put you up as well as down. So I left it. I wasn't risking band E.", AP, FIND, -1, "pain"),
    B(LOR, "(laughs) Band E."),
    P(GRA, "I challenged mine years ago at the old place. The Valuation Office wrote back in three weeks and said no. Polite, quick, no. I didn't know there was anything after that.", AP, DEC, 0, "neutral"),
    P(OLL, "I didn't even know houses had bands. I thought the council just picked a number.", AP, FIND, 0, "neutral"),
    M(TA, "And how does council tax sit with everything else you're paying?"),
    P(SHA, "It's the one that keeps me awake. Rent, gas, the kids' dinners, and then council tax on top like a second rent. And if you're behind with it, it's not like the catalogue, they can take you to court.", MW, USE, -1, "pain"),
    P(LOR, "I put the council tax money in a jam jar first, before anything. Then I know it's there. The rest can wait.", MW, USE, 0, "neutral"),
    P(MAR, "For me the worry is, I don't understand the letters. My English is okay, but the letters are another English. I use the translator on my phone and it says liability order and I still don't know.", CT, USE, -1, "pain"),
    B(SHA, "Nobody knows what it means, love."),
    P(MAR, "So I am scared of every brown envelope. Every one.", MW, USE, -1, "pain"),
    M(TA, "Let's talk about getting hold of someone. How was contacting the council?"),
    P(PAT, "Phone's okay if you ring at eight, the minute they open. After nine forget it.", CT, PROC, 0, "neutral"),
    P(SHA, "I went in. Into the Civic Offices. There's no desk any more, it's a phone on the wall and a screen. I stood there and rang the same number I could've rung from my kitchen.", CT, PROC, -1, "pain"),
    B(MAR, "The phone on the wall, yes, I did that too."),
    P(GRA, "Email's the best. They answer in about ten working days but they answer, and it's in writing, and you can forward it to the next person.", CT, PROC, 0, "neutral"),
    P(OLL, "I got a letter saying my account had been passed to the recovery team. I didn't know there was a recovery team. I thought it was one team. Why is it two teams?", CT, USE, 0, "question"),
    M(TA, "That's a good question and I'll take it back, I don't know the answer. Shanice, what happened after the enforcement agent?"),
    P(SHA, "I went to the Jobcentre for something else and my work coach said, have you heard of breathing space? She referred me to Northmere. They put me in breathing space, which is sixty days where nobody can chase you, and the enforcement stopped. Sixty days where I could breathe. That's why it's called that, I suppose.", AR, FOLL, 1, "praise"),
    P(MAR, "Breathing space. I didn't know this exists. Nobody told me.", AR, FIND, -1, "pain"),
    P(SHA, "Northmere did everything. They did a budget with me, they rang the council, they got the arrangement down to what I can actually afford. Fifteen pound a week. Not the sixty the bailiff wanted.", AF, FOLL, 1, "praise"),
    M(TA, "And Marek, where are you now?"),
    P(MAR, "The attachment is still on my wages. It finishes in February, they say. I asked if I could pay directly instead and they said no, once it's in place it stays. So I wait. Every month I see the line on the payslip.", EN, FOLL, -1, "pain"),
    P(OLL, "I paid mine in the end. My mum paid it, actually. Which I'm not proud of.", AF, FOLL, 0, "neutral"),
    P(PAT, "Mine's all good now, touch wood. But Mum's going into a care home in the new year, and then the disregard stops and I'll be a single person again, so another form. And I'm thinking of selling and moving nearer the home, so, another council.", MV, FOLL, 0, "neutral"),
    P(GRA, "My advice for anyone moving, photograph the meter, photograph the tenancy, email the council the same day, and keep the email. I learnt that the expensive way.", MV, FOLL, 0, "suggestion"),
    M(TA, "Last question. If you could say one thing to the people who run council tax, what would it be?"),
    P(SHA, "Pick up the phone before you send the court letter. One phone call. I would've paid.", RM, USE, -1, "suggestion"),
    P(MAR, "When somebody tells you they moved, believe them. Send the letters to the new address.", CT, PROC, -1, "suggestion"),
    P(OLL, "Talk to the uni. Or make the letting agents tell people. Something.", DX, FIND, 0, "suggestion"),
    P(LOR, "For self-employed, look at the whole year, not thirteen weeks. I'm not a yo-yo on purpose.", CS, USE, 0, "suggestion"),
    P(PAT, "Don't charge for the doctor's letter. Or take the diagnosis from the memory clinic, they already send letters to everybody.", DX, APPLY, 0, "suggestion"),
    P(GRA, "Refunds in the same time it takes you to send a reminder. Fourteen days. Fair's fair.", MV, FOLL, 0, "suggestion"),
    M(TA, "Fair's fair. Thank you all so much, that's exactly what we needed. Rosie's got the vouchers."),
    B(PAT, "Thank you, love. It's nice to be asked.", 1, "praise"),
    B(LOR, "Thanks, Tom."),
]


# ---------------------------------------------------------------------------
# Session 3: interview-1.md. Staff: the revenues team leader, Civic Offices, meeting
# room 4, Wednesday 19 November 2025, 14:00. Recorded on a dictaphone; Rosie Marchant
# typed it up in Markdown (Typora) as she types her notes: a heading, an italic note,
# a rule, 'Name: text' paragraphs, and her own remarks as Markdown footnotes ([^1] in
# the text, the definitions at the end under another rule).
# ---------------------------------------------------------------------------
INT1 = [
    M(RO, "Thanks for making time, Gareth. Could you start by saying what you do and how long you've done it?"),
    P(GAR, "Sure. I'm team leader for council tax in revenues. Nineteen years in revenues, started on the phones, so I've seen most of it. I look after billing and the recovery side, and I work closely with the benefits team who do the council tax reduction.", CT, NEED, 0, "neutral"),
    M(RO, "When somebody moves into the district, what should happen, and what actually happens?"),
    P(GAR, "What should happen is they tell us within twenty-one days, we set up the account, we bill them. What actually happens is about a third tell us, and we find the rest from letting agents, from the electoral register, from the water company sometimes. So a lot of people get their first bill backdated three or four months, and that's the first time they hear from us. It's not a great start.", MV, APPLY, -1, "pain"),
    M(RO, "Why do you think people don't tell you?"),
    P(GAR, "Most people genuinely think it transfers. Or they think the landlord does it. Some landlords do, to be fair. And the students think they're exempt full stop, which mostly they are, until they're not.", MV, FIND, 0, "neutral"),
    M(RO, "We heard about students in the groups. A house where one person graduates."),
    P(GAR, "That's the one. The house stops being exempt, the students are disregarded, the graduate gets billed with a twenty-five per cent discount, and legally the bill can be joint. It's correct, it's the law. Explaining it on a doorstep or over the phone to four twenty-year-olds is another thing.", DX, DEC, 0, "neutral"),
    M(RO, "What about single person discount? Someone told us she ticked the box and it wasn't applied."),
    P(GAR, "Could be a few things. On the moving-in form, the discount is a separate question and if it's answered but the household members section lists the kids with dates of birth, the system sometimes holds it for a check. Children don't count, so it should go through, but it gets put in a queue for a person to look at. And the queue is long.", DX, PROC, -1, "pain"),
    M(RO, "How long is the queue at the moment?"),
    P(GAR, "About six weeks for changes. It was eleven in the spring, after annual billing. We're getting there.", CT, PROC, -1, "pain"),
    M(RO, "Let's talk about the severe mental impairment disregard. One carer told us the name nearly stopped her applying."),
    P(GAR, "I hear that a lot. It's the legal wording, severe mental impairment, it's in the regulations, and we've used it on the form because that's what it's called. We could lead with dementia and other conditions and put the legal term underneath. I've actually suggested that. It's on a list.", DX, FIND, 0, "suggestion"),
    M(RO, "What holds those applications up?"),
    P(GAR, "The certificate from a doctor, mostly. Some GPs charge for it, some don't. Some take weeks. And the qualifying benefit, attendance allowance or whatever, people don't always know what they're on. If we could take the memory clinic's letter, that would speed it up, but at the moment the form says a registered medical practitioner has to confirm it.", DX, PROC, -1, "pain"),
    M(RO, "And the council tax reduction, the support scheme. Self-employed people told us it didn't keep up with their income."),
    P(GAR, "It's a weekly scheme built for people on wages. Self-employed income is the hardest thing we assess. We ask for thirteen weeks of figures or the last accounts, and neither fits someone whose work is seasonal. Every change means a recalculation and every recalculation means a new bill, by law. So yes, someone can get five bills in a year. I'm not proud of that.", CS, USE, -1, "pain"),
    M(RO, "Is there anything that could change that?"),
    P(GAR, "Some councils have moved to income bands for the reduction, so small changes don't move you. You only get a new bill if you jump a band. That's a scheme decision, it goes to members, and it's being looked at for April. I'd like it.", CS, USE, 0, "suggestion"),
    M(RO, "Let's move to recovery. What happens after a missed payment?"),
    P(GAR, "Reminder after about fourteen days. If they pay within seven days, they keep their instalments. Second reminder the same. Third time in a year, or if they don't pay, final notice, and the whole year's balance becomes due. Then the summons, with costs, then the liability order at the magistrates.", RM, USE, 0, "neutral"),
    M(RO, "People described losing the right to instalments as a real shock."),
    P(GAR, "It is a shock. It's in the regulations, we don't invent it, but how we use it is up to us. What I tell my team is, if someone rings, they get their instalments back, nine times out of ten. The problem is the people who don't ring. And the ones who don't ring are usually the ones in the most trouble.", RM, USE, 0, "neutral"),
    M(RO, "Someone said, pick up the phone before you send the court letter."),
    P(GAR, "We tried it. Two years ago we had a pilot where we rang everyone before the summons run. It worked, collection went up, summonses went down. Then we lost two posts and it stopped. I'd bring it back tomorrow.", RM, USE, 0, "suggestion"),
    M(RO, "What about the costs on the summons? People mentioned eighty-odd pounds."),
    P(GAR, "The costs are set to cover what it costs us and the court. The magistrates approve them. I know how it feels from the other side of the table, though. If you owe four hundred and you get eighty added for a letter, it feels like a fine.", RM, USE, 0, "neutral"),
    M(RO, "And then enforcement agents. How do you decide who goes to them?"),
    P(GAR, "After a liability order we have options. Attachment of earnings if we know the employer, deduction from benefits if they're on universal credit, or the enforcement agents. Agents are the last thing I'd want for someone vulnerable, and the account should be flagged if we know. The problem is we often don't know.", EN, USE, 0, "neutral"),
    M(RO, "One participant found out about an attachment of earnings from his payslip. The summons had gone to an old address, he said, although he'd told you he'd moved."),
    P(GAR, "If that's what happened, that's a failing and I'd want to look at it. The move should have been on the system before the summons was issued. Sometimes the change of address goes into the queue and the recovery run doesn't wait for the queue. That's a known gap.", CT, PROC, -1, "pain"),
    M(RO, "What about breathing space? How does that reach you?"),
    P(GAR, "We get a notification from the Insolvency Service and we have to stop everything, no letters, no agents, for sixty days. That works well, honestly, it's one of the clearer bits. The debt advisers at Northmere are very good at using it.", AR, PROC, 1, "praise"),
    M(RO, "And the hardship fund?"),
    P(GAR, "It's small. It's discretionary, it comes from the council's own money. It can pay off arrears or costs for someone who can't pay. Most of the applications come through advisers. People don't know it exists, and I'm not sure we advertise it as much as we should, because if everyone knew, it would run out in June.", AR, DEC, 0, "neutral"),
    M(RO, "Band challenges, the Valuation Office. How often do people come to you about their band?"),
    P(GAR, "Every week. And we have to say it's not us, it's the Valuation Office Agency, which is true but sounds like passing the buck. We send them to the right page. What we can't do is help them fill it in. Then if the VOA says no they can go to the valuation tribunal, which is independent again. Three organisations for one house.", AP, FIND, 0, "neutral"),
    M(RO, "What would you change first, if you could?"),
    P(GAR, "The letters. Honestly. Our templates are about fifteen years old. They're legally fine. They're written for a court, not for a person at a kitchen table. I'd put what you need to do in a box at the top, and a phone number that goes to someone who can actually help, not the switchboard.", CT, USE, 0, "suggestion"),
    M(RO, "Last one. What do you think works well?"),
    P(GAR, "The team. I know everyone says that. But I've got people who'll stay on the line after their shift finishes to get a pensioner's direct debit sorted. And the direct debit on the twelve instalments, that's been a quiet success. Fewer people fall behind in February and March when there's no payment.", BL, USE, 1, "praise"),
    M(RO, "Thanks, Gareth, that's really helpful."),
    B(GAR, "No problem. Send me the report, I want to see it."),
]


# ---------------------------------------------------------------------------
# Session 4: interview-2.csv. A money adviser at Northmere Money Advice, in the
# charity's back office, Thursday 20 November 2025, 14:00. Tom Adeyemi keeps the team's
# interview notes in a Notion database ('Utterances'): one page per turn, typed from
# the recording, with a Seq number, a Speaker select, a Session relation, Tags and the
# created time; exported with 'Export > Markdown & CSV' (the CSV part). Two long answers
# were typed as two pages.
# ---------------------------------------------------------------------------
INT2 = [
    M(TO, "Okay, that's recording. Could you tell me a bit about your job, Bev?"),
    P(BEV, "I'm a money adviser at Northmere, I've been here eight years. We do free debt advice, mostly priority debts, rent, energy, council tax. Council tax is the biggest single debt we see. Bigger than credit cards now.", AF, FOLL, 0, "neutral"),
    M(TO, "Why is council tax the biggest?"),
    P(BEV, "Because of how fast it escalates. Miss one payment, lose your instalments, the whole year's due, then a summons, then costs, then agents. With a credit card you can be behind for months before anything happens. With council tax it's weeks. People call it the fastest debt in the country.", RM, USE, -1, "pain"),
    M(TO, "When do people usually come to you?"),
    P(BEV, "Late. Usually when the enforcement agent's letter comes, or when they've already had a visit. Sometimes after the attachment of earnings starts and the employer knows. By then it's gone from a hundred and thirty quid to a thousand plus fees.", AF, FOLL, -1, "pain"),
    M(TO, "What stops them coming earlier?"),
    P(BEV, "Shame, mostly. And fear. The summons says magistrates court, people think they're being prosecuted. They don't open the letters. I've had clients bring me a carrier bag of unopened post. We open it together, that's the first appointment sometimes.", MW, USE, -1, "pain"),
    M(TO, "A carrier bag of post."),
    P(BEV, "Literally. And in the bag there's usually a council tax reduction form they never sent back, which is the saddest bit, because a lot of them would've been entitled all along.", CS, FIND, -1, "pain"),
    M(TO, "Tell me about the reduction scheme from your side."),
    P(BEV, "The scheme itself is decent compared with some districts. Harrowfield still gives the maximum to people on the lowest incomes, some councils don't. The problem is getting people on it and keeping them on it. Universal credit changes every month, so the reduction changes every month, so the bill changes every month. People stop reading the bills because they're always different.", CS, USE, 0, "neutral"),
    M(TO, "We heard that from self-employed people too. Five bills a year."),
    P(BEV, "Five is low. I've seen eleven. Each with new instalments, each cancelling the one before. And if you'd set up a standing order for the old amount, you're now underpaying, and that's a reminder, and you're on the ladder again.", CS, USE, -1, "pain"),
    M(TO, "What about the arrangements? When you ring the council on someone's behalf?"),
    P(BEV, "Generally good. The revenues team will usually agree an arrangement based on our budget, the standard financial statement. If I say this person has fifteen pounds a week, most officers accept it. Some push for more. It depends who you get.", AR, PROC, 0, "neutral"),
    M(TO, "And once it's with the enforcement agents?"),
    P(BEV, "Harder. Once it's with the agents the council's passed it over. I have to ask for it to be recalled, and sometimes they will, for vulnerability, and sometimes they won't. The fees are the killer. Seventy-five for the compliance stage, two hundred and thirty-five for the visit. The fees go first, before the council tax, so people pay and the debt doesn't seem to move.", EN, USE, -1, "pain"),
    M(TO, "Do you see people with, say, dementia, or carers, in enforcement?"),
    P(BEV, "Yes. That's the one that keeps me up. I had a man last year, his wife had Alzheimer's, and he'd never applied for the disregard. He didn't know. He was paying full council tax for the two of them, fell behind, agents came round. She was exempt the whole time. We got it backdated four years in the end and the council wrote off the costs.", DX, DEC, 0, "neutral"),
    P(BEV, "But he'd already had the visit. You can't backdate that.", EN, USE, -1, "pain"),
    M(TO, "How does breathing space work in practice?"),
    P(BEV, "It's been the biggest change in my job in ten years. I put someone in, sixty days, everything stops. The council can't chase, agents can't visit, interest and fees freeze. It gives us room to do the budget, apply for the reduction, apply for hardship, and set up something that actually works. Harrowfield respect it properly. I've had other councils send letters in the middle of one.", AR, PROC, 1, "praise"),
    M(TO, "And the hardship fund?"),
    P(BEV, "I apply for it for maybe one in five clients. It's a good fund. It's just that nobody knows about it. The form's only available if you ask for it. It should be on the back of every final notice.", AR, FIND, 0, "suggestion"),
    M(TO, "What do you think about the letters themselves?"),
    P(BEV, "They're written to protect the council in court, not to help the person reading them. The summons has the costs in bold and the bit about contacting us to make an arrangement in tiny print at the bottom. Turn it the other way round. Put the phone number and the word arrangement at the top in big letters.", CT, USE, 0, "suggestion"),
    M(TO, "Is there anything the council does that you'd want to keep?"),
    P(BEV, "The named contact. We've got a liaison officer in revenues, I've got her direct email, and if I email her she gets back the same day. That relationship is gold. If they ever cut that post I'd give up.", CT, PROC, 1, "praise"),
    M(TO, "And appeals? Do you get people disputing the band?"),
    P(BEV, "Not often, it's more homeowners and they don't tend to come to us. But I do get people disputing liability, like a student who left the course, or someone whose partner left and the bill's still joint. The council can review that, and if it says no you can go to the valuation tribunal. Most people have never heard of it. It sounds like it's about house prices.", AP, DEC, 0, "neutral"),
    M(TO, "What happens to people after they've been through it with you?"),
    P(BEV, "Some stay on top of it, honestly. We set up a direct debit for the current year first, so they stop the new debt, then the arrangement for the old. If they keep both going for a year, that's them out. The ones who come back are the ones whose income keeps moving, or who move house. Moving house is where it starts again.", AF, FOLL, 0, "neutral"),
    M(TO, "Why is moving house such a trigger?"),
    P(BEV, "New council, new account, old arrears following you from the last place. The old council still wants its arrangement, the new one wants its bill. Two councils, two sets of letters. And people think moving is a fresh start.", MV, FOLL, -1, "pain"),
    M(TO, "If you could change one thing?"),
    P(BEV, "A phone call before the summons. Every time. It costs less than a court run.", RM, USE, 0, "suggestion"),
    M(TO, "Thanks, Bev, that's great."),
    P(BEV, "Any time. And send people to us earlier. Please.", AF, FOLL, 0, "suggestion"),
]


# ---------------------------------------------------------------------------
# Session 5: interview-3.xlsx. A carer living with her father, who has dementia, at her
# home in Marston Vale, Monday 24 November 2025, 10:30. Recorded on Rosie's phone and
# typed into her Excel sheet: a title, a note, the header 'Time | Speaker | Transcript |
# Theme (1st pass)', and the turns grouped under a row per part of the guide (Data >
# Group): each part's title in a merged row, its turns one outline level below; part 3
# left collapsed (its rows hidden) when she saved it.
# ---------------------------------------------------------------------------
INT3 = [
    M(RO, "Thanks for having me, Janice. Can you tell me a bit about you and your dad?", part="Part 1 \u2013 About you and your household"),
    P(JAN, "So Dad's eighty-four. Mum died in 2019 and he was on his own in Coldbrook for a bit, and then he started leaving the gas on, and getting lost coming back from the paper shop. He was diagnosed with Alzheimer's in 2022 and I moved in here with him. Well, I moved him in here with me. It's my house.", MV, NEED, 0, "neutral"),
    M(RO, "So he came to live with you."),
    P(JAN, "Yes. And I'm divorced, my son's at uni, so it's just the two of us. I gave up work at the bank to look after him. So my income went from a salary to carer's allowance, which is, well, you know what it is.", MW, NEED, -1, "pain"),
    M(RO, "When he moved in, did you think about council tax at all?"),
    P(JAN, "No. Not for a second. Council tax was just a direct debit that went out on the first. I had the single person discount because I'd been on my own since the divorce, and when Dad moved in I didn't think, oh, that changes.", DX, NEED, 0, "neutral"),
    M(RO, "How did you find out it did?", part="Part 2 \u2013 Finding out and applying"),
    P(JAN, "The council found out, not me. Dad's GP changed his address, and the electoral register, and then a letter came saying we understand another adult is now living at the property, your single person discount has been removed. And a new bill, backdated to when he moved. Two hundred and something extra.", DX, DEC, -1, "pain"),
    P(JAN, "And I remember standing in the hall thinking, but he doesn't count, surely. He's got dementia. I didn't know anything, I just had a feeling.", DX, FIND, 0, "neutral"),
    M(RO, "Where did you go to check?"),
    P(JAN, "I rang the Alzheimer's Society helpline, actually, because I was ringing them about something else. And the lady said there's a disregard, severe mental impairment, and if he qualifies he's not counted, so I'd get my single person discount back. And possibly a carer's disregard for me as well, but that one's only if you're not his partner or his child under eighteen or whatever. She said check the council website.", DX, FIND, 1, "praise"),
    M(RO, "And the website?"),
    P(JAN, "The website had the form, which was good. But it's a PDF you have to print. I don't have a printer. I went to the library to print it. The library was lovely, they didn't charge me.", DX, APPLY, -1, "pain"),
    P(JAN, "The form itself wasn't bad. Dad's details, what benefit he's on, and a section for the doctor. That's where it got stuck.", DX, APPLY, 0, "neutral"),
    M(RO, "What happened with the doctor's section?"),
    P(JAN, "The surgery said they don't do forms, you have to make an appointment with the GP. The first appointment was three weeks. Then the GP signed it in about thirty seconds. No charge, to be fair, some of my friends have been charged.", DX, APPLY, 0, "neutral"),
    M(RO, "And the benefit part? Was he already on something?"),
    P(JAN, "No, and that was the other thing. He had to be on attendance allowance for it to count. So I had to apply for that first, which is a forty-page form from the DWP. That took four months on its own. So council tax was waiting for the DWP, and I couldn't send one without the other.", DX, PROC, -1, "pain"),
    M(RO, "So two waits, one after the other.", part="Part 3 \u2013 Waiting and the decision"),
    P(JAN, "Two waits. And in the meantime I was paying the full bill, because there's no discount while you wait. I rang to ask whether I could pay less while it was being looked at and they said no, keep paying and it'll be refunded if it's awarded.", DX, PROC, -1, "pain"),
    M(RO, "How did you manage, money-wise?"),
    P(JAN, "I used my savings. I had a bit from the bank. I know some people don't have that. If I hadn't, I'd have been behind, and then God knows.", MW, PROC, -1, "pain"),
    M(RO, "And when you'd sent everything in?"),
    P(JAN, "Five weeks. And then a letter saying the disregard was awarded from the date Dad was diagnosed, and my single person discount was back, and there was a credit on my account of six hundred and forty pounds. I cried, actually. Not because of the money. Because somebody had said yes to something.", DX, DEC, 1, "praise"),
    M(RO, "That's quite something."),
    P(JAN, "It was. But then the letter also said the credit would be taken off future instalments unless I asked for a refund. So I rang and asked for a refund, because I'd used my savings. That took another three weeks, but it came.", BL, DEC, 0, "neutral"),
    M(RO, "Was the letter easy to understand?"),
    P(JAN, "The decision part was fine. Disregard awarded, one sentence. The bill that came with it was harder, there were three periods on it, with three different amounts, because of the backdating. I had to get my son to look at it over FaceTime.", CT, DEC, -1, "pain"),
    M(RO, "Did you ever look at council tax support, the reduction?"),
    P(JAN, "I did the calculator on the website. I'm not entitled because of the savings. Well, there's less savings now. I should probably do it again.", CS, FIND, 0, "neutral"),
    M(RO, "And day to day now, how is paying it?", part="Part 4 \u2013 Living with it and what comes next"),
    P(JAN, "Fine. Direct debit, twelve months. It's one thing I don't have to think about, which, with Dad, is worth a lot.", BL, USE, 1, "praise"),
    M(RO, "What are you thinking about for the future?"),
    P(JAN, "Dad's getting worse. At some point he'll go into a home. And then he's not living here, so the disregard doesn't matter, I'd just be a single person again. But his house in Coldbrook, we rented it out, and if the tenants leave, that's an empty house, and I don't know who pays that. I'm his attorney, so probably me.", MV, FOLL, 0, "question"),
    M(RO, "That's a good question, I'll make sure it goes back to the team."),
    P(JAN, "Thank you. I'd rather know now than get a letter.", CT, FOLL, 0, "neutral"),
    M(RO, "If you could tell the council one thing?"),
    P(JAN, "When the GP changes someone's address to a carer's house, and they've got a dementia diagnosis on record, just write and say, you might be entitled to this. Don't take the discount off and wait for me to find out. You had the information before I did.", DX, DEC, -1, "suggestion"),
    M(RO, "Thank you so much, Janice."),
    B(JAN, "Thank you. It's been nice to talk about it, actually.", 1, "praise"),
]


# ---------------------------------------------------------------------------
# Session 6: interview-4.docx. A self-employed window cleaner who could not fit a call
# around his rounds and offered to answer by email. Two rounds: questions sent Monday
# 17 November 2025, answers Saturday 22; follow-up questions Monday 24, answers Thursday
# 27. He answered in Outlook inline, in red, under each question ("answers below in
# red"); Rosie pasted both replies into Word, oldest first, to keep with the others.
# No speaker labels: questions black, answers red, the e-mail headers and signatures as
# Outlook puts them.
# ---------------------------------------------------------------------------
SIG = "Rosie Marchant (she/her) \u2013 Customer Insight Officer \u2013 Harrowfield District Council \u2013 Civic Offices, Station Road, Harrowfield \u2013 01632 960 412"
INT4 = [
    B(UNK, "Hi Rosie, answers below in red. Sorry it's taken a week, Saturday's the only day I get near the laptop. Hope it's what you need. Dan",
      reply=("From: Dan Whitfield <dan@whitfieldwindows.co.uk>", "Sent: 22 November 2025 19:41", "To: Rosie Marchant <rosie.marchant@harrowfield.gov.uk>", "Subject: RE: Council tax research \u2013 questions by email")),
    M(Q, "Hi Dan, thanks so much for offering to do this by email. Answer as much or as little as you like, in your own words, there are no right answers. Nothing you say goes on your council tax account. 1. To start, could you tell me a bit about yourself and your work?",
      quoted=("From: Rosie Marchant <rosie.marchant@harrowfield.gov.uk>", "Sent: 17 November 2025 10:05", "To: Dan Whitfield <dan@whitfieldwindows.co.uk>", "Subject: Council tax research \u2013 questions by email")),
    P(UNK, "I'm 38, I've got my own window cleaning round, about 400 houses across Harrowfield and the villages, plus some shop fronts. Self employed 11 years. I rent a house in Coldbrook with my partner and her little girl. Work's good in spring and summer and dead in January, and if it rains for a fortnight I don't earn.", CS, NEED, 0, "neutral"),
    M(Q, "2. When did you first have to deal with council tax reduction (council tax support), and how did you hear about it?"),
    P(UNK, "Two winters ago. Had a bad January, van failed its MOT, and my partner had just gone part time. A mate on another round said he gets council tax knocked down in the winter. I didn't believe him. Looked it up on the council site and there was a calculator and it said I'd probably get something.", CS, FIND, 0, "neutral"),
    M(Q, "3. What was the application like?"),
    P(UNK, "Long. The online form is fine for someone with a payslip. For self employed it wants your profit for the last year, or your last 13 weeks, and a page about your business, and then upload your accounts. My accounts are done by an accountant once a year and they're for the year to April, so by the time I applied in January they were nine months out of date and showed the summer.", CS, APPLY, -1, "pain"),
    M(Q, "4. What happened after you sent it in?"),
    P(UNK, "A letter six weeks later asking for bank statements for 3 months and a breakdown of income and expenses for the same 3 months. Which I sent. Then another letter asking for receipts for the van costs. By the time they'd decided it was March and I was busy again.", CS, PROC, -1, "pain"),
    M(Q, "5. What did the decision letter say, and did it make sense to you?"),
    P(UNK, "It said I'd get a reduction of about \u00a314 a week. Fine. But there was a figure for my assumed income that I still don't understand. It's higher than what I actually earned in those 13 weeks. I think they used the yearly accounts and divided by 52. So the worst part of the year got judged on the best part.", CS, DEC, -1, "pain"),
    M(Q, "6. You mentioned on the phone that the reduction changes a lot. What happens when your income changes?"),
    P(UNK, "You're supposed to tell them within 21 days. So in April I told them I was busy again, and they stopped it, and a new bill came. Then I had a quiet August because of the rain and I told them, and they started it again, another new bill. Each bill has a new set of instalments. Last year I had four bills. My partner calls them the council tax subscriptions.", CS, USE, -1, "pain"),
    M(Q, "7. Have you ever fallen behind with the payments?"),
    P(UNK, "Once. After one of the new bills the direct debit went out at the old amount because the new instalments hadn't caught up, or that's what they told me, and then it went out at the new amount plus the difference. Then the next month I cancelled the DD by mistake when I changed banks. Got a reminder. Paid it the same day online. Never got past a reminder, touch wood.", BL, USE, 0, "neutral"),
    M(Q, "8. How have you found getting in touch with the council about it?"),
    P(UNK, "I don't ring, I can't, I'm up a ladder all day and they shut at 5. Email works. They take about a week to answer but the answers have been decent. One woman, Sue I think, explained the whole self employed thing in about four lines, better than the leaflet.", CT, PROC, 1, "praise"),
    M(Q, "9. If you could change one thing about how the council handles this, what would it be?"),
    P(UNK, "Let me do it once a year like the tax return. Give me an estimate at the start, and sort it out at the end when the accounts are done. Either I owe them or they owe me. Stop the bills every time the weather changes.", CS, USE, 0, "suggestion"),
    M(Q, "That's everything \u2013 thank you again, Dan. I may send a couple of follow-up questions if that's OK.", sig=True),
    B(UNK, "Hi Rosie, no problem, here you go, in red again. Good luck with the report. Dan",
      reply=("From: Dan Whitfield <dan@whitfieldwindows.co.uk>", "Sent: 27 November 2025 21:12", "To: Rosie Marchant <rosie.marchant@harrowfield.gov.uk>", "Subject: RE: Council tax research \u2013 a few follow-ups")),
    M(Q, "Hi Dan, thanks so much for your answers, they're really useful. A few follow-ups, if you don't mind. 1. You said the assumed income was higher than what you earned. Did you ask anyone to look at it again?",
      quoted=("From: Rosie Marchant <rosie.marchant@harrowfield.gov.uk>", "Sent: 24 November 2025 09:30", "To: Dan Whitfield <dan@whitfieldwindows.co.uk>", "Subject: Council tax research \u2013 a few follow-ups")),
    P(UNK, "No. I didn't know you could. The letter says if you disagree you can ask for a reconsideration within one month, I found that afterwards, it's on page 3 in small writing. By then it was two months.", CS, DEC, -1, "pain"),
    M(Q, "2. Did anybody ever mention the hardship fund or any other help?"),
    P(UNK, "Never heard of it. What is it? Is it only for people on benefits?", AR, FIND, 0, "question"),
    M(Q, "3. You moved to Coldbrook. How did telling the council about the move go?"),
    P(UNK, "Easy, actually. Online form, five minutes, and the new bill came within two weeks. The old address got a final bill with a small credit and they put the credit onto the new account without me asking. Credit where it's due, that was smooth.", MV, APPLY, 1, "praise"),
    M(Q, "4. How does council tax fit in with your other bills and the business?"),
    P(UNK, "It's the one that frightens me most, to be honest. Everything else you can ring and say I'm short this month. Council tax you read about people going to court for it. So I pay it first, before the van, before anything.", MW, USE, -1, "pain"),
    M(Q, "5. Do you know what would happen if you did miss payments?"),
    P(UNK, "Reminder, then court, then bailiffs, roughly. A lad I know had them take his van. Or try to. So I'd rather not find out.", RM, USE, -1, "pain"),
    M(Q, "6. Is there anything about the bills themselves you'd change?"),
    P(UNK, "Put the reason for the new bill at the top. Every one of mine just says this bill replaces any previous bill. Replaces it why? Tell me my reduction changed because I told you my income went up in April.", BL, DEC, 0, "suggestion"),
    M(Q, "7. How are things at the moment?"),
    P(UNK, "OK. November is slow but I've got the Christmas shop fronts. I've put the reduction form in again for the winter. I keep a folder now, every letter, in order. My partner's idea.", AF, FOLL, 0, "neutral"),
    M(Q, "8. And finally, would you have preferred to do this as a call or in person?"),
    B(UNK, "No, email suits me. I can answer when the little one's in bed. Thanks for asking me."),
    M(Q, "Thank you, Dan \u2013 that's all really helpful. I'll send the summary when it's written up.", sig=True),
]


# ---------------------------------------------------------------------------
# Session 7: interview-5.txt. A student in a shared house, Tuesday 25 November 2025,
# 18:30, on Zoom. Ella asked to do it in the chat rather than talk (she finds typing
# easier); cameras on, microphones off. Rosie saved the chat from Zoom's chat panel
# (Save chat): one line 'hh:mm:ss From Name to Everyone:' per message, the message on
# the next line(s) indented by a tab; a few emoji reactions as Zoom writes them.
# Chat style: short messages, lower case, several messages for one answer.
# ---------------------------------------------------------------------------
INT5 = [
    M(RMZ, "Hi Ella! Thanks for doing this. Can you see the chat ok? Just type whenever you're ready, there's no rush at all."),
    B(ELLA, "hi! yes I can see it. thanks for letting me do it like this, talking on calls makes my brain go blank"),
    M(RMZ, "No problem at all, this works for us too. Could you start by telling me a bit about you and your house?", react="👍"),
    P(ELLA, "I'm 20, second year at Vale University, doing biomedical science. I live in a house on Hartley Road with three other girls. It's a student let through an agent. We all moved in last September.", DX, NEED, 0, "neutral"),
    M(RMZ, "And what happened with council tax?"),
    P(ELLA, "So in first year we did nothing because we thought students don't pay. Which was true! The agent sent the council a list of us and we never heard anything. Then in January Maddie left her course. She had a really bad time with her mental health and she went home for a bit and then officially withdrew.", DX, NEED, 0, "neutral"),
    P(ELLA, "But she kept her room because the tenancy runs till July and she was coming back some weekends. Anyway in March a letter came addressed to the occupier with a bill for the whole house.", DX, DEC, -1, "pain"),
    M(RMZ, "How did you all react to that?"),
    P(ELLA, "honestly we panicked. it was £900 something and it had our address in big letters and it said the property is no longer exempt. we thought we'd done something illegal lol", MW, DEC, -1, "pain"),
    M(RMZ, "Did you know why it had changed?"),
    P(ELLA, "No. We had to work it out. I googled student council tax and found the uni page and the council page and they kind of explained it. If everyone's a student the house is exempt, if one person isn't a student it's not exempt any more but the students don't count, so Maddie counted as living alone and got 25% off.", DX, FIND, 0, "neutral"),
    P(ELLA, "It took me like two hours to understand that and I'm doing a science degree", DX, FIND, -1, "pain"),
    M(RMZ, "Ha, that's fair. Did anyone from the uni or the council help?", react="😂"),
    P(ELLA, "the uni's student support was good actually. they have a money adviser and she explained it all properly and said the bill should really be in Maddie's name not the occupiers. she helped us write an email to the council", AF, FIND, 1, "praise"),
    M(RMZ, "What did you say in the email?"),
    P(ELLA, "We sent our student certificates, you download them from the student portal, it took 2 minutes each. And we said Maddie isn't a student any more but the rest of us are, please can you put the bill in her name with the discount.", DX, APPLY, 0, "neutral"),
    M(RMZ, "And did they reply?"),
    P(ELLA, "after like 5 weeks lol. In the meantime we got a reminder because nobody had paid the first instalment because we were waiting. Addressed to the occupiers again. That was scary.", RM, USE, -1, "pain"),
    P(ELLA, "Maddie was in a really bad place and the reminder made her feel like it was all her fault. She wasn't even there. I was the one opening the post and texting her photos of it.", MW, USE, -1, "pain"),
    M(RMZ, "That sounds really hard for all of you."),
    B(ELLA, "yeah it was a lot"),
    M(RMZ, "What was the answer from the council in the end?"),
    P(ELLA, "They changed it to Maddie's name with the 25% discount from the date she withdrew. And they said the reminder could be ignored. Which would have been nice to know 5 weeks earlier.", DX, DEC, 0, "neutral"),
    P(ELLA, "The new bill was clear to be fair. It had her name and the dates and the discount written on it.", BL, DEC, 1, "praise"),
    M(RMZ, "Did Maddie apply for anything else, like council tax support?", react="❤️"),
    P(ELLA, "The uni adviser said she might get council tax reduction because she had no income at all once she'd withdrawn. But she had to do the form herself and she just couldn't face it at that point. Her mum did it in the end.", CS, APPLY, 0, "neutral"),
    M(RMZ, "Do you know how that went?"),
    P(ELLA, "She got it. Her mum said it was all online and asked loads of questions about income and savings and who lives there, and it was confusing because we live there but we don't count? So she had to ring them about that bit.", CS, APPLY, 0, "neutral"),
    P(ELLA, "After that her bill was basically nothing, like £4 a week.", CS, DEC, 1, "praise"),
    M(RMZ, "How did you find contacting the council, compared to the uni?"),
    P(ELLA, "I'd never ring, I just wouldn't. Email was fine but slow. There's no chat or anything on the website. If there'd been a chat like this I would have asked on day one.", CT, PROC, 0, "suggestion"),
    M(RMZ, "That's really useful to hear. Looking ahead, what happens next year?"),
    P(ELLA, "We're moving to a new house in Vale Park in July. Two of us are staying together. I've already made a note to email the council and send our certificates before we move in.", MV, FOLL, 0, "neutral"),
    P(ELLA, "I'm kind of the council tax person now lol. I made a group chat called council tax hell.", AF, FOLL, 0, "neutral"),
    M(RMZ, "Ha. If you could tell the council one thing, what would it be?", react="😂"),
    P(ELLA, "Write to the student, not the occupiers. And say clearly on the letter that if you're a student you don't have to pay this bit. We thought we were all going to court.", CT, DEC, -1, "suggestion"),
    M(RMZ, "Thank you so much Ella, this has been really helpful."),
    B(ELLA, "thank you! this was actually fine, way better than a call", 1, "praise"),
]


# ---------------------------------------------------------------------------
# Session 8: interview-6.xlsx. A single father, at the Northmere Money Advice office
# (a room lent for the afternoon), Wednesday 26 November 2025, 15:00. Tom Adeyemi typed
# it into Excel from the recorder: no speaker column, each turn a row, his own rows
# filled blue and Shaun's yellow, a legend in row 2 saying so. Two of Shaun's long
# answers run over two rows of the same colour. The story starts with the bailiffs
# and goes back.
# ---------------------------------------------------------------------------
INT6 = [
    M(TO, "Right, that's on. Thanks for coming in, Shaun. Where would you like to start?"),
    P(SHAUN, "Might as well start with the worst bit. The bailiffs. Enforcement agents, they call themselves. Knock at the door on a Saturday morning, my lad's eight, he's in his pyjamas watching cartoons, and there's a bloke with a body camera asking for Shaun Morley.", EN, USE, -1, "pain"),
    M(TO, "What happened then?"),
    P(SHAUN, "He said I owed eleven hundred and forty pounds including his fees and if I didn't pay or set up a plan he'd take goods. I said, what goods, look around you. He looked at the car. It's a 2011 Corsa, it's not worth the petrol.", EN, USE, -1, "pain"),
    P(SHAUN, "In the end I agreed a plan on the doorstep, sixty quid a week. I didn't have sixty quid a week. I'd have said anything to get him away from the door with my son stood there.", EN, USE, -1, "pain", rows=2),
    M(TO, "Let's go back a bit. How did it get to that point?"),
    P(SHAUN, "My ex and me split in 2023. She moved out of the flat, I stayed with my lad. The bill was in both our names. I didn't know I had to tell the council she'd gone, I thought she'd do it, she thought I would. So nobody did.", MV, NEED, -1, "pain"),
    M(TO, "So the bill stayed in both names."),
    P(SHAUN, "Stayed joint, no discount. And I'd lost her wage. I'm a delivery driver, agency, so some weeks forty hours, some weeks twelve. I paid what I could. Which wasn't what the bill said.", MW, NEED, -1, "pain"),
    M(TO, "Did you know about the single person discount then?"),
    P(SHAUN, "I'd heard of it. Didn't think it was for me because I've got my son. I thought single means on your own. Turns out kids don't count. Nobody tells you that either.", DX, FIND, -1, "pain"),
    M(TO, "And the letters, when the payments were short?"),
    P(SHAUN, "Reminder first. Then another. Then a final notice. Then the summons. I've got them all now, Bev made me bring them in, they're in a plastic wallet in order. But at the time they went in a drawer. I couldn't look at them.", RM, USE, -1, "pain"),
    M(TO, "What did the summons mean to you at the time?"),
    P(SHAUN, "Court. I thought I'd get a criminal record. I thought they'd take my son off me. I know now that's not how it works but at the time, court, you think the worst.", RM, USE, -1, "pain"),
    M(TO, "Did you go to the hearing?"),
    P(SHAUN, "No. I didn't know you could just turn up and talk to someone. The liability order went through without me, with the costs. I found out it had happened from the bailiff letter.", RM, USE, -1, "pain"),
    M(TO, "And after the doorstep plan?"),
    P(SHAUN, "Paid two weeks then missed one, obviously, because I never had sixty. Then they said the plan was broken. Then a letter from my agency's payroll saying there'd be an attachment of earnings on my wages, from the council. So now it's coming out of my wages and the bailiffs still want their bit as well. Or that's how I understood it. I might be wrong.", EN, USE, -1, "pain"),
    M(TO, "How did you end up at Northmere?"),
    P(SHAUN, "My mate's wife works at the school and she saw I wasn't right, and she gave me the leaflet. I rang and got an appointment the same week. Bev. She's a legend.", AF, FOLL, 1, "praise"),
    M(TO, "She's been mentioned a lot in this research. What did she do?"),
    P(SHAUN, "First thing, she put me in breathing space. I'd never heard of it. Sixty days and everything stops. The bailiffs, the council, the lot. I slept properly that night for the first time in months.", AR, PROC, 1, "praise"),
    P(SHAUN, "Then she did a budget, every penny, and rang the council and told them what I could actually afford, which is twenty a week. And she did the single person discount form with me and backdated it to when my ex moved out, with her new tenancy as proof.", AR, PROC, 1, "praise", rows=2),
    M(TO, "How did the council respond?"),
    P(SHAUN, "Better than I expected. They backdated the discount, which knocked about four hundred off. They took it back from the bailiffs, recalled it, Bev says. And they put me on council tax reduction, because nobody had ever told me I could get that either, with my hours.", AR, DEC, 1, "praise"),
    M(TO, "What about the bailiff fees that had already been added?"),
    P(SHAUN, "Those stayed. Three hundred and ten quid in fees I'll never see again. Bev tried. That's the bit I'm still angry about.", EN, DEC, -1, "pain"),
    M(TO, "How is it now, day to day?"),
    P(SHAUN, "Direct debit for this year's bill, which with the reduction is about eleven quid a week. And twenty a week off the old stuff. It's manageable. I'm not going to lie, it's manageable.", AF, FOLL, 0, "neutral"),
    M(TO, "Do you feel differently about opening the post now?"),
    P(SHAUN, "A bit. I still get a jolt when I see the council logo on an envelope. My heart goes. But I open it now. That's Bev's rule. Open it the day it comes.", MW, FOLL, 0, "neutral"),
    M(TO, "Did you ever contact the council yourself, before Northmere?"),
    P(SHAUN, "Once. I rang, waited fifty minutes, got cut off. Didn't ring again. I know that sounds weak.", CT, PROC, -1, "pain"),
    M(TO, "It doesn't. What would have made a difference back then?"),
    P(SHAUN, "If someone had phoned me. Or knocked, someone from the council, not the bailiffs. Before the court. Just said, Shaun, what's going on, can we sort this. I'd have sorted it.", RM, USE, -1, "suggestion"),
    M(TO, "And anything for people in your situation now?"),
    P(SHAUN, "Tell the other one you've split up. Don't wait for them to do it. And go to Northmere before the bailiffs, not after.", AF, FOLL, 0, "suggestion"),
    M(TO, "Thanks, Shaun. I really appreciate it."),
    B(SHAUN, "No worries. If it helps someone else not get the Saturday morning knock.", 0, "neutral"),
]


# ---------------------------------------------------------------------------
# Codebook
# ---------------------------------------------------------------------------
CODEBOOK = [
    (MV, "Moving in, moving out and telling the council",
     "Moving into or out of the district or a home, a partner or relative moving in or out, and telling the council: the moving-in and moving-out forms, the date, forwarding addresses, final bills and refunds after moving, old arrears following a move, moving again in future; the belief that council tax transfers by itself. Discounts that change because someone moved belong to discounts_exemptions.",
     ["Nobody tells you it doesn't.", "moving out is harder than moving in", "Two councils, two sets of letters."]),
    (BL, "Bills and instalments",
     "The bill itself and paying it: the first bill, what it shows or does not show, backdated and replacement bills, instalment dates, ten or twelve instalments, direct debit, cash at the post office, credits and refunds on the account. A new bill caused by a change in council tax reduction belongs to council_tax_support.",
     ["I'm looking for the word discount and it's not there", "a quiet success", "Replaces it why?"]),
    (DX, "Discounts, exemptions and disregards",
     "Single person discount, student exemption and the status discount for a house that is no longer all students, student certificates, the severe mental impairment disregard and carers' disregards, the doctor's certificate and the qualifying benefit, backdating of discounts, and finding out that they exist (including what the name puts people off).",
     ["It felt like a horrible word for it.", "Nobody says, unless someone in your house isn't a student.", "Because somebody had said yes to something."]),
    (CS, "Council tax reduction (support)",
     "Applying for council tax reduction: finding out about it, the online form, income evidence for wages and self-employment, waiting, the award letter and the assumed income, recalculations and new bills when income changes, overpayments, reconsideration, and proposals such as income bands or a yearly assessment.",
     ["I've got a spreadsheet and a shoebox.", "I'm a yo-yo.", "My partner calls them the council tax subscriptions."]),
    (RM, "Reminders, final notices and court",
     "Recovery up to the liability order: reminders, losing the right to instalments, final notices, the summons and its costs, the magistrates' hearing and the liability order, what people think court means, and calls for contact before the summons.",
     ["From missing one payment of a hundred and thirty.", "People call it the fastest debt in the country.", "I didn't know you could just turn up and talk to someone."]),
    (EN, "Enforcement agents and attachments",
     "What follows a liability order: enforcement agents (bailiffs), their letters, visits and fees, plans agreed on the doorstep, attachment of earnings and deductions, employers finding out, and fear of a visit.",
     ["two hundred and thirty-five quid for knocking", "CTAX AEO", "You can't backdate that."]),
    (AR, "Arrangements, breathing space and hardship help",
     "Getting back on track with the council: payment arrangements and what is affordable, recalling a debt from the agents, the breathing space scheme, the discretionary hardship fund, and not knowing these exist.",
     ["Sixty days where I could breathe.", "I slept properly that night for the first time in months.", "It should be on the back of every final notice."]),
    (CT, "Contact, letters and staff",
     "Getting hold of the council and being kept informed: phone queues, the phone on the wall at the Civic Offices, email, the online account without a chat, forms that disappear, letters that all look alike or go to an old address, the wording of letters in general, separate teams, and staff who helped.",
     ["the form goes into a black hole", "That relationship is gold.", "it's a phone on the wall and a screen"]),
    (AP, "Bands and appeals",
     "Challenging the council tax band with the Valuation Office Agency, appeals to the valuation tribunal, disputes about liability, who decides what, and paying while an appeal is pending.",
     ["The council sends the bill but the band is the Valuation Office", "Three organisations for one house.", "It sounds like it's about house prices."]),
    (MW, "Money, worry and life events",
     "The situation behind the bill and its weight: a change of job or income, a separation, caring and giving up work, savings used up, and the fear, shame and panic letters cause (unopened post, a red final notice, thinking of prosecution).",
     ["Honestly sick.", "we thought we'd done something illegal", "I still get a jolt when I see the council logo on an envelope."]),
    (AF, "Advice and afterwards",
     "Debt and money advice (Northmere, the university's adviser) and life after the crisis: budgets, keeping up the current year and an arrangement for the old, folders of letters, family paying off debts, and advice to others.",
     ["Council tax is the biggest single debt we see.", "I keep a folder now, every letter, in order.", "I made a group chat called council tax hell."]),
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
    """Synthetic start/end per turn: words at the session's rate plus seeded pauses."""
    rnd = random.Random(session["seed"])
    t = session["start"]
    lo, hi = session["pause"]
    out = []
    for it in session["items"]:
        dur = len(norm(it["text"]).split()) / session["rate"] + 0.4
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(lo, hi)
    return out


def ts_hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Za-z0-9\"'\[(\u00a3])")


def sentences(text: str) -> list[str]:
    return [x for x in SENT_RE.split(norm(text)) if x]


def halves(text: str) -> list[str]:
    """A turn typed as two pieces: cut at the sentence end nearest the middle."""
    sents = sentences(text)
    assert len(sents) >= 2, text
    total = len(norm(text).split())
    best = min(range(1, len(sents)),
               key=lambda k: abs(len(" ".join(sents[:k]).split()) - total / 2))
    return [" ".join(sents[:best]), " ".join(sents[best:])]


def repackage(raw: bytes, when: _dt.datetime, app: str) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; no
    thumbnail; docProps/app.xml names the Office application."""
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
        cp.revision = 2
    else:
        cp.creator = cp.lastModifiedBy = author
        cp.title = cp.subject = cp.description = cp.keywords = cp.category = None


# ---------------------------------------------------------------------------
# Writers (each returns bytes, or None when the needed library is missing)
# ---------------------------------------------------------------------------
def write_cart_txt(session) -> bytes:
    """A speech-to-text reporter's rough-draft transcript: header, '>> NAME: ' at each
    change of speaker, lines wrapped at the reporter's width, a note in brackets at the
    change of reporter, CRLF."""
    import textwrap
    lines = list(session["header"])
    for i, t in enumerate(session["items"]):
        if i == session["change_at"]:
            lines.append(session["change_note"])
        first = f">> {t['speaker']}: " + norm(t["text"])
        lines.extend(textwrap.wrap(first, width=session["width"], break_long_words=False,
                                   break_on_hyphens=False))
    lines.extend(session["footer"])
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def parse_cart_txt(data: bytes):
    text = data.decode("utf-8")
    assert "\r\n" in text
    turns = []
    started = False
    for line in text.split("\r\n"):
        m = re.match(r">> ([A-Z]+): (.*)$", line)
        if m:
            started = True
            turns.append([m.group(1), m.group(2)])
        elif started and line.strip():
            if re.fullmatch(r"\([^()]+\)", line.strip()) and len(line.split()) >= 3:
                continue                      # reporter's note, not speech
            turns[-1][1] += " " + line
    return _merge((s, norm(x)) for s, x in turns)


def _merge(pairs):
    out = []
    for spk, text in pairs:
        if out and out[-1][0] == spk:
            out[-1] = (spk, out[-1][1] + " " + text)
        else:
            out.append((spk, text))
    return [(s, norm(t)) for s, t in out]


CODE_WORDS = {MV: "moving", BL: "bill", DX: "discount/exemption", CS: "CTR", RM: "recovery",
              EN: "enforcement", AR: "arrangement", CT: "contact", AP: "band", MW: "worry",
              AF: "advice"}


def write_vmerge_table_docx(session) -> bytes | None:
    """Word template for line-by-line coding: 'Line | Speaker | Transcript | Initial
    codes', one row per sentence, the speaker cell merged down over a turn's rows, the
    header row repeated on each page."""
    try:
        import docx
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt, Cm
    except ImportError:
        return None
    doc = docx.Document()
    _core(doc, session["author"])
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(session["title"], level=1)
    for ptxt in session["front"]:
        doc.add_paragraph(ptxt)
    rows = []
    for t in session["items"]:
        sents = sentences(t["text"])
        code = ""
        if not t["mod"] and t["theme"] and len(rows) % 3 == 0:
            code = CODE_WORDS[t["theme"]]
        for k, s in enumerate(sents):
            rows.append((t["speaker"], s, code if k == 0 else "", k == 0))
    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    hdr = table.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for c, name in zip(hdr.cells, ["Line", "Speaker", "Transcript", "Initial codes"]):
        c.text = ""
        r = c.paragraphs[0].add_run(name)
        r.bold = True
    for i, (spk, s, code, first) in enumerate(rows, start=1):
        cells = table.rows[i].cells
        cells[0].text = str(i)
        if first:
            cells[1].text = spk
        cells[2].text = s
        cells[3].text = code
    # merge the speaker cells of each turn's rows
    i = 1
    while i <= len(rows):
        j = i
        while j + 1 <= len(rows) and not rows[j][3]:
            j += 1
        if j > i:
            top = table.cell(i, 1)
            top.merge(table.cell(j, 1))
        i = j + 1
    widths = [Cm(1.2), Cm(2.6), Cm(10.5), Cm(3.0)]
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph(session["closing"])
    buf = io.BytesIO()
    doc.save(buf)
    return repackage(buf.getvalue(), session["epoch"], "Microsoft Office Word")


def parse_vmerge_table_docx(data: bytes):
    import docx
    from docx.oxml.ns import qn
    doc = docx.Document(io.BytesIO(data))
    tbl = doc.tables[0]._tbl
    turns = []
    for k, tr in enumerate(tbl.findall(qn("w:tr"))):
        tcs = tr.findall(qn("w:tc"))
        txt = ["".join(x.text or "" for x in tc.iter(qn("w:t"))) for tc in tcs]
        if k == 0 or txt[1] == "Speaker" and txt[2] == "Transcript":
            continue
        vm = tcs[1].find(qn("w:tcPr") + "/" + qn("w:vMerge"))
        cont = vm is not None and vm.get(qn("w:val")) in (None, "continue")
        if cont:
            turns[-1][1] += " " + txt[2]
        else:
            turns.append([txt[1], txt[2]])
    return [(s, norm(t)) for s, t in turns]


def write_md_footnotes(session) -> bytes:
    lines = list(session["front"])
    notes = []
    for i, t in enumerate(session["items"]):
        text = norm(t["text"])
        if i in session["footnotes"]:
            notes.append(session["footnotes"][i])
            sents = sentences(text)
            sents[0] = sents[0] + f"[^{len(notes)}]"
            text = " ".join(sents)
        lines += [f"{t['speaker']}: {text}", ""]
    lines += ["---", ""]
    for n, note in enumerate(notes, start=1):
        lines.append(f"[^{n}]: {note}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_md_footnotes(data: bytes):
    text = data.decode("utf-8")
    body = text.split("\n---\n")[1]
    turns = []
    for para in body.split("\n\n"):
        para = para.strip()
        if not para:
            continue
        m = re.match(r"([A-Z][a-z]+): (.*)$", para, re.S)
        turns.append((m.group(1), re.sub(r"\[\^\d+\]", "", m.group(2))))
    return _merge(turns)


def write_notion_csv(session) -> bytes:
    """Notion database export (CSV): BOM, the title property first."""
    items = session["items"]
    longest = sorted((i for i, t in enumerate(items) if not t["mod"]),
                     key=lambda i: (-len(items[i]["text"]), i))[:2]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Utterance", "Seq", "Speaker", "Session", "Tags", "Created time"])
    seq = 0
    t0 = session["created0"]
    for i, t in enumerate(items):
        pieces = halves(t["text"]) if i in longest else [norm(t["text"])]
        for p in pieces:
            seq += 1
            tags = ""
            if not t["mod"] and t["theme"]:
                tags = CODE_WORDS[t["theme"]]
                if seq % 4 == 1:
                    tags += ", quote"
            when = t0 + _dt.timedelta(minutes=2 * seq + seq // 3)
            stamp = when.strftime("%B %d, %Y ") + when.strftime("%I:%M %p").lstrip("0")
            w.writerow([p, seq, t["speaker"], session["relation"], tags, stamp])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def parse_notion_csv(data: bytes):
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    rows.sort(key=lambda r: int(r["Seq"]))
    return _merge((r["Speaker"], r["Utterance"]) for r in rows)


def write_outline_xlsx(session) -> bytes | None:
    try:
        import openpyxl
        from openpyxl.styles import Font, PatternFill, Alignment
        from openpyxl.worksheet.properties import Outline
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    _core(wb, session["author"])
    ws = wb.active
    ws.title = session["sheet"]
    ws["A1"] = session["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = session["note"]
    ws["A2"].font = Font(italic=True)
    hdr = ["Time", "Speaker", "Transcript", "Theme (1st pass)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.freeze_panes = "A5"
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    r = 5
    times = timings(session)
    collapsed = False
    grey = PatternFill("solid", fgColor="EDEDED")
    for i, t in enumerate(session["items"]):
        if t.get("part"):
            ws.cell(row=r, column=1, value=t["part"]).font = Font(bold=True)
            for c in range(1, 5):
                ws.cell(row=r, column=c).fill = grey
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            collapsed = t["part"].startswith(session["collapse"])
            if collapsed:
                ws.row_dimensions[r].collapsed = True
            r += 1
        secs = int(times[i][0])
        ws.cell(row=r, column=1, value=_dt.time(secs // 3600, secs % 3600 // 60, secs % 60)).number_format = "hh:mm:ss"
        ws.cell(row=r, column=2, value=t["speaker"])
        ws.cell(row=r, column=3, value=norm(t["text"])).alignment = Alignment(wrap_text=True, vertical="top")
        if not t["mod"] and t["theme"] and i % 3 == 1:
            ws.cell(row=r, column=4, value=CODE_WORDS[t["theme"]])
        ws.row_dimensions[r].outline_level = 1
        if collapsed:
            ws.row_dimensions[r].hidden = True
        r += 1
    for col, wdt in zip("ABCD", (10, 10, 90, 18)):
        ws.column_dimensions[col].width = wdt
    buf = io.BytesIO()
    wb.save(buf)
    return repackage(buf.getvalue(), session["epoch"], "Microsoft Excel")


def parse_outline_xlsx(data: bytes):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    out = []
    for row in ws.iter_rows(min_row=5, values_only=True):
        if row[1]:
            out.append((row[1], row[2]))
    return _merge(out)


RED = "FF0000"


def write_email_docx(session) -> bytes | None:
    try:
        import docx
        from docx.shared import Pt, RGBColor
    except ImportError:
        return None
    doc = docx.Document()
    _core(doc, session["author"])
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run(session["title"]).bold = True
    doc.add_paragraph().add_run(session["note"]).italic = True

    def header(lines):
        for ln in lines:
            key, val = ln.split(": ", 1)
            hp = doc.add_paragraph()
            hp.add_run(key + ":").bold = True
            hp.add_run(" " + val)

    for t in session["items"]:
        if t.get("reply"):
            doc.add_paragraph()
            header(t["reply"])
            doc.add_paragraph()
        if t.get("quoted"):
            doc.add_paragraph()
            doc.add_paragraph("_" * 32)
            header(t["quoted"])
            doc.add_paragraph()
        paras = re.split(r" (?=\d\. )", norm(t["text"])) if t["mod"] else [norm(t["text"])]
        for ptxt in paras:
            run = doc.add_paragraph().add_run(ptxt)
            if not t["mod"]:
                run.font.color.rgb = RGBColor.from_string(RED)
        if not t["mod"] and not t.get("reply"):
            doc.add_paragraph()
        if t.get("sig"):
            doc.add_paragraph()
            sr = doc.add_paragraph().add_run(SIG)
            sr.font.size = Pt(9)
            sr.font.color.rgb = RGBColor.from_string("7F7F7F")
    buf = io.BytesIO()
    doc.save(buf)
    return repackage(buf.getvalue(), session["epoch"], "Microsoft Office Word")


def parse_email_docx(data: bytes):
    import docx
    doc = docx.Document(io.BytesIO(data))
    out, started = [], False
    for p in doc.paragraphs:
        txt = p.text
        if re.match(r"(From|Sent|To|Subject):", txt):
            started = True
            continue
        if not started or not txt.strip() or set(txt) == {"_"}:
            continue
        colours = {str(r.font.color.rgb) for r in p.runs if r.text.strip()}
        if colours == {"7F7F7F"}:
            continue                          # signature
        out.append((UNK if colours == {RED} else Q, txt))
    return _merge(out)


def write_zoom_chat(session) -> bytes:
    rnd = random.Random(session["seed"] + 7)
    times = timings(session)
    base = session["clock0"]
    lines = []
    last_msg = ""
    for i, t in enumerate(session["items"]):
        a, b = times[i]
        if t.get("react"):
            quote = last_msg if len(last_msg) <= 30 else last_msg[:30] + "..."
            when = base + _dt.timedelta(seconds=a - 1)
            lines += [f"{when:%H:%M:%S} From {t['speaker']} to Everyone:",
                      f"\tReacted to \"{quote}\" with {t['react']}"]
        if t["mod"]:
            msgs = [norm(t["text"])]
        else:
            sents = sentences(t["text"])
            msgs, cur = [], []
            for s in sents:
                cur.append(s)
                if len(cur) >= rnd.choice((1, 2, 2)):
                    msgs.append(" ".join(cur))
                    cur = []
            if cur:
                msgs.append(" ".join(cur))
        step = (b - a) / len(msgs)
        for k, msg in enumerate(msgs):
            when = base + _dt.timedelta(seconds=a + (k + 1) * step)
            lines += [f"{when:%H:%M:%S} From {t['speaker']} to Everyone:", f"\t{msg}"]
            last_msg = msg
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_zoom_chat(data: bytes):
    out = []
    cur = None
    for line in data.decode("utf-8").split("\n"):
        m = re.match(r"\d\d:\d\d:\d\d From (.+) to Everyone:$", line)
        if m:
            cur = m.group(1)
            continue
        if line.startswith("\t"):
            msg = line[1:]
            if msg.startswith("Reacted to \""):
                continue
            out.append((cur, msg))
    return _merge(out)


BLUE, YELLOW = "DDEBF7", "FFF2CC"


def write_colour_xlsx(session) -> bytes | None:
    try:
        import openpyxl
        from openpyxl.styles import Font, PatternFill, Alignment
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    _core(wb, session["author"])
    ws = wb.active
    ws.title = session["sheet"]
    ws["A1"] = session["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = session["legend"]
    ws["A2"].font = Font(italic=True)
    for c, h in enumerate(["Time", "Transcript", "Notes"], start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
    ws.freeze_panes = "A5"
    times = timings(session)
    r = 5
    for i, t in enumerate(session["items"]):
        fill = PatternFill("solid", fgColor=BLUE if t["mod"] else YELLOW)
        pieces = halves(t["text"]) if t.get("rows") == 2 else [norm(t["text"])]
        for k, ptxt in enumerate(pieces):
            s = int(times[i][0])
            ws.cell(row=r, column=1, value=f"{s // 60:02d}:{s % 60:02d}" if k == 0 else None)
            c = ws.cell(row=r, column=2, value=ptxt)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            for col in (1, 2, 3):
                ws.cell(row=r, column=col).fill = fill
            if k == 0 and i in session["notes"]:
                ws.cell(row=r, column=3, value=session["notes"][i])
            r += 1
    for col, wdt in zip("ABC", (8, 100, 24)):
        ws.column_dimensions[col].width = wdt
    buf = io.BytesIO()
    wb.save(buf)
    return repackage(buf.getvalue(), session["epoch"], "Microsoft Excel")


def parse_colour_xlsx(data: bytes):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.worksheets[0]
    out = []
    for r in range(5, ws.max_row + 1):
        c = ws.cell(row=r, column=2)
        if c.value is None:
            continue
        rgb = c.fill.fgColor.rgb[-6:]
        out.append((TO if rgb == BLUE else SHAUN, c.value))
    return _merge(out)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


# ---------------------------------------------------------------------------
# Session settings
# ---------------------------------------------------------------------------
def _find(items, needle):
    hits = [i for i, t in enumerate(items) if needle in t["text"]]
    assert len(hits) == 1, needle
    return hits[0]


FG1_ITEMS = interleave(FG1, ROSIE, ["Mm-hm.", "Yeah.", "Go on.", "Right."])
INT1_ITEMS = interleave(INT1, RO, ["Mm.", "Right.", "Yeah."])
INT6_ITEMS = interleave(INT6, TO, ["Mm.", "Yeah."])

SESSIONS = [
    dict(file="focus-group-1.txt", fmt="cart", seed=7101, start=5.0, rate=2.6, pause=(0.5, 2.2),
         items=FG1_ITEMS, width=64, change_at=_find(FG1_ITEMS, "Let's talk about when payments get missed"),
         change_note="(Captioner change: Jo Whitlock to Kam Pillai)",
         header=["HARROWFIELD DISTRICT COUNCIL", "COUNCIL TAX RESEARCH - FOCUS GROUP 1",
                 "TUESDAY 11 NOVEMBER 2025, 6.00PM", "CIVIC OFFICES, COMMITTEE ROOM 2", "",
                 "Remote live captions (speech-to-text reporting) by Clearword Captioning",
                 "Speech-to-text reporters: Jo Whitlock, Kam Pillai", "",
                 "* * * * *",
                 "This is an unedited rough draft of live captions. It is not a verbatim record and",
                 "may contain errors. Speakers are identified from the seating list provided.",
                 "* * * * *", ""],
         footer=["", "(End of live captioning)", ""]),
    dict(file="focus-group-2.docx", fmt="vmerge_docx", seed=7102, start=3.0, rate=2.5, pause=(0.6, 2.4),
         items=interleave(FG2, TA, ["Mm.", "Yeah.", "Okay.", "Right."]),
         title="FG2 \u2013 Coldbrook \u2013 13/11/2025", author="Rosie Marchant",
         epoch=_dt.datetime(2025, 11, 18, 16, 5, 0),
         front=["Council tax research. Focus group 2, Coldbrook Community Centre, Thursday 13 November 2025, 10.30\u201312.00.",
                "Facilitator: Tom Adeyemi (Tom A.). Notes: Rosie Marchant (Rosie M.). Six participants, first names only.",
                "Typed from the dictaphone recording by RM, one sentence per line for coding. Codes are first pass only."],
         closing="End of recording."),
    dict(file="interview-1.md", fmt="md_footnotes", seed=7103, start=2.0, rate=2.6, pause=(0.6, 2.0),
         items=INT1_ITEMS,
         footnotes={_find(INT1_ITEMS, "about a third tell us"): "Ask for the figures behind 'about a third' (new accounts found by the inspectors vs. reported by residents).",
                    _find(INT1_ITEMS, "About six weeks for changes"): "He checked the figure on his laptop during the interview.",
                    _find(INT1_ITEMS, "It's on a list."): "Links to Maureen (FG1) and Janice (INT03): both mentioned the name.",
                    _find(INT1_ITEMS, "We tried it. Two years ago"): "The pilot was 2023. Find the evaluation if there was one.",
                    _find(INT1_ITEMS, "That's a known gap."): "Marek, FG2. Gareth asked for the account details to check; told him we can't share them.",
                    _find(INT1_ITEMS, "Our templates are about fifteen years old."): "He offered to send the summons template."},
         front=["# Interview 1 \u2013 Gareth, revenues team leader (staff)", "",
                "*Wednesday 19 November 2025, 2pm, Civic Offices, meeting room 4. Recorded on the dictaphone, typed up by Rosie Marchant. Residents' names changed. Footnotes are my notes, not Gareth's words.*",
                "", "---", ""]),
    dict(file="interview-2.csv", fmt="notion_csv", seed=7104, start=1.0, rate=2.6, pause=(0.6, 2.2),
         items=interleave(INT2, TO, ["Mm.", "Right."]),
         created0=_dt.datetime(2025, 11, 21, 9, 2, 0),
         relation="INT02 Bev \u2013 Northmere Money Advice (https://www.notion.so/INT02-Bev-Northmere-Money-Advice-2b1e5c0a7d4f80b3a9c1e6f2d8a4b7c3?pvs=21)"),
    dict(file="interview-3.xlsx", fmt="outline_xlsx", seed=7105, start=4.0, rate=2.4, pause=(0.8, 2.6),
         items=interleave(INT3, RO, ["Mm.", "Yeah.", "Right."]), sheet="INT03 Janice",
         title="INT03 \u2013 Janice (carer, father with dementia) \u2013 Marston Vale, Mon 24 Nov 2025",
         note="Typed from the phone recording by RM. Rows grouped by part of the guide (use the + / - on the left). Names changed in the report.",
         collapse="Part 3", author="Rosie Marchant", epoch=_dt.datetime(2025, 11, 26, 12, 40, 0)),
    dict(file="interview-4.docx", fmt="email_docx", seed=7106, start=0.0, rate=3.0, pause=(0.5, 1.0),
         items=INT4, author="Rosie Marchant", epoch=_dt.datetime(2025, 11, 28, 9, 15, 0),
         title="Interview 4 \u2013 Dan, self-employed \u2013 by email (two rounds)",
         note="Dan answered in Outlook, in red under each question. Both replies pasted here oldest first. Spelling as he wrote it."),
    dict(file="interview-5.txt", fmt="zoom_chat", seed=7107, start=0.0, rate=0.9, pause=(4.0, 12.0),
         items=interleave(INT5, RMZ, ["ah ok", "oh no", "right", "ok"]), clock0=_dt.datetime(2025, 11, 25, 18, 31, 0)),
    dict(file="interview-6.xlsx", fmt="colour_xlsx", seed=7108, start=3.0, rate=2.5, pause=(0.6, 2.4),
         items=INT6_ITEMS, sheet="Interview 6",
         title="Interview 6 \u2013 Shaun \u2013 Northmere office \u2013 26/11/25",
         legend="Key: blue rows = me (Tom), yellow rows = Shaun. Time = minutes into the recording.",
         notes={_find(INT6_ITEMS, "Might as well start"): "shows me the body-cam letter",
                _find(INT6_ITEMS, "Court. I thought I'd get"): "long pause",
                _find(INT6_ITEMS, "First thing, she put me in"): "smiles",
                _find(INT6_ITEMS, "Those stayed."): "angry"},
         author="Tom Adeyemi", epoch=_dt.datetime(2025, 11, 27, 17, 20, 0)),
]

WRITERS = dict(cart=write_cart_txt, vmerge_docx=write_vmerge_table_docx, md_footnotes=write_md_footnotes,
               notion_csv=write_notion_csv, outline_xlsx=write_outline_xlsx, email_docx=write_email_docx,
               zoom_chat=write_zoom_chat, colour_xlsx=write_colour_xlsx)
PARSERS = dict(cart=parse_cart_txt, vmerge_docx=parse_vmerge_table_docx, md_footnotes=parse_md_footnotes,
               notion_csv=parse_notion_csv, outline_xlsx=parse_outline_xlsx, email_docx=parse_email_docx,
               zoom_chat=parse_zoom_chat, colour_xlsx=parse_colour_xlsx)
NEEDS = dict(vmerge_docx="docx", email_docx="docx", outline_xlsx="openpyxl", colour_xlsx="openpyxl")


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
LABEL_LIKE = re.compile(r"^[^\s:]{1,30}: ")


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    known = {p[0] for p in PARTICIPANTS} | {Q}
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"} | {Q}
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
            assert "\n" not in t["text"] and "\t" not in t["text"], t["text"][:40]
            assert "|" not in t["text"] and ">>" not in t["text"] and "[^" not in t["text"], t["text"][:40]
            assert not LABEL_LIKE.match(norm(t["text"])), t["text"][:40]
            assert not re.search(r"\b\d?\d:\d\d\b", t["text"]), t["text"][:40]
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
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["speaker", "segment", "tenure", "age_group", "situation"])
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
