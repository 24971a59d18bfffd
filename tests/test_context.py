"""Conversation context: follow-ups without a role, elliptical questions, clarifications, 'compare them'."""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from bot.understanding.session import Session, SessionStore

from .talking import first_line, talk

# Each dialogue: (message, intent, roles, aspect or None, candidates or None)
DIALOGUES = {
    "follow-up keeps the role": [
        ("what does a statistician do", "overview", ["statistician"], None, None),
        ("and how much do they make?", "salary", ["statistician"], None, None),
        ("what about their education", "education", ["statistician"], None, None),
    ],
    "ellipsis keeps the question": [
        ("skills of a data analyst", "skills", ["data-analyst"], None, None),
        ("and for BI analysts?", "skills", ["business-intelligence-analyst"], None, None),
        ("how about analytics engineers", "skills", ["analytics-engineer"], None, None),
        ("compare them", "compare", ["business-intelligence-analyst", "analytics-engineer"], None, None),
    ],
    "which pays more uses the last two roles": [
        ("data scientist salary", "salary", ["data-scientist"], None, None),
        ("and statisticians?", "salary", ["statistician"], None, None),
        ("which one pays better?", "compare", ["data-scientist", "statistician"], "salary", None),
    ],
    "clarification by number keeps the question": [
        ("what do researchers earn", "salary", [], None, ["ai-research-scientist", "ai-research-engineer"]),
        ("2", "salary", ["ai-research-engineer"], None, None),
        ("and its outlook", "outlook", ["ai-research-engineer"], None, None),
    ],
    "clarification by name, then the other one": [
        ("tools of an analyst?", "tools", [], None, ["data-analyst", "business-intelligence-analyst"]),
        ("the BI one", "tools", ["business-intelligence-analyst"], None, None),
        ("and the data one?", "tools", ["data-analyst"], None, None),
    ],
    "the other one of two offered, then which pays more": [
        ("analyst jobs, which tools do they use?", "tools", [], None,
         ["data-analyst", "business-intelligence-analyst"]),
        ("BI", "tools", ["business-intelligence-analyst"], None, None),
        ("and the other one?", "tools", ["data-analyst"], None, None),
        ("which pays more?", "compare", ["business-intelligence-analyst", "data-analyst"], "salary", None),
    ],
    "a hiring manager weighing three roles": [
        ("Should I hire a data engineer, a data analyst, or an ML engineer first?", "compare",
         ["data-engineer", "data-analyst", "machine-learning-engineer"], None, None),
        ("no warehouse yet and leadership wants dashboards. given that, who do I hire first?", "compare",
         ["data-engineer", "data-analyst", "machine-learning-engineer"], None, None),
        ("between the data engineer and the analyst, what would each deliver in their first 90 days?", "compare",
         ["data-engineer", "data-analyst"], "responsibilities", None),
        ("and what should I budget for each, including the ML engineer?", "compare",
         ["data-engineer", "data-analyst", "machine-learning-engineer"], "salary", None),
        ("which industries hire them?", "industries",
         ["data-engineer", "data-analyst", "machine-learning-engineer"], None, None),
    ],
    "a clarification answered with the first words of a title": [
        ("teacher salary?", "salary", [], None, ["onet:25-2021.00", "onet:25-2031.00", "onet:25-2022.00",
                                                  "onet:25-2011.00", "onet:25-3021.00", "onet:25-2058.00"]),
        ("primary school", "salary", ["onet:25-2021.00"], None, None),
    ],
    "a kindred title outside the choices": [
        ("teacher salary?", "salary", [], None, ["onet:25-2021.00", "onet:25-2031.00", "onet:25-2022.00",
                                                  "onet:25-2011.00", "onet:25-3021.00", "onet:25-2058.00"]),
        ("sorry i mean kindergarten", "salary", ["onet:25-2012.00"], None, None),
    ],
    "the X one picks from a comparison": [
        ("machine learning engineer vs lead machine learning engineer", "compare",
         ["machine-learning-engineer", "lead-machine-learning-engineer"], None, None),
        ("lead one, responsibilities?", "responsibilities", ["lead-machine-learning-engineer"], None, None),
        ("salary?", "salary", ["lead-machine-learning-engineer"], None, None),
    ],
    "an ambiguous word means the job already in the conversation": [
        ("what does a data analyst do", "overview", ["data-analyst"], None, None),
        ("and what do analysts earn?", "salary", ["data-analyst"], None, None),
    ],
    "more than another job compares with it": [
        ("im a taxi driver", "greeting", [], None, None),
        ("how much do data analysts earn", "salary", ["data-analyst"], None, None),
        ("more than driver?", "compare", ["data-analyst", "onet:53-3054.00"], "salary", None),
        ("does it pay more than a nurse?", "compare", ["data-analyst", "onet:29-1141.00"], "salary", None),
    ],
    "a comparison's aspect in few words": [
        ("statistician vs data scientist", "compare", ["statistician", "data-scientist"], None, None),
        ("which is more maths-heavy", "compare", ["statistician", "data-scientist"], "skills", None),
        ("and which is safest", "compare", ["statistician", "data-scientist"], "outlook", None),
    ],
    "a self-introduction with a place is a hello": [
        ("hi, hospital pharmacist from Hyderabad", "greeting", [], None, None),
        ("what does a data analyst do?", "overview", ["data-analyst"], None, None),
    ],
    "an ambiguous side of a comparison keeps its place": [
        ("architect vs MLE - which pays more?", "compare", [], "salary", [
            "data-architect", "ai-architect", "machine-learning-data-architect"]),
        ("the ML one", "compare", ["machine-learning-data-architect", "machine-learning-engineer"], "salary", None),
    ],
    "a new question drops a pending clarification": [
        ("architect", "overview", [], None, ["data-architect", "ai-architect", "machine-learning-data-architect"]),
        ("how much does a DBA earn", "salary", ["database-administrator"], None, None),
    ],
    "compare one new role with the last one": [
        ("what does an mlops engineer do", "overview", ["mlops-engineer"], None, None),
        ("how does it compare to a data engineer?", "compare", ["mlops-engineer", "data-engineer"], None, None),
    ],
    "chatter in between keeps the context": [
        ("tell me about nlp engineers", "overview", ["nlp-engineer"], None, None),
        ("thanks!", "thanks", [], None, None),
        ("what tools do they use", "tools", ["nlp-engineer"], None, None),
    ],
    "the first one after a comparison": [
        ("data engineer vs software data engineer", "compare", ["data-engineer", "software-data-engineer"], None, None),
        ("tell me more about the second one", "overview", ["software-data-engineer"], None, None),
    ],
    "a number picks from the similar roles listed": [
        ("what roles are close to data engineers?", "similar", ["data-engineer"], None, None),
        ("number 1 please", "overview", ["analytics-engineer"], None, None),
    ],
    "a family word narrows the choices offered": [
        ("what do AI researchers study", "education", [], None, ["ai-research-scientist", "ai-research-engineer"]),
        ("the engineer one", "education", ["ai-research-engineer"], None, None),
        ("and the scientist?", "education", ["ai-research-scientist"], None, None),
        ("which is easier to get into?", "compare", ["ai-research-engineer", "ai-research-scientist"],
         "getting_started", None),
    ],
    "comparison phrased without a comparison word": [
        ("what do data managers do", "overview", ["data-manager"], None, None),
        ("and data governance managers?", "overview", ["data-governance-manager"], None, None),
        ("what sets these two apart?", "compare", ["data-manager", "data-governance-manager"], None, None),
    ],
    "recommendation then a choice": [
        ("I love Kubernetes, Docker and CI/CD pipelines for ML models. what job fits me?", "recommend",
         None, None, None),
        ("how do I become one? the first one", "getting_started", "first-suggestion", None, None),
    ],
    "a job neither tier has stays the subject of its follow-ups": [
        ("data analyst salary", "salary", ["data-analyst"], None, None),
        ("prompt engineer, what is it", "overview", [], None, None),
        ("is that even a real job", "overview", [], None, None),   # not the data analyst asked about before
        ("pay?", "salary", [], None, None),
        ("and data scientists?", "salary", ["data-scientist"], None, None),
    ],
    "a listed question is asked by its number": [
        ("1) what does a statistician do 2) the pay 3) do I need a masters?", "overview", ["statistician"], None,
         None),
        ("and point 2?", "salary", ["statistician"], None, None),
        ("in Canada?", "salary", ["statistician"], None, None),    # the list is kept while its role is talked about
        ("the third?", "education", ["statistician"], None, None),
        ("what about data engineers", "education", ["data-engineer"], None, None),
        ("and the second?", "education", ["data-engineer"], None, None),  # a new role: the list is gone
    ],
    "two questions joined: 'the second question' is the second": [
        ("how much do data engineers make and do they need a masters", "salary", ["data-engineer"], None, None),
        ("and the second question?", "education", ["data-engineer"], None, None),
    ],
    "'what else could I do' starts from the job said": [
        ("i'm a registered nurse and i am burnt out", "greeting", [], None, None),
        ("what else could i do", "similar", ["onet:29-1141.00"], None, None),
    ],
    "the job of the person asked for, and one's own": [
        ("my mum is a nurse and im a cook", "greeting", [], None, None),
        ("what does she earn in the uk", "salary", ["onet:29-1141.00"], None, None),
        ("and me?", "salary", ["onet:35-2014.00"], None, None),
        ("what does she earn in the uk", "salary", ["onet:29-1141.00"], None, None),
        ("and for me?", "salary", ["onet:35-2014.00"], None, None),
        ("ok and her job? is it growing", "outlook", ["onet:29-1141.00"], None, None),
    ],
    "'what else could he do' after his job was told": [
        ("my son is a registered nurse", "greeting", [], None, None),
        ("what else could he do", "similar", ["onet:29-1141.00"], None, None),
    ],
    "three compared, one looked at, then the other two and all three": [
        ("compare data engineer, analytics engineer and mlops engineer", "compare",
         ["data-engineer", "analytics-engineer", "mlops-engineer"], None, None),
        ("the second one, what tools", "tools", ["analytics-engineer"], None, None),
        ("what about the other two", "tools", ["data-engineer", "mlops-engineer"], None, None),
        ("which pays most", "compare", ["data-engineer", "analytics-engineer", "mlops-engineer"], "salary", None),
    ],
    "two compared on pay, then a third 'higher than both'": [
        ("ds salary in us", "salary", ["data-scientist"], None, None),
        ("and de?", "salary", ["data-engineer"], None, None),
        ("which is higher", "compare", ["data-scientist", "data-engineer"], "salary", None),
        ("what about ml engineer, higher than both?", "compare",
         ["data-scientist", "data-engineer", "machine-learning-engineer"], "salary", None),
    ],
    "their job, then the job in focus as the target": [
        ("what does a data analyst do", "overview", ["data-analyst"], None, None),
        ("im a nurse, could i become one?", "getting_started", ["data-analyst"], None, None),
    ],
    "'switch from dev to that'": [
        ("what about data engineers", "overview", ["data-engineer"], None, None),
        ("how hard is it to switch from dev to that", "getting_started", ["data-engineer"], None, None),
    ],
    "another sense of a curated word": [
        ("data architect skills", "skills", ["data-architect"], None, None),
        ("nah the other kind, the ai one", "skills", ["ai-architect"], None, None),
    ],
    "a stage of the trade is no other job": [
        ("what does an electrician do all day", "responsibilities", ["onet:47-2111.00"], None, None),
        ("do they get paid as apprentices", "salary", ["onet:47-2111.00"], None, None),
        ("and full journeyman pay", "salary", ["onet:47-2111.00"], None, None),
    ],
    "after two compared on pay, a third named is asked about pay": [
        ("airline pilot vs flight attendant", "compare", ["onet:53-2011.00", "onet:53-2031.00"], None, None),
        ("and pay?", "compare", ["onet:53-2011.00", "onet:53-2031.00"], "salary", None),
        ("what about air traffic controllers", "salary", ["onet:53-2021.00"], None, None),
    ],
    "own job and a target, then 'vs what i make now'": [
        ("graphic designer in cork, any chance i could be an ai product manager", "getting_started",
         ["ai-product-manager"], None, None),
        ("pay", "salary", ["ai-product-manager"], None, None),
        ("vs what i make now", "compare", ["ai-product-manager", "onet:27-1024.00"], "salary", None),
    ],
    "'X here' is a greeting, and what follows is about their job": [
        ("Hallo! Tour guide in Munich here", "greeting", [], None, None),
        ("what skills should I build to stay relevant", "skills", ["onet:39-7011.00"], None, None),
    ],
    "'what could I do instead' after their job's outlook": [
        ("conductor on the railway in Leeds. is the role safe?", "outlook", ["onet:53-4031.00"], None, None),
        ("what could I do instead", "similar", ["onet:53-4031.00"], None, None),
    ],
    "'vs my current job?' after a pay answer compares pay": [
        ("hi, I'm cabin crew with Emirates, 6 years now, thinking of a change", "greeting", [], None, None),
        ("what does a data analyst do", "overview", ["data-analyst"], None, None),
        ("and salary here in dubai", "salary", ["data-analyst"], None, None),
        ("vs my current job?", "compare", ["data-analyst", "onet:53-2031.00"], "salary", None),
    ],
    "'how do i start' with a job in the talk is how to get into it": [
        ("whats a web developer do", "overview", ["onet:15-1254.00"], None, None),
        ("ok how do i start", "getting_started", ["onet:15-1254.00"], None, None),
    ],
    "a reply that names the kind among other words": [
        ("my wife is a teacher, how much do teachers make", "salary", [], None,
         ["onet:25-2021.00", "onet:25-2031.00", "onet:25-2022.00", "onet:25-2011.00", "onet:25-3021.00",
          "onet:25-2058.00"]),
        ("She teaches in high school, mathematics.", "salary", ["onet:25-2031.00"], None, None),
    ],
    "'secondary' is not special education because a title says 'except special education'": [
        ("my wife is a teacher, how much do teachers make", "salary", [], None,
         ["onet:25-2021.00", "onet:25-2031.00", "onet:25-2022.00", "onet:25-2011.00", "onet:25-3021.00",
          "onet:25-2058.00"]),
        ("secondary school, chemistry", "salary", ["onet:25-2031.00"], None, None),
    ],
    "a job neither tier has, named after a comparison with their own, is not the target": [
        ("i'm a paralegal, how do i become a bi analyst", "getting_started", ["business-intelligence-analyst"], None,
         None),
        ("how does it compare with my job", "compare", ["business-intelligence-analyst", "onet:23-2011.00"], None,
         None),
        ("e-discovery specialist. do you have anything on that job? what does it pay", "salary", [], None, None),
    ],
    "'what else could she do' after her job": [
        ("my daughter is a registered nurse and she is burnt out", "greeting", [], None, None),
        ("what else could she do", "similar", ["onet:29-1141.00"], None, None),
    ],
    "'and what's X?' asks what X is, whatever was asked before": [
        ("what skills does a data engineer need", "skills", ["data-engineer"], None, None),
        ("and what's an analytics engineer?", "overview", ["analytics-engineer"], None, None),
    ],
    "'which is more' after two pay answers weighs their pay": [
        ("statistician pay", "salary", ["statistician"], None, None),
        ("and data scientists", "salary", ["data-scientist"], None, None),
        ("which is more", "compare", ["statistician", "data-scientist"], "salary", None),
    ],
    "the two just compared, weighed for the person's own kind of job": [
        ("data engineer vs analytics engineer", "compare", ["data-engineer", "analytics-engineer"], None, None),
        ("which of the two is better for a web developer", "compare", ["data-engineer", "analytics-engineer"],
         None, None),
    ],
    "asking for suggestions after a comparison is no pick between the two": [
        ("data engineer vs analytics engineer", "compare", ["data-engineer", "analytics-engineer"], None, None),
        ("hmm, recommend me something based on: excel, dashboards, talking to clients", "recommend", None,
         None, None),
    ],
    "'is it close to X' weighs the job in focus against X": [
        ("what does a statistician do", "overview", ["statistician"], None, None),
        ("is it similar to actuary work?", "compare", ["statistician", "onet:15-2011.00"], None, None),
    ],
    "'can a lawyer become one' aims at the job in focus": [
        ("what does an nlp engineer do", "overview", ["nlp-engineer"], None, None),
        ("could a lawyer become one", "getting_started", ["nlp-engineer"], None, None),
    ],
    "'who is more expensive' after a comparison weighs pay": [
        ("data engineer vs data scientist", "compare", ["data-engineer", "data-scientist"], None, None),
        ("who is more expensive to hire", "compare", ["data-engineer", "data-scientist"], "salary", None),
    ],
    "a topic word is no pick from a list shown two questions before": [
        ("what jobs are similar to a translator", "similar", ["onet:27-3091.00"], None, None),
        ("what is an nlp engineer", "overview", ["nlp-engineer"], None, None),
        ("and what education is needed", "education", ["nlp-engineer"], None, None),
    ],
    "the job asked about after 'I'm a' is theirs: a move later aims at the other job": [
        ("I'm a statistician, 9 years in pharma. is my job going away?", "outlook", ["statistician"], None, None),
        ("what does a data scientist do differently", None, None, None, None),
        ("how do i move into it", "getting_started", ["data-scientist"], None, None),
    ],
    "a correction that describes the job it means, not asking anything new": [
        ("BI analyst pay in Cebu", "salary", ["business-intelligence-analyst"], None, None),
        ("oops I meant business analyst, the requirements one, not BI", "salary", ["onet:13-1111.00"], None, None),
    ],
    "'analyst' after the data analyst was named in the same message is that analyst": [
        ("what is a data analyst and a BI analyst", None, ["data-analyst", "business-intelligence-analyst"],
         None, None),
        ("and a data scientist?", None, ["data-scientist"], None, None),
        ("you gave 112 590 for data analyst, is that the data scientist number? so analyst gets less?", None, None,
         None, []),
    ],
    "one job in two places is no comparison of jobs": [
        ("data analyst salary", "salary", ["data-analyst"], None, None),
        ("toronto vs vancouver", "salary", ["data-analyst"], None, None),
    ],
    "how to start after weighing where one is with where one would go: the second": [
        ("how much do electricians earn?", "salary", ["onet:47-2111.00"], None, None),
        ("I'm thinking about going to data analyst. difference in pay?", "compare",
         ["onet:47-2111.00", "data-analyst"], "salary", None),
        ("how do I start with it?", "getting_started", ["data-analyst"], None, None),
    ],
    "a job told with its years is the person's own": [
        ("Paramedic of 12 yrs, burnt out. what jobs are similar to mine?", "similar", ["onet:29-2043.00"], None,
         None),
        ("what does a health educator do", "overview", ["onet:21-1091.00"], None, None),
        ("vs paramedic?", "compare", ["onet:21-1091.00", "onet:29-2043.00"], None, None),
        ("how would I get into it", "getting_started", ["onet:21-1091.00"], None, None),
    ],
    "the job one comes from is where they are; where they go is in context": [
        ("what does a data analyst do", "overview", ["data-analyst"], None, None),
        ("how do I start coming from accounting?", "getting_started", ["data-analyst"], None, None),
    ],
}


