#!/usr/bin/env python3
"""Generate the fictional study of adult social care direct payments in Castleford Vale
Council: transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all from the
session lists in this file.

Python 3.11, standard library, plus openpyxl (the .xlsx). Run with the project's
virtualenv:

    /work/main/.venv/bin/python generate.py

Each session is ONE list of turns: M(speaker, text) for a moderator / interviewer /
note-taker turn, P(speaker, text, theme, stage, sentiment, kind) for a participant turn,
B() for a participant backchannel / small talk (no theme, no stage). Files and gold rows
are written from the same list, so turn indices cannot drift. After writing, every file is
parsed back with a minimal parser for its layout and compared with the list, every gold
text must occur in its file once the file's own line wrapping is undone, and every
codebook example must be an exact excerpt of a participant turn of that theme only.

Output is byte-identical between runs: timings are seeded, the .xlsx is re-zipped with
fixed timestamps and fixed core properties.
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
    assert kind in KINDS and sentiment in (-1, 0, 1), (kind, sentiment)
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind, **o)


def B(speaker, text, sentiment=0, kind="neutral", **o):
    return P(speaker, text, "", "", sentiment, kind, **o)


INFO = "finding_out"
ASSESS = "assessment"
AMOUNT = "budget_amount"
CONTRIB = "contribution"
SETUP = "setting_up"
EMPLOY = "employing_pas"
LIFE = "life_with_pas"
CARER = "carer_load"
FLEX = "flexibility"
AUDIT = "audits_clawback"
REVIEW = "reviews_cuts"
SUPPORT = "support_services"
THEMES = (INFO, ASSESS, AMOUNT, CONTRIB, SETUP, EMPLOY, LIFE, CARER, FLEX, AUDIT, REVIEW, SUPPORT)

# ---------------------------------------------------------------------------
# Speaker labels, exactly as the files write them
# ---------------------------------------------------------------------------
GEMMA, AIDAN, SANDRA, DEV, MARION, KOFI, SPK6 = (
    "Gemma Royle", "Aidan", "Sandra", "Dev", "Marion", "Kofi", "Speaker 6")      # focus-group-1.srt (Otter)
HANNAH, SAM, LEANNE, ARJUN, BEV, TOMASZ, NICOLA = (
    "Hannah Pryce", "Sam Okoro", "Leanne Fox (Client)", "Arjun Mehta (Client)",
    "Beverley Shaw (Client)", "Tomasz Nowak (Client)", "Speaker 73302815")       # focus-group-2.md (Gong)
DILYS, CARYS = "Dilys Morgan", "Carys Morgan"                                    # interview-1.md (Grain -> Obsidian)
NADIA, MARCUS = "Nadia", "Marcus"                                                # interview-2.txt (Zencastr)
Q_, BERNIE = "Q", "Bernie"                                                       # interview-3.md (Obsidian note)
OWEN, PRIYA, LISA = "Owen Bright (Guest)", "Priya Kaur", "Lisa Whitworth"        # interview-4.vtt (Teams)
GEM, SHAUN = "Gemma", "Shaun"                                                    # interview-5.srt (Descript)
INT, KIERAN, TINA = "Int", "Kieran", "Tina"                                      # interview-6.xlsx (pasted from Word)

PARTICIPANTS = [
    # speaker; segment; age_group; support; situation
    (GEMMA, "moderator", "", "", ""),
    (AIDAN, "moderator", "", "", ""),
    (HANNAH, "moderator", "", "", ""),
    (SAM, "moderator", "", "", ""),
    (NADIA, "moderator", "", "", ""),
    (Q_, "moderator", "", "", ""),
    (OWEN, "moderator", "", "", ""),
    (GEM, "moderator", "", "", ""),
    (INT, "moderator", "", "", ""),
    (SANDRA, "family carer", "55-64", "direct payment, prepaid card",
     "manages the direct payment for her husband Ray after his stroke, contribution over 100 pounds a week"),
    (DEV, "disabled adult", "25-34", "direct payment, own bank account, three PAs",
     "spinal cord injury, on direct payments for nine years, works three days a week"),
    (MARION, "family carer", "65-74", "direct payment, prepaid card",
     "mother of Lewis (29, learning disability), pays her niece as a PA"),
    (KOFI, "disabled adult", "45-54", "direct payment, prepaid card, one PA",
     "sight loss from diabetes, started direct payments in summer 2025"),
    (SPK6, "family carer", "45-54", "managed account",
     "Jo, cares for her mother with Alzheimer's, moved to a managed account after an audit (left untagged in Otter)"),
    (LEANNE, "disabled adult", "35-44", "direct payment, prepaid card, one PA",
     "multiple sclerosis, works full time, uses a payroll service"),
    (ARJUN, "family carer", "45-54", "direct payment, payroll service",
     "father of Rohan (23, autistic), does the timesheets at weekends"),
    (BEV, "personal assistant", "35-44", "employed by two direct payment users",
     "former agency care worker, now a PA"),
    (TOMASZ, "disabled adult", "25-34", "waiting for adult budget",
     "cerebral palsy, moved from children's services in June 2025"),
    (NICOLA, "family carer", "65-74", "managed account",
     "Nicola, wife of Alan (Parkinson's), dialled in by phone so Gong could not name her"),
    (DILYS, "disabled adult", "55-64", "direct payment, prepaid card, one PA",
     "stroke in March 2023, aphasia, retired head teacher"),
    (CARYS, "family carer", "25-34", "helps her mother with the card",
     "daughter of Dilys, lives in Bristol, joined the call from her laptop"),
    (MARCUS, "personal assistant", "35-44", "employed by two direct payment users",
     "former warehouse supervisor, PA to his cousin and to a young man"),
    (BERNIE, "family carer", "55-64", "direct payment, prepaid card, two PAs",
     "mother and nominated person for Hayley (31, learning disability and epilepsy), surplus recovered in January"),
    (PRIYA, "council officer", "", "",
     "direct payments officer, adult social care finance team"),
    (LISA, "council officer", "", "", "colleague who walked into the booked room"),
    (SHAUN, "disabled adult", "45-54", "managed account, two PAs",
     "multiple sclerosis, budget cut at review, moved to a managed account"),
    (KIERAN, "disabled adult", "18-24", "direct payment in his own name, PAs",
     "cerebral palsy, power chair user, college student, moved from children's services"),
    (TINA, "family carer", "45-54", "helps with payroll",
     "Kieran's mother, gave up her job while he waited for the adult assessment"),
]

# ---------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------
FG1 = [
    M(GEMMA, "Okay, I think that's recording. Thanks everyone for coming out on a wet Tuesday. I'm Gemma, I work in the council's insight team, and this is Aidan, who's taking notes. We're talking about direct payments, from the very start to now, and there are no wrong answers. Could we go round, and you say who you are and how direct payments came into your life?"),
    P(SANDRA, "I'm Sandra. My husband Ray had a stroke three years ago, in the February. He came home with an agency coming in four times a day and it was a different face every single visit, he hated it. So that's why we went on direct payments, to choose our own people.", FLEX, N, -1, "pain"),
    P(DEV, "Dev. I've got a spinal cord injury from a motorbike accident when I was twenty-two, so I've been on direct payments about nine years now. I employ three PAs. I'm probably the old hand here, sorry in advance.", EMPLOY, N, 0, "neutral"),
    P(MARION, "Marion. My son Lewis is twenty-nine, he's got a learning disability and he lives with me. When he left college there was nothing, the day centre had closed, so his social worker said try a direct payment and pay someone to take him out.", CARER, N, 0, "neutral"),
    P(KOFI, "I'm Kofi. I lost most of my sight four years ago, diabetes. I only started direct payments in the summer, so I'm the new one. Still learning the card, to be honest.", SETUP, N, 0, "neutral"),
    B(DEV, "Welcome to the club."),
    M(GEMMA, "Thank you. Let's go back to the very beginning. How did you first hear that direct payments existed?"),
    P(SANDRA, "The hospital social worker mentioned it on the ward, but Ray was in no state and I was in no state, so it went straight over my head. It was months later a woman in the Facebook group said why are you putting up with the agency, get a direct payment.", INFO, FI, 0, "neutral"),
    P(KOFI, "For me it was the council website, well, my nephew read it to me. The page was fine, it says what it is, but it doesn't say what it's actually like. It made it sound like you just get some money and off you go.", INFO, FI, 0, "pain"),
    P(DEV, "Back then nobody told you anything. I found out from another lad on the spinal unit who had PAs. The Hub didn't exist yet. Now I'd say go to the Hub before you go anywhere near the council.", INFO, FI, 0, "suggestion"),
    P(MARION, "Our social worker was very good, actually. She sat at my kitchen table and drew it on the back of an envelope, the money comes in, you pay the carer, you keep the receipts. Not bad at all for an envelope.", INFO, FI, 1, "praise"),
    B(SANDRA, "I like that."),
    M(GEMMA, "Did anyone look at the council's own leaflet or pages?"),
    P(SANDRA, "I tried. There's a leaflet that's about eight pages and it's all about what you can't do. By page four I thought, this isn't for people like us, this is for people who know what a payroll is.", INFO, FI, -1, "pain"),
    P(DEV, "In fairness the leaflet's been rewritten since. It's still bad, but it's less bad.", INFO, FI, 0, "pain"),
    M(GEMMA, "Then the assessment. What was that like?"),
    P(KOFI, "I waited eleven weeks for somebody to come out. Eleven weeks. I rang the duty line so many times they knew my voice.", ASSESS, PR, -1, "pain"),
    P(SANDRA, "Ours was quick because Ray was coming out of hospital. But it was done in a rush, on the ward, and she wrote down that he could make himself a sandwich. He can't open the bread.", ASSESS, PR, -1, "pain"),
    B(MARION, "Oh, Sandra."),
    P(SANDRA, "So that sandwich followed us round for a year.", ASSESS, PR, -1, "pain"),
    P(MARION, "Lewis's assessment was all right. The worker talked to Lewis, not just me, which doesn't always happen. She asked him what a good day looks like and he said bowling and the chip shop, and that actually went in the plan.", ASSESS, PR, 1, "praise"),
    P(DEV, "The trick is to describe your worst day, not your best. Everyone wants to look like they're coping. Don't.", ASSESS, PR, 0, "suggestion"),
    M(AIDAN, "Sorry, can I just check, was the financial assessment the same visit?"),
    P(KOFI, "No, that was a separate form, it came in the post. Twenty pages. I couldn't read it, obviously, so I had to wait for my nephew again.", CONTRIB, AP, -1, "pain"),
    P(SANDRA, "Same. Separate form, separate person, and they wanted three months of bank statements for both of us, even the joint savings that are mostly mine.", CONTRIB, AP, -1, "pain"),
    M(GEMMA, "And when the decision came, the budget and the contribution, how did that land?"),
    P(DEV, "Mine's worked out at fifteen pounds eighty an hour. The agency charges the council over twenty-three for the same hour, so go figure. I pay my PAs above minimum wage and the numbers only just work if nobody's ever ill.", AMOUNT, DE, -1, "pain"),
    P(KOFI, "I get nine hours a week. I didn't really understand how they got to nine. The letter just said nine hours, indicative budget, and a figure. It didn't say what the nine hours were for.", AMOUNT, DE, -1, "pain"),
    P(MARION, "We pay a contribution of forty-two pounds a week out of Lewis's benefits. I thought that was wrong at first, I thought direct payments meant the council pays. But apparently that's how it works.", CONTRIB, DE, 0, "neutral"),
    P(SANDRA, "Ours is over a hundred a week because of Ray's works pension. So we're paying for a good chunk of his own care, which nobody mentioned until the letter arrived.", CONTRIB, DE, -1, "pain"),
    B(KOFI, "A hundred a week?"),
    P(SANDRA, "A hundred and six. Every week.", CONTRIB, DE, -1, "pain"),
    M(GEMMA, "Let's talk about setting it up. The account or the card."),
    P(KOFI, "I've got the prepaid card. The card itself is fine, but the website for it doesn't work with a screen reader. I can't check my balance without help. So I'm an employer who can't look at his own bank.", SETUP, US, -1, "pain"),
    P(DEV, "I refused the card when they brought it in. I kept my separate bank account. They tried to move everyone over, and I said no, and they let me, but you have to push.", SETUP, US, 0, "neutral"),
    P(SANDRA, "The card's been all right for us, honestly. I can see what's gone out, the council can see what's gone out, nobody has to post receipts any more. That part I like.", SETUP, US, 1, "praise"),
    P(MARION, "I don't like the council seeing everything on it. It feels like they're looking over your shoulder while you do the shopping.", SETUP, US, -1, "pain"),
    M(GEMMA, "How long was it from the decision to the first payment?"),
    P(KOFI, "Seven weeks. And in the meantime I'd already found someone, so I was paying her out of my own money and hoping.", SETUP, US, -1, "pain"),
    P(DEV, "That's normal, sadly.", SETUP, US, -1, "pain"),
    M(GEMMA, "Being an employer. How has that been?"),
    P(DEV, "It's a small business. Payroll, pensions, holiday pay, employer's liability insurance, contracts. Nobody tells you at the start that you'll be doing auto-enrolment for a pension scheme. I found out from a letter from the Pensions Regulator threatening me with a fine.", EMPLOY, US, -1, "pain"),
    B(KOFI, "God."),
    P(DEV, "I use the Hub's payroll service now, which is worth every penny. They do the payslips and tell me what to pay HMRC.", SUPPORT, US, 1, "praise"),
    P(KOFI, "I didn't know there was a payroll service. Is that free?", SUPPORT, US, 0, "question"),
    P(DEV, "It comes out of your budget, about twelve pounds a month. The council allows for it.", SUPPORT, US, 0, "neutral"),
    P(MARION, "We pay my niece to take Lewis out, she's brilliant with him. You're not allowed to pay family who live with you, which is fair, but she doesn't, so that's fine.", EMPLOY, US, 0, "neutral"),
    P(SANDRA, "I didn't think you could pay family at all. We were told that flat out when we started, no family, full stop.", EMPLOY, US, 0, "neutral"),
    P(DEV, "You can, in some cases, if the council agrees it. It depends who you ask and what day it is.", EMPLOY, US, 0, "pain"),
    M(GEMMA, "What about finding PAs in the first place?"),
    P(KOFI, "I put an advert on the Hub's jobs board and got one reply. One. She's lovely, but if she leaves I'm stuck.", EMPLOY, US, 0, "pain"),
    P(SANDRA, "We found ours through the agency, actually. One of the carers Ray liked, we asked if she'd come and work for us directly. The agency weren't pleased.", EMPLOY, US, 0, "neutral"),
    B(MARION, "I bet they weren't."),
    M(GEMMA, "And day to day, what's it like now?"),
    P(SANDRA, "It's night and day. Ray's PA, Bev, takes him to the rugby club on a Saturday, and he's got his mates back. With the agency it was in and out, fifteen minutes, wash and go. Now it's his life again, a bit.", LIFE, US, 1, "praise"),
    P(DEV, "I work three days a week because of my PAs. Without direct payments I'd be getting up when the agency rota said, and you can't hold down a job like that.", LIFE, US, 1, "praise"),
    P(KOFI, "It's early days. Having the same person every week is good. But when she's off sick there's no backup, and I don't want strangers in my flat.", LIFE, US, 0, "pain"),
    P(MARION, "Lewis goes swimming now on a Wednesday with his PA. He's a different lad. Mind you, I still do all the paperwork at eleven at night when he's gone to bed.", CARER, US, 0, "pain"),
    P(SANDRA, "Eleven at night, yes. I do ours on a Sunday with a glass of wine. Ray thinks it runs itself.", CARER, US, 0, "pain"),
    M(GEMMA, "Has the money ever been spent on something that wasn't a PA?"),
    P(SANDRA, "We wanted to use some of it for a gym membership for Ray, for his exercises, and they said no, that's not a care need. But it's cheaper than the physio they won't give him.", FLEX, US, -1, "pain"),
    P(DEV, "It depends entirely on your social worker. Mine agreed to me using hours flexibly, banking a few for a weekend away. Someone else's said no to exactly the same thing.", FLEX, US, 0, "neutral"),
    P(MARION, "Choice and control, they call it. Choice of what they say you can choose.", FLEX, US, -1, "pain"),
    B(KOFI, "Yes."),
    M(GEMMA, "Oh hello, come in, grab a seat. We're just talking about what the money can be used for. Do you want to say who you are?"),
    P(SPK6, "Sorry, sorry, the bus. I'm Jo, I look after my mum, she's got Alzheimer's. We had direct payments for two years and then we got moved onto a managed account after the audit, so I'm probably the bitter one.", AUDIT, N, -1, "pain"),
    B(DEV, "There's always one. Usually it's me."),
    M(GEMMA, "Let's go there now, actually. Who's had an audit or a review?"),
    P(SPK6, "We had the audit letter in the March. They wanted every bank statement, every timesheet, every receipt for a year. I had about two hundred pounds of receipts missing because I'd paid mum's PA cash for extra hours when I was in hospital myself.", AUDIT, FU, -1, "pain"),
    B(SANDRA, "Oh no."),
    P(SPK6, "So they took back four thousand pounds that had built up in the account, said we weren't managing, and put us on a managed account with a company in Leeds. I've never met them.", AUDIT, FU, -1, "pain"),
    P(DEV, "They're allowed to take back surplus, that's normal, it's public money. But it should be a conversation, not a letter.", AUDIT, FU, 0, "suggestion"),
    P(MARION, "I thought if you save it up they can't touch it. We've been saving for Lewis to go to Blackpool with his PA.", AUDIT, FU, 0, "neutral"),
    P(SPK6, "Don't, Marion. Spend it or lose it.", AUDIT, FU, -1, "suggestion"),
    M(GEMMA, "What about annual reviews?"),
    P(KOFI, "I haven't had one yet. Should I be worried?", REVIEW, FU, 0, "question"),
    B(DEV, "Yes."),
    P(SANDRA, "Ours was last month. Twenty minutes on the phone, and at the end she said Ray's needs had reduced because he's been doing so well. He's doing well because of the PAs. Take the PAs away and see how well he does.", REVIEW, FU, -1, "pain"),
    P(DEV, "Three hours a week off me at my last review. No visit, a phone call and a letter. I complained and got two of them back after four months.", REVIEW, FU, -1, "pain"),
    P(SPK6, "The managed account company is all right, in fairness. They pay her wages, I don't have to do anything. But I've lost the say in it. If mum needs an extra hour I have to email Leeds.", SUPPORT, FU, 0, "pain"),
    M(GEMMA, "Last question. If you could change one thing about direct payments in Castleford Vale, what would it be?"),
    P(KOFI, "A card website I can use with my screen reader.", SETUP, US, 0, "suggestion"),
    P(SANDRA, "Tell people about the contribution before they sign anything.", CONTRIB, DE, 0, "suggestion"),
    P(MARION, "A person to ring who knows your name.", SUPPORT, US, 0, "suggestion"),
    P(DEV, "Pay the same hourly rate as they pay the agencies. Then we could keep our PAs.", AMOUNT, DE, 0, "suggestion"),
    P(SPK6, "Ring people before the audit turns into taking the money. A phone call. That's all.", AUDIT, FU, 0, "suggestion"),
    M(GEMMA, "Thank you all so much. There's tea and biscuits, and Aidan's got the vouchers."),
    B(SANDRA, "Thank you, love. That was nice, actually.", 1, "praise"),
]

FG2 = [
    M(HANNAH, "Right, I can see everyone, and Nicola, I think you're on the phone, is that right?"),
    B(NICOLA, "Yes, I'm here, sorry, the link wouldn't work on my tablet."),
    M(HANNAH, "No problem at all. Thanks for joining, everyone. I'm Hannah from Brightwater Research, we're doing this for Castleford Vale Council, and Sam's here too, keeping an eye on the tech. I'd like to start somewhere slightly odd. Think about the last month. What's one thing about your direct payment that worked, and one thing that didn't?"),
    P(LEANNE, "Worked, my PA Gail came in on her day off when I had a bad relapse, because she chose to. An agency would never. Didn't work, the card got blocked for three days because of a security check and I couldn't pay her.", LIFE, US, 0, "praise"),
    P(ARJUN, "What worked is Rohan, my son, went to his music group every Thursday with his PA. What didn't work is me, basically. I spent my Sunday doing timesheets and chasing the payroll company.", CARER, US, 0, "pain"),
    P(TOMASZ, "For me nothing worked yet because it hasn't started. I moved from children's services in June and I'm still waiting for adult social care to say how much.", ASSESS, PR, -1, "pain"),
    B(LEANNE, "June?"),
    P(TOMASZ, "June. It's November.", ASSESS, PR, -1, "pain"),
    P(BEV, "I'm on the other side, I'm a PA. I work for two people on direct payments. What worked, I got my holiday pay right for once. What didn't, one of my employers is in hospital, so I've got no hours and no pay this week.", EMPLOY, US, 0, "pain"),
    P(NICOLA, "Worked, nothing. Sorry. Didn't work, the contribution went up in October and nobody told us why.", CONTRIB, FU, -1, "pain"),
    M(HANNAH, "We'll come back to that, Nicola, definitely. Let's go back a bit first. How did direct payments come into your lives? Tomasz, maybe you first, since you're at the start."),
    P(TOMASZ, "My transition worker at school told me about it when I was sixteen. She said you'll choose your own PAs and go out when you want. That sounded amazing. Then nothing happened for two years.", INFO, FI, 0, "pain"),
    P(LEANNE, "I was diagnosed in twenty eighteen and I was working full time. I needed help in the mornings so I could get to work. I found the Castleford Vale direct payments Facebook group before I found anything on the council website, and those people were a godsend.", INFO, FI, 1, "praise"),
    P(ARJUN, "Rohan's autistic, he's twenty-three. His social worker actually pushed it on us. I was sceptical, I thought it was the council getting us to do their job for free.", INFO, FI, 0, "neutral"),
    B(NICOLA, "It is, isn't it?"),
    P(ARJUN, "A bit. I'm not saying it's not worth it. It is worth it. But it is also a second job.", CARER, US, 0, "pain"),
    P(NICOLA, "It's a third job for me, after the caring and the house. Alan can't do any of it now, so every letter is mine.", CARER, US, -1, "pain"),
    M(HANNAH, "Beverley, how did you end up as a PA?"),
    P(BEV, "I did ten years in a care agency on a zero-hours contract and I was burnt out. A friend said work direct for a disabled person, better pay, one person, you actually get to know them. It's mostly true.", EMPLOY, N, 0, "neutral"),
    M(HANNAH, "Mostly?"),
    P(BEV, "The pay's a bit better, not much. There's no sick pay above statutory and no pension worth talking about. But the work's better, a lot better.", EMPLOY, US, 0, "pain"),
    M(HANNAH, "Let's talk about the assessment and the money. Nicola, you mentioned the contribution."),
    P(NICOLA, "So Alan, my husband, has Parkinson's, he's sixty-eight. Our contribution was seventy pounds a week, and in October it went to ninety-four. I rang and the man said it was the yearly uprating of his pension. But his pension went up eleven pounds, not twenty-four.", CONTRIB, FU, -1, "pain"),
    B(LEANNE, "That doesn't add up."),
    P(NICOLA, "No. And I don't think they know either.", CONTRIB, FU, -1, "pain"),
    P(LEANNE, "They count the disability benefits, but you can ask them to allow for disability-related expenses. Nobody tells you that. I got my contribution down by eighteen pounds a week by listing my extra heating and laundry.", CONTRIB, DE, 0, "suggestion"),
    P(NICOLA, "Where do you put that? On the form?", CONTRIB, AP, 0, "question"),
    P(LEANNE, "There's a section near the end, disability related expenditure. I'll message you.", CONTRIB, AP, 0, "neutral"),
    M(SAM, "Sorry to jump in, Leanne, you froze for a second there. Oh, you're back."),
    M(HANNAH, "Arjun, how was the budget decided for Rohan?"),
    P(ARJUN, "They used a resource allocation tool, which is a spreadsheet, basically. It gave an indicative budget and then the social worker adjusted it. We got twelve hours a week plus a bit for the music group. I wasn't unhappy with the hours. It was the rate that was the problem.", AMOUNT, DE, 0, "neutral"),
    B(BEV, "The rate's always the problem."),
    P(ARJUN, "Fifteen eighty an hour, and out of that you pay the PA, the employer's national insurance, the pension, the holiday pay, the insurance. You can't pay more than about twelve fifty to the PA. And the supermarket down the road pays more than that.", AMOUNT, DE, -1, "pain"),
    P(TOMASZ, "Is it true that it's different for people coming from children's services? My mum heard they use a different tool for us.", AMOUNT, DE, 0, "question"),
    M(HANNAH, "I honestly don't know, Tomasz, but we'll ask the council and let you know."),
    P(BEV, "Can I say something from the PA side? When the rate's that low, good PAs leave for the agencies or the supermarket. Then the person's back to square one, recruiting again.", AMOUNT, US, -1, "pain"),
    M(HANNAH, "Let's stay on that, being an employer. Leanne?"),
    P(LEANNE, "The employing part I actually quite like, it's the admin I hate. Gail's contract, her holiday, the insurance renewal, the pension letters. I use Moorside Payroll, they do the payslips, but I still have to send them the hours every month.", EMPLOY, US, 0, "pain"),
    P(ARJUN, "Moorside lost our timesheets twice. Twice. And HMRC fined us for a late submission that was their fault. The council said that's between you and your payroll provider.", SUPPORT, US, -1, "pain"),
    P(BEV, "From my side, I had a payslip wrong three months running. I didn't want to make a fuss because I like the family.", EMPLOY, US, -1, "pain"),
    P(NICOLA, "I don't do any of that. Alan's on a managed account, a company does it all. I just sign the timesheets.", SUPPORT, US, 0, "neutral"),
    M(HANNAH, "Is that better?"),
    P(NICOLA, "It's less work. Whether it's better, I don't know. I can't change anything quickly, I have to ask them and they ask the council.", SUPPORT, US, 0, "pain"),
    M(HANNAH, "What about flexibility? What can you actually use it for?"),
    P(TOMASZ, "What I want is to go to football with a PA, the Vale away games, and to do a course. The social worker said the course isn't social care. But the course is how I'd make friends.", FLEX, DE, -1, "pain"),
    P(LEANNE, "I used some of mine to buy a perching stool and a kettle tipper instead of extra hours, and they were fine with it. That was good.", FLEX, US, 1, "praise"),
    P(ARJUN, "I asked to pay for a respite week in Wales instead of the sessions we couldn't staff, and they said it had to go to panel. By the time the panel met it was October.", FLEX, US, -1, "pain"),
    B(BEV, "Panel. Always panel."),
    M(HANNAH, "Has anyone been through an audit or a review recently?"),
    P(ARJUN, "The review, in September. The social worker was new, she'd not read the file. I had to explain Rohan from scratch. She was nice, I'll give her that, but I came out feeling like we'd been interviewed for a job.", REVIEW, FU, 0, "pain"),
    P(LEANNE, "I had the finance audit last year. It was actually fine. I had everything on a spreadsheet and the officer said it was the best-kept account she'd seen. I nearly framed the email.", AUDIT, FU, 1, "praise"),
    B(NICOLA, "Good for you.", 1, "praise"),
    P(LEANNE, "But I'm an accountant. What about everyone who isn't?", AUDIT, FU, 0, "pain"),
    P(NICOLA, "They wrote to us about a surplus of two thousand pounds and said they'd be recovering it. That money was there because Alan was in hospital for six weeks and the PAs had no hours. We needed it when he came home.", AUDIT, FU, -1, "pain"),
    P(BEV, "That was my six weeks with no pay, by the way. Different family, same story.", EMPLOY, US, -1, "pain"),
    M(HANNAH, "Tomasz, has anyone explained to you what happens after the budget's agreed? The card, the agreement?"),
    P(TOMASZ, "Not really. I know there's a card. My mum thinks she has to be the one who holds it, but I'm twenty-seven, I want it in my name.", SETUP, US, 0, "neutral"),
    P(LEANNE, "You can have it in your name. Don't let them tell you otherwise.", SETUP, US, 0, "suggestion"),
    P(ARJUN, "And go to the Hub before the card arrives. They do a session on being an employer. That was the only useful hour in the whole process for us.", SUPPORT, US, 1, "praise"),
    M(HANNAH, "We're nearly at time. One thing you'd change?"),
    P(TOMASZ, "Decide my budget before I turn eighteen, not years after.", ASSESS, PR, 0, "suggestion"),
    P(ARJUN, "A payroll service the council actually stands behind.", SUPPORT, US, 0, "suggestion"),
    P(BEV, "Pay PAs properly, and keep paying us for a while when someone's in hospital.", EMPLOY, US, 0, "suggestion"),
    P(NICOLA, "Explain the contribution in plain English. On one page.", CONTRIB, DE, 0, "suggestion"),
    P(LEANNE, "Keep the Facebook group going, honestly, that's where the real help is. And maybe someone from the council should read it.", INFO, FI, 0, "suggestion"),
    M(HANNAH, "Thank you so much, everyone. Sam will email about the vouchers, and Nicola, we'll ring you."),
    B(NICOLA, "Thanks, Hannah. Bye, everyone.", 1, "praise"),
]

I1 = [
    M(GEMMA, "Thanks for joining the call, Dilys. And Carys, thanks for dialling in from Bristol. Just to say again, you can stop any time you like. Could you start by telling me a bit about yourself?"),
    P(DILYS, "Dilys. Sixty-three. Stroke. Two years ago, in the March.", LIFE, N, 0, "neutral"),
    P(CARYS, "Mum was a head teacher. She had the stroke at school, actually, in the staff room. It took her right side and her speech.", LIFE, N, 0, "neutral"),
    M(GEMMA, "And how did you first hear about direct payments?"),
    P(DILYS, "Carys. The computer.", INFO, FI, 0, "neutral"),
    P(CARYS, "I googled everything. I found the council page and then the Hub's page, and the Hub's page was the one that made sense. They had a video of a man explaining how he employs his PAs. I sent it to Mum.", INFO, FI, 1, "praise"),
    P(DILYS, "Good video.", INFO, FI, 1, "praise"),
    M(GEMMA, "What about the assessment?"),
    P(DILYS, "Bad. She talked. Fast. To Carys.", ASSESS, PR, -1, "pain"),
    P(CARYS, "The social worker kept directing the questions to me. I kept saying ask Mum, she understands everything, she just needs time to answer. I don't think she'd met someone with aphasia before.", ASSESS, PR, -1, "pain"),
    P(DILYS, "I'm not stupid.", ASSESS, PR, -1, "pain"),
    M(GEMMA, "Of course not."),
    P(DILYS, "Words are slow. Brain is fine.", ASSESS, PR, 0, "neutral"),
    M(GEMMA, "What did you want the support for?"),
    P(DILYS, "Walk. Shops. Church. Garden.", LIFE, N, 0, "neutral"),
    P(CARYS, "She wanted to get back to church and to the garden centre, basically. The agency she had at first were only allowed to do personal care. They weren't allowed to take her out.", FLEX, N, -1, "pain"),
    M(GEMMA, "And the budget, when it came?"),
    P(CARYS, "Fourteen hours a week. I thought that was reasonable, actually. We were braced for less.", AMOUNT, DE, 1, "praise"),
    P(DILYS, "Fourteen. Fine.", AMOUNT, DE, 0, "neutral"),
    M(GEMMA, "Who manages the money day to day?"),
    P(CARYS, "Officially Mum. In practice me, because the card website has a login with a code sent to a phone, and Mum can't type the code in before it times out.", SETUP, US, -1, "pain"),
    P(DILYS, "Sixty seconds. Too fast.", SETUP, US, -1, "pain"),
    M(GEMMA, "Have you told anyone that?"),
    P(CARYS, "I rang the card company and they said it's a security requirement. I rang the council and they said it's the card company. Round and round.", SETUP, US, -1, "pain"),
    M(GEMMA, "Carys, how much of it falls on you, from Bristol?"),
    P(CARYS, "More than I'd like. I do the card, the timesheets, the phone calls, and I drive up every other weekend. I'm not complaining, she's my mum, but I've used all my annual leave on the council.", CARER, US, 0, "pain"),
    M(GEMMA, "Tell me about your PA."),
    P(DILYS, "Shirin. Lovely. Patient.", LIFE, US, 1, "praise"),
    P(CARYS, "Shirin's a retired speech and language assistant, which is pure luck. She lets Mum finish her sentences. They do the crossword together.", LIFE, US, 1, "praise"),
    B(DILYS, "She cheats."),
    M(GEMMA, "How did you find her?"),
    P(CARYS, "Through church, someone's sister. We did it all properly, contract, DBS check, the insurance through the Hub's scheme. The Hub walked me through every step.", EMPLOY, US, 1, "praise"),
    M(GEMMA, "Has anything gone wrong since?"),
    P(CARYS, "The review. In September they rang and said Mum's needs had reduced because she's more independent. She's more independent because Shirin takes her out. They wanted to cut her to ten hours.", REVIEW, FU, -1, "pain"),
    P(DILYS, "No. Not fair.", REVIEW, FU, -1, "pain"),
    M(GEMMA, "What happened?"),
    P(CARYS, "We asked for a face-to-face review and I got the speech therapist to write a letter. We kept twelve. So we lost two hours, which is Mum's church hours, effectively.", REVIEW, FU, -1, "pain"),
    M(GEMMA, "Going back a bit, Carys, does your mum pay a contribution?"),
    P(CARYS, "Thirty-one pounds a week, because of her teacher's pension. I think that's fine, to be honest. She's got more than a lot of people.", CONTRIB, DE, 1, "praise"),
    P(DILYS, "Fair.", CONTRIB, DE, 1, "praise"),
    M(GEMMA, "If you could say one thing to the council, what would it be?"),
    P(DILYS, "Talk to me. Slowly.", ASSESS, PR, 0, "suggestion"),
    P(CARYS, "And don't punish people for getting better. That's the whole point of the money.", REVIEW, FU, -1, "suggestion"),
    M(GEMMA, "Thank you both. That's really helpful."),
    B(DILYS, "Thank you. Bye bye.", 1, "praise"),
]

I2 = [
    M(NADIA, "Okay, we're recording. So, Marcus, welcome. This one's a bit different, it's for the council's research on direct payments, not the podcast, but same setup. You're a PA. Tell people what that means."),
    P(MARCUS, "Yeah, so I'm a personal assistant. I'm employed directly by two disabled people who get direct payments. The money comes from the council to them and they employ me, so they're my boss, not an agency.", EMPLOY, N, 0, "neutral"),
    M(NADIA, "How did you get into it?"),
    P(MARCUS, "I was a warehouse supervisor, got made redundant in twenty twenty-one. My cousin uses a wheelchair and his PA was leaving, so I covered for a month and never left. It was meant to be temporary.", EMPLOY, N, 0, "neutral"),
    M(NADIA, "Did anyone explain any of it to you at the start? The employment side?"),
    P(MARCUS, "Nobody explained anything to me, I was the employee. My cousin's mum got a pack from the council, about forty pages, and she read bits of it out to me in the kitchen. That was my induction.", INFO, FI, -1, "pain"),
    M(NADIA, "Forty pages."),
    P(MARCUS, "Give or take. There was a flowchart. I didn't follow the flowchart.", INFO, FI, -1, "pain"),
    M(NADIA, "And the second job, how did they find you?"),
    P(MARCUS, "The Hub's jobs board. There was an advert, twelve hours a week, a young guy who wanted someone to go to the gym with him and help with his shopping. I applied, did an interview in his living room with his dad sitting in, and started the week after.", EMPLOY, US, 0, "neutral"),
    M(NADIA, "Did you get a contract?"),
    P(MARCUS, "From him, yes, a proper one, the Hub's template. From my cousin, not for the first year. Which is family, you know. It was only when his payroll company asked for it that we sorted it out.", EMPLOY, US, 0, "neutral"),
    M(NADIA, "Let's talk money. Is it a good job?"),
    P(MARCUS, "It's a good job with bad money. I get twelve twenty an hour from one and twelve fifty from the other. They'd both pay me more if they could, they've said so. The budget's set by the council, and they can't stretch it.", AMOUNT, US, -1, "pain"),
    M(NADIA, "And holiday pay, sick pay?"),
    P(MARCUS, "Holiday pay, yes, it's in the payroll. Sick pay is statutory only, so if I'm off, I lose money, and my guy loses his support. So I don't go off. I've worked with a temperature more than once, which isn't great when you're doing personal care.", EMPLOY, US, -1, "pain"),
    M(NADIA, "That's a bit grim."),
    B(MARCUS, "It is what it is."),
    M(NADIA, "Who's insured if you hurt yourself at work?"),
    P(MARCUS, "They've both got employer's liability through the Hub's insurance scheme. I only know that because I asked after I did my back in lifting. It was fine in the end. But I'd never thought about it.", EMPLOY, US, 0, "neutral"),
    M(NADIA, "What about when one of them goes into hospital?"),
    P(MARCUS, "Oh, that's the big one. Last winter my cousin was in for five weeks. The council stop the direct payment after two weeks in hospital, I think it's two, it might be four. Anyway his payroll said there's no money for your wages. I was on nothing for three weeks.", EMPLOY, US, -1, "pain"),
    M(NADIA, "Nothing?"),
    P(MARCUS, "Nothing. I did food deliveries. Then he came home and I was back the next morning, because who else is he going to get.", EMPLOY, US, -1, "pain"),
    M(NADIA, "What's the best part of it?"),
    P(MARCUS, "Honestly, seeing what it changes. My younger guy couldn't get out of the house when I started. Now he's at the gym three times a week and he's got a girlfriend, which I take zero credit for, but I do drive him there.", LIFE, US, 1, "praise"),
    M(NADIA, "Fair enough."),
    P(MARCUS, "And with my cousin, it's the little stuff. He decides when he goes to bed. With the agency he'd be in bed at seven at night because that's when the last visit was.", FLEX, US, 1, "praise"),
    M(NADIA, "Are there boundary issues? With family especially?"),
    P(MARCUS, "With my cousin, yeah, course. His mum still thinks I'm her nephew first and the PA second. She'll ring me on my day off. I've had to learn to say no, which isn't easy when it's your auntie.", LIFE, US, 0, "pain"),
    M(NADIA, "Has either of them had an audit?"),
    P(MARCUS, "My younger guy's dad went through one. They asked for my timesheets going back a year. I'd been doing some swaps, a Saturday for a Tuesday, that kind of thing, and the timesheets didn't match the rota. It looked dodgy, and it wasn't, it was just life.", AUDIT, FU, -1, "pain"),
    M(NADIA, "What happened?"),
    P(MARCUS, "They sorted it in the end. The officer was reasonable, to be fair. But his dad was stressed for about a month, and I felt like it was my fault.", AUDIT, FU, 0, "pain"),
    M(NADIA, "Do you get any training?"),
    P(MARCUS, "I did moving and handling through the Hub, free, and a medication course my cousin paid for out of his budget. The council let him, which surprised me. Nobody checks I can use a hoist, though, which is a bit scary when you think about it.", EMPLOY, US, 0, "pain"),
    M(NADIA, "Anything about the payroll side, the admin?"),
    P(MARCUS, "One of my payslips comes from Moorside and it's always right. The other one my cousin's mum does by hand with a calculator and an app, and it's wrong about every third month. Not by much. But it adds up.", SUPPORT, US, 0, "pain"),
    M(NADIA, "Do you say anything?"),
    P(MARCUS, "Sometimes. It's awkward. She's doing me a favour, in her head, and I'm doing her a favour, in mine.", LIFE, US, 0, "pain"),
    M(NADIA, "If you had the council's ear, what would you tell them?"),
    P(MARCUS, "Put the rate up so people can pay us what the supermarket does. Keep paying PAs when someone's in hospital, at least for a bit. And maybe have a bank of PAs for cover, a proper one, run by the Hub.", AMOUNT, DE, 0, "suggestion"),
    M(NADIA, "A PA bank."),
    P(MARCUS, "Yeah. Because when I'm off, there's nobody. The agencies won't do a one-off, and even if they did, my cousin doesn't want a stranger washing him.", LIFE, US, -1, "pain"),
    M(NADIA, "Last one. Would you recommend being a PA?"),
    P(MARCUS, "To the right person, yes. Not for the money. If you want to make a difference and you don't mind never really being off, it's the best job I've had.", LIFE, US, 1, "praise"),
    M(NADIA, "Brilliant. Thanks, Marcus."),
    B(MARCUS, "Cheers, Nadia. Do I get a mug?"),
]

I3 = [
    M(Q_, "Thanks for having me, Bernie. You said on the phone there was something you wanted to start with."),
    P(BERNIE, "The clawback. I want that on record before anything else. They took six thousand pounds off Hayley's account in January and I'm still angry about it.", AUDIT, FU, -1, "pain"),
    M(Q_, "Tell me what happened."),
    P(BERNIE, "We'd been putting a bit aside every month. Hayley's PA, Kerry, was on maternity leave and we couldn't get cover we trusted, so I did the hours myself, unpaid. The money built up. I thought we were being careful. I was saving for Hayley to go to Center Parcs with her PAs, which she's never done. Then a letter comes, audit, surplus over eight weeks of budget, recovery of six thousand and something. No phone call, nothing.", AUDIT, FU, -1, "pain", split=5),
    M(Q_, "Did you know about the eight-week rule?"),
    P(BERNIE, "It's in the agreement, apparently. Page nineteen. I signed that agreement twelve years ago.", AUDIT, FU, -1, "pain"),
    M(Q_, "Did anyone explain what you could have done with it?"),
    P(BERNIE, "Afterwards, yes. The officer on the phone was actually very kind, I'll give her that. She said if I'd asked first they might have agreed a holiday as part of the support plan. Nobody tells you to ask first.", AUDIT, FU, 0, "pain"),
    M(Q_, "Sorry, where were we. Let's go right back to the start. How did direct payments begin for you?"),
    P(BERNIE, "Hayley was nineteen and leaving school, and the options were the day centre five days a week or nothing. She hated the day centre, she'd come home and bang her head on the wall. A mum at the epilepsy group said get a direct payment, get your own people. So I asked.", INFO, FI, 0, "neutral"),
    M(Q_, "Was that easy, asking?"),
    P(BERNIE, "It was like asking for the crown jewels back then. The social worker at the time said it was too much responsibility for a mum on her own. I had to write to the head of service. Things are better now, to be fair, they push it more than they used to.", ASSESS, AP, 0, "pain"),
    M(Q_, "And the money side, the contribution?"),
    P(BERNIE, "Hayley pays twenty-six pounds a week out of her ESA. The financial assessment form is the worst form in the county, and I say that as a woman who's done her own tax return.", CONTRIB, AP, -1, "pain"),
    M(Q_, "Worse than a tax return?"),
    P(BERNIE, "At least the tax return knows what it wants. That form asks you the same thing three times in three different ways and then asks for the bank statements you already sent.", CONTRIB, AP, -1, "pain"),
    M(Q_, "How is it set up now, the account?"),
    P(BERNIE, "We had a separate bank account for ten years, and two years ago they moved everyone onto the prepaid card. I thought it was compulsory. It turns out it wasn't, you could have argued. Anyway, we've got the card now, and it's all right. I miss paying Kerry by standing order, the card does it but it took me a month to work out how.", SETUP, US, 0, "pain"),
    M(Q_, "Tell me about Kerry and the others."),
    P(BERNIE, "Kerry's been with us eight years, and there's Josh, who's twenty-four and plays football games with Hayley, which she loves. They know her seizures better than some doctors. When Hayley had a big one in the swimming pool last year, Kerry had her out and in the recovery position before the lifeguard got there.", LIFE, US, 1, "praise"),
    M(Q_, "Has the money ever been used for something other than PA hours?"),
    P(BERNIE, "We bought a second-hand tablet for her seizure alarm app once, and that was fine. But when I asked about a taster session at a drama group they said it had to come out of her own money because drama is a leisure activity. Swimming isn't, apparently. Don't ask me.", FLEX, US, 0, "pain"),
    M(Q_, "Swimming isn't leisure?"),
    P(BERNIE, "Swimming's in her support plan as exercise for her epilepsy. Drama isn't in the plan. So it's about what's written down, not what's good for her.", FLEX, US, -1, "pain"),
    M(Q_, "What about the employer side of things?"),
    P(BERNIE, "I'm Hayley's nominated person, so technically I'm the employer. I use the Hub's payroll service. I've had to do a disciplinary once, with a PA who kept turning up late and sat on her phone. That was horrible. The Hub's employment adviser held my hand through it.", EMPLOY, US, 0, "neutral"),
    M(Q_, "Is the budget enough for two PAs?"),
    P(BERNIE, "Just. Thirty hours a week at the council rate. Kerry's been with us eight years and she's on barely more than when she started. If she left for the hospital I wouldn't blame her.", AMOUNT, DE, -1, "pain"),
    M(Q_, "You've mentioned the Hub a few times."),
    P(BERNIE, "They're the only people who pick up the phone. The council's direct payments team is two people for the whole borough, I've heard. The Hub's got Sue, and Sue knows everything.", SUPPORT, US, 1, "praise"),
    M(Q_, "Two people?"),
    P(BERNIE, "That's what I heard. Might be three. It's not enough, whatever it is.", SUPPORT, US, -1, "pain"),
    M(Q_, "How much of your week does it take?"),
    P(BERNIE, "The paperwork, maybe five hours. The worry, all of it. I'm sixty-three. I lie awake thinking what happens to Hayley's direct payment when I can't do this any more. Nobody has an answer for that.", CARER, US, -1, "pain"),
    M(Q_, "Have you had a carer's assessment yourself?"),
    P(BERNIE, "Once, in twenty nineteen. I got a voucher for a massage. I didn't use it because I had nobody to sit with Hayley.", CARER, US, -1, "pain"),
    M(Q_, "Mm."),
    B(BERNIE, "I know. You couldn't make it up."),
    M(Q_, "What about reviews? When did you last have one?"),
    P(BERNIE, "March. A different social worker again, the fourth in four years. They kept the hours the same, thank God. But I spend the whole review defending things that haven't changed since the last one.", REVIEW, FU, 0, "pain"),
    M(Q_, "What could the council do differently?"),
    P(BERNIE, "Ring before you write. Honestly, if someone had rung me about the surplus we'd have sorted it in ten minutes. And have a plan for families like mine, where the parent is getting older. A proper plan, not a leaflet.", AUDIT, FU, 0, "suggestion", split=2),
    M(Q_, "That's really clear. Anything else?"),
    P(BERNIE, "Only that it's worth it. For all my moaning. Hayley's life is her own because of it. Don't write that I'm ungrateful.", LIFE, US, 1, "praise"),
    M(Q_, "I won't. Thank you, Bernie."),
    B(BERNIE, "You're welcome, love. Take a biscuit for the road."),
]

I4 = [
    M(OWEN, "Hi Priya, can you hear me okay? I'm on the guest link so I can't see the chat."),
    B(PRIYA, "Yes, loud and clear. Sorry, I've got a hot desk with a wobbly chair, so if I disappear that's why."),
    M(OWEN, "No worries. So, for the recording, could you say what your role is?"),
    P(PRIYA, "I'm a direct payments officer in the adult social care finance team. There are five of us, well, four and a half, covering about eleven hundred people on direct payments. We do the set-up, the agreements, the monitoring and the audits.", AUDIT, N, 0, "neutral"),
    M(OWEN, "Eleven hundred. How does a new person get to you?"),
    P(PRIYA, "The social worker does the care assessment and the support plan, and if the person chooses a direct payment, it comes to us. We send the agreement, set up the prepaid card, and if they're employing we point them to the Hub for payroll and insurance. In an ideal world it's three weeks from the decision to the first payment.", SETUP, US, 0, "neutral"),
    M(OWEN, "And in the real world?"),
    P(PRIYA, "Six to eight. The card provider needs ID checks, the agreement comes back unsigned, or signed on the wrong page. And we've had a backlog since the summer. I'm not going to pretend we haven't.", SETUP, US, -1, "pain"),
    M(OWEN, "A participant who's blind told us the card website doesn't work with his screen reader."),
    P(PRIYA, "That's a known issue. We've raised it with the provider twice. They've promised an accessible app in the spring, which is what they said last spring.", SETUP, US, -1, "pain"),
    M(OWEN, "What do people most often misunderstand?"),
    P(PRIYA, "That it's their money. It's not, it's public money to meet assessed needs. I understand why it feels like theirs, and in a way we want it to feel like theirs, that's the whole idea of choice and control. But then the audit comes and it's a shock.", AUDIT, FU, 0, "neutral"),
    M(OWEN, "Tell me about the audits. People I've spoken to feel quite strongly."),
    P(PRIYA, "I know. Every account gets a light-touch check every quarter from the card data, and a full audit every year or two. If there's more than eight weeks of budget sitting there, we have to look at recovering it. That's policy, not me being mean.", AUDIT, FU, 0, "neutral"),
    M(OWEN, "Is there discretion?"),
    P(PRIYA, "Yes, and the honest answer is it depends who picks it up. If someone's saving for something agreed in the plan, we leave it. If the PA's on maternity leave and they're about to recruit, we should leave it. Whether that conversation happens before the letter goes out, well, it should.", AUDIT, FU, 0, "pain"),
    M(OWEN, "One parent told me she got a recovery letter without a phone call."),
    P(PRIYA, "That would have been the batch letters in January. We sent about ninety in one go because of the year end. I wasn't proud of that. We've changed the process so someone rings first now.", AUDIT, FU, 0, "neutral"),
    M(OWEN, "What about managed accounts? When does someone end up on one?"),
    P(PRIYA, "Either they choose it, because they don't want the admin, which is completely fine, or we've had concerns, misuse or just chaos, and we agree it's safer. I'd say two thirds choose it. The ones who are moved don't usually see it as a choice, and I get that.", SUPPORT, FU, 0, "neutral"),
    M(OWEN, "Do you see it as a step down?"),
    P(PRIYA, "For some people. You lose flexibility, the provider has to check with us before anything unusual. But I've also seen carers who were drowning get their evenings back.", SUPPORT, FU, 0, "neutral"),
    M(OWEN, "People say what they can spend it on depends on the social worker."),
    P(PRIYA, "It does, and more than it should. The rule is simple, it has to meet an outcome in the plan. A gym pass can meet an outcome. But social workers are nervous about audits, so they say no to be safe.", FLEX, US, 0, "pain"),
    M(OWEN, "The hourly rate came up a lot. Fifteen eighty."),
    P(PRIYA, "It went up to fifteen eighty in April. The agencies are paid more because they've got overheads, that's the argument. From where I sit, the rate for PAs is too low to recruit on, and I've said that in writing. It's a budget decision above my pay grade.", AMOUNT, DE, -1, "pain"),
    B(LISA, "Oh sorry, Priya, I thought you'd booked this room till eleven. I'll come back."),
    B(PRIYA, "No worries, Lisa, ten more minutes."),
    M(OWEN, "Sorry, carry on. You were saying the rate's above your pay grade."),
    P(PRIYA, "Yes. What I can do is make sure people know about the extras. Contingency for sickness cover, the insurance allowance, the payroll fee. A lot of people don't claim them because nobody told them at set-up.", AMOUNT, DE, 0, "neutral"),
    M(OWEN, "What about hospital stays? A PA told us he went three weeks without pay."),
    P(PRIYA, "The policy is we keep paying for four weeks if the person's in hospital, so the PAs can be kept on. After that it's reviewed. If his employer's payroll stopped him after two weeks, that's not our policy, that's a misunderstanding somewhere along the line.", EMPLOY, US, 0, "neutral"),
    M(OWEN, "So people are getting different information."),
    P(PRIYA, "All the time. The Facebook group is brilliant for support and terrible for facts. I've seen posts saying you can't pay family, which isn't right, and posts saying the council can't touch your savings, which also isn't right.", INFO, FI, 0, "pain"),
    M(OWEN, "Should the council be in that group?"),
    P(PRIYA, "I'd love to answer questions in it. Comms said no, because of the risk of arguments in public. So we don't, and the rumours carry on.", INFO, FI, -1, "pain"),
    M(OWEN, "The financial assessment form gets mentioned a lot too."),
    P(PRIYA, "That's a different team, but yes, I hear about it every day. People don't understand that the contribution is worked out separately from the budget, so they get two letters weeks apart and think one cancels the other.", CONTRIB, DE, -1, "pain"),
    M(OWEN, "Do you see the review side?"),
    P(PRIYA, "Not directly, that's the social workers. But I see the letters when budgets go down, because we adjust the card payments. Last year there was a push to review everyone with more than forty hours. I'll leave that there.", REVIEW, FU, 0, "pain"),
    M(OWEN, "Off the record?"),
    P(PRIYA, "On the record, reviews are about making sure the plan still fits. Off the record, you can guess.", REVIEW, FU, -1, "pain"),
    M(OWEN, "If you could change one thing?"),
    P(PRIYA, "A phone call at the start, a real one, an hour, where someone walks you through being an employer and what the audit will look at. We'd save so much grief later. And a rate that lets people keep their PAs.", SETUP, US, 0, "suggestion"),
    M(OWEN, "That's great, thanks Priya."),
    B(PRIYA, "No problem. Send me the report, I'll make sure it goes upstairs."),
]

I5 = [
    M(GEM, "Okay, Shaun, thanks for doing this on video. Can you start by telling me a bit about you?"),
    P(SHAUN, "Shaun, forty-nine, MS for about fifteen years. I used to drive a bin lorry for the council, funnily enough. I've been on direct payments since twenty sixteen.", REVIEW, N, 0, "neutral"),
    M(GEM, "And before that?"),
    P(SHAUN, "My wife did everything. Kerry-Ann. She was working nights at the hospital and doing my care in the day, and one day she just sat on the stairs and cried and couldn't stop. That was the day I rang the council.", CARER, N, -1, "pain"),
    M(GEM, "That sounds really hard."),
    P(SHAUN, "It was. It was the best thing that happened, in a way, because it made us ask.", CARER, N, 0, "neutral"),
    M(GEM, "How did you find out about direct payments?"),
    P(SHAUN, "The occupational therapist, she was the one. The social worker was going to send an agency, and the OT said, Shaun, you're a bloke who likes to be in charge, ask for a direct payment. So I did.", INFO, FI, 1, "praise"),
    M(GEM, "And the assessment itself?"),
    P(SHAUN, "It was fine. Long. They came out twice. The second time the social worker watched me try to get out of the chair, and that was humiliating, but I understand why they need to see it.", ASSESS, PR, 0, "neutral"),
    M(GEM, "How did you feel about the budget you got?"),
    P(SHAUN, "At first, twenty-two hours, I thought I'd won the lottery. Then I worked out what a PA actually costs and it was more like a scratch card.", AMOUNT, DE, -1, "pain"),
    M(GEM, "Did you use the card, before the managed account?"),
    P(SHAUN, "Yeah, the card was fine for paying the PAs. The online statements are a nightmare on a phone, though, tiny print, and it logs you out every two minutes.", SETUP, US, -1, "pain"),
    M(GEM, "Tell me about the review."),
    P(SHAUN, "Two years ago. New social worker, phone review, thirty minutes. She said my needs hadn't changed so they'd be looking at efficiencies. Efficiencies! They cut me to sixteen hours. My MS hadn't got better, it had got worse. It's MS.", REVIEW, FU, -1, "pain"),
    M(GEM, "Did you challenge it?"),
    P(SHAUN, "I made a complaint. The Hub helped me write it. It took five months, and at the end they gave me two hours back and said the rest was the outcome of a fair assessment. So eighteen.", REVIEW, FU, -1, "pain"),
    M(GEM, "And how did you cope with fewer hours?"),
    P(SHAUN, "Kerry-Ann picked them up. So we're back where we started, just with more paperwork.", CARER, FU, -1, "pain"),
    M(GEM, "How is she doing now?"),
    P(SHAUN, "Tired. She won't say it, but she's tired. She's cut her hours at the hospital and nobody's asked her how she is, not once, not in any of the reviews.", CARER, FU, -1, "pain"),
    M(GEM, "You mentioned the managed account before we started recording."),
    P(SHAUN, "Yeah. After the cut I let the admin slide, I'm not going to lie. I was low and the timesheets were in a pile. I didn't send in the quarterly return twice. So they suggested a managed account, and suggested is a strong word.", SUPPORT, FU, -1, "pain"),
    M(GEM, "What's it like?"),
    P(SHAUN, "Keystone do it. They're not bad, actually. My PAs get paid on time, which wasn't always true when I was doing it. But if I want to swap a Tuesday for a Thursday I have to email someone called Brandon who I've never met.", SUPPORT, FU, 0, "pain"),
    M(GEM, "Would you go back to managing it yourself?"),
    P(SHAUN, "One day. They said I can ask to come off it after a year with no problems. I've not asked yet.", SUPPORT, FU, 0, "neutral"),
    M(GEM, "Tell me about your PAs."),
    P(SHAUN, "I've got two. Daz, who's an ex-fireman and strong as an ox, and Emma, who's a student nurse. Daz gets me to the Vale's home games. Emma does my mornings before her shifts. They get on with my wife, which is half the battle.", LIFE, US, 1, "praise"),
    M(GEM, "What's the hardest bit of being the employer?"),
    P(SHAUN, "Cover. If Daz is on holiday, I'm in bed till Kerry-Ann gets home. The budget's meant to include holiday cover, but at fifteen eighty an hour there's nothing left to pay anyone else.", EMPLOY, US, -1, "pain"),
    M(GEM, "Has the budget ever paid for anything that wasn't a person?"),
    P(SHAUN, "I asked to use some for servicing my scooter. They said that's not care, it's equipment. So I pay that myself. Fair enough, I suppose.", FLEX, US, 0, "neutral"),
    M(GEM, "And do you pay anything towards it?"),
    P(SHAUN, "Nothing, because I'm on benefits only. Which people think means it's free. It's not free, I paid for it for twenty-five years driving a bin lorry.", CONTRIB, DE, 0, "neutral"),
    M(GEM, "What's the one thing you'd change?"),
    P(SHAUN, "Reviews face to face, with someone who's read the file. That's it. Not much to ask.", REVIEW, FU, 0, "suggestion"),
    M(GEM, "Not much at all. Thanks, Shaun."),
    B(SHAUN, "No bother. Good luck with it."),
]

I6 = [
    M(INT, "So this is being recorded just for me to type up. Kieran, do you want to start? Tell me a bit about yourself."),
    P(KIERAN, "I'm Kieran, I'm nineteen, I've got cerebral palsy and I use a power chair. I'm at Highfold College doing media. I like football and gaming.", LIFE, N, 0, "neutral"),
    P(TINA, "And he's been waiting since he was seventeen for this.", ASSESS, N, -1, "pain"),
    M(INT, "We'll get to that. Kieran, what did you want direct payments for?"),
    P(KIERAN, "So I can go out with people my own age. Not with my mum. No offence.", FLEX, N, 0, "neutral"),
    B(TINA, "None taken. Much."),
    M(INT, "Tina, when did it start, the process?"),
    P(TINA, "His transition review at school was in Year 12. The social worker from the children's team said adult services would pick it up by his eighteenth. They didn't. He turned eighteen in the April and the adult social worker came in the October.", ASSESS, PR, -1, "pain", split=2),
    M(INT, "What happened in between?"),
    P(TINA, "I gave up my job at the bakery. Someone had to get him to college.", CARER, PR, -1, "pain"),
    B(KIERAN, "She was a good baker."),
    M(INT, "And the assessment itself, Kieran, when it came?"),
    P(KIERAN, "She was all right. She talked to me. She asked what I wanted and I said I want a PA who's not fifty. And she wrote that down, actually.", ASSESS, PR, 1, "praise"),
    P(TINA, "She did. She was good, that one. She's left now.", ASSESS, PR, 0, "neutral"),
    M(INT, "How did the budget come out?"),
    P(TINA, "Eighteen hours a week, and a separate bit for a day at college with support. The letter said he'd pay nothing towards it because he's under twenty-five, or something like that. I'm not sure that's right, I think it's because he's only got his benefits.", CONTRIB, DE, 0, "neutral"),
    M(INT, "Is eighteen hours enough?"),
    P(KIERAN, "For college and one night out, yes. Not for a social life. People my age go out more than once a week.", AMOUNT, DE, 0, "pain"),
    M(INT, "Who holds the money?"),
    P(KIERAN, "Me. It's my card. It's got my name on it.", SETUP, US, 1, "praise"),
    P(TINA, "I'm his appointee for his benefits, but the direct payment is in his name, which I fought for. He's nineteen, he can make his own decisions, it's his life.", FLEX, US, 1, "praise"),
    M(INT, "How did you find your PAs?"),
    P(KIERAN, "Instagram. I made a post with my brother, PA wanted, must like football, must not be boring. We got forty messages.", EMPLOY, US, 1, "praise"),
    P(TINA, "And then we had to interview twelve people in our front room and do DBS checks, and I had to learn about right to work checks, which I'd never heard of. The Hub had a checklist, thank God.", EMPLOY, US, 0, "neutral", split=1),
    M(INT, "Who's the employer, legally?"),
    P(KIERAN, "Me. Which is weird, because I'm the youngest person in the room when we have meetings.", EMPLOY, US, 0, "neutral"),
    P(TINA, "I do the payroll bits with him. Well, mostly for him. He signs everything.", CARER, US, 0, "neutral"),
    M(INT, "How has life changed since the PAs started?"),
    P(KIERAN, "I went to a gig. On my own, well, with Jamal, my PA. First time ever without my mum or my dad. It was loud. It was the best night.", LIFE, US, 1, "praise"),
    P(TINA, "I sat at home and cried. Good crying.", LIFE, US, 1, "praise"),
    M(INT, "What hasn't worked?"),
    P(KIERAN, "The money runs out at the end of the month if we do a lot. And the card website is so bad on a phone. Nobody my age uses a laptop.", SETUP, US, -1, "pain"),
    P(TINA, "And the college hours. The college say it's the council's job to fund his support there, the council say it's the college's job. So his PA goes in unpaid half the time.", FLEX, US, -1, "pain"),
    M(INT, "Unpaid?"),
    P(TINA, "Jamal does it out of the goodness of his heart. Which isn't right, and I've told the social worker. Nothing's changed.", EMPLOY, US, -1, "pain"),
    M(INT, "Have you had a review yet?"),
    P(KIERAN, "Not yet. Mum says they'll cut it.", REVIEW, FU, 0, "neutral"),
    P(TINA, "I didn't say that. I said they might.", REVIEW, FU, 0, "neutral"),
    M(INT, "If you could change one thing?"),
    P(KIERAN, "An app for the card. A proper one.", SETUP, US, 0, "suggestion"),
    P(TINA, "Start the adult assessment at sixteen, not eighteen. Then nobody has to give up their job.", ASSESS, PR, 0, "suggestion"),
    M(INT, "Brilliant, thank you both."),
    B(KIERAN, "Can I have a copy of the recording? For my media course.", 0, "question"),
]

SESSIONS = [
    dict(file="focus-group-1.srt", fmt="otter_srt", turns=FG1, seed=101, t0=3.4, para_words=46),
    dict(file="focus-group-2.md", fmt="gong_md", turns=FG2, seed=202, t0=4.1,
         gong_id="7482910365521904811", started=_dt.datetime(2025, 11, 12, 18, 0, 3, tzinfo=_dt.timezone.utc),
         title="Castleford Vale direct payments - online focus group (evening)",
         client="Castleford Vale Council", system="Zoom", scope="External", media="Video",
         internal=[("Hannah Pryce", "hannah.pryce@brightwater-research.co.uk", "Associate Director"),
                   ("Sam Okoro", "sam.okoro@brightwater-research.co.uk", "Research Executive")],
         external=[("Leanne Fox", "leannefox.ms@gmail.com"), ("Arjun Mehta", "arjun.mehta71@outlook.com"),
                   ("Beverley Shaw", "bevshaw.pa@gmail.com"), ("Tomasz Nowak", "tomasz.nowak.cv@gmail.com"),
                   (None, None)]),
    dict(file="interview-1.md", fmt="grain_obsidian_md", turns=I1, seed=303, t0=1.2,
         grain_id="b71d0c2e-5a34-4f0e-9c61-2e8f4d7a13c5",
         url="https://grain.com/share/recording/b71d0c2e-5a34-4f0e-9c61-2e8f4d7a13c5/Qm7vX2LpR9tKc4sWzN8hJd3fYbA6uE1o",
         start="2025-11-18T14:02:00Z", updated="2025-11-18T15:41:27Z",
         people=[GEMMA, DILYS, "Grain Notetaker", CARYS]),
    dict(file="interview-2.txt", fmt="zencastr_txt", turns=I2, seed=404, t0=2.35, seg_words=36),
    dict(file="interview-3.md", fmt="obsidian_callout_md", turns=I3, seed=505, note_after=7,
         sections={0: "The clawback (Bernie wanted to start here)", 8: "Getting started",
                   18: "PAs and the employer side", 32: "Bernie herself", 38: "Reviews and what would help"}),
    dict(file="interview-4.vtt", fmt="teams_vtt", turns=I4, seed=606, t0=5.62, first_n=12,
         guid="6c9e2f41-83ab-4d07-b5e2-0a9d71c4f3e8", seg_words=16),
    dict(file="interview-5.srt", fmt="descript_srt", turns=I5, seed=707, t0=0.84, line_chars=42),
    dict(file="interview-6.xlsx", fmt="pasted_xlsx", turns=I6, seed=808,
         note_after=20, note="[Tina makes a cup of tea, recorder left running, nothing said]",
         memos={7: "check dates with Tina", 32: "ask council who funds support at college"},
         epoch=_dt.datetime(2025, 11, 27, 16, 12, 0), author="Aidan Shah",
         codes={1: "intro", 2: "transition gap", 7: "transition gap", 9: "carer impact", 12: "assessment (+)",
                15: "contribution?", 17: "hours", 19: "own card", 20: "capacity / control", 22: "PA recruitment",
                23: "employer admin", 28: "independence", 31: "card website", 32: "college funding gap",
                34: "PA unpaid", 39: "suggestion", 40: "suggestion"}),
]

# ---------------------------------------------------------------------------
# Codebook
# ---------------------------------------------------------------------------
CODEBOOK = [
    (INFO, "Finding out about direct payments",
     "How people first hear that direct payments exist and what they involve, before and around asking for one: social workers, occupational therapists, transition workers, the council website and leaflet, the Hub's website and video, the Castleford Vale direct payments Facebook group, peers on a hospital ward, packs that nobody reads, rumours and wrong information about the rules (paying family, savings). The Hub as a service that helps once you have a payment goes to support_services; explanations given at the assessment go to assessment.",
     ["drew it on the back of an envelope", "those people were a godsend", "brilliant for support and terrible for facts"]),
    (ASSESS, "The needs assessment and waiting for it",
     "The Care Act needs assessment and the support plan: waiting weeks or years for someone to come (including the gap between children's and adult services), being asked to ask for a direct payment, who the social worker talks to, aphasia and being talked over, describing the worst day, what goes into the plan, and wishes for earlier or slower assessments. The financial assessment form goes to contribution; the budget figure that results goes to budget_amount; later reassessments at review go to reviews_cuts.",
     ["he could make himself a sandwich", "describe your worst day", "Talk to me. Slowly."]),
    (AMOUNT, "The personal budget, the hours and the hourly rate",
     "What the decision gives: the indicative budget and the resource allocation tool, the number of hours, the hourly rate (fifteen pounds eighty) compared with what agencies are paid, what PAs can be paid out of it, extras such as sickness cover or the payroll fee, and whether the amount is fair. What the money may be spent on goes to flexibility; money taken off at a review goes to reviews_cuts; the contribution goes to contribution.",
     ["numbers only just work if nobody's ever ill", "It was the rate that was the problem", "more like a scratch card"]),
    (CONTRIB, "Financial assessment and the contribution",
     "The separate financial assessment: the long form, bank statements, pensions and benefits counted, disability-related expenditure, the weekly contribution, yearly changes nobody explains, paying nothing on benefits, and the two letters that arrive weeks apart. Worries about money running out within the budget go to budget_amount.",
     ["A hundred and six. Every week.", "disability related expenditure", "the worst form in the county"]),
    (SETUP, "Setting up: the agreement, the prepaid card and the first payment",
     "Getting the payment going and handling it: the direct payment agreement, the prepaid card versus a separate bank account, whose name the card is in, the card website and login codes, screen readers and phones, blocked cards, standing orders, and the weeks between decision and first payment. Audits that use the card data go to audits_clawback; managed accounts go to support_services.",
     ["an employer who can't look at his own bank", "Round and round.", "An app for the card."]),
    (EMPLOY, "Being an employer and working as a PA",
     "Employing personal assistants, seen by employers and by PAs: recruiting (jobs boards, Instagram, church, poaching from the agency), contracts, DBS and right to work checks, payroll, HMRC, pension auto-enrolment, holiday and sick pay, insurance, training, disciplinaries, paying family, PAs' pay and what happens to them when the employer is in hospital. A payroll or managed account provider's own service goes to support_services; the hourly rate in the budget goes to budget_amount; the day-to-day relationship goes to life_with_pas.",
     ["threatening me with a fine", "I've worked with a temperature more than once", "Pay PAs properly"]),
    (LIFE, "Daily life with PAs and what support makes possible",
     "Living with the support: the same faces instead of agency visits, PAs who know the person, going to work, church, the gym, gigs and rugby clubs, independence, dignity, boundaries between PA and family, no backup when a PA is ill, and whether it is worth it. The carer's own burden goes to carer_load; what the rules allow the money to be used for goes to flexibility.",
     ["It's night and day.", "They do the crossword together.", "my cousin doesn't want a stranger washing him"]),
    (CARER, "Family carers: the load and the worry",
     "Relatives who care or run the direct payment: burning out, giving up work, doing timesheets at night and at weekends, a second job, the carer's assessment, getting older and what happens when they cannot do it, picking up hours that were cut. The disabled person's own daily life goes to life_with_pas.",
     ["it is also a second job", "I lie awake thinking", "I gave up my job at the bakery"]),
    (FLEX, "Choice, control and what the money can be used for",
     "Whether the money can be spent flexibly: choosing your own people instead of an agency, banking hours for a weekend away, gym membership, courses, drama, equipment, respite weeks and panels, college support, whose decision it is, and the gap between 'choice and control' and the rules. Surplus taken back afterwards goes to audits_clawback.",
     ["Choice of what they say you can choose.", "banking a few for a weekend away", "not what's good for her"]),
    (AUDIT, "Monitoring, audits and clawbacks",
     "Checking how the money was spent: quarterly checks, audits asking for a year of statements, timesheets and receipts, surplus above eight weeks of budget, recovery letters without a phone call, what people believe about saving up, being moved onto a managed account after an audit, and the officer's view of the rules and discretion. Being moved is coded here when the audit is the point; life on a managed account goes to support_services.",
     ["Spend it or lose it.", "No phone call, nothing.", "That's policy, not me being mean."]),
    (REVIEW, "Reviews, reassessment and cuts",
     "Annual and other reviews of the care and support plan: phone reviews, new social workers who have not read the file, needs said to have 'reduced' because the support works, hours cut, complaints and getting some hours back, waiting for the first review, and wishes for face-to-face reviews. The yearly change of the contribution goes to contribution.",
     ["Take the PAs away and see how well he does.", "don't punish people for getting better", "Efficiencies!"]),
    (SUPPORT, "Support services and managed accounts",
     "Help with running a direct payment: the Hub's payroll service, employer sessions and employment adviser, payroll bureaus such as Moorside, managed account providers such as Keystone and the company in Leeds, the council's small direct payments team and someone to ring. Duties of an employer as such go to employing_pas.",
     ["worth every penny", "I have to email Leeds", "The Hub's got Sue, and Sue knows everything."]),
]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


SENT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def sentences(text: str) -> list[str]:
    out = [x for x in SENT_RE.split(norm(text)) if x]
    assert " ".join(out) == norm(text)
    return out


def paragraphs(t) -> list[str]:
    """A turn typed as two paragraphs (split=k: the first k sentences)."""
    k = t.get("split")
    if not k:
        return [t["text"]]
    s = sentences(t["text"])
    assert 0 < k < len(s), t["text"][:40]
    return [" ".join(s[:k]), " ".join(s[k:])]


def timings(s):
    """(start, end) in seconds for every turn: about 2.6 words a second plus pauses."""
    rnd = random.Random(s["seed"])
    t, out = s.get("t0", 1.0), []
    for turn in s["turns"]:
        dur = len(turn["text"].split()) / 2.6 + rnd.uniform(0.3, 1.1)
        out.append((t, t + dur))
        t = t + dur + rnd.uniform(0.4, 1.7)
    return out


def split_by_words(text: str, target: int) -> list[str]:
    """Group sentences into pieces of about `target` words (the last short piece is merged)."""
    out, cur = [], []
    for x in sentences(text):
        cur.append(x)
        if len(" ".join(cur).split()) >= target:
            out.append(" ".join(cur))
            cur = []
    if cur:
        if out and len(" ".join(cur).split()) < 5:
            out[-1] += " " + " ".join(cur)
        else:
            out.append(" ".join(cur))
    assert " ".join(out) == norm(text)
    return out


def srt_ts(x: float) -> str:
    ms = int(round(x * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d},{ms % 1000:03d}"


def vtt_ts(x: float) -> str:
    return srt_ts(x).replace(",", ".")


def wrap(text: str, width: int) -> list[str]:
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    assert " ".join(lines) == text, text[:40]
    return lines


def repackage(raw: bytes, when: _dt.datetime, app_name: str) -> bytes:
    """Re-zip an OOXML package with fixed timestamps and fixed core dates; drop any
    thumbnail; name the Office application in docProps/app.xml."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = parts["docProps/core.xml"].decode("utf-8")
    for tag in ("created", "modified"):
        core = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{stamp}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
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
# Writers
# ---------------------------------------------------------------------------
def write_otter_srt(s):
    """Otter.ai 'Export text' as SRT with 'Include speaker names' on, 'Add line breaks
    automatically' on, at most 2 lines of at most 32 characters: the name and a colon open
    the first cue of each Otter paragraph, the cues that continue it carry no name; a long
    turn is two Otter paragraphs (the name comes again)."""
    cues = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        sents, words = sentences(t["text"]), len(t["text"].split())
        if words > s["para_words"] and len(sents) >= 3:
            k = len(sents) // 2
            paras = [" ".join(sents[:k]), " ".join(sents[k:])]
        else:
            paras = [norm(t["text"])]
        start = a
        for para in paras:
            pdur = (b - a) * len(para.split()) / words
            lines = wrap(f"{t['speaker']}: {para}", 32)
            groups = [lines[i:i + 2] for i in range(0, len(lines), 2)]
            total = sum(len(" ".join(g)) for g in groups)
            for g in groups:
                d = pdur * len(" ".join(g)) / total
                cues.append((start, start + d, g))
                start += d
    out = [f"{i}\n{srt_ts(x)} --> {srt_ts(y)}\n" + "\n".join(g) + "\n" for i, (x, y, g) in enumerate(cues, 1)]
    return "\n".join(out).encode("utf-8")


