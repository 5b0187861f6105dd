#!/usr/bin/env python3
"""Generate the fictional study of the Disabled Facilities Grant (DFG) in the fictional
Calderbridge Council (an English unitary authority) and its home improvement agency,
Calderbridge Home Solutions: transcripts, gold.csv, codebook.csv and
transcripts/participants.csv, all from the session lists in this file.

Python 3.11 standard library plus python-docx and openpyxl. Run:

    /work/main/.venv/bin/python generate.py

Each session is ONE list: M() moderator turns, P() participant turns with labels, B()
backchannels (no theme, no stage). A turn's text may be a tuple of pieces (cues, blocks,
rows); the gold joins them with one space. Every file is parsed back with a minimal
parser for its layout and compared with the list; output is byte-identical between runs.
"""
from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TDIR = HERE / "transcripts"
STAGES = ("need", "find_info", "apply", "processing", "decision", "use", "follow_up")
NEED, FIND, APPLY, PROC, DEC, USE, FOLL = STAGES
KINDS = ("pain", "praise", "suggestion", "question", "neutral")


def M(speaker, text):
    return dict(speaker=speaker, text=text, mod=True)


def P(speaker, text, theme, stage, sentiment, kind):
    assert kind in KINDS and sentiment in (-1, 0, 1) and stage in STAGES
    return dict(speaker=speaker, text=text, mod=False, theme=theme, stage=stage,
                sentiment=sentiment, kind=kind)


def B(speaker, text, sentiment=0, kind="neutral"):
    return dict(speaker=speaker, text=text, mod=False, theme="", stage="",
                sentiment=sentiment, kind=kind)


def pieces(t):
    return list(t["text"]) if isinstance(t["text"], tuple) else [t["text"]]


def full(t):
    return " ".join(pieces(t))

# Session lists for the two focus groups (imported by generate.py).

J = "Jo Price"
FG1 = [
    M(J, ("Right, I think that's everyone. Thanks for joining on a Tuesday evening. I'm Jo, I'm doing this for Calderbridge Council, independent of the grants team, so be as honest as you like.",
          "Could we start with names and what made you need an adaptation in the first place?")),
    P("Margaret Hirst", ("Margaret. I'm seventy-nine, I live in Lydgate, same house forty-one years. I had a stroke in the January, a small one they said,",
                         "but small or not I couldn't get up the stairs and I couldn't get in the bath. So that's where it started."), "need_trigger", NEED, 0, "neutral"),
    P("Derek Walsh", "Derek. It's my wife, Pauline, she's got MS, it's been coming on for years but last winter she fell on the stairs twice in a fortnight. I'm her carer, if that's the word. Husband mostly.", "need_trigger", NEED, 0, "neutral"),
    P("Ken Oldroyd", "Ken Oldroyd, eighty-three, Westmoor. Hip and knees. I'd been sleeping downstairs on the settee for, what, eighteen months before anybody knew.", "need_trigger", NEED, -1, "pain"),
    B("Margaret Hirst", "Oh, Ken."),
    P("Ken Oldroyd", "No, it's fine, I didn't tell anyone, that's on me.", "need_trigger", NEED, 0, "neutral"),
    P("Shirin Akhtar", "Shirin. I'm here for my dad really, he lives with us now in our house in Hallam Road. He's got Parkinson's. I do the forms, I do everything, I'm the one who rings.", "need_trigger", NEED, 0, "neutral"),
    P("Alan Briggs", "Alan. I'm sixty-six. I'm the odd one, I had an accident at work, I'm a wheelchair user now, so it wasn't a stairlift for me, it was the whole ground floor.", "need_trigger", NEED, 0, "neutral"),
    M(J, "Thank you. And how did you find out there was such a thing as a grant? Who told you?"),
    P("Margaret Hirst", "The hospital OT, on the stroke ward. She said you'll need a rail and a shower and there's a grant for that, the council does it. I'd never heard of it. Forty-one years paying council tax.", "finding_out", FIND, 0, "neutral"),
    P("Shirin Akhtar", "Google. Honestly. I typed in stairlift free and got about six companies wanting to sell me one for four grand. The council page was on page two.", "finding_out", FIND, -1, "pain"),
    P("Ken Oldroyd", "My GP, in the end. She asked how I was getting on with the stairs and I said I'm not, and she said, right, you want the OTs.", "finding_out", FIND, 1, "praise"),
    P("Derek Walsh", "We got it from the MS Society, their nurse. She said ring adult social care and say the words Disabled Facilities Grant. Like a password.", "finding_out", FIND, 0, "neutral"),
    B("Alan Briggs", "Open sesame."),
    P("Derek Walsh", "Pretty much. If you say I need help with the stairs you get a leaflet. If you say DFG you get a referral.", "finding_out", FIND, -1, "pain"),
    P("Alan Briggs", "I knew because I used to fit kitchens. I did a few for the agency years ago. So I was ahead there, I knew what to ask for.", "finding_out", FIND, 0, "neutral"),
    M(J, "So, Shirin, when you did find the council page, did it help?"),
    P("Shirin Akhtar", "It told me what a DFG is. It didn't tell me how long, or what I'd pay, or that you can't just apply yourself, you have to go through the OT first. I filled a form in that went nowhere.", "finding_out", FIND, -1, "pain"),
    P("Margaret Hirst", "I'd have liked one piece of paper. Step one, step two. Even just the order of it.", "finding_out", FIND, 0, "suggestion"),
    M(J, "Let's go on to the referral and the OT. What happened after that first contact?"),
    P("Ken Oldroyd", "Waiting list. They rang me, nice lad, said you're on the list for an assessment, could be twenty weeks. I said I'm eighty-three, son.", "ot_assessment", PROC, -1, "pain"),
    B("Derek Walsh", "Ha!"),
    P("Ken Oldroyd", ("It was nineteen in the end. So he wasn't lying.",
                      "And she was very thorough when she came, I'll give her that, she had me on the stairs, in the bath, measuring the doors."), "ot_assessment", PROC, 0, "neutral"),
    P("Margaret Hirst", "Mine was quicker because I came out of hospital. Hospital discharge, they call it priority. Six weeks. But I had a commode in the front room for the six weeks.", "ot_assessment", PROC, 0, "neutral"),
    P("Shirin Akhtar", "We were told fourteen weeks, then we rang in week twelve and they'd no record of us. The form I'd filled in online had gone to the general inbox.", "contact_updates", PROC, -1, "pain"),
    M(J, "Oh dear. Did you start again?"),
    P("Shirin Akhtar", "From scratch. Phone this time. I wrote down the name of the person, the date, the time, like a detective.", "contact_updates", PROC, -1, "pain"),
    P("Derek Walsh", "That's what you have to do. I've a notebook. Every call.", "contact_updates", PROC, 0, "suggestion"),
    P("Alan Briggs", "My OT was good. She got it. She said you don't want a ramp, you want the back door widening and a level threshold, and a wet room where the dining room is. She thought about how I actually live.", "ot_assessment", PROC, 1, "praise"),
    M(J, "What did the OT recommend for the rest of you?"),
    P("Margaret Hirst", "Level-access shower instead of the bath, and a stairlift. Straight stairs, thank God.", "ot_assessment", DEC, 0, "neutral"),
    P("Derek Walsh", ("Through-floor lift. Because Pauline's going to be in the chair full-time eventually, the OT said a stairlift's only good while she can transfer.",
                      "Which, you know. Nobody wants to hear that in their kitchen."), "ot_assessment", DEC, -1, "pain"),
    B("Shirin Akhtar", "No."),
    P("Ken Oldroyd", "Stairlift and a rail by the front door. I thought that'd be it, two weeks. Ha.", "ot_assessment", DEC, 0, "neutral"),
    M(J, "Then the application, and I know this is the bit people have views on. The means test."),
    P("Ken Oldroyd", "The test of resources. It's a form the size of a phone book. They want every bank statement, my pension, the works pension, Pauline's, sorry, not Pauline, my late wife's pension I get a bit of.", "means_test", APPLY, -1, "pain"),
    P("Margaret Hirst", "I didn't understand it and I was a bookkeeper. I was told I'd have a contribution of, I think it was six thousand, and I thought, well, that's the whole grant gone then.", "means_test", DEC, -1, "pain"),
    P("Derek Walsh", "We came out at nil contribution because I'm on Carer's Allowance and Pauline's on PIP. So that was one good bit. But it took a month just to prove we had no money.", "means_test", APPLY, 0, "neutral"),
    B("Alan Briggs", "Prove a negative."),
    P("Shirin Akhtar", "And my dad's savings count even though they're his funeral money. He was really upset. He thought we were taking his money.", "means_test", APPLY, -1, "pain"),
    M(J, "Did anyone help you with the forms?"),
    P("Shirin Akhtar", "The agency. The caseworker, Bev, came out with a carrier bag for all the papers. She was lovely. She knew exactly which bits they'd send back.", "means_test", APPLY, 1, "praise"),
    P("Ken Oldroyd", "Bev! Yes. Bev did mine.", "means_test", APPLY, 1, "praise"),
    P("Alan Briggs", "If there's one thing to keep it's the caseworkers. Without Bev, and I didn't have Bev, I had Martin, but without them you'd give up.", "means_test", APPLY, 1, "praise"),
    M(J, "Then the plans and the quotes. Alan, yours was the biggest job?"),
    P("Alan Briggs", ("The agency's surveyor drew it up, a proper scheme, and then it needed building regs, and it needed two quotes.",
                      "Getting two builders to quote for a council job, in this market. One never turned up. The other one quoted and then went quiet for five weeks."), "schemes_quotes", PROC, -1, "pain"),
    P("Derek Walsh", "Ours needed a structural engineer because of the through-floor. The ceiling joists. That was another eight weeks and nobody told us it'd be another eight weeks.", "schemes_quotes", PROC, -1, "pain"),
    P("Margaret Hirst", "The surveyor was a nice man but he talked to my son, not to me. I'm the one in the house.", "schemes_quotes", PROC, -1, "pain"),
    B("Shirin Akhtar", "That's so common."),
    M(J, "And the approval. What came through the door?"),
    P("Margaret Hirst", "A letter saying approved, the amount, and a page about a land charge on the house. I rang my son in a panic. I thought they were taking the house.", "grant_limit", DEC, -1, "pain"),
    P("Derek Walsh", "Ours was over the limit. Thirty thousand is the limit and the lift and the works came to thirty-eight. The council has a top-up, a discretionary loan thing, but it's a charge on the house as well.", "grant_limit", DEC, 0, "neutral"),
    M(J, "How did you feel about that?"),
    P("Derek Walsh", "Honestly? Resigned. It's the house or the stairs. And the thirty thousand, that was set in, what, 2008? Try getting a builder for 2008 prices.", "grant_limit", DEC, -1, "pain"),
    P("Alan Briggs", "They should raise it. It's not the council's fault, it's the government's. But somebody should say it louder.", "grant_limit", DEC, 0, "suggestion"),
    P("Ken Oldroyd", "Mine was well under, stairlift and a rail, about four thousand all in. Approved in a week once the forms were done. No complaints there.", "grant_limit", DEC, 1, "praise"),
    M(J, "The works themselves. Who wants to start?"),
    P("Margaret Hirst", ("The shower. They took the bath out on the Monday and said back Wednesday and came back the following Tuesday.",
                         "So no bath and no shower for eight days, at seventy-nine, after a stroke. My neighbour let me use hers. That's not a service, that's a neighbour."), "works_builders", USE, -1, "pain"),
    B("Shirin Akhtar", "Oh my God."),
    P("Alan Briggs", "Dust. Everywhere. They knocked through the dining room wall and put one dust sheet down. My cat was grey for a month.", "works_builders", USE, -1, "pain"),
    B("Ken Oldroyd", "Ha."),
    P("Derek Walsh", "Our lot were good, I'll say that. Polish lads, tidy, they hoovered every night. The foreman explained everything to Pauline, not to me, to her.", "works_builders", USE, 1, "praise"),
    P("Ken Oldroyd", "Stairlift was in in a morning. Bloke said you've got a remote, don't lose the remote. I've lost the remote.", "works_builders", USE, 0, "neutral"),
    B("Margaret Hirst", "Ken!"),
    M(J, "Was there a final check, a handover?"),
    P("Alan Briggs", "A snagging list. Eleven things. The threshold strip was proud by a centimetre, which for a wheelchair is a wall. It took them until March to come back.", "works_builders", USE, -1, "pain"),
    P("Shirin Akhtar", "We never had a handover. The builder just left, and then the agency sent a form asking were we satisfied. I ticked yes because I didn't know what I was supposed to check.", "works_builders", USE, -1, "pain"),
    P("Margaret Hirst", "Someone should walk round with you. A list, is the tap at the right height, can you reach the controls.", "works_builders", USE, 0, "suggestion"),
    M(J, "And now. Living with it, day to day?"),
    P("Margaret Hirst", "Oh, the shower's wonderful. I can do it myself, with the seat. That's the thing, doing it myself. My daughter doesn't have to come round to wash me.", "living_with", USE, 1, "praise"),
    P("Ken Oldroyd", "I sleep in my own bed. After two years on the settee. I'm not going to say it changed my life but it changed my back.", "living_with", USE, 1, "praise"),
    B("Alan Briggs", "Ha, that's good."),
    P("Derek Walsh", "Pauline uses the lift every day. It's slow, it takes about a minute, and you can't be in the kitchen when it comes through because it's where the table was. But she's upstairs. She's in our bed.", "living_with", USE, 1, "praise"),
    P("Alan Briggs", "I've got my own front door again. I can go out without asking someone to lift me down the step. People don't get that.", "living_with", USE, 1, "praise"),
    P("Shirin Akhtar", "Dad's stairlift is fine but he hates it. He says it's an old man's chair. He's eighty-six.", "living_with", USE, 0, "neutral"),
    B("Ken Oldroyd", "He's right, mind."),
    M(J, "What about after? Servicing, things breaking, anything changing?"),
    P("Ken Oldroyd", "The stairlift warranty's two years. After that it's a hundred and something a year for a service contract and I don't know if that's me or the council. Nobody's said.", "afterwards", FOLL, -1, "pain"),
    P("Derek Walsh", "The lift broke down in August with Pauline in it. Halfway. The engineer came in three hours. Three hours is a long time halfway through a ceiling.", "afterwards", FOLL, -1, "pain"),
    B("Margaret Hirst", "Oh, love."),
    P("Alan Briggs", "And if I move, it's all for nothing, isn't it. The wet room stays with the house. I can't take it with me.", "afterwards", FOLL, 0, "neutral"),
    P("Shirin Akhtar", "Dad's getting worse. The OT said when he can't transfer we'll need a hoist and possibly a new assessment. So we're back on a list. It doesn't feel like an end, it feels like a loop.", "afterwards", FOLL, -1, "pain"),
    M(J, "If you could change one thing about the whole thing, what would it be?"),
    P("Margaret Hirst", "Tell people how long. I can cope with long. I can't cope with not knowing.", "contact_updates", PROC, 0, "suggestion"),
    P("Derek Walsh", "One person. One name, start to finish. Not the OT, then the agency, then the grants officer, then the builder, then the lift company.", "contact_updates", PROC, 0, "suggestion"),
    P("Ken Oldroyd", "Do the assessment quicker for the simple stuff. A rail shouldn't need nineteen weeks.", "ot_assessment", PROC, 0, "suggestion"),
    P("Shirin Akhtar", "Make the means test make sense. Or don't do it for people over eighty. I don't know.", "means_test", APPLY, 0, "suggestion"),
    P("Alan Briggs", "Pay the builders on time so good ones want the work. That's the whole thing, really.", "schemes_quotes", PROC, 0, "suggestion"),
    M(J, "That's really helpful. Anything anyone wants to add before we stop?"),
    P("Derek Walsh", "Just that when it works it's brilliant. I'd not want that lost in all the moaning.", "living_with", USE, 1, "praise"),
    B("Margaret Hirst", "Hear, hear."),
    M(J, "Thank you all so much. I'll stop the recording now."),
    B("Ken Oldroyd", "Thanks, Jo. Ta-ra.", 1, "praise"),
]