def test_a_follow_up_about_a_job_neither_tier_has_says_so_in_its_terms(engine):
    reply, session = talk(engine, "prompt engineer, what is it", "pay?")
    assert session.unknown_role == "prompt engineer" and reply.unknown_role == "prompt engineer"
    assert first_line(reply).startswith('I don\'t have pay figures for "prompt engineer"')


@pytest.mark.parametrize("name", DIALOGUES)
def test_dialogue(chat, name):
    suggestions = ()
    for message, intent, roles, aspect, candidates in DIALOGUES[name]:
        reply = chat.say(message)
        assert intent is None or reply.intent == intent, message
        if roles == "first-suggestion":
            assert reply.roles == suggestions[:1], message
        elif roles is not None:
            assert list(reply.roles) == roles, message
        else:
            suggestions = reply.roles
        if aspect:
            assert reply.aspect == aspect, message
        assert set(reply.candidates) == set(candidates or ()), message


def test_without_context_a_role_question_asks_which_role(engine):
    reply, session = engine.reply("what is the salary?")
    assert reply.intent == "salary" and reply.roles == ()
    assert "Which role" in reply.blocks[0].text


def test_session_is_a_value_and_replies_are_pure(engine):
    first = Session()
    _, after = engine.reply("what does a data architect do", first)
    assert first == Session() and after.focus == ("data-architect",)
    again, _ = engine.reply("what does a data architect do", first)
    assert again == engine.reply("what does a data architect do", first)[0]