def _gong_stamp(sec: float) -> str:
    total = int(sec)
    h, m, x = total // 3600, total % 3600 // 60, total % 60
    return f"[{h:02d}:{m:02d}:{x:02d}]" if h > 0 else f"[{m:02d}:{x:02d}]"


def write_gong_md(s):
    """A Gong call synced to Markdown by gong-to-github (markdown_converter.call_to_markdown):
    YAML front matter, title, date, duration, participants, system line, the Gong link, then
    '## Transcript' with one block per Gong sentence: '**[MM:SS] Name (Client):**', the
    sentence, an empty line. Externals get ' (Client)'; a party Gong could not resolve is
    'Speaker ' and the first 8 characters of its speaker id."""
    tim = timings(s)
    dur = int(tim[-1][1] + 6)
    lines = ["---", f"gong_id: {s['gong_id']}", f"date: {s['started'].isoformat()}",
             f"duration_seconds: {dur}", f'title: "{s["title"]}"', f"client: {s['client']}",
             f"gong_url: https://us-48211.app.gong.io/call?id={s['gong_id']}",
             f"scope: {s['scope']}", f"system: {s['system']}"]
    ie = [e for _, e, _ in s["internal"] if e]
    ee = [e for _, e in s["external"] if e]
    lines += [f"internal_participants: {ie}", f"external_participants: {ee}", "---", "",
              f"# {s['title']}", "", f"**Date:** {s['started'].strftime('%Y-%m-%d %H:%M')}",
              f"**Duration:** {dur // 60} min", "", "**Participants:**"]
    for name, email, title in s["internal"]:
        lines.append(f"- {name or email or 'Unknown'} (Internal) - {title}")
    for name, email in s["external"]:
        lines.append(f"- {name or email or 'Unknown'} (External)")
    lines += ["", f"**System:** {s['system']} | **Type:** {s['scope']} | **Media:** {s['media']}", "",
              f"[View in Gong](https://us-48211.app.gong.io/call?id={s['gong_id']})", "", "---", "",
              "## Transcript", ""]
    for t, (a, b) in zip(s["turns"], tim):
        sents, words, start = sentences(t["text"]), len(t["text"].split()), a
        for x in sents:
            lines.append(f"**{_gong_stamp(start)} {t['speaker']}:**")
            lines.append(x)
            lines.append("")
            start += (b - a) * len(x.split()) / words
    return "\n".join(lines).encode("utf-8")