S = "Sian"
FG2 = [
    M(S, "Okay, we're recording. Thanks for coming out in this weather. I'm going to do this one backwards: start with where you are now, with whatever got put in, and then go back. So, names and what you've got now?"),
    P("Lorraine", "Lorraine, I'm in a council flat on the Beckfield estate, ground floor, and I've got a wet room since June. Before that I was stepping over a bath with a bad spine.", "living_with", USE, 0, "neutral"),
    P("Tom", "Tom. I rent privately, a terrace in Ainley. I've got nothing yet. I'm the one who hasn't got anything. I've got a letter saying approved and a landlord who won't sign.", "tenant_landlord", DEC, -1, "pain"),
    B("Lorraine", "Oh no."),
    P("Hannah", "Hannah. My son Reuben is nine, he's got cerebral palsy, and he's getting heavier and I'm not getting stronger. We've got a ramp at the front and we're waiting on a downstairs bedroom, an extension.", "need_trigger", NEED, 0, "neutral"),
    P("Grace", "Grace. I look after my husband, Winston, he had his leg off, diabetes. We own our house. We've got a ramp and a stairlift and a rail. And a lot of opinions.", "living_with", USE, 0, "neutral"),
    B("Tom", "Ha!"),
    P("Bill", "Bill, seventy-four, Thornhill. I've had my stairlift three years now. I'm here because it's the after bit nobody talks about. It's broke more than it's worked this year.", "afterwards", FOLL, -1, "pain"),
    P("Priya", "Priya, I'm an OT, I work for the council's adult team, so I'm the other side. I've been told I'm allowed to be here if I don't defend anything.", "ot_assessment", PROC, 0, "neutral"),
    B("Grace", "We'll see."),
    M(S, "Ha. Bill, let's start with you then. What's been happening with the stairlift?"),
    P("Bill", "Warranty ran out. Then it started stopping halfway, beeping. The company said that's a battery, ninety quid. Then a sensor. Then the council said it's not our stairlift any more, it's yours, it's on your house.", "afterwards", FOLL, -1, "pain"),
    P("Priya", "That is the rule for owner-occupiers, I'm afraid. Once it's fitted under the grant it's theirs. For council tenants it's different, the housing side maintains it.", "afterwards", FOLL, 0, "neutral"),
    P("Lorraine", "Which is true, my wet room fan broke and repairs came out. Took three weeks, but they came.", "afterwards", FOLL, 0, "neutral"),
    P("Bill", "Nobody told me. If somebody had said at the start, Bill, after two years you pay for the servicing, I'd have put money by. Fair enough. But nobody said.", "afterwards", FOLL, -1, "pain"),
    M(S, "Grace, you said a lot of opinions."),
    P("Grace", ("The stairlift's fine. The ramp is too steep. I push him up it and I'm sixty-eight. They measured for the ramp before he had the new chair, the electric one, and it's heavier.",
                "So it was right on paper and wrong in real life."), "living_with", USE, -1, "pain"),
    P("Priya", "That's fair. We'd assess for the equipment he had on the day. If the chair changes, ring us for a review, that's what we'd want.", "ot_assessment", FOLL, 0, "suggestion"),
    P("Grace", "Nobody told us you could ring for a review. We thought that was your lot.", "contact_updates", FOLL, -1, "pain"),
    M(S, "Let's go back a bit then. Lorraine, the wet room, how did that come about?"),
    P("Lorraine", "My housing officer. I told her I couldn't get in the bath and she said, oh, you don't want a grant, for council tenants it's the adaptations budget, it goes through the OT and then our own lot do it.", "finding_out", FIND, 1, "praise"),
    P("Tom", "See, I didn't know that. I thought council tenants and us were the same.", "finding_out", FIND, 0, "neutral"),
    P("Priya", "For council homes here it's the housing revenue account, yes, not strictly a DFG. Housing associations and private tenants go through the DFG.", "tenant_landlord", APPLY, 0, "neutral"),
    P("Lorraine", "And they still did the OT visit, and I waited. Twenty-two weeks for that. Then another ten for the works.", "ot_assessment", PROC, -1, "pain"),
    M(S, "Tom, tell me about the landlord."),
    P("Tom", ("I've got MND. Early. I need a level shower now and a stairlift probably this year. The OT came, recommended it. Grant approved, no means test because I'm on Universal Credit with the LCWRA bit.",
              "And then you need a landlord's consent form. And he's not said no. He just doesn't answer."), "tenant_landlord", APPLY, -1, "pain"),
    P("Hannah", "That's worse than no.", "tenant_landlord", APPLY, -1, "pain"),
    P("Tom", "It is. Because with no I could go to the council and ask about moving. With nothing I'm just stuck. I've chased him, the agency's chased him, they wrote to the letting agent.", "tenant_landlord", APPLY, -1, "pain"),
    M(S, "Has anyone said why he's not answering?"),
    P("Tom", "The letting agent said he's worried about resale. A wet room in a two-up two-down. And that he might want it put back when I leave. Which, I'm not leaving, I've got MND, I'll leave in a box.", "tenant_landlord", APPLY, -1, "pain"),
    B("Grace", "Oh, Tom."),
    P("Priya", "Some landlords come round if the agency explains the reinstatement bit, that it can be covered. It should be in the leaflet. It isn't.", "tenant_landlord", APPLY, 0, "suggestion"),
    M(S, "Hannah, you're waiting on an extension. Where did it start for you?"),
    P("Hannah", "Reuben was always going to need it, but we thought later. Then he got a growth spurt at eight and I did my back carrying him up the stairs and that was it. I couldn't do the bath. I couldn't do the stairs.", "need_trigger", NEED, -1, "pain"),
    M(S, "And who told you about the grant?"),
    P("Hannah", "The school OT pointed us at it. She said children's grants aren't means-tested, which I didn't know. I'd assumed we'd earn too much because my husband works.", "finding_out", FIND, 1, "praise"),
    B("Tom", "Good."),
    P("Hannah", "But that's about the only thing that was quick. Because it's an extension it needed planning permission, and building regs, and the neighbour objected to the window.", "schemes_quotes", PROC, -1, "pain"),
    M(S, "How long has that taken so far?"),
    P("Hannah", "Fourteen months since the OT visit. Reuben was eight. He's nine and a half. By the time it's built he'll be a teenager in a room designed for a small boy.", "schemes_quotes", PROC, -1, "pain"),
    P("Priya", "Children's cases are the ones that keep me up, honestly. They grow faster than we process.", "ot_assessment", PROC, -1, "pain"),
    M(S, "Dan, did you have something?"),
    M("Dan", "Just a quick one. Hannah, were you told the grant limit when it started, or later?"),
    P("Hannah", "Later. The scheme came in at forty-seven thousand. The limit's thirty. The surveyor said, don't worry, there's discretionary funding, and then the letter said there's a charge on the house for the bit over. If we sell in ten years.", "grant_limit", DEC, -1, "pain"),
    P("Grace", "Same. For the ramp. No, not the ramp, the ramp was cheap. The charge was for, no, that was the bathroom, sorry. Winston's bathroom. It jumps about in my head.", "grant_limit", DEC, 0, "neutral"),
    B("Hannah", "Mine too."),
    M(S, "Grace, go back to the start for you. When did you know you needed something?"),
    P("Grace", "When he came home from the Infirmary after the amputation. They'd done a home visit from the hospital, the OT, and they said he can't come home to this. So they put a bed in the front room and a commode and that was eight months.", "need_trigger", NEED, -1, "pain"),
    M(S, "Mm."),
    P("Grace", "Eight months of him in the front room. He's a proud man. People could see him through the nets.", "need_trigger", NEED, -1, "pain"),
    M(S, "What took the eight months?"),
    P("Grace", "The means test. Because we own the house and we've got a bit saved, we had a contribution. Eleven thousand. And you can't start until you've agreed to pay it. We had to decide whether to pay it.", "means_test", DEC, -1, "pain"),
    P("Bill", "I had a contribution too. I paid it. I thought, I've worked all my life, I'm being punished for saving.", "means_test", DEC, -1, "pain"),
    P("Priya", "The test of resources is national, we don't set it. But I see people decline the grant because of it and then struggle for years. That's the bit I'd change.", "means_test", DEC, 0, "suggestion"),
    B("Grace", "Hmm."),
    M(S, "Priya, from your side, what does the wait look like?"),
    P("Priya", ("We've about three hundred on the list. Urgent ones, hospital discharge, end of life, they jump. Everyone else is in date order.",
                "And a stairlift or a rail, honestly, some of those could be done by a trusted assessor, not a qualified OT. We're starting that in the spring."), "ot_assessment", PROC, 0, "neutral"),
    P("Tom", "The OT visit itself was good. She listened, she asked about the MND, what's coming next, not just now. She thought ahead.", "ot_assessment", PROC, 1, "praise"),
    P("Lorraine", "Mine did. She was lovely. She said you're not to be embarrassed. I was. I'd not washed properly for weeks.", "ot_assessment", PROC, 1, "praise"),
    M(S, "Let's talk about the builders. Lorraine, you had the council's own?"),
    P("Lorraine", "The council's repairs contractor. Three days they said. It was nine, because the floor under the bath was rotten. They did find it, to be fair, they didn't cover it over.", "works_builders", USE, 0, "neutral"),
    P("Grace", "Our builder was from the agency's list. They were very good with Winston. Knocked before they came in every morning, even though they had a key. Little thing.", "works_builders", USE, 1, "praise"),
    P("Bill", "The stairlift man came before the electrician, so it sat there three days not plugged in. Bright yellow, unplugged. A monument.", "works_builders", USE, -1, "pain"),
    B("Tom", "Ha!"),
    P("Hannah", "We haven't got to builders. I dread it. Reuben doesn't cope with noise, with strangers. Nobody's asked how we'll manage him during the works.", "works_builders", PROC, -1, "pain"),
    P("Priya", "That should be in the scheme. Honestly, the agency should plan for that. I'll take that back.", "works_builders", PROC, 0, "suggestion"),
    M(S, "What about updates, knowing where you are?"),
    P("Tom", "Every update I've had I asked for. Not once has someone rung me first.", "contact_updates", APPLY, -1, "pain"),
    P("Lorraine", "I had a text. Your works are booked for the fourteenth. That was good, a text. I'd like more of those.", "contact_updates", PROC, 1, "praise"),
    P("Hannah", "There's a portal. It says in progress. It's said in progress since March.", "contact_updates", PROC, -1, "pain"),
    B("Grace", "In progress. Ha."),
    P("Bill", "I'm not on the computer anyway. So a portal's no good to me. A letter. A phone call.", "contact_updates", PROC, 0, "suggestion"),
    M(S, "And when you were first looking, was the information any good? Anyone use the website?"),
    P("Tom", "The council website says contact adult social care. Adult social care said contact housing. Housing said it's the agency. The agency said you need an OT referral from adult social care.", "finding_out", FIND, -1, "pain"),
    B("Bill", "Round and round."),
    P("Grace", "Age UK helped us. They had a woman who knew it all. She's the one who said ask about the discretionary money. Nobody official said that.", "finding_out", FIND, 1, "praise"),
    P("Bill", "I found out in the paper. There was a bit in the Courier about a man in Westmoor who got a through-floor lift. I cut it out and took it to the GP.", "finding_out", FIND, 0, "neutral"),
    M(S, "Tom, what happens now?"),
    P("Tom", "The agency's given me till the end of the month. Then they'll look at whether I go on the housing register for an adapted property. Which I didn't want. I like my street.", "tenant_landlord", DEC, -1, "pain"),
    P("Lorraine", "Could they not just make him? The landlord?", "tenant_landlord", APPLY, 0, "question"),
    P("Priya", "Not for a private let, no. You can't force consent. It's one of the holes in the whole thing.", "tenant_landlord", APPLY, -1, "pain"),
    M(S, "And thinking ahead, is anybody worried about what comes next?"),
    P("Grace", "If Winston gets worse we need a hoist, and the bathroom isn't big enough for a hoist. So in two years we'll need the whole thing again. They designed it for now.", "afterwards", FOLL, -1, "pain"),
    P("Hannah", "When Reuben's an adult, and bigger, and we're older. I don't know. Will we have to move? Will the extension be enough? Nobody plans that far.", "afterwards", FOLL, 0, "neutral"),
    P("Bill", "I'm thinking of selling up. Bungalow. And then the stairlift's no good to anyone, is it? They take it out and it goes for scrap.", "afterwards", FOLL, 0, "neutral"),
    P("Priya", "Actually we can sometimes recycle them. Straight stairlifts. But it's not guaranteed, no.", "afterwards", FOLL, 0, "neutral"),
    M(S, "Last thing: one thing you'd change?"),
    P("Lorraine", "Tell people what to expect. Write down the steps and the weeks.", "contact_updates", PROC, 0, "suggestion"),
    P("Tom", "Landlords. Give the council some power over landlords. Or pay them something to say yes.", "tenant_landlord", APPLY, 0, "suggestion"),
    P("Hannah", "Children first. Or at least children fast. They don't wait.", "ot_assessment", PROC, 0, "suggestion"),
    P("Bill", "Tell you about the servicing at the start. That's all.", "afterwards", FOLL, 0, "suggestion"),
    P("Grace", "Measure for the chair he's going to have, not the chair he had.", "living_with", USE, 0, "suggestion"),
    P("Priya", "More OTs. I know, I would say that.", "ot_assessment", PROC, 0, "suggestion"),
    B("Bill", "You would."),
    M(S, "Thank you, everyone. There's tea at the back and the vouchers are with Dan."),
    B("Grace", "Thank you, love. It's been good to say it out loud.", 1, "praise"),
]
# Session lists for the six interviews (imported by generate.py).

