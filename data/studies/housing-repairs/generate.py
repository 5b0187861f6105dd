#!/usr/bin/env python3
"""Generate the fictional housing-repairs study (Eastmere Borough Council):
transcripts, gold.csv, codebook.csv and transcripts/participants.csv, all from
the structured session lists in this file.

Python 3.11, standard library, plus python-docx for the one Word session
(focus-group-2.docx). Run it with the project's virtualenv:

    /work/main/.venv/bin/python generate.py      (or any python with python-docx)

Without python-docx everything except the .docx file is written, and the
existing .docx is left as it is (gold rows do not depend on it).

Each session is ONE list of turns. A moderator turn is M(speaker, text); a
participant turn is P(speaker, text, theme, stage, sentiment, kind); B() is a
participant backchannel, reaction or chatter (no theme, no stage). The
transcript file and the gold rows are written from the same list, so turn
indices cannot drift. A paragraph break inside a turn is written as a blank line
("\\n\\n") in the text; it becomes a second paragraph (docx, label-on-line text)
or a plain space (other formats). After writing, every file is parsed back with
a minimal parser for its format and compared with the list (turn index,
speaker, text). Output is byte-identical from run to run (seeded timings; the
.docx is re-zipped with fixed timestamps and fixed core properties).
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

# theme ids (see CODEBOOK below)
DM = "damp_mould"
RC = "reporting_channels"
AA = "appointments_access"
RD = "repair_decisions"
CQ = "contractor_quality"
CU = "communication_updates"
SA = "staff_attitudes"
VH = "vulnerability_health"
SE = "safety_emergencies"
CR = "complaints_redress"
CC = "costs_compensation"

PAIN, PRAISE, SUGG, QUEST, NEUT = KINDS


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
# Session 1: focus-group-1.vtt, tenants, Teams (display names, <v Name> tags)
# ---------------------------------------------------------------------------
LH = "Leanne Hartley"
SH, DP, KB, MN, GT, AF = ("Shirin Azad", "Derek Pollard", "Kayla Brennan", "Marek Nowak",
                          "Gwen Tranter", "Abdi Farah")

FG1 = [
    M(LH, "Right, I think that's everyone in. Hi all, and thanks ever so much for joining on a Tuesday night. I'm Leanne, I work in the council's research and insight team, and we're looking at the housing repairs service from your side of things, not ours. We're recording the call, but only for the write-up, and nothing you say goes on your tenancy file. Is everyone okay with that?"),
    B(DP, "Yep, fine by me."),
    B(SH, "Yes, that's fine."),
    M(LH, "Lovely. So rather than doing boring introductions, can you each tell me a bit about your home and the repair that's bothered you most? Shirin, can I start with you?"),
    P(SH, "Okay. So I'm Shirin, I'm in Saltings, a two-bed flat on the first floor, me and my three kids. And the one that's bothered me most is the mould. It's in the boys' bedroom, behind the wardrobe and all round the window, black, like, it comes back every winter. My youngest has got asthma. They've been out twice, um, but it's still there.",
      DM, N, -1, NEUT),
    M(LH, "Thank you. We'll definitely come back to the mould. Derek?"),
    P(DP, "Evening all. Derek, I'm on the Northgate, fourteenth floor of Kestrel House. Been there twenty-two years. The flat itself's not bad, touch wood, it's the lifts. There's two and one of them's been out since June. And when the other one goes, which it does, I'm stuck. I've got COPD, I can't do fourteen floors. I did it once, coming down, and it took me forty minutes and I had to sit on the landing on the ninth.",
      VH, N, -1, NEUT),
    M(LH, "Forty minutes. Gosh. Kayla?"),
    P(KB, "Hiya. I'm Kayla, I'm in Millfield, in a house, well, a little terrace, with my partner and my little girl, she's ten months. Mine was the boiler. It packed up on the Friday before New Year, so no heating, no hot water, and she was, what, two months old then. [laughs] It's not funny. We were boiling kettles to bath her.",
      SE, N, -1, NEUT),
    M(LH, "Oh no. Over New Year as well. Marek?"),
    P(MN, "Hello. Marek, Brookside, I'm in a first-floor flat in the low-rise blocks by the school. My problem was a leak from the flat above. Water came through the kitchen ceiling, first a stain, then dripping, and then one night, I was at work, I work nights, the ceiling came down. Plaster everywhere, on the cooker, on the floor. My wife was alone with it.",
      SE, N, -1, NEUT),
    M(LH, "That sounds frightening. Gwen, you're next on my screen."),
    P(GT, "Hello, love, can you hear me? My granddaughter's set this up for me. [laughs] I'm Gwen, Quayside, we've got a ground-floor flat, me and my husband Alan. Alan had a stroke two years ago, and he can't get in the bath any more, so we asked for a level-access shower. A wet room, they call it. And that's my repair, if you can call it a repair.",
      VH, N, -1, NEUT),
    M(LH, "We can hear you perfectly, Gwen. And Abdi?"),
    P(AF, "Hi. Abdi, St Anne's, third floor, in the flats near the station. Mine is maybe smaller than everyone's. The window in my son's room, the frame is rotten and it doesn't lock. It has not locked for about eight months. On the third floor maybe you think nobody can get in, but it blows open in the wind, and he is seven, so.",
      SE, N, -1, NEUT),
    M(LH, "Not small at all. Okay, let's jump in. Kayla, you said New Year. How did you actually report it? Walk me through it."),
    P(KB, "So I went on the website first, because I always do, and there's the repairs form, but it's, you pick the room, then you pick the thing, and there wasn't 'boiler'. There was 'heating', then 'radiator', 'thermostat'. And right at the end it says, if this is an emergency, please call us. So I thought, why have I just done all that? [laughs]",
      RC, AP, -1, PAIN),
    B(SH, "Oh, that form. [laughs]", -1),
    M(LH, "And when you rang?"),
    P(KB, "Forty-five minutes on hold. Forty-five! With the baby on my hip. And then the lady was nice enough, but she went through a list, is there a smell of gas, is anyone over seventy-five, is anyone disabled, and because I said no, no, no, it went in as urgent, not emergency. Three working days. No heating in January with a newborn isn't an emergency, apparently.",
      SE, AP, -1, PAIN),
    P(DP, "That's the thing, though, they've got their script, and if you're not on the script...",
      RC, AP, -1, PAIN),
    M(LH, "Did anyone else use the phone line, or the app, or something else?"),
    P(AF, "I used the app. MyEastmere. Honestly, the app is okay for reporting, you can take a photo right there, it gives you a reference, REP and some numbers. I liked that. The problem is after. After, the app says 'in progress' and that is all it says. For eight months.",
      CU, PR, 0, PAIN),
    P(SH, "Same. Mine's said 'awaiting inspection' since February.",
      CU, PR, -1, PAIN),
    P(GT, "I don't do the app, I just ring Tracey. She's our housing officer. Well, she was, she's moved on now, and I don't know who it is.",
      RC, AP, -1, PAIN),
    M(LH, "Derek, what about the lift? Who do you tell about that?"),
    P(DP, "Well, that's the question, isn't it. Is it a repair, is it the council, is it the lift company? There's a sticker in the lift with a number on, but that's for if you're trapped. I rang the repairs line once and they said communal repairs are a different team and gave me another number, which just rang out.",
      RC, FI, -1, PAIN),
    P(MN, "Ha. Everything is a different team.",
      RC, FI, -1, PAIN),
    M(LH, "[laughs] Okay. Marek, let's go back to your ceiling. When it actually got fixed, what was the repair like?"),
    P(MN, "So. First they sent someone the next morning, which, okay, good, emergency, they came. He made it safe, he took down the loose bits, he turned off the electrics in the kitchen, and he said someone will come for the ceiling. Then it was, um, seven weeks with no ceiling. A hole. You could see the joists and the pipes from upstairs.",
      CQ, US, 0, PAIN),
    M(LH, "Seven weeks with a hole in the ceiling."),
    P(MN, "Seven weeks. And no kitchen light, because he didn't want to turn it back on. We cooked with a torch. A head torch. [laughs] My son thought it was camping.",
      CQ, US, -1, PAIN),
    P(SH, "Did they at least clear up after?",
      CQ, US, 0, QUEST),
    P(MN, "The first man, yes, he was very good, he put down dust sheets. The plasterers at the end, no. White dust on everything, the cupboards, inside the cupboards. My wife cleaned for two days.",
      CQ, US, -1, PAIN),
    M(LH, "Kayla, what about the boiler, when they came?"),
    P(KB, "The engineer was lovely, actually, I'll give him that. Brightwell, they do the gas. He came on the Wednesday like they said, took one look and said the PCB's gone, that's the, um, the circuit board, and it's on order. Two weeks. He left us two little electric heaters.",
      CQ, US, 0, PRAISE),
    B(DP, "The little fan ones?"),
    P(KB, "Yeah, the fan ones. And have you seen what those cost to run? Our electric for January was two hundred and eighty quid. Normally it's about ninety.",
      CC, US, -1, PAIN),
    B(GT, "Oh my word.", -1),
    P(DP, "You can claim that back, can't you? For the heaters?",
      CC, FU, 0, QUEST),
    P(KB, "Apparently! Nobody told me that at the time. I found out in, like, March, from a girl at baby group, and by then I'd lost the bills. Well, not lost, they're on the app, but I didn't know what to send or who to send it to.",
      CC, FU, -1, PAIN),
    M(LH, "That's really useful. I want to come on to complaints and compensation properly in a bit. Gwen, your wet room, where did that get to?"),
    P(GT, "Well. It took, oh, I'd have to think. We asked in the spring of last year. Then the OT had to come, the occupational therapist, from social services, not the council, well, it is the council, but a different bit. She came, she was lovely, she measured everything. Then it went to the adaptations people, and then we waited. And waited.",
      VH, PR, -1, PAIN),
    M(LH, "How long in the end?"),
    P(GT, "Fourteen months from asking to having a shower. Alan had strip washes at the sink for fourteen months.",
      VH, PR, -1, PAIN),
    B(SH, "That's awful, Gwen.", -1),
    P(GT, "But I'll say this, when they did it, they did a beautiful job. Beautiful. The lads were so polite, they took their boots off, they made Alan cups of tea. [laughs] Other way round, I should say, I made them tea.",
      CQ, US, 1, PRAISE),
    M(LH, "[laughs] That's lovely to hear. Abdi, your window, has anyone been?"),
    P(AF, "Someone came in January. A surveyor, I think. He looked at it, he took photos, and he said the whole frame needs replacing, it's a window replacement, not a repair, so it goes to the, the planned works. He said they are doing all the windows in St Anne's in the programme. When? He did not know. Maybe next year, maybe the year after.",
      RD, DE, -1, PAIN),
    M(LH, "And in the meantime?"),
    P(AF, "In the meantime I put a screw in it. [laughs] Myself. I asked could they put a lock on or something, just temporary, and he said that's not his job.",
      RD, DE, -1, PAIN),
    P(DP, "That's the thing with the planned works. Everything's 'in the programme'. The lift's 'in the programme'.",
      RD, DE, -1, PAIN),
    M(LH, "Let's talk about complaints for a minute. Has anyone made a formal complaint, about any of this?"),
    P(SH, "I did. Stage one, then stage two. At stage one they said sorry for the delay and that a surveyor would come within twenty working days. He didn't. Stage two, different person, said the same thing, and offered me seventy-five pounds.",
      CR, FU, -1, PAIN),
    P(DP, "Seventy-five quid. For a year of mould.",
      CC, FU, -1, PAIN),
    P(SH, "And the letter says if I accept it, that's the complaint closed. So I haven't accepted it. I'm thinking about the Ombudsman, the Housing Ombudsman, my sister said I should go to them.",
      CR, FU, -1, PAIN),
    M(LH, "Has anyone else been to the Ombudsman, or thought about it?"),
    P(MN, "No. I didn't complain at all. I don't want to be, how do you say, the difficult tenant. They fixed it in the end.",
      CR, FU, -1, PAIN),
    P(GT, "I wrote to our councillor. Councillor Begum. And within a week, a week, someone rang about the wet room. So that's what you have to do, apparently.",
      CR, FU, 0, PAIN),
    P(KB, "I didn't even know there was a stage one and a stage two until just now. [laughs]",
      CR, FU, 0, NEUT),
    M(LH, "Okay. I want to go right back to the beginning now, before any of you reported anything. How did you know who to contact, or what the council would fix and what it wouldn't?"),
    P(AF, "When I moved in they gave me a tenant handbook. A big folder. I think it is in a drawer. [laughs] I have never opened it.",
      RC, FI, 0, NEUT),
    P(SH, "I didn't know the mould was even a repair. I thought it was my fault, because that's what everyone says, open the windows, don't dry clothes inside. So the first winter I just bleached it and didn't tell anyone.",
      DM, FI, -1, PAIN),
    P(DP, "You learn by doing. Twenty-two years I've been there, I know which numbers to ring. But my neighbour, she's new, she's from Romania, her English isn't great, and she was putting a bucket under a leak for a month because she didn't know she could ring anyone.",
      RC, FI, -1, PAIN),
    M(LH, "Kayla, you said you always go to the website first?"),
    P(KB, "Yeah, I'd Googled 'Eastmere council boiler broken' and it takes you to a page that says, um, what the council's responsible for and what you're responsible for. Which was actually quite clear. Boiler, council. Lightbulbs, me. [laughs]",
      RD, FI, 1, PRAISE),
    P(MN, "For emergencies out of hours there is a different number too. It's on the back of the rent card, very small. My wife found it in the end. She was ringing the day number and it was just the message, the office is now closed.",
      SE, FI, -1, PAIN),
    M(LH, "That's interesting, so the out-of-hours number wasn't easy to find."),
    P(MN, "No. Not when there's water coming through and you're panicking.",
      SE, FI, -1, PAIN),
    M(LH, "Let's talk about appointments. Shirin, you mentioned a surveyor who didn't come?"),
    P(SH, "Three times. Three times I've taken a day off. They give you eight till one or twelve till six, and the first time nobody came and nobody rang. The second time he came at ten to six and I'd gone to pick up the kids, and there was a card through the door, 'we called, no access'. Like it was me.",
      AA, PR, -1, PAIN),
    P(DP, "The no access card. [laughs] They should frame that.",
      AA, PR, -1, PAIN),
    P(AF, "It happened to me also. I was in! I was in the flat. The buzzer downstairs doesn't work, that is also a repair, so he can't get in, so he puts a card in the main door.",
      AA, PR, -1, PAIN),
    B(KB, "Oh, that's brilliant. [laughs] Sorry. It's not.", -1),
    M(LH, "Does anyone get a text or a call on the day?"),
    P(GT, "When they came to fit the shower, the adaptations people rang me the day before, and then the man rang when he was twenty minutes away. That's all you want, really.",
      CU, US, 1, PRAISE),
    P(SH, "I get a text saying my appointment is confirmed. Then nothing on the day. Then a text the day after saying 'how did we do today?' [laughs]",
      CU, PR, -1, PAIN),
    B(DP, "[laughs] Did you give them a zero?"),
    P(SH, "I gave them a one. Nobody rang me about it.",
      CU, FU, -1, PAIN),
    M(LH, "Shirin, going back to the first time a surveyor did come, what did he say about the mould?"),
    P(SH, "He said it's condensation. Lifestyle. He looked at my airer with the washing on it and said, well, there's your problem. I've got three kids and no dryer and no balcony, where am I meant to dry it? And then he said they'd do a mould wash and I should keep the heating on low all day.",
      DM, DE, -1, PAIN),
    P(GT, "They said that to my daughter. Word for word.",
      DM, DE, -1, PAIN),
    P(SH, "And the heating on all day, who's paying for that?",
      CC, DE, -1, PAIN),
    M(LH, "Okay, we're nearly out of time. If you could change one thing about the repairs service, what would it be? Derek?"),
    P(DP, "Fix the lift. [laughs] No, seriously. If something's out for more than a week, tell us why and tell us when. A note in the lobby. Anything.",
      CU, PR, 0, SUGG),
    P(KB, "A baby in the house should count. On the list. For the emergency thing.",
      VH, AP, 0, SUGG),
    P(AF, "Someone who can tell me when. Just a date. Even a bad date.",
      CU, PR, 0, SUGG),
    P(GT, "Keep the same housing officer. Please. It took me years to find Tracey.",
      SA, AP, 0, SUGG),
    P(MN, "When they make it safe, give a date for the rest before they leave. Not 'someone will ring you'.",
      AA, US, 0, SUGG),
    P(SH, "Believe us. That's it, really. Believe us the first time we ring.",
      SA, AP, 0, SUGG),
    M(LH, "Thank you, all of you, that's been incredibly helpful. You'll each get your thirty-pound voucher by email in the next week or so, and if anything else comes to mind, you've got my email."),
    B(GT, "Thank you, love. It's been nice to talk to people in the same boat.", 1, PRAISE),
    B(DP, "Cheers, Leanne. Night all."),
]

# ---------------------------------------------------------------------------
# Session 2: focus-group-2.docx, Northgate tenants + TRA rep + a leaseholder,
# in person; note-taker's Word transcript with initials as labels
# ---------------------------------------------------------------------------
RK = "RK"
PD, TM, GA, LW, JH, BF = "PD", "TM", "GA", "LW", "JH", "BF"

FG2 = [
    M(RK, "Okay, I think we're all here. There's tea and biscuits at the back, help yourselves whenever. Thanks for coming out. I'm Rob, I work in housing services, in the team that's trying to redesign how repairs work, and I'm not a repairs manager, so you can be as honest as you like. Kirsty's taking notes and we're recording the audio. Everyone happy with that?"),
    B(PD, "We're always honest, Rob. [laughs]"),
    M(RK, "[laughs] I was warned. Let's start with you telling me a bit about your home and the repair that's bothered you most. Pauline, you're wearing two hats today, do you want to go first?"),
    P(PD, "I will. So I'm Pauline, I'm secretary of the Northgate TRA, the tenants' and residents' association, and I live in Heron House myself, eleventh floor, thirty-one years. The one that's bothered me personally is my bathroom fan, it's been broken since Easter. But wearing my other hat, it's the blocks. The lifts, the bin chutes, the door entry. I get people knocking on my door every week about repairs, because they can't get through to anybody else.",
      RC, AP, -1, PAIN),
    M(RK, "We'll definitely come to the blocks. Terry?"),
    P(TM, "Terry. Kestrel House, ninth floor, with my wife, June. Lift, lift, lift. [laughs] That's it, that's my repair. June's had both knees done, and when the lift's out she's a prisoner. Last month she missed a hospital appointment because the one working lift was stuck on twelve with the doors open.",
      VH, N, -1, NEUT),
    M(RK, "A prisoner. That's a strong word."),
    P(TM, "It's the right word.",
      VH, N, -1, NEUT),
    P(GA, "Can I go? I'm Grace, Heron House, sixth floor, I've got two boys, eight and thirteen. My older one has sickle cell, so cold and damp is really bad for him, it can bring on a crisis. And in our flat the outside wall in the bedrooms is always wet. Like, wet to touch. The wallpaper comes off in sheets. He was in hospital twice last winter and his consultant wrote a letter to the council.",
      VH, N, -1, NEUT),
    M(RK, "Thank you, Grace. Lorraine?"),
    P(LW, "Lorraine, I'm in the maisonettes on Fenwick Walk, the low ones at the back. Mine's a leak. Or it was three leaks, depending on who you ask. [laughs] Water coming in round the bathroom window, under the bath, and then through the living room ceiling. I've had, I counted them, eleven visits. Eleven.",
      CQ, US, -1, PAIN),
    B(JH, "Eleven? I thought mine was bad.", -1),
    M(RK, "Go on then, Jamal."),
    P(JH, "[laughs] So I'm Jamal, Heron House, fourth floor, me and my partner, she's seven months pregnant. We moved in in April. It was a relet, a void, they call it, and it was meant to be all done, but the heating never worked properly, two radiators stone cold, and one of the sockets in the kitchen sparks when you plug the kettle in.",
      SE, N, -1, NEUT),
    M(RK, "Sparks? Has that been looked at?"),
    P(JH, "An electrician came, put tape over it and said don't use it. That was June.",
      SE, US, -1, PAIN),
    B(LW, "Tape. Honestly.", -1),
    M(RK, "And Brian?"),
    P(BF, "Brian, also Heron House, ninth floor, but I'm a leaseholder, so I'm a bit of an odd one out. Bought under Right to Buy in 2004. So my own flat's my problem, I fix it myself. But the communal stuff I pay for through the service charge, and that's what gets me. I got a bill last year for eleven hundred pounds for 'lift works'. And the lift was out for most of the year.",
      CC, DE, -1, PAIN),
    P(PD, "And that's the thing, Rob, with the blocks nobody owns the problem. A tenant rings about the lift, they say it's been reported. The bins, it's been reported. It's always been reported. Nobody ever says when it'll be fixed.",
      CU, PR, -1, PAIN),
    M(RK, "Let's stay with the lifts, then, because that's come up a few times. What actually happens when a lift breaks down?"),
    P(TM, "You press the button and nothing happens. [laughs] No, so. There's a notice goes up, sometimes. 'Lift out of order, engineer called.' Handwritten. No date on it. So you don't know if it went up this morning or last Tuesday.",
      CU, PR, -1, PAIN),
    P(PD, "Half the time it's us that puts the notice up. The TRA.",
      CU, PR, -1, PAIN),
    P(GA, "When it's out, and it's been three weeks this time, I have to carry the shopping up six floors, and my son's not supposed to do stairs when he's unwell. So we just don't go out.",
      VH, PR, -1, PAIN),
    P(TM, "The worst was in July. Three old dears stuck in it, in the heat, forty minutes, and the alarm button rang through to a call centre in, I don't know where, and they didn't know which building it was. The fire brigade got them out in the end.",
      SE, AP, -1, PAIN),
    B(LW, "God.", -1),
    M(RK, "Can I ask about complaints, because Pauline, I know the TRA gets involved in those. How do complaints work from where you sit?"),
    P(PD, "Honestly? We've given up on formal complaints for the communal stuff, because you get a stage one response that says, we're sorry you're dissatisfied, the lift contractor has been instructed. Which we knew.\n\nSo now we go to the councillors, or we go to the Ombudsman. We had a finding against the council last year, about Kestrel House, maladministration. And even that took fourteen months.",
      CR, FU, -1, PAIN),
    P(BF, "And as a leaseholder I can't even take the service charge to the Housing Ombudsman, it's the tribunal, the First-tier Tribunal, and that costs money and time I haven't got.",
      CR, FU, -1, PAIN),
    P(LW, "I did the complaint. After visit seven, I think. They gave me a hundred and fifty pounds and said sorry. Then visits eight, nine, ten and eleven happened. [laughs] So I don't know what the hundred and fifty was for.",
      CC, FU, -1, PAIN),
    P(GA, "I've had solicitors knocking. Those no win no fee ones. They put leaflets through every door in Heron House. 'Damp and mould? Claim now.'",
      CR, FU, 0, NEUT),
    P(PD, "And some people have gone with them, and then the council won't talk to them about the repair because it's 'in litigation'. So they end up worse off.",
      CR, FU, -1, PAIN),
    M(RK, "That's really interesting, I hadn't heard that. Let's go back to when something first goes wrong. Jamal, with the socket and the radiators, how did you report them?"),
    P(JH, "Phone, first. I'm at work all day, so I rang on my lunch break, and it's a queue. I got cut off once at twenty-eight minutes. Twenty-eight. Then I used the online form at night. But the form only lets you report one thing. One repair, one form. So I did three forms.",
      RC, AP, -1, PAIN),
    P(LW, "And then you get three different people turning up on three different days.",
      AA, PR, -1, PAIN),
    P(JH, "Exactly that. The electrician didn't know about the radiators, the heating man didn't know about the socket.",
      AA, PR, -1, PAIN),
    P(GA, "I did mine through the housing officer. The letter from the consultant, I gave it to her by hand, because I didn't trust the website with it.",
      RC, AP, 0, NEUT),
    M(RK, "Did that make a difference, going through the housing officer?"),
    P(GA, "She was good, Shola, she really tried. She put a vulnerability flag on us, she said. But she said herself, Grace, I can raise it, but I can't make them come.",
      SA, PR, 0, PRAISE),
    P(PD, "The housing officers have got no teeth. No offence to them, they're run ragged. Shola's got, what, nine hundred properties?",
      SA, PR, -1, PAIN),
    M(RK, "Brian, how does reporting work for you as a leaseholder?"),
    P(BF, "It doesn't, really. [laughs] The online form asks for your tenancy reference, and I haven't got one, I've got a lease number. It won't take it. So I have to ring, and then I have to explain I'm not reporting something in my flat, it's the communal window on my landing, and they go, oh, leaseholders are a different team.",
      RC, AP, -1, PAIN),
    P(PD, "Everything's a different team.",
      RC, AP, -1, PAIN),
    M(RK, "Let's talk about what the repairs were actually like when people came. Lorraine, eleven visits, can you walk us through that?"),
    P(LW, "[laughs] Have we got an hour?\n\nSo the first one, a plumber, said it's not the bath, it's the window. The window man came, resealed the window, said it's probably the flat roof above the bathroom. Roofer came, couldn't get up because he needed scaffolding, said he'd book the scaffold.\n\nScaffold came three weeks later. Roofer didn't come. Scaffold went away. [laughs]",
      CQ, US, -1, PAIN, label_alone=True),
    B(TM, "That's the Northgate special, that.", -1),
    P(LW, "And every single one of them walked in, looked at the ceiling and said, who did this? Like the last one did it wrong. They all blame each other.",
      CQ, US, -1, PAIN),
    P(JH, "Ours was the same with the radiators. The first one bled them and said they're fine. The second one said it's the pump. The third one said the whole system needs flushing and that's a different job number.",
      CQ, US, -1, PAIN),
    M(RK, "Was anything good about the visits?"),
    P(LW, "Actually, yes. The last one. Kevin. He was the only one who went up in the loft, found the actual pipe, a split joint, fixed it in an hour, and he rang me a week later to ask if it was dry. Rang me himself. Eleven visits and one Kevin. [laughs]",
      CQ, US, 1, PRAISE),
    B(GA, "Get Kevin's number. [laughs]"),
    P(PD, "That's the thing, there are good lads. The problem is the system sends whoever's free, not the one who knows the block.",
      CQ, US, 0, PAIN),
    M(RK, "Grace, what happened with the damp in the end?"),
    P(GA, "They sent a surveyor in May. He was nice, he took readings with a meter, and he said it's penetrating damp, from the outside, the panels on the building are letting water in. Not condensation. So that was a relief, because before that another man had told me to open my windows.",
      DM, DE, 0, NEUT),
    M(RK, "And then?"),
    P(GA, "And then nothing. Because it's the outside of the building, it's major works, it goes to the capital programme. So they did a mould wash inside and gave me a dehumidifier, and that's it until the block gets done. Maybe 2027.",
      RD, DE, -1, PAIN),
    P(BF, "And when the block gets done, guess who gets a bill. [laughs]",
      CC, DE, -1, PAIN),
    P(GA, "The dehumidifier, by the way, fills up twice a day, and it's on my electric.",
      CC, US, -1, PAIN),
    M(RK, "How do appointments work for those of you who are at work?"),
    P(LW, "They don't. I'm a carer, I do split shifts, and they give you a whole day, eight till six. I've lost, I don't know, six days' pay? It's zero hours, so if I don't work I don't get paid.",
      AA, PR, -1, PAIN),
    P(JH, "I asked for a Saturday. The man laughed. Not in a nasty way. Just, no.",
      AA, PR, -1, PAIN),
    P(PD, "On Northgate there's the access problem as well. Half the time the contractor can't get in the main door because the fob reader's broken, and nobody's given them a fob. So they put a no-access card through, from outside.",
      AA, PR, -1, PAIN),
    M(RK, "Jamal, you said it was a relet, that the flat should've been ready when you moved in. Can you say a bit more?"),
    P(JH, "When we viewed it, the lettings lady said everything's been checked, gas safety, electrics, all done. And I believed her. I didn't know I could say, I'm not signing till the heating works. Nobody tells you that.",
      RD, FI, -1, PAIN),
    P(LW, "You take what you're given. You've been on the list four years, you're not going to say no to a flat because of a radiator.",
      RD, FI, -1, PAIN),
    M(RK, "Let me ask about decisions. Has anyone been told something wasn't the council's job, or that they'd be charged for it?"),
    P(LW, "Oh yes. The first plumber said the leak under the bath was my sealant, and that's tenant responsibility, and if it was, they'd recharge me. Sixty-five pounds call-out. It wasn't the sealant, it was the roof, as it turned out. Nobody ever took the recharge off.",
      CC, DE, -1, PAIN),
    P(TM, "They charged us for a lock change once. June had lost her keys. Fair enough, that one. [laughs]",
      CC, DE, 0, NEUT),
    P(PD, "The recharges are a real issue for the older ones. They get a letter saying you owe eighty pounds, and they just pay it, frightened, without asking why.",
      CC, DE, -1, PAIN),
    M(RK, "After a repair's been done, does anybody ever ask you how it went?"),
    P(GA, "A text. 'Rate your repair from one to ten.' On the day the man did the mould wash, before he'd even left the flat.",
      CU, FU, -1, PAIN),
    P(LW, "I've had eleven of them. [laughs] I gave the first ten a one and Kevin a ten.",
      CU, FU, 0, NEUT),
    M(RK, "[laughs] Pauline, let me go right back to the start. When someone new moves on to the estate, how do they find out how repairs work?"),
    P(PD, "From us, mostly. [laughs] Or from the neighbour. There used to be an estate office on Northgate, right here, in this building, and you could walk in with your problem. That closed in 2019. Now it's the phone or the website.",
      RC, FI, -1, PAIN),
    P(TM, "That office was the best thing. You'd see the same faces. They knew June, they knew about her knees.",
      SA, FI, 0, PRAISE),
    P(GA, "When I moved in nobody told me anything. I got the keys and a leaflet about bins.",
      RC, FI, -1, PAIN),
    P(BF, "Leaseholders get a welcome pack, I'll give them that. It's forty pages about the lease and one line about repairs. [laughs]",
      RC, FI, 0, PAIN),
    M(RK, "If you could make one change, what would it be? Let's go round."),
    P(JH, "One form for everything. You walk round your flat, you put in everything that's wrong, and one person comes and sorts out who does what.",
      RC, AP, 0, SUGG),
    P(GA, "If a doctor has written to you, that should mean something. It should go to the top of the pile.",
      VH, PR, 0, SUGG),
    P(LW, "Send the Kevin first. [laughs] No, I mean, send someone who can actually find the cause, not the cheapest man.",
      CQ, US, 0, SUGG),
    P(BF, "Tell leaseholders what we're paying for, with dates. An itemised bill. It's our money.",
      CC, DE, 0, SUGG),
    P(TM, "A date on the lift notice. That's all. A date and a name.",
      CU, PR, 0, SUGG),
    P(PD, "Bring back the estate office. Even one morning a week. A person you can look in the eye.",
      RC, AP, 0, SUGG),
    M(RK, "Thank you. I've written down 'send the Kevin'. [laughs] I'll take that back, I promise. Thank you all, genuinely."),
    B(PD, "You're welcome, Rob. Make sure it goes somewhere, mind."),
    B(LW, "Thanks, Rob. Are those biscuits still going?"),
]

# ---------------------------------------------------------------------------
# Session 3: focus-group-3.vtt, Zoom with automatic transcription that did not
# identify anyone: generic labels "Speaker 1" (the moderator) ... "Speaker 7"
# ---------------------------------------------------------------------------
S1, S2, S3, S4, S5, S6, S7 = (f"Speaker {i}" for i in range(1, 8))
# S2 Carol, S3 Nicola, S4 Imran, S5 Jade, S6 Abdul, S7 Sue (leaseholder)

FG3 = [
    M(S1, "Okay, I can see six faces and one black square, which is fine. [laughs] Good evening, everyone, and thank you for joining. I'm Leanne from Eastmere Council's research team. Just so you know, the recording uses automatic transcription, so it won't know your names, it'll just call you speaker one, two, three, and that's fine. So, to start us off, tell me a bit about your home and the repair that's bothered you most. Whoever wants to go first."),
    P(S2, "I'll go, I'm the oldest, I haven't got all night. [laughs] I'm Carol, I live in Brookside, in one of the houses on Alder Road, I've been there since 1986. The gutter at the back was leaking for, oh, two years, and it came through into the back bedroom, down the wall. Black. I don't use that room now. I just shut the door on it.",
      DM, N, -1, NEUT),
    M(S1, "Thanks, Carol. Who's next?"),
    P(S3, "Me. Nicola, Saltings, two-bed flat, me and my daughter, she's eleven. Mould. Mould in every room, basically, but worst in hers. And, um, I'll just say now, I went all the way to the Ombudsman with mine, so I've got a lot to say. [laughs]",
      DM, N, -1, NEUT),
    M(S1, "That's great, we'll definitely want to hear about that. Go on, whoever's next."),
    P(S4, "Hi. Imran. I'm on Fenwick Road, in a house, a three-bed, adapted. I'm a wheelchair user, spinal injury, eleven years now. The council did the adaptations when I moved in, ramp, wider doors, a through-floor lift and a wet room upstairs. My repair is the lift. When it breaks I'm either stuck upstairs or stuck downstairs.",
      VH, N, -1, NEUT),
    P(S5, "Hiya, I'm Jade, Quayside. It's my first flat, I've been in it a year. Mine's probably boring compared to everyone's. The toilet wouldn't flush properly, and the kitchen tap. And to be honest, it got fixed quite fast?",
      CQ, US, 1, PRAISE),
    M(S1, "Not boring at all, we need to hear when it works too. Next?"),
    P(S6, "Yes, hello. My name is Abdul, I live in Millfield, with my wife and my, my son and daughter. Sorry, my English is not so good, my son is here also, to help me.",
      VH, N, 0, NEUT),
    M(S1, "Your English is great, Abdul, don't worry. What's the repair you'd like to talk about?"),
    P(S6, "The boiler. And one time the gas smell. In the kitchen.",
      SE, N, -1, NEUT),
    P(S7, "Hi, everyone. I'm Sue, I'm in Saltings as well, Nicola, we might be neighbours. [laughs] I'm a leaseholder, I bought my flat about eight years ago. My repair isn't even my repair. The flat above is a council tenant, and their bath overflowed, or leaked, and it came through into my bathroom and hall. And I've spent a year trying to find out who's responsible.",
      RD, N, -1, NEUT),
    M(S1, "Thanks, Sue. Nicola, you mentioned the Ombudsman. Shall we actually start there and work backwards? What made you go that far?"),
    P(S3, "Because nothing else worked. [laughs] So, I reported the mould in, um, November 2023. A surveyor came in January, said condensation, told me to wipe the windows every morning and keep the trickle vents open. Mould wash in March. Back by the summer, worse. So I complained. Stage one, twenty working days, they wrote back, sorry, we'll re-inspect. Nobody came. Stage two, they said, sorry, we've already apologised at stage one. I'm not making that up.",
      CR, FU, -1, PAIN),
    B(S2, "Oh, for goodness' sake.", -1),
    P(S3, "So I went to the Ombudsman, online, and it took them, oh, eight months? But they found maladministration, and the council had to pay me four hundred and fifty pounds, do a proper survey within four weeks, and write to me with a plan. And that time they came.",
      CR, FU, 0, PRAISE),
    M(S1, "And what did the proper survey find?"),
    P(S3, "That the extractor fan in the bathroom had never been connected. Never! The duct just stopped in the ceiling. So all the steam from the bath for, what, six years, was going nowhere. Nothing to do with my 'lifestyle'.",
      DM, DE, -1, PAIN),
    P(S7, "Did they apologise for the lifestyle thing?",
      CR, FU, 0, QUEST),
    P(S3, "In the letter, sort of. 'We're sorry if you felt.' You know.",
      CR, FU, -1, PAIN),
    P(S2, "I wouldn't know where to start with an Ombudsman. I'd be frightened they'd take my house off me.",
      CR, FU, -1, PAIN),
    P(S3, "They can't, Carol. That's the thing, they can't do anything to you for complaining.",
      CR, FU, 0, NEUT),
    M(S1, "That's an important point, and Nicola's right. Let's go back a step. How did each of you actually report your repair in the first place? Jade, you said yours went quickly?"),
    P(S5, "Yeah, I did it all on the app. You pick the room, there's a picture of a bathroom, you tap the toilet, it asks a few questions, you add a photo. Took me, like, five minutes. It gave me a slot for the Thursday, and I picked the afternoon.",
      RC, AP, 1, PRAISE),
    P(S4, "The app doesn't have my lift. [laughs] I've looked. There's no 'through-floor lift' in the pictures. Adaptations aren't in there at all.",
      RC, AP, -1, PAIN),
    M(S1, "So what do you do instead?"),
    P(S4, "I ring the adaptations team, but they're office hours. Out of hours I ring the emergency line, and I have to explain what a through-floor lift is. Every time. One time the man said, can you not use the stairs? I said, mate, I'm in a wheelchair.",
      VH, AP, -1, PAIN),
    B(S5, "Oh, Imran.", -1),
    P(S2, "I rang. I always ring, I'm not on the internet. And I said water's coming down my wall, and she said, is it coming from a pipe, and I said no, it's the gutter, and she said, then it's not an emergency, it's a routine repair, twenty-eight days. And I said, but it's black, the wall's black. Routine.",
      SE, AP, -1, PAIN),
    P(S6, "For the gas, I ring the gas number, the national one, they come in one hour. Very good. They turn off everything. But then, the boiler is council, so, my son has to ring the council.",
      SE, AP, 0, PRAISE),
    M(S1, "And what happened when your son rang, Abdul?"),
    P(S6, "He waited one hour on the phone. Then they say, engineer will come in, um, five days? But we have no heating, no hot water, and my wife, she has diabetes, her feet, she must be warm. My son said this and they made it two days.",
      VH, AP, 0, PAIN),
    P(S3, "See, that's it, you have to know to say it.",
      VH, AP, -1, PAIN),
    P(S7, "I couldn't report mine at all at first. I rang the repairs line and they said, you're a leaseholder, it's your flat, it's your responsibility. I said it's not coming from my flat, it's coming from yours! From the council's flat.",
      RD, AP, -1, PAIN),
    M(S1, "Okay. Let's talk about the repairs themselves, when someone finally came. What was that like? Imran, what happens when your lift breaks?"),
    P(S4, "It's a specialist company, not the normal repairs lot. When they come, they're good, they know the lift. But the last time it took them four days, because it was a bank holiday weekend and the part was in Birmingham. Four days I lived downstairs. Slept in my chair. Couldn't get to the wet room, so, you know. You can imagine.",
      VH, US, -1, PAIN),
    B(S5, "That's horrible.", -1),
    P(S2, "When mine finally came, the gutter man, he was lovely. He was up that ladder in the rain, he cleared it, it was full of moss and a tennis ball, he showed me the tennis ball. [laughs] Twenty minutes. Two years, and it was twenty minutes.",
      CQ, US, 0, PRAISE),
    M(S1, "Two years for twenty minutes. And the wall inside?"),
    P(S2, "Still black. They said the wall needs to dry out first and then they'll send a decorator. That was in June.",
      DM, US, -1, PAIN),
    P(S5, "Mine was honestly fine. The plumber came on the Thursday, he texted when he was on his way, he fixed the toilet, the tap needed a part so he came back on the Monday. Left it clean. I don't know if I'm just lucky.",
      CQ, US, 1, PRAISE),
    P(S3, "You're in the new bit of Quayside, aren't you? The housing association built those.",
      CQ, US, 0, QUEST),
    B(S5, "No, the old block. By the chippy. [laughs]"),
    M(S1, "Sue, did anyone come to you in the end?"),
    P(S7, "Eventually. Somebody from the council went upstairs and redid the bath seal, and that was quick once they accepted it was theirs. But my ceiling and my hall carpet, they said that's for my buildings insurance. Which I pay for through the service charge, and which has a two-hundred-and-fifty-pound excess.",
      CC, DE, -1, PAIN),
    B(S2, "That's not right, is it? It's their leak.", -1),
    M(S1, "Has anyone else had money back, or been offered compensation, for things that were damaged?"),
    P(S3, "Out of the four hundred and fifty from the Ombudsman, about two hundred went on replacing my daughter's clothes and her mattress. The mould was on the underside of the mattress. I didn't even know that could happen.",
      CC, FU, -1, PAIN),
    P(S6, "For us, no. We bought the electric heaters ourselves, for one week, before the boiler man came.",
      CC, PR, -1, PAIN),
    P(S5, "Can you actually claim for that? Like, the electric?",
      CC, FU, 0, QUEST),
    M(S1, "There is a process, and I'll send round the details afterwards, but I'm really noting that nobody seems to know about it."),
    P(S4, "Nobody told me either, and I've been a tenant for eleven years.",
      CC, FU, -1, PAIN),
    M(S1, "Let's talk a bit about the surveyors and inspections. Has anyone had an inspection before the repair, and what was that like?"),
    P(S3, "The first one didn't even take his coat off. He stood in the doorway of my daughter's room, looked at the wall, and said, do you dry washing in here? Five minutes. Then the report said 'moderate condensation mould, advice given'.",
      SA, PR, -1, PAIN),
    P(S4, "Mine are different, because of the OT. For anything to do with the adaptations, the OT has to come first and say it's still needed. Even for a repair. I've had the same spinal injury for eleven years, it's not going to get better, but every time, the OT has to confirm it.",
      VH, PR, -1, PAIN),
    P(S6, "For the boiler, the man came, he said it is very old, twenty years, it needs a new one. But they only fix it. Three times now they fix it.",
      RD, DE, -1, PAIN),
    M(S1, "Did anyone tell you why they repair it rather than replace it?"),
    P(S6, "No. My son asked. They said it is in the programme.",
      RD, DE, -1, PAIN),
    P(S2, "Everything's in the programme. [laughs]",
      RD, DE, -1, PAIN),
    M(S1, "What about appointments? Did people get appointments that worked for them?"),
    P(S5, "I could pick on the app, morning or afternoon, and I work from home two days, so I just picked one of those. That was easy.",
      AA, PR, 1, PRAISE),
    P(S3, "I work in a school. I can't take a morning off. So I'd book the afternoon, and then at twelve they'd text and say, your appointment has been rescheduled. No reason. To a morning. Next week.",
      AA, PR, -1, PAIN),
    P(S7, "For mine they'd ring the tenant upstairs to book, and she'd never answer, so nobody came at all. And nobody told me, I'd be sitting at home waiting for the man to come and look at my side.",
      AA, PR, -1, PAIN),
    P(S4, "I'm in all the time, so that's not my problem. [laughs] My problem is the ramp. The normal repairs men come to fix something, and they park the van across the bottom of the ramp, and then I can't get out. Twice that's happened.",
      CQ, US, -1, PAIN),
    M(S1, "Okay. I want to rewind to right at the start. Before you'd reported anything, how did you know where to go, or what the council would do?"),
    P(S5, "My mum. [laughs] She's a council tenant too, in Millfield, she told me to download the app the day I got the keys.",
      RC, FI, 0, NEUT),
    P(S2, "I just know the number. It's on the fridge. It's been on the fridge for thirty years. Well, the number's changed three times, I've written over it. [laughs]",
      RC, FI, 0, NEUT),
    P(S7, "I read my lease, all sixty pages, to find out who's responsible for what. It says the council's responsible for the structure and the 'common parts', and I'm responsible for the inside. But it doesn't say what happens when their inside leaks into my inside.",
      RD, FI, -1, PAIN),
    P(S3, "I found the council's damp and mould page after the Ombudsman. It's actually really good now. It says, we won't blame the tenant, we'll treat the cause. I thought, you should read your own page. [laughs]",
      DM, FI, 0, PAIN),
    P(S6, "For us, my son finds everything. On the internet. If he is not here, I don't know. Maybe my neighbour.",
      VH, FI, 0, NEUT),
    M(S1, "Abdul, would it help if the information was in other languages?"),
    P(S6, "Yes. Bengali, yes. Or someone to speak. Also the letters. The letter from the council has many words. Very formal.",
      VH, FI, 0, SUGG),
    M(S1, "Thank you. And after the repair was done, did anyone hear from the council again?"),
    P(S5, "I got a text asking me to rate it, and I gave it a ten. And then another text the next week asking the same thing. [laughs]",
      CU, FU, 0, NEUT),
    P(S2, "I got a phone call, a survey, a young lad, asking if I was satisfied with my gutter. I said the gutter's lovely, love, it's the bedroom. He said he could only ask about the gutter. [laughs]",
      CU, FU, -1, PAIN),
    P(S3, "And the mould came back in my daughter's room this September, by the way. After all that. Just a bit, round the window. So I'm back on the app.",
      DM, FU, -1, PAIN),
    M(S1, "Last thing, then. If you could tell the head of repairs one thing, what would it be?"),
    P(S3, "Stop saying lifestyle. Find the cause first. And if you get it wrong, say sorry properly.",
      DM, DE, 0, SUGG),
    P(S4, "Put adaptations in the app, and have someone on the out-of-hours line who knows what a through-floor lift is.",
      RC, AP, 0, SUGG),
    P(S2, "Answer the phone. That's all I want. Answer the phone, and if it's black, it's not routine. [laughs]",
      RC, AP, 0, SUGG),
    P(S7, "When it's one leak between two flats, have one person who deals with the leaseholder and the tenant together. Instead of two departments who don't talk to each other.",
      RD, DE, 0, SUGG),
    P(S5, "Keep the app. [laughs] Seriously, don't change the app, it works.",
      RC, AP, 1, SUGG),
    P(S6, "The people on the phone, to be more patient. When my English is slow, they say, sorry, can you repeat, can you repeat, and they sound tired.",
      SA, AP, -1, SUGG),
    M(S1, "Thank you all so much, that's been really, really useful. I'll stop the recording there and then I'll tell you about the vouchers."),
    B(S3, "Thanks, Leanne."),
    B(S2, "Thank you, dear. Nice to meet you all.", 1, PRAISE),
]

# ---------------------------------------------------------------------------
# Session 4: interview-1.txt, tenant at home; "[hh:mm:ss] Name: text" after a
# header whose "Interviewer: ..." / "Participant: ..." lines are NOT turns
# ---------------------------------------------------------------------------
IV = "Interviewer"
BE = "Bernadette"

IV1 = [
    M(IV, "Thank you for having me, Bernadette, and for the tea. Before we start, you're happy for me to record, just on this little thing?"),
    B(BE, "Oh yes, you go ahead. I've nothing to hide. [laughs]"),
    M(IV, "[laughs] Lovely. So, tell me a bit about your home, and the repair that's bothered you most."),
    P(BE, "Well, this is my home, the bungalow. I've been on my own here since my husband passed, that's nine years. It's a lovely little place, I've no complaints about the place. It's warm, when the heating's working. [laughs] And that's the one, the boiler. It went in February, in that cold snap, you remember, when it was minus four.",
      SE, N, -1, NEUT),
    M(IV, "I do. What happened?"),
    P(BE, "I got up in the morning and the house was like ice, and the boiler had the little red light on and a code, F-something. And I'm diabetic, and I've got the arthritis in my hands, and when I'm cold my hands won't work. I couldn't do my insulin pen that morning. I had to go round to Pam next door.",
      VH, N, -1, NEUT),
    M(IV, "That sounds really frightening."),
    P(BE, "It was. I'm not one to make a fuss, but it was.",
      VH, N, -1, NEUT),
    M(IV, "And when they did come to fix it, what was that like?"),
    P(BE, "Oh, the young man was marvellous. Brightwell, the gas people. He came the same afternoon, which I didn't expect. He had it going in an hour. He even bled my radiators while he was here, and he showed me how to do the pressure, with the little tap underneath. He wrote it down for me in big letters.",
      CQ, US, 1, PRAISE),
    M(IV, "So that was the same day. Was that it, then?"),
    P(BE, "Well, no. [laughs] Two weeks later it went again. Same code. And that time it was a different man, and he said the first one should never have just topped up the pressure, there's a leak somewhere. And it was the radiator pipe in the back bedroom, under the floor. So they had to come back for that.",
      CQ, FU, -1, PAIN),
    M(IV, "How many visits was it, all told?"),
    P(BE, "Four. Five, if you count the man who came to look at the floor and said it's not his job, it's a carpenter's. [laughs]",
      CQ, US, -1, PAIN),
    M(IV, "Let's go back to that first morning. How did you report it, with your hands the way they were?"),
    P(BE, "I rang. Pam dialled it for me, on my phone. And there's the recording, you know, press one for this, press two for that, and I couldn't hear it properly because it talks so fast. So I pressed the wrong thing and ended up in rents. [laughs] The rent lady put me through, bless her.",
      RC, AP, -1, PAIN),
    M(IV, "And once you got through to repairs?"),
    P(BE, "The girl was very good. She asked me my age, and was I on my own, and did I have any health problems, and when I said the diabetes she said, right, that's an emergency then, someone will come within four hours. And they did. Well, six. But still.",
      SE, AP, 1, PRAISE),
    M(IV, "Did you think about using the website or the app?"),
    P(BE, "I haven't got the internet. Well, I've got the phone, my son put the WhatsApp on it so I can see the grandchildren. But I wouldn't know how to do a form on it. And I'd worry I'd done it wrong and nobody would come.",
      RC, AP, 0, NEUT),
    M(IV, "That makes sense. Now, you mentioned the pipe under the floor. Tell me about the waiting, for that bit."),
    P(BE, "That was the worst part, really. They took the radiator off the wall and capped it, so I had no heat in the back bedroom, which I don't use much, fair enough. But then they needed a carpenter to lift the floor and a plumber to do the pipe, and they had to come together, and they never could get them on the same day. Three appointments. Three times I sat in from eight till one.",
      AA, PR, -1, PAIN),
    M(IV, "Did anyone let you know if they weren't coming?"),
    P(BE, "Once. The other times, no. I'd ring at two o'clock and they'd say, oh, that job's been cancelled, the operative was off sick. Well, you might have told me.",
      CU, PR, -1, PAIN),
    M(IV, "How did that feel, sitting in?"),
    P(BE, "You feel a bit silly, really. You get yourself ready, you put the kettle on, you hoover so they don't think you're a mucky pup. [laughs] And nobody comes.",
      AA, PR, -1, PAIN),
    M(IV, "[laughs] Did you think about complaining at any point?"),
    P(BE, "No. Oh, no. My son wanted me to. He's in Leeds, he said, Mum, you put it in writing. But I don't like to. They were all very nice to me on the phone. It's not the people. It's just the way it's organised.",
      CR, FU, 0, NEUT),
    M(IV, "It's not the people, it's the way it's organised. Can you say a bit more about that?"),
    P(BE, "Well, every time I rang it was someone new, and I had to start from the beginning. My name, my address, 7 Larch Close, the boiler, the leak, the floor. Nobody had it in front of them. The last girl said, oh, I can see three jobs here but they're not linked. Well, link them, I said. [laughs]",
      CU, PR, -1, PAIN),
    M(IV, "And in the end, was everything put right?"),
    P(BE, "It was, yes. By April. The floor's a bit squeaky where they lifted it, but I can live with that. And then I got one of those texts, on a scale of one to ten. I didn't answer it, I don't know how you send a number back.",
      CU, FU, 0, NEUT),
    M(IV, "Going right back to when you first moved in here. How did you know how repairs worked, who to call?"),
    P(BE, "My husband always did all that. [laughs] He'd have been straight on the phone to them. When he passed, I found his little book with the numbers in. The council number was in there, the old one, and when I rang it, it was a different department and they gave me the new one.",
      RC, FI, 0, NEUT),
    M(IV, "Has anyone from the council ever explained it to you, what to do if something goes wrong?"),
    P(BE, "There was a lady came round once, a housing officer, to do a, what do they call it, a tenancy check. She was nice. She asked if I was managing, and she said I should be on the list for vulnerable people, for repairs. I don't know if she ever did it. Nobody's mentioned it since.",
      VH, FI, 0, PAIN),
    M(IV, "That's interesting. If you were in charge of repairs for a day, what would you change?"),
    P(BE, "One person. If I could have one person I could ring, who knew me and knew the bungalow. Like a receptionist at the doctor's who knows you. That would be the thing.",
      SA, PR, 0, SUGG),
    M(IV, "Anything else?"),
    P(BE, "And tell people about the pressure tap. [laughs] Half my friends didn't know you can top up the boiler yourself. I've told them all now.",
      RC, FI, 0, SUGG),
    M(IV, "[laughs] I'll pass that on. Thank you so much, Bernadette, that's been really helpful."),
    B(BE, "You're welcome, love. Have another biscuit before you go."),
]

# ---------------------------------------------------------------------------
# Session 5: interview-2.srt, tenant, Zoom cloud recording transcribed by a tool
# that did not identify anyone: "Speaker 1" (interviewer), "Speaker 2" (tenant)
# ---------------------------------------------------------------------------
SP1, SP2 = "Speaker 1", "Speaker 2"   # Ryan, Brookside

IV2 = [
    M(SP1, "Okay, that's recording now. Can you hear me all right, Ryan?"),
    B(SP2, "Yeah, yeah, all good. Sorry about the dog. [laughs] She'll settle."),
    M(SP1, "No problem at all. So, just to start, can you tell me a bit about your home and the repair that's bothered you the most?"),
    P(SP2, "Yeah. So I'm in Brookside, the flats on Tenter Street, second floor, me and my girlfriend, Amy. Been there three years. It's all right, it's a decent flat. The one that's done my head in is the bathroom ceiling. There's a leak from upstairs, from their bath or their toilet, nobody's ever worked out which, and it was dripping on and off from, like, last November. Brown stain, then the paint bubbling, and then mould on it.",
      DM, N, -1, NEUT),
    M(SP1, "Is it still dripping?"),
    P(SP2, "Not now. But for months the bathroom light had water in it. In the, like, the glass bit. You could see it sloshing. [laughs] I know. So we just used the landing light and left the door open. From March till the summer.",
      SE, PR, -1, PAIN),
    M(SP1, "We'll definitely come back to that. I know from the sign-up form that you've made a complaint. Can we actually start there? What made you complain?"),
    P(SP2, "Honestly, it was the no-access thing. I work nights, at the distribution centre out on the bypass, so I'm asleep in the day. I'd told them that, I told them every time, ring the doorbell and keep ringing, or ring my mobile. And they came, knocked once, apparently, and put a card through saying no access. And then the job got closed. Closed! Like I'd refused them.",
      AA, PR, -1, PAIN),
    M(SP1, "The job got closed?"),
    P(SP2, "Yeah, so when I rang up they said, that job's been closed because of no access, you'll have to report it again. So I'm back to the start. New reference, new wait. That's when Amy said, right, I'm doing a complaint.",
      AA, PR, -1, PAIN),
    M(SP1, "How did that go, the complaint?"),
    P(SP2, "She did it online, there's a complaints form. And to be fair, they replied within the time, about two weeks, and a manager rang me, actually rang me, and she was sound. She said the no-access policy shouldn't have closed the job, that's not how it's meant to work, and she'd reopen it and put a note on about my nights.",
      CR, FU, 1, PRAISE),
    M(SP1, "And did the note make a difference?"),
    P(SP2, "For about one appointment. [laughs] Then it was a different contractor, and the note didn't go with it, and same thing. Knock, card.",
      CU, PR, -1, PAIN),
    M(SP1, "Let's go back to the very first time. When the drip started in November, how did you report it?"),
    P(SP2, "On the website. Because I'm not ringing a phone line, I'd be on hold my whole break. The form's all right, to be fair, it's quick. I put 'leak from ceiling' and a photo. The only thing was, it asked, is water coming through now, yes or no, and it was only dripping a bit that day, so I said no. And I think that's what made it non-urgent.",
      RC, AP, 0, PAIN),
    M(SP1, "What happened after you'd submitted it?"),
    P(SP2, "Automatic email with a reference, I've still got it, REP-2291847. Then a text about a week later with an appointment for a surveyor, three weeks away. Which, fine. He came, he looked, he said it's from upstairs, we need to get into flat eleven. And that's where it all stopped.",
      AA, PR, -1, PAIN),
    M(SP1, "Because of getting in upstairs?"),
    P(SP2, "Yeah. The lady upstairs, she's, I don't know her situation, she doesn't answer the door to anyone. I don't blame her. But then the council's like, well, we can't get in, so we can't fix it. For months. I said, you're the landlord, you've got keys. Apparently it's not that simple.",
      AA, PR, -1, PAIN),
    M(SP1, "Tell me about when someone finally did the work. What was that like?"),
    P(SP2, "So in June they got in upstairs, finally, and it was their toilet, the seal. Fixed it in a morning. That's the leak sorted. Then for my ceiling they sent a plasterer, a painter and an electrician for the light, and they all came on different days, and the painter came before the plasterer. [laughs] So he just looked at it and went.",
      CQ, US, -1, PAIN),
    M(SP1, "[laughs] Oh no."),
    P(SP2, "And the mould, the painter just painted over it. I watched him. Anti-mould paint, he said. It's coming through again already, little black dots.",
      DM, US, -1, PAIN),
    M(SP1, "Is the light fixed?"),
    P(SP2, "The light's fixed. New fitting. Proper job. The electrician was the best of the lot, in and out, explained what he'd done.",
      CQ, US, 1, PRAISE),
    M(SP1, "Going back a bit further, right to when you moved in three years ago. Did anyone tell you how repairs work?"),
    P(SP2, "Not really. There was a sign-up, you do the tenancy agreement in the office, and the officer said, you'll do your repairs through the app or the website. And that was it. I didn't know things like, if it's coming from another flat, who deals with it, or what counts as an emergency.",
      RC, FI, -1, PAIN),
    M(SP1, "Would that have helped, knowing what counts as an emergency?"),
    P(SP2, "Probably. Like, the light with water in. I found out after that I could've rung the emergency line for that. Water near electrics is an emergency, it's on the website. Nobody at the surveyor visit said that either, he just said don't use the light.",
      SE, FI, -1, PAIN),
    M(SP1, "Did you get any kind of compensation, or a goodwill payment?"),
    P(SP2, "They offered a hundred quid in the complaint response. For the missed appointments. Nothing for the months of the bathroom, because that was, quote, caused by a third party. The upstairs flat. Which is their flat! [laughs]",
      CC, FU, -1, PAIN),
    M(SP1, "Did you accept it?"),
    P(SP2, "Yeah. I'm not going to the Ombudsman over a bathroom ceiling. I've got a life. Amy wanted to, but. I just want it done.",
      CR, FU, -1, NEUT),
    M(SP1, "Fair enough. And thinking about the whole thing, from the drip to now, was anything actually good?"),
    P(SP2, "The complaints manager. Genuinely. The first person who actually listened and did something. And the texts are good when they work, the 'your operative is on the way' one. That's useful when you're asleep, I can set an alarm for it. [laughs]",
      CR, FU, 1, PRAISE),
    M(SP1, "If you could change one thing, what would it be?"),
    P(SP2, "Don't close a job because of no access. Ring the person. Ring them! Everyone's got a mobile. And if it's a leak between flats, get into the flat upstairs in week one, not month seven.",
      AA, PR, 0, SUGG),
    M(SP1, "That's really clear. Thank you, Ryan, that's everything from me. Anything you want to add?"),
    B(SP2, "No, that's it. Cheers for listening, honestly. It's nice to actually say it to someone.", 1, PRAISE),
    M(SP1, "Thank you. I'll stop the recording there."),
]

# ---------------------------------------------------------------------------
# Session 6: interview-3.csv, housing officer (staff), in the civic centre;
# CSV export (UTF-8 with BOM, ";", CRLF) with columns Speaker;Time;Text
# ---------------------------------------------------------------------------
RS = "Researcher"
RE = "Respondent"   # housing officer, Northgate and the bottom end of Fenwick

IV3 = [
    M(RS, "Thanks for making the time, I know it's busy. Just to confirm, this is anonymous, we won't name you or your patch in anything we write. Could you start by telling me about your role?"),
    P(RE, "Sure. I'm a housing officer, a patch officer, I've been with Eastmere twelve years. I've got about eight hundred and fifty homes, Northgate and the bottom end of Fenwick. Officially repairs aren't my job, it's tenancy management, rent, antisocial behaviour, tenancy checks. But in practice I'd say a third of my week is repairs.",
      RC, AP, 0, NEUT),
    M(RS, "A third. Why is that, do you think?"),
    P(RE, "Because people can't get through, or they've got through and nothing's happened, and I'm a face they know. They catch me on the stairs. Or they ring my mobile, which, they're not supposed to have my mobile, but they do. [laughs]",
      RC, AP, -1, PAIN),
    M(RS, "What can you actually do when they catch you on the stairs?"),
    P(RE, "I can look it up on the system, see if there's a job raised, see if it's been closed. Half the time it's been closed and the tenant doesn't know. I can re-raise it, I can email the repairs team or the contractor's supervisor, and I can add a vulnerability flag if there's a reason. What I can't do is make anyone come any faster.",
      CU, PR, -1, PAIN),
    M(RS, "Tell me about the vulnerability flags."),
    P(RE, "So in theory, if a household has someone with a health condition, a disability, a baby, someone elderly on their own, you flag it, and the triage treats things as more urgent. In practice the flag sits on the tenancy record, and the repairs system's a different system, so unless the call handler actually looks, it doesn't carry over. And flags go out of date. I've got people flagged who moved out five years ago, and people who should be flagged who've never told us anything.",
      VH, AP, -1, PAIN),
    M(RS, "Let's talk about damp and mould, since it comes up so much. What's changed, from where you sit?"),
    P(RE, "A lot, to be honest. Since the Rochdale case, the little boy, everything shifted. Before, and I'm not proud of it, the default was condensation, open your windows, here's a leaflet. Some officers still think that, some surveyors still think that. But the policy now is you treat it as a repair until you've proved otherwise, and from next month there's the new law with the fixed timescales.",
      DM, DE, 0, NEUT),
    M(RS, "Do you think that's landing with tenants yet?"),
    P(RE, "Not consistently. Tenants still get told it's lifestyle, I hear it every week. And the trouble is, once one person's said that to you, you don't report the next thing, because you think you'll be blamed again. So by the time I find it on a tenancy check, it's up the wall and in the kids' clothes.",
      SA, DE, -1, PAIN),
    M(RS, "You mentioned triage. How does a repair get its priority?"),
    P(RE, "There's a script the call handlers follow. Emergency is make safe within four hours for the really urgent stuff, gas, no heating for vulnerable people, uncontainable leaks, electrics. Urgent is three working days. Routine is twenty-eight days. And the script is quite literal. If the tenant doesn't say the magic words, it goes routine.",
      SE, AP, -1, PAIN),
    M(RS, "What are the magic words?"),
    P(RE, "[laughs] 'Water near electrics.' 'I've got a baby.' 'I'm disabled.' 'I can smell gas.' If you say, oh, it's been dripping a bit, that's routine, even if it's been dripping into a light fitting for a month.",
      SE, AP, -1, PAIN),
    M(RS, "Okay. What about the contractors? How do you find working with them?"),
    P(RE, "It's mixed. Carden do the bulk of the responsive repairs, and some of their operatives are brilliant, they've been on our estates for years, they know the buildings, they'll tell me if they're worried about someone. But they subcontract a lot, especially plastering and roofing, and the subbies don't know our tenants, don't know our systems, and they're paid per job, so there's no incentive to find the actual cause.",
      CQ, US, 0, PAIN),
    M(RS, "Is that where the repeat visits come from?"),
    P(RE, "Partly. And partly it's the job system. Each job is one trade, one visit. So a leak that needs a plumber, a roofer and a plasterer is three jobs, and nobody owns the whole thing. The tenant sees eleven different people. I had a lady on Fenwick Walk, I won't say more, who I think got into double figures.",
      CQ, US, -1, PAIN),
    M(RS, "And appointments, the no-access issue?"),
    P(RE, "The no-access policy is that after two failed attempts the job can be closed. It was meant for people who genuinely won't let anyone in, and there are some. But operatives use it very loosely. A card's gone through, job closed, and the stats look fine, because a closed job counts as completed on time.",
      AA, PR, -1, PAIN),
    M(RS, "That's quite a claim. It counts as completed?"),
    P(RE, "Well. Closed within target. I'd have to check exactly how the KPI is worded. But that's how it feels from my end.",
      AA, PR, -1, NEUT),
    M(RS, "What about complaints? Do tenants come to you with complaints?"),
    P(RE, "They do, and I tell them to make a formal complaint, because it's the only thing that gets escalated. I actually help people fill in the form. There's a bit of a culture that complaining makes you a troublemaker, especially with the older tenants, and I try to tell them it's the opposite, it's how things get fixed.",
      CR, FU, 0, NEUT),
    M(RS, "And compensation?"),
    P(RE, "There's a compensation policy. Most tenants don't know it exists. You can get money for time without heating, for damaged belongings, for missed appointments, there's a set amount for each missed appointment. But you have to ask. We don't offer it upfront, unless it's gone to a complaint. I think that's wrong, personally.",
      CC, FU, -1, PAIN),
    M(RS, "When a tenant first moves in, what do they get told about repairs?"),
    P(RE, "At sign-up, not much, to be honest. It's an hour, and most of it's rent, the tenancy conditions, the direct debit. Repairs is one page in the pack. And people are moving in from temporary accommodation, with kids, they're not reading a pack.",
      RC, FI, -1, PAIN),
    M(RS, "What would you do instead?"),
    P(RE, "A settling-in visit at six weeks, properly. Walk round with them, show them the stopcock, the boiler pressure, the trickle vents, how to use the app. We used to do that before the restructure. It'd save us a fortune in calls.",
      RC, FI, 0, SUGG),
    M(RS, "What about relets? Empty homes being repaired before someone moves in?"),
    P(RE, "The void standard is supposed to mean the home is safe, clean and everything works. But the voids team are under pressure to turn properties round in twenty days, because every empty day is lost rent. So things get signed off that shouldn't. Heating that's not been tested properly. And then it becomes a responsive repair in the first week, with a new tenant who's already stressed.",
      RD, N, -1, PAIN),
    M(RS, "Last one from me. If you could change one thing about repairs, from the tenant's point of view, what would it be?"),
    P(RE, "One person owning the job from start to finish. Not the housing officer, we haven't got the time, but a repairs coordinator for the complex jobs. Anything with more than two trades or more than two visits goes to a named person who rings the tenant back. That would change everything.",
      CU, US, 0, SUGG),
    M(RS, "And from your point of view, as an officer?"),
    P(RE, "Honestly? Give us read access to the contractor's system. I can't see their notes. I ring the tenant and say, I can see it's been raised, and they say, yes, I know, the man was here yesterday and said he needs a part. And I didn't know that. It's embarrassing.",
      CU, US, -1, SUGG),
    M(RS, "That's really helpful. Thank you for being so candid."),
    B(RE, "That's all right. Just don't put my name on it. [laughs]"),
]

# ---------------------------------------------------------------------------
# Session 7: interview-4.txt, tenant (mother of an autistic son), by phone;
# label alone on a line (INTERVIEWER / FAITH), text wrapped at 100 characters,
# blank line between turns; three turns have a second or third paragraph
# ---------------------------------------------------------------------------
IN = "INTERVIEWER"
FA = "FAITH"

IV4 = [
    M(IN, "Thanks for fitting this in around school pick-up. As I said, I'm interested in the whole experience, not just the bad bits. Can you start by telling me a bit about your home and the repair that's bothered you most?"),
    P(FA, "Yeah, of course. So we're on Fenwick Road, it's a three-bed house, me and my two boys. Tobi's fourteen, he's autistic, and Daniel's nine. We've been there six years and I love the house, honestly, the garden especially.\n\nBut the kitchen. [laughs] Last year the floor under the sink went soft, like spongy, and I put my foot through it in October. Literally through it, into the space underneath. There'd been a slow leak from the waste pipe for God knows how long.",
      SE, N, -1, NEUT),
    M(IN, "Oh gosh. Were you hurt?"),
    P(FA, "Just a scraped shin. I was more worried about Tobi, because the kitchen's a big part of his routine. He makes his own breakfast, same cereal, same bowl, same place, every morning. So that was the first thing I thought.",
      VH, N, -1, NEUT),
    M(IN, "Before we get on to the repair itself, can I ask how you knew who to contact? Had you reported things before?"),
    P(FA, "Only little things, a dripping tap. I knew about the app because it's on the rent letters. But I didn't know whether a floor was even the council's. Like, is the floor structure, or is it, you know, fixtures? I googled 'council tenant kitchen floor collapsed' at eleven o'clock at night. [laughs] And I found the page about responsibilities and it said floors, council. So.",
      RD, FI, 0, NEUT),
    M(IN, "And then?"),
    P(FA, "I did it on the app, with a photo of my leg in the hole. [laughs] And it came back as routine. Twenty-eight days. A hole in the kitchen floor. So I rang the next morning and said, I've got an autistic son who is going to fall down this hole, and the lady was great, she upgraded it, and someone came that afternoon to board it over.",
      SE, AP, 0, PAIN),
    M(IN, "So the app said routine, but the phone call got it upgraded."),
    P(FA, "Yeah. Which, I don't blame the app, it's a computer. But it means you have to ring anyway, so what's the point of it?",
      RC, AP, -1, PAIN),
    M(IN, "Tell me about the repair itself, the proper one."),
    P(FA, "So that's where it got big. The surveyor came and said the joists were rotten, the whole kitchen floor had to come up, the units had to come out to do it, and the electrics under the floor needed redoing. So it became, like, a kitchen job. Six weeks, they said. It was nine.",
      CQ, US, -1, PAIN),
    M(IN, "Nine weeks without a kitchen?"),
    P(FA, "Nine weeks without a kitchen. They gave us a microwave and a kettle in the living room, and I was washing up in the bath. [laughs] You laugh or you cry. And for Tobi, honestly, it was really, really hard. He wasn't sleeping. We had meltdowns most days, because everything was in the wrong place and there were strange men in the house every morning.",
      VH, US, -1, PAIN),
    M(IN, "Did anyone on the job know about Tobi's needs, going into it?"),
    P(FA, "I told them. I told everyone. I asked if they could tell me the day before who was coming and what they'd be doing, so I could prepare him, you know, with pictures. And the site manager said, yeah, no problem. And then it just didn't happen. Men would turn up at half seven and I'd never seen them before.",
      CU, US, -1, PAIN),
    M(IN, "Was there anything good about the work?"),
    P(FA, "The work itself was good, I'll say that. The kitchen looks better than before, they put in new units, and the electrician, Marcus, was amazing with Tobi. He showed him the fuse board, let him switch things on and off. By week four Tobi was waiting at the door for him. [laughs]\n\nSo it's not the people. It's the not knowing.",
      CQ, US, 0, PRAISE),
    M(IN, "You mentioned the units. Was there anything you asked for that they wouldn't do?"),
    P(FA, "Yeah. The tiles. The old tiles came off with the units and they only put back, like, half. Behind the cooker and the sink. Not the rest. And I'd asked about the worktop height, because Tobi's tall, six foot already, and they said no, standard height, it's a repair, not an improvement.",
      RD, DE, -1, PAIN),
    M(IN, "And decorating afterwards?"),
    P(FA, "They gave me a voucher. B&Q, a hundred and twenty pounds, for decorating. Which, I mean, it's something. But I had to do it myself in the evenings, with two kids. My dad had to come down from Leicester to help.",
      CC, DE, 0, PAIN),
    M(IN, "Let's go back to the waiting, between the board going down and the work starting. How long was that?"),
    P(FA, "About seven weeks. Surveyor, then a second surveyor for the electrics, then asbestos testing, because it's an old house, and the asbestos results took three weeks. Nobody told me that's what we were waiting for. I found out from the plumber, who said, oh, you're waiting on the asbestos.",
      CU, PR, -1, PAIN),
    M(IN, "And all that time the floor was boarded?"),
    P(FA, "Boarded and taped, with a bit of hazard tape. Tobi thought it was a crime scene. [laughs] He drew a chalk outline on it.",
      SE, PR, 0, NEUT),
    M(IN, "[laughs] Did you ever make a complaint?"),
    P(FA, "I didn't make a formal one. I emailed our councillor, Councillor Shah, when it went past six weeks, because a friend said that works. And she did reply the same day, and copied in someone from repairs, and the next morning I had a named contact, Dionne, who rang me every Friday. Which is what I'd wanted from the start.",
      CR, FU, 0, PRAISE),
    M(IN, "Every Friday. What difference did that make?"),
    P(FA, "Huge. Even when the news was bad, like, the worktop's delayed another week, at least I knew, and I could tell Tobi. That's all. Just tell me.",
      CU, US, 1, PRAISE),
    M(IN, "Did you get any money back for the extra costs?"),
    P(FA, "I didn't ask. I didn't know you could. We were eating a lot of takeaways, to be honest, because I couldn't cook. That adds up.",
      CC, US, -1, PAIN),
    M(IN, "There is a compensation policy, for what it's worth. Would you have wanted to know about it?"),
    P(FA, "Yes! Obviously. [laughs] Why wouldn't you tell people?",
      CC, FU, -1, PAIN),
    M(IN, "If there was one thing you could change about how the repair was handled, what would it be?"),
    P(FA, "A plan. On paper, or on the app. Week one, this. Week two, this. Who's coming. With photos of the workers, honestly, that would have been amazing for Tobi.\n\nAnd ask, at the start, is there anyone in the house who needs anything different. Because I had to keep saying it, and with every new person I'd say it again.",
      CU, US, 0, SUGG),
    M(IN, "That's really helpful. And how's the kitchen now?"),
    P(FA, "It's lovely. Honestly. Tobi's got his bowl back in the same place. [laughs] And I check under the sink every week now. Every Sunday. With a torch.",
      CQ, FU, 1, PRAISE),
    M(IN, "[laughs] Thank you, Faith. That's everything from me."),
    B(FA, "Thank you for asking. Really. Nobody asks.", 1, PRAISE),
]

# ---------------------------------------------------------------------------
# Session 8: interview-5.txt, tenant in a tower block, Teams; transcript pasted
# from Teams: title, date, duration, "... started transcription", then
# "Name   h:mm:ss" lines with the text below
# ---------------------------------------------------------------------------
OP = "Owen Pritchard"
KM = "Kwame Mensah"

IV5 = [
    M(OP, "Hi Kwame, can you hear me okay?"),
    B(KM, "Yeah, I can hear you. Can you hear me? The Wi-Fi up here is a bit, you know."),
    M(OP, "Loud and clear. Thanks for doing this on your lunch. So, to start us off, tell me about your home and the repair that's bothered you most."),
    P(KM, "Okay. So I'm on the top floor of Marlowe Tower, in St Anne's, seventeenth floor, with my wife and our daughter, she's four. Great views. [laughs] Terrible roof. Whenever it rains properly, water comes in through the ceiling in the hallway and the main bedroom. We've got a system, two buckets and a paddling pool. I'm not joking. The paddling pool is for the bedroom.",
      DM, N, -1, NEUT),
    M(OP, "A paddling pool."),
    P(KM, "It's the biggest thing that fits under the drip. [laughs]",
      DM, N, -1, NEUT),
    M(OP, "How long has that been going on?"),
    P(KM, "Nearly three years. I know exactly, because we moved in in October 2022 and it rained the first week.",
      DM, N, -1, NEUT),
    M(OP, "I know from your form that you've got a case with the Housing Ombudsman. Can you tell me how you got there?"),
    P(KM, "Yeah. So, after about a year and a half of reporting, I had five or six job numbers, and each time someone came, looked up, said it's the roof, it needs the roofing contractor, and closed the job. So I went to a stage one complaint. They said the roof is in the capital programme for replacement and in the meantime they'd do a patch repair. Stage two, same. So I went to the Ombudsman in March. It's still with them. They said the wait is, I think, ten months just to get an investigator.",
      CR, FU, -1, PAIN),
    M(OP, "Ten months."),
    P(KM, "Ten months. And meanwhile it rains. It's England. [laughs]",
      CR, FU, -1, PAIN),
    M(OP, "Did the patch repair happen?"),
    P(KM, "Twice. The first time they couldn't get on the roof because of the wind, health and safety, fair enough, it's seventeen floors. The second time they did it, a bloke with a tub of, like, black stuff, and it held for about four months. Then the leak just moved. Now it's coming in over the kitchen door too.",
      CQ, FU, -1, PAIN),
    M(OP, "Let's talk about the lifts as well, because you mentioned them on the form."),
    P(KM, "Oh, the lifts. So there's two, and one has been out since Easter waiting for a part. When the other one goes too, and that happens maybe once a month, I carry my daughter and her buggy down seventeen floors to nursery. And my neighbour on fifteen, Mr Osei, he's on oxygen, he can't go out at all. I've carried his shopping up before now.",
      VH, PR, -1, PAIN),
    M(OP, "Who do you report the lifts to?"),
    P(KM, "That's the thing, I don't know if anyone does. [laughs] I assume someone has. There's a WhatsApp group for the block, about sixty people, and every time it goes down someone posts 'has anyone reported it?' and twenty people say 'not me'. And then one of us rings.",
      RC, AP, -1, PAIN),
    M(OP, "And the roof leak, how do you report that?"),
    P(KM, "Every time, on the app, with a video of the water. I'm good with the app, I work in IT. [laughs] But the app only lets you pick one location, so hallway or bedroom, not both. And there's no option for 'roof', because obviously a tenant doesn't have a roof, so I pick 'ceiling'. And then the job goes to a general repairs man who can't do anything about a roof.",
      RC, AP, -1, PAIN),
    M(OP, "So the job goes to the wrong trade from the start."),
    P(KM, "Every time. And he comes, he looks up, he says 'roof', and the job's closed as 'referred'. Referred to who? I never find out.",
      CU, PR, -1, PAIN),
    M(OP, "When a surveyor finally came to look at the roof, what were you told?"),
    P(KM, "A surveyor came in, I think, January this year, with a drone. That was actually impressive. [laughs] He showed me the footage on his tablet, the felt's all cracked, there's standing water. He said the roof's at the end of its life and it needs replacing, full stop. Which I appreciated, because it was the first time someone was straight with me.",
      RD, DE, 1, PRAISE),
    M(OP, "And when will it be replaced?"),
    P(KM, "'In the programme.' [laughs] 2026 to 2027, provisionally. Depends on funding. So that's another winter, maybe two, with the paddling pool.",
      RD, DE, -1, PAIN),
    M(OP, "Have you been offered anything in the meantime?"),
    P(KM, "They offered a management transfer, a move, to a two-bed in Millfield. But it was further from my wife's work and my daughter's nursery, and honestly, the flat itself is fine, it's the roof. Why should we move because they can't fix a roof?",
      RD, DE, -1, PAIN),
    M(OP, "And compensation?"),
    P(KM, "At stage two it was two hundred pounds. We've had to throw away a mattress and a bed base and a rug. That's more than two hundred pounds.",
      CC, FU, -1, PAIN),
    M(OP, "Going right back, to when you first moved in. Did anyone tell you about the roof, or how to report things?"),
    P(KM, "No. When we viewed, it was August, it was dry. [laughs] The ceiling had been freshly painted, so, you know. Afterwards a neighbour told me the last tenant had been on about the roof for years. So I think they knew.",
      RD, FI, -1, PAIN),
    M(OP, "That must have been frustrating to hear."),
    P(KM, "Yeah. It's a trust thing. After that, everything they say, I think, do they already know?",
      SA, FI, -1, PAIN),
    M(OP, "What about the people you've dealt with? The staff, the operatives?"),
    P(KM, "Mostly fine, individually. The call centre people are polite, they're reading a script. The operatives are just the messenger, they turn up, they know they can't fix it, they're embarrassed. One of them said to me, mate, I've been to this flat four times, I'm sorry. That's the most honest thing anyone's said.",
      SA, US, 0, PRAISE),
    M(OP, "If you could change one thing?"),
    P(KM, "Give the block one shared job for a communal problem. The roof is one problem. The lift is one problem. Not sixty reports and sixty closed jobs. And put the status on the app so we can all see it. Like a parcel tracker. Out for delivery. [laughs]",
      CU, PR, 0, SUGG),
    M(OP, "[laughs] I like that. Okay, we're just about at time. Would you be up for being contacted about testing some new designs later in the year?"),
    B(KM, "Yeah, definitely. My email's kwame.mensah@example.com, or my mobile's 07700 900 462. Text is better, I'm in meetings a lot."),
    M(OP, "Perfect, I've got that. Thanks so much, Kwame. Good luck with the roof."),
    B(KM, "Cheers. I'll send you a photo of the paddling pool. [laughs]"),
]

# ---------------------------------------------------------------------------
# Codebook (drafted before coding; examples are exact excerpts of turns)
# ---------------------------------------------------------------------------
CODEBOOK = [
    (DM, "Damp, leaks and mould",
     "Water getting into the home and what it does: damp walls, leaks from roofs, gutters "
     "and flats above, condensation, black mould on walls, clothes and mattresses; how the "
     "cause is diagnosed (condensation and 'lifestyle' versus penetrating damp or a defect "
     "such as an unconnected fan), mould washes, anti-mould paint and dehumidifiers as "
     "treatment, mould that comes back. Danger from water near electrics or a collapsing "
     "ceiling goes to safety_emergencies; the number and quality of visits to "
     "contractor_quality; how a tenant felt judged by a surveyor to staff_attitudes.",
     ["Nothing to do with my 'lifestyle'.",
      "I thought it was my fault, because that's what everyone says",
      "the painter just painted over it"]),
    (RC, "Reporting a repair and knowing how",
     "How tenants find out how and where to report, and then report: the phone line, its "
     "menu and queue, the online form, the MyEastmere app, photos and videos, reference "
     "numbers, one repair per form, the housing officer or the TRA as a route, the closed "
     "estate office, handbooks and sign-up information, communal and leaseholder reports "
     "passed to 'a different team', self-help advice before reporting. The priority a "
     "report is given goes to safety_emergencies.",
     ["One repair, one form. So I did three forms.",
      "The app doesn't have my lift.",
      "I pressed the wrong thing and ended up in rents"]),
    (AA, "Appointments and access",
     "Booking and keeping appointments for inspections and repairs: all-day and half-day "
     "slots, time off work and lost pay from waiting in, no-shows and rescheduling without "
     "a reason, 'no access' cards and jobs closed after them, getting into a neighbour's "
     "flat or through a broken door entry, trades that have to come together, booking the "
     "follow-on visit.",
     ["Three times I've taken a day off.",
      "Like I'd refused them.",
      "Three times I sat in from eight till one."]),
    (RD, "What gets fixed and who is responsible",
     "Inspection outcomes and decisions about what will be done: repair versus replacement, "
     "'in the programme' (planned and capital works), patches instead of a fix, repair "
     "versus improvement, tenant, council or leaseholder responsibility, the standard of "
     "empty homes at relet and defects known before letting, a move offered instead of a "
     "fix, the council's pages on who is responsible for what.",
     ["it's a repair, not an improvement",
      "Everything's 'in the programme'.",
      "it doesn't say what happens when their inside leaks into my inside"]),
    (CQ, "The repair work and the operatives",
     "The repair itself: operatives and subcontractors, workmanship, finding (or not) the "
     "real cause, mess and clearing up, make-safe and follow-on work left unfinished, parts "
     "on order, many visits by different trades who blame each other, operatives' "
     "consideration for the household, repairs that fail again, and good operatives who "
     "fix it first time.",
     ["Eleven visits and one Kevin.",
      "They all blame each other.",
      "the painter came before the plasterer"]),
    (CU, "Updates and being kept informed",
     "Whether tenants know what is happening: status in the app, texts and calls before "
     "visits, cancellations nobody mentions, jobs closed or 'referred' without telling the "
     "tenant, notes that do not travel with the job, lift notices without a date, starting "
     "from the beginning on every call, a named contact or weekly call, satisfaction texts "
     "and surveys after the repair, staff who cannot see the contractor's notes.",
     ["the app says 'in progress' and that is all it says",
      "No date on it.",
      "Referred to who? I never find out."]),
    (SA, "How staff treat tenants",
     "The manner and attitude of call handlers, surveyors, housing officers and managers: "
     "being believed or judged, a five-minute inspection from the doorway, 'lifestyle' "
     "remarks as an experience of blame that stops people reporting, patience with people "
     "whose English is limited, honesty, helpful but powerless housing officers, staff who "
     "know a tenant personally, continuity of contact, trust in the landlord.",
     ["Believe us the first time we ring.",
      "He stood in the doorway of my daughter's room",
      "they sound tired"]),
    (VH, "Health, disability and vulnerability",
     "Who is affected and how: babies, children and pregnancy, older and disabled tenants, "
     "long-term conditions (asthma, COPD, sickle cell, diabetes, autism), language needs and "
     "relying on relatives; disabled adaptations and the occupational therapist route; "
     "vulnerability flags and whether they change the response; being housebound when the "
     "lift is out; health effects of living with the defect or the works.",
     ["Alan had strip washes at the sink for fourteen months.",
      "you have to know to say it",
      "the flag sits on the tenancy record"]),
    (SE, "Emergencies, urgency and safety",
     "What counts as an emergency and how urgency is judged: priority categories and the "
     "call script ('not an emergency', 'routine'), the out-of-hours number, no heating or "
     "hot water, gas, water near electrics, ceilings and floors giving way, people trapped "
     "in lifts, windows that do not lock, temporary make-safe measures such as tape and "
     "boards.",
     ["No heating in January with a newborn isn't an emergency, apparently.",
      "If the tenant doesn't say the magic words, it goes routine.",
      "An electrician came, put tape over it"]),
    (CR, "Complaints and escalation",
     "Formal complaints at stage one and two, the responses and apologies, going to a "
     "councillor, the Housing Ombudsman and its findings, the First-tier Tribunal for "
     "leaseholders, the TRA's role, disrepair claims firms, reluctance to complain and fear "
     "of being seen as difficult, a complaints manager who sorts things out.",
     ["sorry, we've already apologised at stage one",
      "I don't want to be, how do you say, the difficult tenant.",
      "So that's what you have to do, apparently."]),
    (CC, "Costs, charges and compensation",
     "Money: extra electricity for heaters and dehumidifiers, damaged belongings, "
     "takeaways, recharges to tenants, leaseholder service charges and major-works bills, "
     "buildings insurance and its excess, decoration vouchers, compensation offers and "
     "their size, and whether tenants know they can claim.",
     ["Seventy-five quid. For a year of mould.",
      "it's on my electric",
      "Nobody ever took the recharge off."]),
]
THEMES = {c[0] for c in CODEBOOK}

# ---------------------------------------------------------------------------
# Participants (speaker;segment;age_group;district;situation)
# Generic labels are reused across files: "Speaker 1" is the moderator in both
# focus-group-3.vtt and interview-2.srt; "Speaker 2" is a tenant in both (two
# different people, one row each, the file named in the situation column).
# ---------------------------------------------------------------------------
PARTICIPANTS = [
    (LH, "moderator", "", "", ""),
    (SH, "tenant", "35-44", "Saltings", "mother of three, mould in the boys' bedroom, youngest has asthma"),
    (DP, "tenant", "65-74", "Northgate", "14th floor of Kestrel House, COPD, lift out of order"),
    (KB, "tenant", "25-34", "Millfield", "mother of a baby, boiler failed over New Year"),
    (MN, "tenant", "45-54", "Brookside", "night worker, kitchen ceiling came down after a leak from the flat above"),
    (GT, "tenant", "75-84", "Quayside", "carer for her husband after a stroke, level-access shower (adaptation)"),
    (AF, "tenant", "35-44", "St Anne's", "father of a boy of seven, rotten window frame that does not lock"),
    (RK, "moderator", "", "", ""),
    (PD, "tenant rep", "55-64", "Northgate", "secretary of the Northgate TRA, 11th floor of Heron House"),
    (TM, "tenant", "65-74", "Northgate", "9th floor of Kestrel House, wife after two knee replacements, lifts"),
    (GA, "tenant", "35-44", "Northgate", "mother of two, older son has sickle cell, penetrating damp in Heron House"),
    (LW, "tenant", "45-54", "Northgate", "care worker on zero hours, maisonette on Fenwick Walk, leak, eleven visits"),
    (JH, "tenant", "25-34", "Northgate", "partner seven months pregnant, relet with cold radiators and a sparking socket"),
    (BF, "leaseholder", "55-64", "Northgate", "Right to Buy leaseholder in Heron House, service charges and communal repairs"),
    (S1, "moderator", "", "", ""),
    (S2, "tenant", "65-74", "Brookside", "focus-group-3.vtt: Carol, widow, gutter leak and black mould in the back bedroom"),
    (S3, "tenant", "35-44", "Saltings", "focus-group-3.vtt: Nicola, mother of a girl of eleven, mould, Housing Ombudsman finding"),
    (S4, "tenant", "45-54", "Fenwick", "focus-group-3.vtt: Imran, wheelchair user, adapted house with a through-floor lift"),
    (S5, "tenant", "18-24", "Quayside", "focus-group-3.vtt: Jade, first tenancy, toilet and tap reported on the app"),
    (S6, "tenant", "55-64", "Millfield", "focus-group-3.vtt: Abdul, Bengali speaker helped by his son, boiler and a gas smell"),
    (S7, "leaseholder", "45-54", "Saltings", "focus-group-3.vtt: Sue, leaseholder, leak from the council flat above"),
    (IV, "moderator", "", "", ""),
    (BE, "tenant", "75-84", "Saltings", "widow living alone in a bungalow, diabetes and arthritis, boiler and a leaking pipe"),
    (SP2, "tenant", "25-34", "Brookside", "interview-2.srt: Ryan, night worker, leak from the flat above, no-access closures, complaint"),
    (RS, "moderator", "", "", ""),
    (RE, "staff", "35-44", "Northgate", "housing officer (patch officer) for Northgate and the bottom end of Fenwick"),
    (IN, "moderator", "", "", ""),
    (FA, "tenant", "45-54", "Fenwick", "mother of two, older son autistic, kitchen floor gave way, nine weeks of works"),
    (OP, "moderator", "", "", ""),
    (KM, "tenant", "35-44", "St Anne's", "17th floor of Marlowe Tower with wife and daughter, roof leak and lifts, Ombudsman case"),
]

# ---------------------------------------------------------------------------
# Session table
# ---------------------------------------------------------------------------
HEADER_DOCX = [
    "Date: 11 September 2025, 2.00–3.30pm",
    "Venue: Northgate Community Centre, Heron Way",
    "Present: RK (facilitator, Housing Services), PD (Northgate TRA), TM, GA, LW, JH, BF",
    "Notes: Kirsty, Housing Services (not taking part)",
    "Transcription: near-verbatim from the audio, lightly edited; speakers by initials; [laughs] = laughter",
]
HEADER_IV1 = [
    "Eastmere Borough Council – Housing repairs research – Interview 1",
    "Date: 18 September 2025",
    "Location: participant's home, Saltings",
    "Interviewer: Owen Pritchard (Research & Insight)",
    "Participant: Bernadette, council tenant",
]

SESSIONS = [
    dict(file="focus-group-1.vtt", fmt="teams_vtt", turns=FG1, seed=3101, start=4.1,
         guid="b7e41c09-2d3f-4a8e-9c51-06f2d8a4e3b7"),
    dict(file="focus-group-2.docx", fmt="docx", turns=FG2, seed=3102, start=0.0,
         title="Focus group 2 – Housing repairs, Northgate (tenants, TRA and a leaseholder)",
         header=HEADER_DOCX),
    dict(file="focus-group-3.vtt", fmt="zoom_vtt", turns=FG3, seed=3103, start=2.7),
    dict(file="interview-1.txt", fmt="stamped_txt", turns=IV1, seed=3104, start=3.0,
         header=HEADER_IV1),
    dict(file="interview-2.srt", fmt="srt", turns=IV2, seed=3105, start=1.4),
    dict(file="interview-3.csv", fmt="csv", turns=IV3, seed=3106, start=1.0),
    dict(file="interview-4.txt", fmt="label_txt", turns=IV4, seed=3107, start=0.0),
    dict(file="interview-5.txt", fmt="teams_txt", turns=IV5, seed=3108, start=3.5,
         header=["Housing repairs interview - tenant-20250925_121502-Meeting Recording",
                 "25 September 2025, 12:15PM"]),
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


SENT_RE = re.compile(r"(?<=[.!?…\]'])\s+(?=[A-Z\['‘0-9])")


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
            lines += [f"{guid}/{i + 9}-{k}", f"{ts_vtt(s)} --> {ts_vtt(e)}"]
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


LABEL_LIKE = re.compile(r"^[^:]{1,30}: ")


def write_srt(session) -> bytes:
    lines = []
    n, cont = 1, 0
    for turn, (a, b) in zip(session["turns"], timings(session)):
        parts = chunks(turn["text"], 28)
        for k, (p, (s, e)) in enumerate(zip(parts, cue_times(a, b, parts))):
            if k == 0:
                body = f"{turn['speaker']}: {p}"
            else:
                # Some tools repeat the label on continuation cues, some drop it.
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
    w.writerow(["Speaker", "Time", "Text"])
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
                                       f"{session['turns'][0]['speaker']} started transcription", ""]
    for t, (a, _) in zip(session["turns"], tim):
        lines.append(f"{t['speaker']}   {ts_teams(a)}")
        text = norm(t["text"])
        if len(text) > 300:
            # Teams breaks long utterances over two lines
            sents = sentences(text)
            half = len(sents) // 2
            lines += [" ".join(sents[:half]), " ".join(sents[half:])]
        else:
            lines.append(text)
        lines.append("")
    return "\n".join(lines[:-1]).encode("utf-8") + b"\n"


DOCX_DATE = (2025, 9, 12, 10, 0, 0)


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
        p = d.add_paragraph()
        p.add_run(f"{t['speaker']}:").bold = True
        if t.get("label_alone"):
            rest = paras
        else:
            p.add_run(" " + paras[0])
            rest = paras[1:]
        for para in rest:
            d.add_paragraph(para)
    cp = d.core_properties
    cp.author = "Housing Services research"
    cp.last_modified_by = "Housing Services research"
    cp.title = session["title"]
    cp.created = _dt.datetime(*DOCX_DATE)
    cp.modified = _dt.datetime(*DOCX_DATE)
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    # re-zip with fixed timestamps so the file is byte-identical between runs
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_DATE)
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
        else:  # continuation cue without a label
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
    return _merge([(r["Speaker"], r["Text"]) for r in rows])


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
GENERIC = re.compile(r"^Speaker \d+$")


def _has_docx() -> bool:
    try:
        import docx  # noqa: F401
        return True
    except ImportError:
        return False


def main() -> int:
    TDIR.mkdir(parents=True, exist_ok=True)
    segments: dict[str, set[str]] = {}
    for p in PARTICIPANTS:
        segments.setdefault(p[0], set()).add(p[1])
    # a label that occurs twice must keep one segment (generic labels only)
    for spk, segs in segments.items():
        assert len(segs) == 1, (spk, segs)
        n = sum(1 for p in PARTICIPANTS if p[0] == spk)
        assert n == 1 or GENERIC.match(spk), spk
    moderators = {p[0] for p in PARTICIPANTS if p[1] == "moderator"}
    participant_labels: dict[str, str] = {}
    rows, problems = [], []
    for s in SESSIONS:
        turns = s["turns"]
        for a, b in zip(turns, turns[1:]):
            assert a["speaker"] != b["speaker"], (s["file"], a["text"][:40])
        for t in turns:
            spk = t["speaker"]
            assert spk in segments, spk
            assert t["mod"] == (spk in moderators), (s["file"], spk)
            assert not re.search(r"\d:\d\d", t["text"]), t["text"][:40]
            if not t["mod"]:
                # participant labels are unique across the study, except the
                # generic "Speaker N" labels of the auto-transcribed files
                if not GENERIC.match(spk):
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

    with open(HERE / "codebook.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "label", "description", "examples"])
        for cid, label, desc, ex in CODEBOOK:
            for e in ex:
                if not any(e in r[7] for r in rows if r[3] == cid):
                    problems.append(f"codebook example not in a {cid} turn: {e}")
            w.writerow([cid, label, desc, "|".join(ex)])

    with open(TDIR / "participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
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


if __name__ == "__main__":
    sys.exit(main())