def test_recent_roles_are_bounded(engine):
    session = Session()
    for role in list(engine.kb.roles.values())[:15]:
        _, session = engine.reply(f"tell me about {role.name}", session)
    assert len(session.recent) <= 6


def test_session_store_is_bounded_and_expires():
    now = [0.0]
    store = SessionStore(max_sessions=3, ttl_seconds=10, clock=lambda: now[0])
    for chat_id in range(5):
        store.put(chat_id, Session(focus=(str(chat_id),)))
    assert len(store) == 3 and store.get(0) == Session() and store.get(4).focus == ("4",)
    now[0] = 11
    assert store.get(4) == Session()
    store.put(9, Session())
    assert len(store) == 1


@pytest.mark.parametrize("follow_up, intent", [
    ("what would a junior start on", "salary"),                       # starting pay, not how to start
    ("can i learn all this part time while still cutting? like evenings n sundays", "getting_started"),
    ("I did not ask a comparison. My question is simple: what does a data analyst do?", "overview"),
])
def test_follow_ups_a_person_in_a_trial_was_misread_on(engine, follow_up, intent):
    reply, _ = talk(engine, "im a barber in manchester, thinking about data analytics", follow_up)
    assert (reply.intent, reply.roles) == (intent, ("data-analyst",))


def test_a_place_named_twice_is_named_once(engine):
    reply, _ = talk(engine, "i am asking about india. what do data analysts earn in india?")
    line = first_line(reply)
    assert "I have no pay figures for India;" in line and "India or India" not in line