# interview-1.docx: grants officer (staff); no labels, questions bold, answers in content controls
Q, A = "Interviewer", "unknown"
INT1 = [
    M(Q, "Q1. Could you describe your role and how long you have been in it?"),
    P(A, "I'm a grants officer in the private sector housing team. Eleven years, the last four mostly on DFGs. I approve the grants, I check the schemes against the OT recommendation, and I sign off payments to contractors.", "grant_limit", DEC, 0, "neutral"),
    M(Q, "Q2. How does a case reach you?"),
    P(A, "Through the OT, always. Nobody can apply to me direct. Adult social care does the assessment, the OT writes a recommendation that the works are necessary and appropriate, and then it comes to us and the agency for reasonable and practicable.", "ot_assessment", APPLY, 0, "neutral"),
    M(Q, "So people who ring you first?"),
    P(A, "Get sent back round. I know. It looks like a runaround from their side. The website's being rewritten, supposedly. It's been supposedly for a year.", "finding_out", FIND, -1, "pain"),
    M(Q, "Q3. Where do cases slow down?"),
    P(A, "Honestly? The OT list first. Then the test of resources, because people haven't got the paperwork. Then contractors. The grant bit itself is quick. Once I've got a complete application I've six months in law, and I rarely need more than three weeks.", "ot_assessment", PROC, -1, "pain"),
    M(Q, "Three weeks?"),
    P(A, "Three weeks. But nobody sees that because it's ten months in by then.", "contact_updates", DEC, -1, "pain"),
    M(Q, "Q4. Tell me about the means test from your side."),
    P(A, "It's a national formula and it's from 1996. It doesn't know what a heating bill is now. Some people come out with a contribution they can't possibly pay, and they walk away.", "means_test", DEC, -1, "pain"),
    M(Q, "How many walk away?"),
    P(A, "Last year about one in eight who got a contribution. We've a discretionary policy now, anyone with a contribution under five thousand can have it waived. That's new since April.", "means_test", DEC, 0, "neutral"),
    M(Q, "And children?"),
    P(A, "Children's cases aren't means-tested at all, nationally, since 2005. But they're the big ones. Extensions. Those are the ones that go over the limit.", "means_test", APPLY, 0, "neutral"),
    M(Q, "Q5. The grant limit. How often do you hit it?"),
    P(A, "The thirty thousand? Maybe one in six cases. Through-floor lifts, extensions, anything structural. Our policy lets us top up to fifteen thousand more as discretionary assistance, with a local land charge for ten years.", "grant_limit", DEC, 0, "neutral"),
    M(Q, "People mention the charge worries them."),
    P(A, "It terrifies them. It's not a mortgage, it's only repaid if they sell within ten years, and we can waive it for hardship. But the letter reads like we're repossessing. I've asked legal to rewrite it twice.", "grant_limit", DEC, -1, "pain"),
    M(Q, "Q6. What about tenants?"),
    P(A, "Private tenants are the hardest. We need the landlord's consent or at least a certificate that the tenant intends to live there. We can approve with the certificate, but the landlord can still refuse access to do the works. I've three cases stuck on that right now.", "tenant_landlord", APPLY, -1, "pain"),
    M(Q, "Anything that helps?"),
    P(A, "A phone call from the agency manager rather than a letter. And telling the landlord it adds to the value, which for a level shower it often does. For a through-floor lift it doesn't, and they know it.", "tenant_landlord", APPLY, 0, "suggestion"),
    M(Q, "Q7. The agency and its surveyors?"),
    P(A, "They're good. They're stretched. We've two surveyors for the whole borough. The schemes are solid, the problem's the builders after that. We've a framework of six contractors, two of them do most of the work.", "schemes_quotes", PROC, 0, "neutral"),
    M(Q, "Why only two?"),
    P(A, "Because we pay on completion, and completion means signed off by the client and by us. If it slips, their money slips. The small firms can't carry that. I'd pay in stages if I could.", "schemes_quotes", PROC, 0, "suggestion"),
    M(Q, "Q8. Do you hear about how the works go?"),
    P(A, "I hear when they go wrong. Complaints come to me because my name's on the approval letter. Dust, delays, a shower tray with a lip. I'm not on site, so I'm a grants officer fielding a plumbing complaint.", "works_builders", USE, -1, "pain"),
    M(Q, "Q9. And after completion?"),
    P(A, "For owners, the equipment's theirs. We give two years' warranty on lifts through the contract. After that, servicing is theirs. We do say so in the approval letter.", "afterwards", FOLL, 0, "neutral"),
    M(Q, "People say no one told them."),
    P(A, "Page four of the approval letter. Which, I accept, nobody reads. Maybe the contractor should say it at handover. That's a good shout, actually.", "afterwards", FOLL, 0, "suggestion"),
    M(Q, "And when needs change, or people move?"),
    P(A, "We recycle stairlifts where we can, straight ones. Curved ones are made to measure, they're scrap. And if someone moves to a house that needs adapting we start again. Same limit, same test.", "afterwards", FOLL, 0, "neutral"),
    M(Q, "Q10. What do you see when it goes well?"),
    P(A, "Oh, when it works. I went to a sign-off last month, a man who'd been washing at the kitchen sink for two years, and he showed me his shower like it was a new car. That's the job.", "living_with", USE, 1, "praise"),
    M(Q, "Q11. If you could change one thing?"),
    P(A, "A single caseworker from referral to completion. People tell their story four times. To the OT, to the agency, to me, to the builder. That's the thing, not the money.", "contact_updates", PROC, 0, "suggestion"),
    M(Q, "Thank you. Anything else?"),
    P(A, "Just that the staff care. I know it doesn't always look like it from a kitchen with no bath in it.", "contact_updates", PROC, 0, "neutral"),
]