def _grain_stamp(sec: float) -> str:
    total = int(sec)
    h, m, x = total // 3600, total % 3600 // 60, total % 60
    return f"{h}:{m:02d}:{x:02d}" if h > 0 else f"{m}:{x:02d}"


def write_grain_obsidian_md(s):
    """Obsidian Grain Sync (note.ts buildNote): front matter (categories, type, date, org,
    people as wikilinks of the participants who spoke, topics, url, grain_id, updated), then
    '## Transcript' and one block per run of one speaker: '**Name** (M:SS)', an empty line,
    the text; blocks separated by an empty line, one newline at the end."""
    spoke = {t["speaker"] for t in s["turns"]}
    people = [p for p in s["people"] if p in spoke]
    fm = "\n".join(["---", "categories:", '  - "[[Meetings]]"', "type:", "  - recording",
                    f"date: {s['start'].split('T')[0]}", "org:", "people:"]
                   + [f'  - "[[{p}]]"' for p in people]
                   + ["topics: []", f"url: {s['url']}", f"grain_id: {s['grain_id']}",
                      f"updated: {s['updated']}", "---"])
    blocks = [f"**{t['speaker']}** ({_grain_stamp(a)})\n\n{norm(t['text'])}"
              for t, (a, _) in zip(s["turns"], timings(s))]
    return (fm + "\n" + "## Transcript\n\n" + "\n\n".join(blocks) + "\n").encode("utf-8")