def test_two_questions_with_the_same_answer_say_it_once(engine):
    # 'what is it' and 'what does it do all day' are both the O*NET description of the occupation
    reply, _ = talk(engine, "what does a health informatics specialist do all day, and what is it")
    line = first_line(reply)
    assert line.count("Apply knowledge of nursing and informatics") == 1


def test_a_narrowed_request_for_similar_jobs_is_the_same_request_and_says_what_no_source_sorts(engine):
    reply, _ = talk(engine, "my husband is a registered nurse and wants out. what else could he do?",
                    "hmm, something away from patients")
    assert (reply.intent, list(reply.roles)) == ("similar", ["onet:29-1141.00"])
    assert first_line(reply).startswith("None of my sources says which of these jobs fit “away from patients”")


def test_an_answer_repeated_word_for_word_says_so_and_a_new_answer_does_not(engine):
    """'Can one person do all three?' after the comparison of those three: the same answer again reads as broken
    unless it says why; the next different answer carries no such note."""
    from bot.answers.render import to_text
    from bot.engine import SAID_AGAIN
    session = Session()
    first, session = engine.reply("explain the difference between a data analyst, a BI analyst and a data engineer",
                                  session)
    assert SAID_AGAIN not in to_text(first)
    again, session = engine.reply("Can one data analyst also do the BI dashboards and some of the data engineering?",
                                  session)
    assert to_text(again).startswith(SAID_AGAIN)
    other, _ = engine.reply("what does a data engineer earn", session)
    assert SAID_AGAIN not in to_text(other)