# interview-2.srt: private tenant, captioned video, SDH [NAME] at speaker change
I, T = "SIAN", "DANIEL"
INT2 = [
    M(I, "Okay, we're recording. Could you tell me a bit about yourself and your home?"),
    P(T, "I'm Daniel, I'm forty-four. I rent a flat above a shop on Market Street, first floor. I've got spina bifida, I've always used crutches, but last year my shoulders went and now I'm in a chair outdoors and more and more indoors.", "need_trigger", NEED, 0, "neutral"),
    M(I, "And the flat?"),
    P(T, "Fourteen steps up from the street. No lift, obviously. So the problem isn't really in the flat, it's getting in and out of it.", "need_trigger", NEED, -1, "pain"),
    M(I, "How did you find out about help?"),
    P(T, "A friend from wheelchair basketball. He'd had a DFG in Leeds. I rang the council and I got told, and I'm quoting, we don't really do stairs in flats.", "finding_out", FIND, -1, "pain"),
    M(I, "Really?"),
    P(T, "Really. [LAUGHS] Then I rang again and got someone else who said I'll put you through to the OTs, and it was fine. It depends who picks up.", "finding_out", FIND, -1, "pain"),
    M(I, "And the OT?"),
    P(T, "Twenty-six weeks. And then she came and was brilliant. She said, look, a stairlift on a shared stair, the landlord and the freeholder both have to agree, and the fire officer might not. Let's look at it properly.", "ot_assessment", PROC, 1, "praise"),
    M(I, "What did she recommend?"),
    P(T, "A stairlift and a wider door and a level shower. Or, she said, honestly, a move. She was straight with me.", "ot_assessment", DEC, 0, "neutral"),
    M(I, "How did you feel about that?"),
    P(T, "Gutted. I've been here nine years. I know the people in the shop. But she wasn't wrong.", "ot_assessment", DEC, -1, "pain"),
    M(I, "So what did you do?"),
    P(T, "Tried for the adaptations first. Agency got the landlord's consent form to him. He signed it. Great. Then the freeholder, who's a company in Guernsey, didn't answer for four months.", "tenant_landlord", APPLY, -1, "pain"),
    M(I, "Four months."),
    P(T, "And in the end they said no, because of the fire escape. The stairlift would narrow the escape route. Which, fair, I suppose. But four months to say that.", "tenant_landlord", DEC, -1, "pain"),
    M(I, "Was there a means test?"),
    P(T, "I'm on PIP and ESA, so it was a passport, no contribution. The form was still long. The agency caseworker did most of it over the phone.", "means_test", APPLY, 1, "praise"),
    M(I, "So where are you now?"),
    P(T, "On the housing register, band two, for a ground floor adapted flat. So I went from a grant to a waiting list for a different waiting list.", "afterwards", FOLL, -1, "pain"),
    M(I, "Has the shower been done at least?"),
    P(T, "The shower was done, yes, inside the flat. The landlord was fine with that, it was in his bit. It's good, I use it every day. I just have to bump down fourteen steps to get to the world.", "living_with", USE, 0, "neutral"),
    M(I, "How were the builders?"),
    P(T, "Small firm, two brothers. Fine. They left the old bath on the pavement for a week [LAUGHS] and the shop complained. But the shower's good.", "works_builders", USE, 0, "neutral"),
    M(I, "Did anyone tell you what happens if you move?"),
    P(T, "I asked. They said the shower stays, it's the landlord's now, and if the new place needs anything it's a new grant, new OT, new everything.", "afterwards", FOLL, 0, "neutral"),
    M(I, "What would you want the council to know?"),
    P(T, "That private renters are half the people who need this and the whole thing's written for owners. The leaflet says your home. It's not my home, legally. It's his.", "tenant_landlord", FIND, -1, "pain"),
    M(I, "Anything that would have helped?"),
    P(T, "Ask about the freeholder on day one. If she'd known about Guernsey at the start I'd have gone on the register six months sooner.", "tenant_landlord", APPLY, 0, "suggestion"),
    M(I, "And the people?"),
    P(T, "The people were good. Every single one. It's the machine that's slow, not the people.", "contact_updates", PROC, 1, "praise"),
    M(I, "Thank you, Daniel."),
    B(T, "No worries. Cheers.", 1, "praise"),
]