def _zen_stamp(sec: float) -> str:
    cs = int(round(sec * 100))
    return f"{cs // 6000:02d}:{cs % 6000 // 100:02d}.{cs % 100:02d}"


def write_zencastr_txt(s):
    """Zencastr transcript text: a 'MM:SS.ss' line, the speaker's name on the next line, the
    words below (a long segment on two lines), an empty line between segments; a long turn
    is two segments of one speaker with their own times."""
    blocks = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        segs = split_by_words(t["text"], s["seg_words"]) if len(t["text"].split()) > s["seg_words"] else [norm(t["text"])]
        words, start = len(t["text"].split()), a
        for seg in segs:
            ss = sentences(seg)
            body = seg if len(seg.split()) < 30 or len(ss) < 2 else " ".join(ss[:len(ss) // 2]) + "\n" + " ".join(ss[len(ss) // 2:])
            blocks.append(f"{_zen_stamp(start)}\n{t['speaker']}\n{body}")
            start += (b - a) * len(seg.split()) / words
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


OBSIDIAN_HEAD = """---
tags:
  - research/direct-payments
  - interview
date: 2025-11-20
participant: "Bernie (P14)"
interviewer: Owen Bright
recording: "[[2025-11-20 Bernie.m4a]]"
status: typed-up
---

# Interview 3 – Bernie, mum and nominated person for Hayley

> [!info] Setting
> Bernie's kitchen, Tanner's Green, Thursday 20 November 2025, about 55 minutes, recorded on my phone. Hayley (31) was at her day service. Typed up from the recording the next morning, intelligent verbatim. My questions are **Q:**, Bernie's answers are the quote callouts.

## Background
- Hayley has a learning disability and epilepsy, direct payment since she left school at 19.
- Two PAs (Kerry, Josh), Hub payroll, prepaid card since 2023.
- Surplus of about £6,000 recovered after the January audit. Bernie asked to start there.

## Transcript
"""


def write_obsidian_callout_md(s):
    """A researcher's own Obsidian note: YAML front matter, a title, an info callout and
    background bullets, then the transcript under '## Transcript' with '###' headings for the
    parts of the guide: questions as '**Q:** text', answers as '> [!quote] Name' callouts
    (a second paragraph after a bare '>'), and one '> [!note]' aside that is not speech."""
    out = [OBSIDIAN_HEAD]
    for i, t in enumerate(s["turns"]):
        if i in s["sections"]:
            out.append(f"\n### {s['sections'][i]}\n")
        if t["mod"]:
            out.append(f"\n**{t['speaker']}:** {t['text']}\n")
        else:
            body = "\n>\n".join(f"> {p}" for p in paragraphs(t))
            out.append(f"\n> [!quote] {t['speaker']}\n{body}\n")
        if i == s["note_after"]:
            out.append("\n> [!note] Phone rang\n> Hayley's day centre. Bernie took it in the hall, about three minutes. Picked up again below.\n")
    return "".join(out).encode("utf-8")


def write_teams_vtt(s):
    """Microsoft Teams transcript (.vtt): WEBVTT, cue ids '<guid>/<n>-<k>' (n per message,
    k per cue of it), '<v Display Name>text</v>'; the researcher joined through the guest
    link, so Teams names him 'Owen Bright (Guest)'."""
    out, n = ["WEBVTT", ""], s["first_n"]
    for t, (a, b) in zip(s["turns"], timings(s)):
        segs = split_by_words(t["text"], s["seg_words"]) if len(t["text"].split()) > s["seg_words"] + 4 else [norm(t["text"])]
        words, start = len(t["text"].split()), a
        for k, seg in enumerate(segs):
            d = (b - a) * len(seg.split()) / words
            out += [f"{s['guid']}/{n}-{k}", f"{vtt_ts(start)} --> {vtt_ts(start + d)}",
                    f"<v {t['speaker']}>{seg}</v>", ""]
            start += d
        n += 1
    return ("\n".join(out)).encode("utf-8")


def write_descript_srt(s):
    """Descript 'Export > Subtitles > SRT' with speaker names (from memory, not confirmed):
    one line per cue of at most 42 characters of speech, the speaker's name and a colon in
    front of every cue."""
    cues = []
    for t, (a, b) in zip(s["turns"], timings(s)):
        lines, start = wrap(norm(t["text"]), s["line_chars"]), a
        total = sum(len(x) for x in lines)
        for x in lines:
            d = (b - a) * len(x) / total
            cues.append((start, start + d, f"{t['speaker']}: {x}"))
            start += d
    out = [f"{i}\n{srt_ts(x)} --> {srt_ts(y)}\n{txt}\n" for i, (x, y, txt) in enumerate(cues, 1)]
    return "\n".join(out).encode("utf-8")


def write_pasted_xlsx(s):
    """A Word transcript pasted into Excel for first-pass coding: sheet 'Transcript' first,
    header 'Speaker | Transcript | Code (1st pass) | Memo'; the paste put each Word paragraph
    on its own row, so a two-paragraph answer is two rows and the second has no speaker; the
    labels were split off with Text to Columns on ':' (the text keeps a leading space); a
    bracketed typist's note row without speaker; a second sheet 'Codes'."""
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
    except ImportError:
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Transcript"
    for c, v in enumerate(["Speaker", "Transcript", "Code (1st pass)", "Memo"], 1):
        cell = ws.cell(row=1, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    row = 2
    for i, t in enumerate(s["turns"]):
        for k, para in enumerate(paragraphs(t)):
            if k == 0:
                ws.cell(row=row, column=1, value=t["speaker"])
            ws.cell(row=row, column=2, value=" " + para).alignment = Alignment(wrap_text=True, vertical="top")
            if k == 0 and i in s["codes"]:
                ws.cell(row=row, column=3, value=s["codes"][i])
            if k == 0 and i in s["memos"]:
                ws.cell(row=row, column=4, value=s["memos"][i])
            row += 1
        if i == s["note_after"]:
            ws.cell(row=row, column=2, value=s["note"]).font = Font(italic=True)
            row += 1
    for col, w in zip("ABCD", (10, 95, 22, 24)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    codes = wb.create_sheet("Codes")
    codes.append(["Code", "Notes"])
    for c in sorted(set(s["codes"].values())):
        codes.append([c, ""])
    wb.properties.creator = wb.properties.lastModifiedBy = s["author"]
    wb.properties.created = wb.properties.modified = s["epoch"]
    raw = io.BytesIO()
    wb.save(raw)
    return repackage(raw.getvalue(), s["epoch"], "Microsoft Excel")


WRITERS = dict(otter_srt=write_otter_srt, gong_md=write_gong_md, grain_obsidian_md=write_grain_obsidian_md,
               zencastr_txt=write_zencastr_txt, obsidian_callout_md=write_obsidian_callout_md,
               teams_vtt=write_teams_vtt, descript_srt=write_descript_srt, pasted_xlsx=write_pasted_xlsx)
NEEDS = dict(pasted_xlsx="openpyxl")

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


def parse_otter_srt(data, labels):
    pairs = []
    for block in data.decode("utf-8").strip("\n").split("\n\n"):
        lines = block.split("\n")
        assert re.fullmatch(r"\d+", lines[0]) and " --> " in lines[1], block
        text = " ".join(lines[2:])
        m = re.match(r"^([^:]{1,30}): (.*)$", text)
        if m and m.group(1) in labels:
            pairs.append((m.group(1), m.group(2)))
        else:
            pairs.append((pairs[-1][0], text))
    return _merge(pairs)


def parse_gong_md(data, labels):
    body = data.decode("utf-8").split("\n## Transcript\n", 1)[1]
    pairs = [(m.group(1), m.group(2)) for m in
             re.finditer(r"^\*\*\[\d\d:\d\d(?::\d\d)?\] (.+?):\*\*\n(.+)\n", body, re.M)]
    return _merge(pairs)


def parse_grain_obsidian_md(data, labels):
    body = data.decode("utf-8").split("\n## Transcript\n\n", 1)[1]
    pairs = [(m.group(1), m.group(2)) for m in
             re.finditer(r"^\*\*(.+?)\*\* \(\d+:\d\d(?::\d\d)?\)\n\n(.+)$", body, re.M)]
    return _merge(pairs)


def parse_zencastr_txt(data, labels):
    pairs = []
    for block in data.decode("utf-8").strip("\n").split("\n\n"):
        lines = block.split("\n")
        assert re.fullmatch(r"\d\d:\d\d\.\d\d", lines[0]), block
        pairs.append((lines[1], " ".join(lines[2:])))
    return _merge(pairs)


def parse_obsidian_callout_md(data, labels):
    text = data.decode("utf-8").split("\n## Transcript\n", 1)[1]
    pairs, cur = [], None
    for line in text.split("\n"):
        m = re.match(r"^\*\*(\w+):\*\* (.*)$", line)
        if m:
            pairs.append((m.group(1), m.group(2)))
            cur = None
            continue
        m = re.match(r"^> \[!(\w+)\] ?(.*)$", line)
        if m:
            cur = [m.group(2), []] if m.group(1) == "quote" else None
            if cur:
                pairs.append(cur)
            continue
        if line.startswith(">") and cur is not None:
            cur[1].append(line[1:].strip())
        elif not line.startswith(">"):
            cur = None
    pairs = [(p[0], " ".join(x for x in p[1] if x)) if isinstance(p, list) else p for p in pairs]
    return _merge(pairs)


def parse_teams_vtt(data, labels):
    pairs = [(m.group(1), m.group(2)) for m in
             re.finditer(r"^<v ([^>]+)>(.*)</v>$", data.decode("utf-8"), re.M)]
    return _merge(pairs)


def parse_descript_srt(data, labels):
    pairs = []
    for block in data.decode("utf-8").strip("\n").split("\n\n"):
        lines = block.split("\n")
        m = re.match(r"^([^:]{1,30}): (.*)$", lines[2])
        pairs.append((m.group(1), m.group(2)))
    return _merge(pairs)


def parse_pasted_xlsx(data, labels):
    import openpyxl
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    pairs = []
    for a, b, *_ in ws.iter_rows(min_row=2, values_only=True):
        if a:
            pairs.append((a, b))
        elif b and b.startswith("["):
            continue
        elif b:
            pairs.append((pairs[-1][0], b))
    return _merge(pairs)


PARSERS = dict(otter_srt=parse_otter_srt, gong_md=parse_gong_md, grain_obsidian_md=parse_grain_obsidian_md,
               zencastr_txt=parse_zencastr_txt, obsidian_callout_md=parse_obsidian_callout_md,
               teams_vtt=parse_teams_vtt, descript_srt=parse_descript_srt, pasted_xlsx=parse_pasted_xlsx)


def file_tokens(data: bytes, fmt: str) -> list[str]:
    """Every whitespace-separated token of the file as it is stored (cell values for the
    workbook), for the independent check that each gold text occurs in the file in order."""
    if fmt == "pasted_xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        text = " ".join(str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r if v)
    else:
        text = data.decode("utf-8")
    text = re.sub(r"</?v[^>]*>", " ", text)          # Teams voice tags
    text = re.sub(r"^>", " ", text, flags=re.M)       # Obsidian callout markers
    return text.split()


def in_order(needles: list[list[str]], hay: list[str]) -> int:
    """Index of the first gold text whose tokens are not found in order in the file, or -1.
    A token may also be found glued to a label ('Royle:', 'Dev:') at a line start."""
    pos = 0
    for n_i, toks in enumerate(needles):
        for tok in toks:
            while pos < len(hay) and hay[pos] != tok and not hay[pos].endswith(">" + tok):
                pos += 1
            if pos == len(hay):
                return n_i
            pos += 1
    return -1


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
        labels = {t["speaker"] for t in turns}
        for t in turns:
            spk = t["speaker"]
            used.add(spk)
            assert spk in known, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert "\n" not in t["text"] and "\t" not in t["text"] and "|" not in t["text"]
            assert ":" not in t["text"], t["text"][:40]             # no clock times, no 'Label: '
            assert not LABEL_LIKE.match(t["text"]), t["text"][:40]
            assert not t["text"].startswith(("[", ">", "*", "#")), t["text"][:40]
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
            parsed = PARSERS[s["fmt"]](data, labels)
            expected = [(t["speaker"], norm(t["text"])) for t in turns]
            if parsed != expected:
                for i, (x, y) in enumerate(zip(parsed, expected)):
                    if x != y:
                        problems.append(f"{s['file']} turn {i}: {x} != {y}")
                        break
                if len(parsed) != len(expected):
                    problems.append(f"{s['file']}: {len(parsed)} parsed, {len(expected)} expected")
            gold_tokens = [norm(t["text"]).split() for t in turns if not t["mod"]]
            miss = in_order(gold_tokens, file_tokens(data, s["fmt"]))
            if miss >= 0:
                problems.append(f"{s['file']}: gold text {miss} not found in order in the file")
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
        w.writerow(["speaker", "segment", "age_group", "support", "situation"])
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
    print(f"words in participant turns: {sum(len(r[7].split()) for r in rows)}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print("round trip: all transcripts parse back to the gold turns (0 mismatches); "
          "every gold text found in order in its file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