@pytest.mark.parametrize("remark", ["honestly both seem low", "big difference ya", "wow, interesting",
                                    "meh, seems low to me"])
def test_a_reaction_to_the_answer_asks_nothing_and_is_met_with_the_way_on_not_a_refusal(engine, remark):
    reply, session = talk(engine, "social worker vs community health worker salary", remark)
    assert (reply.intent, reply.roles) == ("unknown", ())
    assert first_line(reply).startswith("Noted. Ask me more about") and "Sorry" not in first_line(reply)
    after, _ = engine.reply("and the outlook?", session)  # the conversation goes on where it was
    assert after.intent in ("compare", "outlook") and len(after.roles) == 2


@pytest.mark.parametrize("remark, intent", [("seems low, what about in canada?", "compare"),
                                            ("wow. and skills?", "compare")])
def test_a_reaction_with_a_question_in_it_is_the_question(engine, remark, intent):
    reply, _ = talk(engine, "social worker vs community health worker salary", remark)
    assert reply.intent == intent and len(reply.roles) == 2


@pytest.mark.parametrize("intro, own", [
    ("Evening. Contract administrator at a construction firm in Abu Dhabi.", "onet:13-1023.00"),
    ("I work in shop as cashier in Kazan, 35k rubles", "onet:41-2011.00"),
    ("Good morning! Accounts payable supervisor in Cebu, 11 years", "onet:43-1011.00"),
])
def test_an_introduction_with_workplace_years_or_pay_asks_nothing(engine, intro, own):
    reply, session = talk(engine, intro)
    assert (reply.intent, reply.roles) == ("greeting", ()) and session.current_job == own