# interview-3.vtt: occupational therapist, hand-authored captions with voice classes
JO, OT = "Jo Price", "Nkechi Obi"
INT3 = [
    M(JO, "Thanks for making time. Could you say what you do?"),
    P(OT, "I'm a senior OT in the council's adult social care team. I do the assessments that start a DFG, and I check the schemes the agency draws up.", "ot_assessment", PROC, 0, "neutral"),
    M(JO, "How long is the waiting list at the moment?"),
    P(OT, "For routine cases about twenty weeks. Priority cases, hospital discharge, palliative, children in crisis, two to four.", "ot_assessment", PROC, -1, "pain"),
    M(JO, "What does twenty weeks mean for people?"),
    P(OT, "It means people sleep downstairs. It means falls. I've assessed people who fell while on my list. That's the bit that stays with you.", "ot_assessment", PROC, -1, "pain"),
    M(JO, "What happens at an assessment?"),
    P(OT, "I look at the person, not the house first. What they can do, what's coming, who helps. Then the house. Stairs, bathroom, access, the bedroom. And then what's necessary and appropriate, that's the test.", "ot_assessment", PROC, 0, "neutral"),
    M(JO, "Do people expect something different?"),
    P(OT, "Often they've already chosen a stairlift off the telly. And sometimes a stairlift is wrong, because in two years they won't transfer. So I'm the one saying no to the thing they want.", "ot_assessment", DEC, -1, "pain"),
    M(JO, "How do they take it?"),
    P(OT, "Mostly fine if I explain why. Badly if they hear it as you're getting worse. Which is what it is, sometimes.", "ot_assessment", DEC, 0, "neutral"),
    M(JO, "And children?"),
    P(OT, "Children are different. You're designing for a child who'll be an adult. I push for the bigger scheme, the through-floor lift rather than the stairlift. It costs more now and saves a second grant later.", "ot_assessment", DEC, 0, "suggestion"),
    M(JO, "And then it goes to the agency?"),
    P(OT, "To the agency surveyor, who draws the scheme. I check it. Sometimes the scheme has a shower tray where I asked for a level floor, because it's cheaper. I send it back.", "schemes_quotes", PROC, -1, "pain"),
    M(JO, "Is that often?"),
    P(OT, "One in five, maybe. It's not bad faith, they're trying to stay under the limit.", "grant_limit", PROC, 0, "neutral"),
    M(JO, "How's the relationship with the agency?"),
    P(OT, "Good. Bev and Martin on the caseworker side are gold. The surveyors are overloaded. If a scheme needs building control or planning, add three months, easy.", "schemes_quotes", PROC, 0, "neutral"),
    M(JO, "Do people know where they are in all that?"),
    P(OT, "No. I don't always know. Once it leaves me I lose sight of it unless someone rings me. We've three systems that don't talk.", "contact_updates", PROC, -1, "pain"),
    M(JO, "What do you hear after the works?"),
    P(OT, "I do a post-adaptation visit when I can. Maybe a third of cases. When I go, usually it's lovely. Sometimes the rail's on the wrong side because the builder didn't read the drawing.", "works_builders", USE, 0, "neutral"),
    M(JO, "And longer term?"),
    P(OT, "Needs change. MND, MS, Parkinson's, children growing. The adaptation's right on the day. We don't really have a system to go back after two years and say, is this still right?", "afterwards", FOLL, -1, "pain"),
    M(JO, "What would you change?"),
    P(OT, "A trusted assessor for the simple things, rails, steps, so the qualified OTs do the complex ones. And a review at two years built in.", "ot_assessment", PROC, 0, "suggestion"),
    M(JO, "And the means test?"),
    P(OT, "Not mine to change. But I'd love people to know before I come that it's coming. They find out after I've said yes, and that feels like a trick.", "means_test", APPLY, -1, "pain"),
    M(JO, "What keeps you doing it?"),
    P(OT, "A woman last month, eighty-eight, first bath, well, shower, in her own house in three years. She cried. I cried in the car. That's why.", "living_with", USE, 1, "praise"),
    M(JO, "Thank you, Nkechi."),
    B(OT, "Thanks, Jo. Bye now."),
]

# interview-4.csv: parent of a disabled child, R write.csv
IN, PA = "int", "p04"
INT4 = [
    M(IN, "So just to start, can you tell me about your family?"),
    P(PA, "Yeah, so I'm Kirsty, I've got two kids, my eldest Maisie is twelve and she's got a rare genetic condition, she's non-verbal and she uses a wheelchair full-time now.", "need_trigger", NEED, 0, "neutral"),
    M(IN, "And when did you start thinking about adaptations?"),
    P(PA, "When I couldn't lift her anymore, honestly. She got to about thirty-five kilos and I was carrying her up the stairs to bath her. My back went in the school holidays.", "need_trigger", NEED, -1, "pain"),
    M(IN, "Who told you about the grant?"),
    P(PA, "Her paediatric physio. Not the council. The physio said you need a DFG and a children's OT and I thought she was making up letters.", "finding_out", FIND, 0, "neutral"),
    M(IN, "Was it easy to get referred?"),
    P(PA, "No. The children's OT is a different team from the adults. The referral went to the adults first. Lost six weeks.", "ot_assessment", APPLY, -1, "pain"),
    M(IN, "And then?"),
    P(PA, "She came in the October. She was fab, she got on the floor with Maisie, she talked to Maisie not about her. She recommended a through-floor lift and a wet room with a changing bench.", "ot_assessment", PROC, 1, "praise"),
    M(IN, "Was there a means test?"),
    P(PA, "No, because it's for a child. Which was a massive relief, because we'd have failed it, we both work. The physio said that too, don't worry about the money test, it doesn't apply.", "means_test", APPLY, 1, "praise"),
    M(IN, "And the cost?"),
    P(PA, "Forty-one thousand. So eleven over. We got the top-up, with the charge on the house. Ten years. I signed it. What was I going to do, say no?", "grant_limit", DEC, -1, "pain"),
    M(IN, "How long did it all take?"),
    P(PA, "Referral to keys, so to speak, twenty months. Maisie was ten when we started.", "contact_updates", PROC, -1, "pain"),
    M(IN, "What took the time?"),
    P(PA, "The surveyor. Then building regs because the lift goes through a joist. Then the quotes, one builder pulled out. Then the lift company had a twelve-week lead time. Each bit was reasonable on its own.", "schemes_quotes", PROC, -1, "pain"),
    M(IN, "And the works?"),
    P(PA, "Seven weeks. We moved into my mum's for three of them because Maisie can't cope with drilling. Nobody offered anything for that, we just did it.", "works_builders", USE, -1, "pain"),
    M(IN, "How is it now?"),
    P(PA, "Life-changing. That's a cliche but it's true. She goes up to bed in the lift, she presses the button, she loves it. She's got her own bathroom.", "living_with", USE, 1, "praise"),
    M(IN, "Was anything not right?"),
    P(PA, "The changing bench is at a height for me and my husband is six foot four. So he breaks his back on it. Small thing. But it's fixed to the wall.", "living_with", USE, -1, "pain"),
    M(IN, "And looking ahead?"),
    P(PA, "She'll be an adult in six years. Adult social care. New team. I'm already dreading that transition, because you lose everyone you know.", "afterwards", FOLL, -1, "pain"),
    M(IN, "What about the lift itself?"),
    P(PA, "It's on a service contract for two years, then it's ours. About four hundred a year. I've put it in the budget. I only know because I asked.", "afterwards", FOLL, 0, "neutral"),
    M(IN, "If you could change one thing?"),
    P(PA, "Put children's cases in a fast lane. Kids don't wait. They grow out of the adaptation while you're on the list.", "ot_assessment", PROC, 0, "suggestion"),
    M(IN, "Thanks Kirsty, that's everything from me."),
    B(PA, "No problem, hope it helps."),
]