@pytest.mark.parametrize("follow_up, role", [
    ("and second?", "data-engineer"),                                   # a bare ordinal in a short message
    ("what should I learn first for the second one", "data-engineer"),  # 'first' here is no choice
    ("the first one: what does it pay", "data-scientist"),
])
def test_an_ordinal_picks_from_the_roles_compared_in_the_order_named(engine, follow_up, role):
    reply, _ = talk(engine, "data scientist or data engineer, which fits a plant head?",
                    "what does the first one do daily", follow_up)
    assert reply.roles == (role,)


@pytest.mark.parametrize("messages, intent, roles", [
    # one side of 'vs' is a topic, not a job neither tier has
    (("i've been a DBA for 12 years", "data governance manager — what's that", "pay vs DBA?"),
     "compare", ("data-governance-manager", "database-administrator")),
    # the job named in the sentence before the 'vs' is its other side
    (("senior DS here, berlin", "ml engineer then. pay vs DS in berlin?"),
     "compare", ("machine-learning-engineer", "data-scientist")),
    # 'same or not' weighs the new job against the one before; 'X, same?' asks the last question again
    (("data governance manager is what ah?", "then data manager leh, same or not?"),
     "compare", ("data-governance-manager", "data-manager")),
    (("what do data analysts earn", "what about data engineer, same?"), "salary", ("data-engineer",)),
    # the lead of the job in context
    (("mle salary", "and a lead?"), "salary", ("lead-machine-learning-engineer",)),
    # word order of East and Southeast Asian English: what the job is
    (("similar jobs to data engineer?", "analytics engineer is what?"), "overview", ("analytics-engineer",)),
])
def test_follow_ups_in_the_words_of_practitioners_and_second_language_speakers(engine, messages, intent, roles):
    reply, _ = talk(engine, *messages)
    assert (reply.intent, reply.roles) == (intent, roles)


@pytest.mark.parametrize("message, intent", [
    ("ML architect what job is it", "overview"),
    ("AI manager is what job? my company open new position", "overview"),
    ("I like drawing and math, what job is it?", "recommend"),
    ("for translator, TOEIC 900 enough?", "education"),
    ("Sawasdee krub", "greeting"),
    ("khob khun ka", "thanks"),
    ("xie xie!", "thanks"),
])
def test_second_language_word_order_and_words(engine, message, intent):
    assert engine.reply(message)[0].intent == intent


@pytest.mark.parametrize("message, intent, roles", [
    ("habilidades for AI engineer pls", "skills", ("ai-engineer",)),
    ("roles parecidos a data scientist", "similar", ("data-scientist",)),
    ("how is the day of a psicólogo clínico, how many patients he see?", "responsibilities", ("onet:19-3033.00",)),
    ("lawyer from Argentina, can I work as lawyer in Spain? I need homologar the título?", "education",
     ("onet:23-1011.00",)),
    ("which are the functions of an accountant in a company?", "responsibilities", ("onet:13-2011.00",)),
    ("how to do a pivot table in excel?", "unknown", ()),
    ("How do I compute the h-index of a co-author?", "unknown", ()),
    ("Can you help me with my LaTeX bibliography? It won't compile.", "unknown", ()),
    ("what is tiktoker as a job? can be a real career?", "overview", ()),
])
def test_spanish_words_tasks_and_jobs_named_as_jobs(engine, message, intent, roles):
    reply = engine.reply(message)[0]
    assert (reply.intent, reply.roles) == (intent, roles)


def test_which_of_two_jobs_has_more_work_compares_their_outlook(engine):
    reply = engine.reply("web developer vs data engineer, which is more easy to find job?")[0]
    assert (reply.intent, reply.aspect) == ("compare", "outlook")


def test_what_a_person_has_been_doing_is_what_the_recommendation_reads(engine):
    reply = engine.reply("I'm a linguist who has been doing NLP with spaCy and Hugging Face transformers for three "
                         "years. What role would be a good fit?")[0]
    assert reply.intent == "recommend" and reply.roles[0] == "nlp-engineer"


@pytest.mark.parametrize("follow_up", ["which pays best?", "and what do they earn, for comparison?"])
def test_a_comparison_word_keeps_the_comparison_whatever_the_model_reads(engine, follow_up):
    reply, _ = talk(engine, "data engineer salary", "and ML engineer?", follow_up)
    assert (reply.intent, reply.roles) == ("compare", ("data-engineer", "machine-learning-engineer"))