# interview-5.md: council tenant, researcher's Markdown, numbered list
SI, LE = "Sian", "Lenny"
INT5 = [
    M(SI, "Thanks for having me. Can you tell me how this all started?"),
    P(LE, "Heart failure, two years ago. I'm sixty-one. I get out of breath on four stairs. The bathroom's upstairs and the toilet's upstairs, so you can work it out.", "need_trigger", NEED, -1, "pain"),
    M(SI, "You're a council tenant?"),
    P(LE, "Thirty years on Beckfield. Same house. I raised three kids in it.", "need_trigger", NEED, 0, "neutral"),
    M(SI, "Who did you go to first?"),
    P(LE, "My housing officer, when she came about the rent. She said, Lenny, you look grey. I said I'm sleeping in the chair. She put the referral in that day.", "finding_out", FIND, 1, "praise"),
    M(SI, "And the OT?"),
    P(LE, "Four months. In the meantime they sent a commode and a perching stool. The commode is in the dining room. My grandson calls it the throne.", "ot_assessment", PROC, -1, "pain"),
    M(SI, "What did the OT suggest?"),
    P(LE, ("A downstairs toilet and a stairlift. Or moving to a bungalow. She said the council would rather move me, because of the cost. She didn't say it like that, but that's what it was.",
           "I said, I'm not moving. My wife's ashes are in that garden."), "tenant_landlord", DEC, -1, "pain"),
    M(SI, "What happened then?"),
    P(LE, "They did it in the end. Stairlift in March, downstairs toilet in the old coal place in June. The council's own contractor.", "works_builders", USE, 0, "neutral"),
    M(SI, "Was there a means test for you?"),
    P(LE, "No, none. For council tenants it's the housing budget, not the grant. I didn't even know there was such a thing till my sister had one in her own house and had to pay five grand.", "means_test", APPLY, 0, "neutral"),
    M(SI, "How were the works?"),
    P(LE, "The stairlift was quick. The toilet, they found asbestos in the coal place. Three weeks stopped while the specialists came. Nobody told me what asbestos meant for me, I was sitting in the house.", "works_builders", USE, -1, "pain"),
    M(SI, "That must have been worrying."),
    P(LE, "I rang repairs. Repairs said it's not repairs, it's adaptations. Adaptations said ring the contractor. Contractor said ring the council.", "contact_updates", USE, -1, "pain"),
    M(SI, "And now?"),
    P(LE, "Now it's good. I'm upstairs in my bed. The toilet's downstairs when I'm bad. I'm not ashamed in front of the grandkids.", "living_with", USE, 1, "praise"),
    M(SI, "What about repairs to it?"),
    P(LE, "The stairlift stopped once. Rang the number on the side, they came next day. Council pays, because I'm a tenant. That's a good thing, I'll say that.", "afterwards", FOLL, 1, "praise"),
    M(SI, "Did you ever think about moving after all?"),
    P(LE, "If I get worse, I'll need the bungalow anyway. And then all this, the lift, the toilet, goes to whoever gets the house next. Which is fine. Someone will need it.", "afterwards", FOLL, 0, "neutral"),
    M(SI, "What would you tell the council?"),
    P(LE, "Don't make people beg. Four months in a chair is a long time at sixty-one, never mind eighty.", "ot_assessment", PROC, -1, "pain"),
    M(SI, "And the good bits?"),
    P(LE, "My housing officer. The stairlift fitter, lovely lad, showed me everything twice. The OT, once she came. People.", "contact_updates", PROC, 1, "praise"),
    M(SI, "Anything you'd add?"),
    P(LE, "Write it down for people. Step one, step two. Like a recipe. I'd have slept better.", "finding_out", FIND, 0, "suggestion"),
    M(SI, "Thank you, Lenny."),
    B(LE, "You're welcome, love. Mind the step."),
]

# interview-6.txt: owner with a through-floor lift, filmed; Final Draft text export
MH, JOS = "MARJORIE", "JO (O.S.)"
INT6 = [
    M(JOS, "Whenever you're ready. Just tell me who you are."),
    P(MH, "I'm Marjorie Pell, I'm eighty-one, and this is my house, and that's my lift.", "living_with", USE, 0, "neutral"),
    M(JOS, "How long have you lived here?"),
    P(MH, "Since 1971. My husband Frank built the porch. He had his stroke in this hall. Then I had my knees. Then I had the other knee.", "need_trigger", NEED, 0, "neutral"),
    M(JOS, "When did you start to struggle with the stairs?"),
    P(MH, ("Oh, years. I was going up on my bottom. Don't film that.",
           "My daughter found me on the landing one Sunday. I'd been there since the Saturday night."), "need_trigger", NEED, -1, "pain"),
    M(JOS, "What happened then?"),
    P(MH, "Hospital. And the hospital OT said, you can't go home to stairs. And I said, watch me. And she laughed and said, well, let's get you something then.", "ot_assessment", PROC, 1, "praise"),
    M(JOS, "Had you heard of the grant?"),
    P(MH, "Never. I thought it was for people on benefits. I've a small pension and Frank's. I thought they'd laugh at me.", "finding_out", FIND, 0, "neutral"),
    M(JOS, "And the means test?"),
    P(MH, "I had to pay two thousand four hundred. That was my contribution. I paid it from the holiday money. Frank would've said, what holiday?", "means_test", DEC, 0, "neutral"),
    M(JOS, "How long from the hospital to the lift?"),
    P(MH, "Eleven months. I was in a care home for six weeks, then in the front room. The lift needed a structural engineer, and a building control man, and two quotes. Every one of them took their time.", "schemes_quotes", PROC, -1, "pain"),
    M(JOS, "Did you know what was happening?"),
    P(MH, "The agency girl rang me every fortnight. Even if it was just to say nothing's happened. I liked that. Nothing's happened is still news.", "contact_updates", PROC, 1, "praise"),
    M(JOS, "What were the works like?"),
    P(MH, "They cut a hole in my ceiling. My bedroom floor. There was dust in the biscuit tin. But they were polite and they finished when they said. And they took their boots off. Some of them.", "works_builders", USE, 0, "neutral"),
    M(JOS, "Show me how it works?"),
    P(MH, "You press and hold. Hold, mind. If you let go it stops. There. It takes about fifty seconds. I sing in it.", "living_with", USE, 1, "praise"),
    M(JOS, "What do you sing?"),
    B(MH, "Never you mind."),
    M(JOS, "What difference has it made?"),
    P(MH, "I sleep in my own bed, next to Frank's side. I have a bath, well, a shower, upstairs. I'm not a visitor in my own house.", "living_with", USE, 1, "praise"),
    M(JOS, "Anything you'd change?"),
    P(MH, "The grant man's letter about the charge on the house. It frightened my daughter. She thought they'd take the house. It was only for the top bit, and only if I sell. Say that at the top, not on page three.", "grant_limit", DEC, -1, "pain"),
    M(JOS, "And the future?"),
    P(MH, "The service is two years free and then it's mine. A hundred and ninety a year. And when I go, my daughter will sell, and somebody will have a lift in their kitchen. I hope they use it.", "afterwards", FOLL, 0, "neutral"),
    M(JOS, "Thank you, Marjorie. That's lovely."),
    B(MH, "Is that it? Do you want a cup of tea?"),
]

# ----------------------------------------------------------------- writers
import textwrap
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, PatternFill

FIXED = (2025, 12, 8, 9, 0, 0)


def rezip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "now" on save
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-12-08T09:00:00Z", data)
            z.writestr(zi, data)
    return out.getvalue()


def save_docx(doc, path):
    import datetime as dt
    cp = doc.core_properties
    cp.author = "Calderbridge Council"
    cp.last_modified_by = "Calderbridge Council"
    cp.created = cp.modified = dt.datetime(2025, 12, 8, 9, 0, 0)
    cp.revision = 1
    b = io.BytesIO()
    doc.save(b)
    path.write_bytes(rezip(b.getvalue()))


def save_xlsx(wb, path):
    import datetime as dt
    wb.properties.creator = "Sian Davies"
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 12, 8, 9, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    path.write_bytes(rezip(b.getvalue()))


def clock(secs):
    return int(secs // 3600), int(secs % 3600 // 60), secs % 60


def w_fg1(sess, path):
    doc = Document()
    t = 1.2
    for turn in sess:
        for pc in pieces(turn):
            d = 1.0 + 0.36 * len(pc.split())
            h1, m1, s1 = clock(t)
            h2, m2, s2 = clock(t + d)
            ms1, ms2 = round((s1 % 1) * 1000), round((s2 % 1) * 1000)
            doc.add_paragraph(f"{h1}:{m1}:{int(s1)}.{ms1} --> {h2}:{m2}:{int(s2)}.{ms2}")
            doc.add_paragraph(turn["speaker"])
            doc.add_paragraph(pc)
            doc.add_paragraph("")
            t += d + 0.6
    save_docx(doc, path)


def r_fg1(path):
    paras = [p.text for p in Document(path).paragraphs]
    out, i = [], 0
    while i < len(paras):
        if "-->" in paras[i]:
            spk, txt = paras[i + 1], paras[i + 2]
            if out and out[-1][0] == spk:
                out[-1][1].append(txt)
            else:
                out.append((spk, [txt]))
            i += 3
        else:
            i += 1
    return [(s, " ".join(t)) for s, t in out]


CODECOLS = ["need_trigger", "finding_out", "ot_assessment", "means_test", "tenant_landlord",
            "schemes_quotes", "grant_limit", "works_builders", "living_with", "afterwards",
            "contact_updates"]
CODEHEAD = ["NEED", "INFO", "OT", "MEANS", "LANDLORD", "SCHEME", "LIMIT", "WORKS", "LIVING",
            "AFTER", "CONTACT"]


def w_fg2(sess, path):
    wb = openpyxl.Workbook()
    k = wb.active
    k.title = "Key"
    for row in (["FG2 – who is who"], ["Sian", "Sian Davies, facilitator"], ["Dan", "Dan Whitley, notes (one question)"],
                ["Codes", "x = first-pass code, SD, stopped at line 60"], ["Note", "Priya is a council OT, there as a participant"]):
        k.append(row)
    ws = wb.create_sheet("FG2 coded")
    ws.append(["Focus group 2 – Thornhill Community Centre, 2 December 2025 (in person)"])
    ws.merge_cells("A1:N1")
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Typed from the recorder by DW. One row per sentence or two; the speaker on the first row of each turn."])
    ws.append(["Ln", "Speaker", "What was said"] + CODEHEAD)
    for c in ws[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.freeze_panes = "D4"
    ln = 0
    for idx, turn in enumerate(sess):
        for j, pc in enumerate(pieces(turn)):
            ln += 1
            row = [ln, turn["speaker"] if j == 0 else None, pc] + [None] * len(CODEHEAD)
            if j == 0 and not turn["mod"] and turn["theme"] and ln <= 60:
                row[3 + CODECOLS.index(turn["theme"])] = "x"
            ws.append(row)
        if idx == 52:
            ws.append([None, "(fire alarm test, two minutes, recorder left running)"])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            ws.cell(r, 2).font = Font(italic=True)
    ws.column_dimensions["C"].width = 90
    save_xlsx(wb, path)


def r_fg2(path):
    ws = openpyxl.load_workbook(path)["FG2 coded"]
    out = []
    for r in ws.iter_rows(min_row=4, values_only=True):
        spk, txt = r[1], r[2]
        if r[0] is None:
            continue
        if spk:
            out.append((spk, [txt]))
        else:
            out[-1][1].append(txt)
    return [(s, " ".join(t)) for s, t in out]


def sdt_block(texts, n):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), "Answer")
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), f"ans{n}")
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(10000 + n))
    rt = OxmlElement("w:richText")
    for e in (al, tg, i, rt):
        pr.append(e)
    sdt.append(pr)
    ct = OxmlElement("w:sdtContent")
    for t in texts:
        p = OxmlElement("w:p"); r = OxmlElement("w:r"); x = OxmlElement("w:t")
        x.text = t
        x.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(x); p.append(r); ct.append(p)
    sdt.append(ct)
    return sdt


def w_int1(sess, path):
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run("Calderbridge Council – Adaptations service review"); r.bold = True
    doc.add_paragraph("Interview record form (v2). Staff interview, Civic Centre room 3, Thursday 4 December 2025. Interviewer: Jo Price.")
    doc.add_paragraph("Type the answer in the grey box under each question. Add follow-up questions in bold.")
    body = doc.element.body
    n = 0
    for turn in sess:
        if turn["mod"]:
            p = doc.add_paragraph(); r = p.add_run(full(turn)); r.bold = True
        else:
            n += 1
            body.insert(len(body) - 1, sdt_block(pieces(turn), n))
    save_docx(doc, path)


def r_int1(path):
    body = Document(path).element.body
    out, started = [], False
    for el in body:
        if el.tag == qn("w:p"):
            txt = "".join(t.text or "" for t in el.iter(qn("w:t")))
            bold = el.find(".//" + qn("w:b")) is not None
            if bold and txt.startswith("Q1."):
                started = True
            if started and bold:
                out.append(("Interviewer", [txt]))
        elif el.tag == qn("w:sdt") and started:
            ps = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in el.iter(qn("w:p"))]
            out.append(("unknown", ps))
    return [(s, " ".join(t)) for s, t in out]


def srt_time(t):
    h, m, s = clock(t)
    return f"{h:02d}:{m:02d}:{int(s):02d},{round((s % 1) * 1000) % 1000:03d}"


def cues_of(text, width=37):
    lines = textwrap.wrap(text, width)
    return [lines[i:i + 2] for i in range(0, len(lines), 2)]


def w_int2(sess, path):
    out, n, t = [], 0, 2.0
    for turn in sess:
        txt = f"[{turn['speaker']}] " + full(turn)
        for cue in cues_of(txt):
            n += 1
            d = 0.9 + 0.33 * sum(len(l.split()) for l in cue)
            out.append(f"{n}\r\n{srt_time(t)} --> {srt_time(t + d)}\r\n" + "\r\n".join(cue) + "\r\n")
            t += d + 0.2
        t += 0.5
    path.write_bytes(("\ufeff" + "\r\n".join(out)).encode("utf-8"))


def r_int2(path, names):
    text = path.read_bytes().decode("utf-8-sig")
    out = []
    for block in text.split("\r\n\r\n"):
        ls = [l for l in block.split("\r\n") if l]
        if len(ls) < 3:
            continue
        cue = " ".join(ls[2:])
        m = re.match(r"\[([A-Z]+)\] (.*)", cue)
        if m and m.group(1) in names:
            out.append((m.group(1), [m.group(2)]))
        else:
            out[-1][1].append(cue)
    return [(s, " ".join(t)) for s, t in out]


def vtt_time(t):
    h, m, s = clock(t)
    return f"{h:02d}:{m:02d}:{s:06.3f}"


VCLS = {"Jo Price": "int", "Nkechi Obi": "ot"}


def w_int3(sess, path):
    out = ["WEBVTT - Calderbridge DFG review, interview 3 (OT)", "",
           "NOTE\nCaptions typed by J. Price from the Teams recording, 5 Dec 2025.\nVoices: .int = interviewer, .ot = occupational therapist.", ""]
    t, n = 3.0, 0
    for i, turn in enumerate(sess):
        if full(turn) == "Is that often?":
            continue
        words = full(turn).split()
        chunks = [" ".join(words[k:k + 14]) for k in range(0, len(words), 14)]
        v = f"<v.{VCLS[turn['speaker']]} {turn['speaker']}>"
        for j, ch in enumerate(chunks):
            n += 1
            d = 1.0 + 0.35 * len(ch.split())
            lines = [v + ch + "</v>"]
            if j == len(chunks) - 1 and i + 1 < len(sess) and full(sess[i + 1]) == "Is that often?":
                nx = sess[i + 1]
                lines.append(f"<v.{VCLS[nx['speaker']]} {nx['speaker']}>{full(nx)}</v>")
            if n == 10:
                out.append("NOTE chapter: assessment")
                out.append("")
            out.append(f"{n}\n{vtt_time(t)} --> {vtt_time(t + d)} line:85% position:50% align:center\n" + "\n".join(lines))
            out.append("")
            t += d + 0.3
    path.write_text("\n".join(out), encoding="utf-8", newline="\n")


def r_int3(path):
    out = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        ls = block.split("\n")
        if len(ls) < 3 or "-->" not in ls[1]:
            continue
        for l in [x for x in ls[2:] if x]:
            m = re.match(r"<v\.\w+ ([^>]+)>(.*)</v>$", l)
            spk, txt = m.group(1), m.group(2)
            if out and out[-1][0] == spk:
                out[-1][1].append(txt)
            else:
                out.append((spk, [txt]))
    return [(s, " ".join(t)) for s, t in out]


def q(s):
    return '"' + s.replace('"', '""') + '"'


def w_int4(sess, path):
    rows = [",".join(q(h) for h in ("", "id", "session", "speaker", "text", "n_words"))]
    n = 0
    for i, turn in enumerate(sess):
        txt = full(turn)
        parts = [txt]
        if txt.startswith("Life-changing."):
            a, b = txt.split(". ", 1)
            parts = [a + ".", b]
        for j, pc in enumerate(parts):
            n += 1
            spk = q(turn["speaker"]) if j == 0 else "NA"
            rows.append(f'{q(str(n))},{n},"int04",{spk},{q(pc)},{len(pc.split())}')
        if i == 15:
            n += 1
            pc = "[Maisie in the background, laughing, short pause]"
            rows.append(f'{q(str(n))},{n},"int04",NA,{q(pc)},{len(pc.split())}')
    path.write_text("\n".join(rows) + "\n", encoding="utf-8", newline="\n")


def r_int4(path):
    out = []
    rd = csv.reader(io.StringIO(path.read_text(encoding="utf-8")))
    next(rd)
    for r in rd:
        spk, txt = r[3], r[4]
        if spk == "NA":
            if txt.startswith("["):
                continue
            out[-1][1].append(txt)
        else:
            out.append((spk, [txt]))
    return [(s, " ".join(t)) for s, t in out]


def w_int5(sess, path):
    L = ["# Interview 5 – Lenny, Beckfield estate", "",
         "**Date:** Wed 3 December 2025 · **Where:** his house · **Who:** Sian Davies with Lenny (council tenant)", "",
         "<!-- recorded on my phone, typed up 5 Dec; light edits, ums out -->", ""]
    for i, turn in enumerate(sess, 1):
        ps = pieces(turn)
        mark = f"{i}. "
        L.append(f"{mark}**{turn['speaker']}:** {ps[0]}")
        for pc in ps[1:]:
            L.append("")
            L.append(" " * len(mark) + pc)
        if i % 10 == 0:
            L.append("")
            L.append(f"<!-- {i // 10 * 4:02d}:00 on the recording -->")
        L.append("")
    path.write_text("\n".join(L), encoding="utf-8", newline="\n")


def r_int5(path):
    out = []
    for l in path.read_text(encoding="utf-8").split("\n"):
        if not l.strip() or l.startswith("<!--"):
            continue
        m = re.match(r"\d+\. \*\*(\w+):\*\* (.*)", l)
        if m:
            out.append((m.group(1), [m.group(2)]))
        elif l.startswith("   ") and out:
            out[-1][1].append(l.strip())
    return [(s, " ".join(t)) for s, t in out]


ACTIONS = {3: "Marjorie glances at the stairs.", 5: "She points at the ceiling.",
           19: "Marjorie presses the button. The lift hums upward through the ceiling.",
           27: "She straightens the tea towel on the rail."}