@pytest.mark.parametrize("message, intent, roles", [
    ("sabah el kheir ya jama3a", "greeting", ()),           # a hello phrase that opens the message
    ("ahlan wa sahlan", "greeting", ()),
    ("what skill make good HR officer", "skills", ("onet:13-1071.00",)),
    ("HSE officer what is this job? one company in Jubail calling me for interview", "overview",
     ("onet:19-5011.00",)),
    ("how much does an analyst make in healthcare", "salary", ()),  # asks which analyst; the scene is no topic
    ("hello from a very tired night nurse in Manchester", "greeting", ()),
    ("I work in medical billing at a hospital in Phoenix", "greeting", ()),
    ("compare data analyst, BI analyst and data scientist for someone coming from nursing", "compare",
     ("data-analyst", "business-intelligence-analyst", "data-scientist")),
    ("Hello, which occupations do you hold information about? I'm an HR officer", "list_roles", ()),
])
def test_gulf_and_health_care_wording(engine, message, intent, roles):
    reply = engine.reply(message)[0]
    assert (reply.intent, reply.roles) == (intent, roles)


@pytest.mark.parametrize("message", ["I'm done with nursing. how do I become a teacher?",
                                     "how do I become a teacher? done with bedside nursing after 12 yrs"])
def test_the_job_a_person_leaves_does_not_say_which_kind_of_the_new_job(engine, message):
    reply, session = talk(engine, message)
    assert reply.roles == () and "onet:25-2031.00" in reply.candidates
    after, _ = engine.reply("secondary, I'd want to teach biology", session)  # the choice opens a longer reply
    assert (after.intent, after.roles) == ("getting_started", ("onet:25-2031.00",))


@pytest.mark.parametrize("messages, roles", [
    (("what does a computer vision engineer do", "which pays more, this or data scientist?"),
     ("computer-vision-engineer", "data-scientist")),
    (("what does an ML engineer do", "and an ML team lead", "how do you become a lead"),
     ("lead-machine-learning-engineer",)),
])
def test_this_and_a_lead_point_at_the_job_in_context(engine, messages, roles):
    assert talk(engine, *messages)[0].roles == roles


def test_working_remotely_asked_after_pay_is_its_own_question(engine):
    reply, _ = talk(engine, "what is data analyst salary in dubai?", "and can i work remote from cairo for US company?")
    assert (reply.intent, reply.roles) == ("outlook", ("data-analyst",))
    assert "remote work" in first_line(reply)


def test_an_amount_made_asks_the_pay_wherever_the_work_is(engine):
    assert engine.reply("can a medical coder make 60k working from home")[0].intent == "salary"


@pytest.mark.parametrize("messages, intent, roles", [
    (("ai product manager vs ai engineer", "What would the PM cost in Amsterdam?"), "salary", ("ai-product-manager",)),
    (("If I can't find a lead ML engineer, what similar roles could step up?",
      "How does a regular ML engineer become a lead?"), "getting_started", ("lead-machine-learning-engineer",)),
    (("what is an analytics engineer", "How does it differ from a BI analyst?", "And from a data engineer?"),
     "compare", ("analytics-engineer", "data-engineer")),
    (("what is an ML architect", "how is it different from a data architect?", "and from an AI architect?",
      "which of the three earns most?"), "compare",
     ("machine-learning-data-architect", "data-architect", "ai-architect")),
    (("what does a data manager do", "How would I make the jump from operations?"), "getting_started",
     ("data-manager",)),
])
def test_a_hiring_managers_follow_ups(engine, messages, intent, roles):
    reply, _ = talk(engine, *messages)
    assert (reply.intent, reply.roles) == (intent, roles)


@pytest.mark.parametrize("message, intent", [
    ("What does an architect cost these days?", "salary"),   # what a hire costs
    ("Ballpark cost of a statistician?", "salary"),
    ("what does a data science bootcamp cost", "education"),  # what a course costs
])
def test_the_cost_of_a_hire_is_pay_and_the_cost_of_a_course_is_not(engine, message, intent):
    assert engine.reply(message)[0].intent == intent


def test_what_it_costs_after_a_course_is_not_a_hire(engine):
    assert engine.reply("how long is the formation and what does it cost?")[0].intent != "salary"


def test_a_person_who_does_not_code_much_is_not_matched_on_coding(engine):
    reply = engine.reply("I'm a mil spouse, background in project management, love tech but don't code much. what "
                         "AI-related job would suit me?")[0]
    assert reply.intent == "recommend" and "code" not in to_text(reply).split("Matches what you said:", 1)[1][:80]


@pytest.mark.parametrize("message, starts, own", [
    ("I'm a nurse, how do I move into data?", "Where people usually start in data", "onet:29-1141.00"),
    ("I got laid off after 22 years as a retail store manager. I'm 58 in Dayton Ohio, no degree. Could I get into "
     "data work or am I too old?", "None of my sources sets an age limit", "onet:41-1011.00"),
    ("I'm a chef, how do I get into AI?", "Where people usually start in AI", "onet:35-1011.00"),
])
def test_a_move_into_a_field_from_ones_own_job_names_where_people_start_in_it(engine, message, starts, own):
    reply, session = talk(engine, message)
    assert (reply.intent, reply.roles) == ("getting_started", ())  # the contract: how to start, no role asked
    assert first_line(reply).startswith(starts) and "Where people usually start in" in to_text(reply)
    assert session.current_job == own                                # their job is context, not the answer
    picked, _ = engine.reply("the second one, what does it pay?", session)
    assert picked.intent == "salary" and len(picked.roles) == 1      # the starting roles can be picked by number