def w_int6(sess, path):
    L = ["", "", " " * 25 + "LIFT", "", " " * 17 + "Calderbridge Home Solutions", " " * 17 + "film interview, rough cut script",
         "", " " * 17 + "Transcribed from the rushes, 9 Dec 2025", "", "", "FADE IN:", "",
         "INT. MARJORIE'S HOUSE, LYDGATE - HALLWAY - DAY", "",
         "A narrow hall. A through-floor lift car stands where the dining table used to be. MARJORIE PELL (81) sits in it, handbag on her knee.", ""]
    for i, turn in enumerate(sess):
        for j, pc in enumerate(pieces(turn)):
            if j > 0:
                L.append("He pauses. She looks at the camera.".replace("He pauses. ", ""))
                L.append("")
            L.append(" " * 22 + turn["speaker"] + (" (CONT'D)" if j > 0 else ""))
            if "I sing in it" in pc:
                L.append(" " * 15 + "(demonstrating)")
            for w in textwrap.wrap(pc, 35):
                L.append(" " * 10 + w)
            L.append("")
        if i in ACTIONS:
            L.append(ACTIONS[i])
            L.append("")
    L += [" " * 58 + "CUT TO:", ""]
    path.write_text("\n".join(L), encoding="utf-8", newline="\n")


def r_int6(path):
    out, cur = [], None
    lines = path.read_text(encoding="utf-8").split("\n")
    started = False
    for l in lines:
        if l == "FADE IN:":
            started = True
        if not started or not l.strip():
            continue
        if l.startswith(" " * 22) and not l.startswith(" " * 23) and l.strip().isupper() and not l.strip().endswith(":"):
            spk = l.strip().replace(" (CONT'D)", "")
            if out and out[-1][0] == spk:
                cur = out[-1][1]
            else:
                out.append((spk, []))
                cur = out[-1][1]
        elif l.startswith(" " * 10) and not l.startswith(" " * 11):
            cur.append(l.strip())
    return [(s, " ".join(t)) for s, t in out]


# ----------------------------------------------------------------- codebook, participants
CODEBOOK = [
    ("need_trigger", "When the need arises", "The illness, fall, stroke, growth of a child or worsening condition that made the home unsafe, before contact; who the person is.", "I couldn't get up the stairs|I did my back carrying him up the stairs"),
    ("finding_out", "Finding out about the grant", "GP, OT, charity, housing officer, website, the press; being sent round; wishes for a plain step-by-step.", "Like a password.|page two"),
    ("ot_assessment", "OT referral, waiting list and recommendation", "The referral, the waiting list, the OT visit and what was recommended (shower, stairlift, through-floor lift, ramp, extension); fast lanes and trusted assessors.", "I'm eighty-three, son.|They grow faster than we process."),
    ("means_test", "Application and the test of resources", "The forms, the evidence, contributions and their waiver, children's grants not means-tested, help from caseworkers with the paperwork.", "The test of resources.|punished for saving"),
    ("tenant_landlord", "Tenants, landlords and council homes", "Landlord's and freeholder's consent, private tenants stuck, the council tenant route through the housing budget, moving as the alternative.", "He just doesn't answer.|You can't force consent."),
    ("schemes_quotes", "Schemes, quotes, planning and building control", "The agency surveyor's scheme, structural engineers, building regulations, planning, getting quotes, paying contractors.", "One never turned up.|the neighbour objected to the window"),
    ("grant_limit", "Approval, the grant limit, top-ups and charges", "The approval letter, the 30,000 limit, discretionary top-ups and the local land charge, fear of losing the house.", "I thought they were taking the house.|It terrifies them."),
    ("works_builders", "The builders and the works", "Delays, mess, dust, asbestos, handovers, snagging and how builders treated people.", "My cat was grey for a month.|A monument."),
    ("living_with", "Living with the adaptation", "Daily life after the works: independence, sleeping upstairs, what does not fit.", "I sleep in my own bed.|I'm not a visitor in my own house."),
    ("afterwards", "What follows: servicing, breakdowns, moving, changing needs", "Warranty and servicing, breakdowns, moving house, recycling, adaptations that no longer fit a changing condition.", "it feels like a loop|They designed it for now."),
    ("contact_updates", "Contact, updates and who to ring", "Chasing, lost referrals, portals and texts, being passed between teams, wishes for one named person.", "like a detective|One person. One name, start to finish."),
]

PARTICIPANTS = [
    ("Jo Price", "moderator", "", "", ""), ("Sian", "moderator", "", "", ""), ("Dan", "moderator", "", "", ""),
    ("Interviewer", "moderator", "", "", ""), ("SIAN", "moderator", "", "", ""), ("int", "moderator", "", "", ""),
    ("JO (O.S.)", "moderator", "", "", ""),
    ("Margaret Hirst", "owner-occupier", "owner", "75+", "stroke; level-access shower and stairlift"),
    ("Derek Walsh", "carer", "owner", "65-74", "wife with MS; through-floor lift over the limit"),
    ("Ken Oldroyd", "owner-occupier", "owner", "75+", "hips and knees; stairlift and rail"),
    ("Shirin Akhtar", "carer", "owner", "45-64", "father with Parkinson's living with her; stairlift"),
    ("Alan Briggs", "owner-occupier", "owner", "65-74", "wheelchair user after a work accident; ground-floor scheme"),
    ("Lorraine", "council tenant", "council", "45-64", "spinal condition; wet room through the housing budget"),
    ("Tom", "private tenant", "private rent", "45-64", "MND; approved, landlord's consent missing"),
    ("Hannah", "parent", "owner", "25-44", "son of nine with cerebral palsy; extension waiting"),
    ("Grace", "carer", "owner", "65-74", "husband with an amputation; ramp, stairlift, contribution"),
    ("Bill", "owner-occupier", "owner", "65-74", "stairlift out of warranty"),
    ("Priya", "occupational therapist", "", "", "council adult team OT, in the group as a participant"),
    ("unknown", "staff", "", "", "grants officer, private sector housing"),
    ("DANIEL", "private tenant", "private rent", "25-44", "spina bifida; flat over a shop, freeholder refused"),
    ("Nkechi Obi", "occupational therapist", "", "", "senior OT, adult social care"),
    ("p04", "parent", "owner", "25-44", "daughter of twelve, wheelchair user; through-floor lift and wet room"),
    ("Lenny", "council tenant", "council", "45-64", "heart failure; stairlift and downstairs toilet"),
    ("MARJORIE", "owner-occupier", "owner", "75+", "knees and a fall; through-floor lift, filmed"),
]

SESSIONS = [
    ("focus-group-1.docx", FG1, w_fg1, r_fg1),
    ("focus-group-2.xlsx", FG2, w_fg2, r_fg2),
    ("interview-1.docx", INT1, w_int1, r_int1),
    ("interview-2.srt", INT2, w_int2, lambda p: r_int2(p, {"SIAN", "DANIEL"})),
    ("interview-3.vtt", INT3, w_int3, r_int3),
    ("interview-4.csv", INT4, w_int4, r_int4),
    ("interview-5.md", INT5, w_int5, r_int5),
    ("interview-6.txt", INT6, w_int6, r_int6),
]


def main():
    TDIR.mkdir(exist_ok=True)
    errors = 0
    gold = []
    for name, sess, w, r in SESSIONS:
        for a, b in zip(sess, sess[1:]):
            if a["speaker"] == b["speaker"]:
                errors += 1
                print("same speaker twice", name, a["text"][:50])
        path = TDIR / name
        w(sess, path)
        back = r(path)
        want = [(t["speaker"], full(t)) for t in sess]
        if back != want:
            errors += 1
            for k, (x, y) in enumerate(zip(back, want)):
                if x != y:
                    print(name, k, x, y, sep="\n  ")
                    break
            print(name, len(back), len(want))
        for i, t in enumerate(sess):
            if not t["mod"]:
                gold.append([name, i, t["speaker"], t["theme"], t["stage"], t["sentiment"], t["kind"], full(t)])
    b = io.StringIO()
    wr = csv.writer(b, lineterminator="\n")
    wr.writerow(["source", "turn", "speaker", "theme", "journey_stage", "sentiment", "kind", "text"])
    wr.writerows(gold)
    (HERE / "gold.csv").write_text(b.getvalue(), encoding="utf-8", newline="")
    b = io.StringIO()
    wr = csv.writer(b, lineterminator="\n")
    wr.writerow(["id", "label", "description", "examples"])
    wr.writerows(CODEBOOK)
    (HERE / "codebook.csv").write_text(b.getvalue(), encoding="utf-8", newline="")
    b = io.StringIO()
    wr = csv.writer(b, lineterminator="\n")
    wr.writerow(["speaker", "segment", "tenure", "age_group", "situation"])
    wr.writerows(PARTICIPANTS)
    (TDIR / "participants.csv").write_text(b.getvalue(), encoding="utf-8", newline="")
    ids = {c[0] for c in CODEBOOK}
    for g in gold:
        assert g[3] == "" or g[3] in ids, g
    for cid, _, _, ex in CODEBOOK:
        for e in ex.split("|"):
            hits = {g[3] for g in gold if e in g[7]}
            if hits != {cid}:
                errors += 1
                print("codebook example", cid, repr(e), hits)
    labels = {t["speaker"] for _, sess, _, _ in SESSIONS for t in sess}
    plabels = {p[0] for p in PARTICIPANTS}
    if labels != plabels:
        errors += 1
        print("participants mismatch", labels ^ plabels)
    turns = sum(len(s) for _, s, _, _ in SESSIONS)
    print(f"{turns} turns, {len(gold)} gold rows, {errors} errors")
    for name, sess, _, _ in SESSIONS:
        print(f"  {name}: {len(sess)} turns, {sum(not t['mod'] for t in sess)} participant")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