def test_the_field_of_a_job_is_no_job_of_its_own(engine):
    reply, _ = talk(engine, "ML engineer vs AI engineer which one has a better future",
                    "can i realistically get a remote ML or AI job from kenya for a foreign company?")
    assert reply.unknown_role is None and set(reply.roles) == {"machine-learning-engineer", "ai-engineer"}


def test_pay_said_in_a_us_city_is_compared_without_asking_if_it_is_dollars(engine):
    reply, _ = talk(engine, "I got laid off after 22 years as a retail store manager. I'm 58 in Dayton Ohio",
                    "I was making 62k. what does a logistics analyst make")
    assert "more than the $62,000 a year you said you earn." in first_line(reply)
    assert "if that is U.S. dollars" not in to_text(reply)


def test_a_job_said_without_i_is_remembered_and_what_carries_over_leads(engine):
    _, session = talk(engine, "Hi, am a python/django dev 4 yrs here in Nairobi. I want to move into ML engineering")
    assert session.current_job == "onet:15-1252.00"
    after, _ = engine.reply("do my backend skills carry over to ML engineer or do i start from zero", session)
    assert first_line(after).startswith("From your job (Software Developers) to Machine Learning Engineer:")


def test_what_to_learn_asked_with_a_job_is_its_skills_not_what_it_is(engine):
    reply = engine.reply("sawa. so for AI engineer what do i learn first?")[0]
    assert (reply.intent, reply.roles) == ("skills", ("ai-engineer",))


@pytest.mark.parametrize("reply, picked", [("5 maybe", 4), ("the fifth one", 4), ("number 6", 5)])
def test_any_number_of_a_longer_list_picks_from_it(engine, reply: str, picked: int):
    first, session = engine.reply("is a school teacher well paid")
    assert len(first.candidates) == 6
    answer, _ = engine.reply(reply, session)
    assert answer.intent == "salary" and answer.roles == (first.candidates[picked],)


def test_a_pick_then_a_question_answers_the_question_for_the_pick(engine):
    first, session = engine.reply("is a school teacher well paid")
    answer, _ = engine.reply("5 maybe. they need a diplome? and the salaire", session)
    assert answer.intent == "education" and answer.roles == (first.candidates[4],)


@pytest.mark.parametrize("reply, count", [("both, compare please", 2), ("all of them", 3)])
def test_both_or_all_in_answer_to_which_one_compares_the_choices_on_what_was_asked(chat, reply: str, count: int):
    chat.say("analyst salary?" if count == 2 else "architect salary?")
    asked = chat.say(reply)
    assert (asked.intent, len(asked.roles), asked.aspect) == ("compare", count, "salary")


@pytest.mark.parametrize("kind, then, role", [
    ("secondary school teacher", "what about primary", "onet:25-2021.00"),
    ("secondary school teacher", "and elementary?", "onet:25-2021.00"),
])
def test_another_kind_of_the_same_job_keeps_the_question(chat, kind: str, then: str, role: str):
    chat.say(f"what does a {kind} earn")
    u = chat.say(then)
    assert (u.intent, u.roles) == ("salary", (role,))


def test_an_ordinal_after_a_curated_job_is_no_kind_of_it(chat):
    chat.say("analytics engineer vs data engineer")
    chat.say("what tools would I use in the first one")
    assert chat.say("and the second?").roles == ("data-engineer",)


def test_a_shared_title_pointed_at_is_the_kind_in_the_talk(chat):
    chat.say("chaplain vs grief counsellor vs hospice social worker")
    assert chat.say("tell me more about the social worker one").roles == ("onet:21-1022.00",)


def test_can_a_job_become_one_asks_about_the_job_in_context(chat):
    chat.say("what does an AI product manager do")
    u = chat.say("can a landscape foreman realistically become one? how")
    assert (u.intent, u.roles) == ("getting_started", ("ai-product-manager",))


@pytest.mark.parametrize("message", ["detective, how to become one", "analytics engineer how to become one"])
def test_a_job_then_how_to_become_one_asks_about_that_job(engine, message: str):
    assert engine.understand(message).roles != ()


def test_a_price_said_in_passing_asks_for_no_pay_in_that_currency(engine):
    reply, _ = talk(engine, "Are there free courses for data analysts? I'm not spending £5,000 on a bootcamp.")
    assert "U.S. dollars" not in to_text(reply)
    reply, _ = talk(engine, "data analyst salary in pounds")
    assert "I don't convert them into pounds" in first_line(reply)


def test_a_place_without_figures_right_after_the_table_gives_the_figure_not_the_table_again(engine):
    """'and in germany?' after the U.S. pay table: that there are none for Germany, with the figure just given;
    the same table twice reads as not listening."""
    session = engine.reply("what is DS sal in india? in LPA pls", Session())[1]
    text = to_text(engine.reply("and in germany?", session)[0])
    assert text.startswith("I have no pay figures for Germany; the nearest I have are U.S. figures, the ones I "
                           "just gave: Data Scientist — pay: median annual wage $112,590")
    assert "Mean annual wage" not in text
