"""Issue #13, decisions for the person: "which would you pick?", "who should we hire first?".

The first line is a verdict with its reason from the profiles or the official data (read against what the person
said), or "it depends on …" naming what it depends on. Each test reads what the first line SAYS.
"""
from __future__ import annotations

import pytest

from bot.answers.render import to_text
from bot.understanding.session import Session
from .talking import first_line, talk




def test_which_would_you_pick_after_a_comparison_says_what_it_depends_on(engine):
    reply, _ = talk(engine, "data analyst vs data scientist", "which would you pick?")
    line = first_line(reply)
    assert line.startswith("It depends on what you want to do day to day")
    assert "Data Analyst answers business questions" in line and "Data Scientist turns data" in line
    assert reply.intent == "compare" and list(reply.roles) == ["data-analyst", "data-scientist"]


def test_a_pick_after_a_comparison_uses_what_the_person_said_they_like(engine):
    reply, _ = talk(engine, "I like dashboards and SQL, what fits me?",
                    "data analyst or data scientist, which should I go for?")
    line = first_line(reply)
    assert line.startswith("Data Analyst fits better from what you told me (liking dashboards and sql)")
    assert "[1]" in line and "Sources:" in to_text(reply)


def test_hire_first_with_two_named_roles_is_a_decision_not_industries(engine):
    reply, _ = talk(engine, "mlops engineer vs data scientist", "which would you hire first")
    line = first_line(reply)
    assert line.startswith("It depends on what you need done first: hire an MLOps Engineer if you need someone who")
    assert "Industries" not in to_text(reply)
    assert "How they work together" in line  # a profile sentence naming the other role, quoted


def test_a_hire_with_its_purpose_picks_the_role_whose_profile_says_it(engine):
    reply, _ = talk(engine, "Who should we hire to maintain our Postgres clusters, a database administrator or a "
                            "data engineer?")
    assert first_line(reply).startswith("Database Administrator fits better for that hire: its profile says “")


def test_a_purpose_no_profile_ties_to_either_role_says_so(engine):
    reply, _ = talk(engine, "Who should we hire for our fraud detection project, a financial analyst or a data "
                            "scientist?")
    line = first_line(reply)
    assert line.startswith("My profiles and O*NET don't tie what you describe to one of them, so it depends")
    assert "Financial and Investment Analysts if you need someone to conduct" in line


def test_who_to_hire_first_without_roles_names_the_role_from_the_purpose(engine):
    reply, _ = talk(engine, "who should we hire first to set up our ML infrastructure?")
    line = first_line(reply)
    assert line.startswith("For “set up our ML infrastructure”, hire an MLOps Engineer first: its profile says")
    assert reply.intent in ("industries", "recommend")  # a hire by its purpose, read either way


@pytest.mark.parametrize("messages, starts", [
    (("data scientist vs statistician", "which one should i pick if i want better pay?"),
     "For pay, Data Scientist: Comparing like with like (median annual wage, BLS OEWS May 2024)"),
    (("ai architect vs lead ml engineer", "which one should I pick for better pay?"),
     "On pay alone I can't pick one: the source gives one figure for both, $140,910"),
])
def test_a_pick_for_pay_is_the_official_verdict(engine, messages, starts):
    reply, _ = talk(engine, *messages)
    line = first_line(reply)
    assert line.startswith(starts)
    if "can't pick" in line:
        assert "Beyond that, it depends on what you want to do day to day" in line


def test_own_job_with_no_specific_tools_in_common_says_it_depends(engine):
    reply, _ = talk(engine, "I'm a nurse, data analyst or data scientist, which is better for me?")
    line = first_line(reply)
    assert line.startswith("From Registered Nurses, neither is clearly the closer step")
    assert "you'd rather answers" not in line and "Tell me what you enjoy and I'll say" in line


def test_a_decision_answer_is_short(engine):
    reply, _ = talk(engine, "data engineer or ml engineer, which should I go for?")
    text = to_text(reply)
    assert first_line(reply).startswith("It depends on what you want to do day to day")
    assert text.count("\n") < 10


@pytest.mark.parametrize("messages", [
    ("data analyst vs data engineer", "pls just choose for me"),
    ("what does a data analyst do", "and a data engineer?", "just decide for me"),
])
def test_asking_the_bot_to_choose_gets_a_decision_about_the_roles_in_context(engine, messages):
    session = Session()
    for text in messages:
        reply, session = engine.reply(text, session)
    assert reply.intent == "compare" and set(reply.roles) == {"data-analyst", "data-engineer"}
    first = to_text(reply).split("\n", 1)[0]
    assert "depends on" in first or "fits better" in first


def test_which_suits_someone_else_is_a_verdict_read_against_what_is_said_of_them(engine):
    # a parent asks for a child: 'suit him', 'he loves ...'; the verdict reads his interests, not 'for you'
    reply, _ = talk(engine, "data analyst or data engineer, which one would suit my son best? he loves building "
                    "pipelines and automating things")
    line = first_line(reply)
    assert "fits better" in line and not line.startswith("It depends") and "for you" not in line


def test_a_pushback_is_no_dislike(engine):
    # 'you did not say which' and 'is there no job where ...' dislike nothing
    _, session = talk(engine, "is there no job where he can make games? you did not answer me o")
    assert session.dislikes == ()
    reply, _ = talk(engine, "data analyst vs data scientist", "you did not say which one suits her. she likes "
                    "dashboards and reports")
    assert first_line(reply).startswith("Data Analyst fits better")


def test_an_employer_asking_how_people_get_in_hears_what_candidates_bring(engine):
    reply, session = talk(engine, "we want to hire our first BI analyst", "how do people usually get into it?")
    assert session.hiring
    line = first_line(reply)
    assert line.startswith("For a hire, what candidates usually bring: Business Intelligence Analyst — education:")
    assert "Learn SQL" not in to_text(reply)  # no first steps for someone who is not applying
    # someone moving into the job still hears the first steps
    reply, session = talk(engine, "how do I get into BI analyst work?")
    assert not session.hiring and not first_line(reply).startswith("For a hire")


def test_which_fits_after_pay_was_compared_is_not_the_pay_again(engine):
    reply, session = talk(engine, "between health informatics and data analyst which one is safer for her. she "
                          "dont want a big pay cut", "which one fits her better being a nurse")
    assert not first_line(reply).startswith("For pay")


def test_a_job_or_field_said_is_no_liking(engine):
    _, session = talk(engine, "she loves spreadsheets. would she be any good at data analysis coming from nursing?")
    assert "nursing" not in session.interests and "nurse" not in session.interests
    assert "coming" not in session.interests and "spreadsheets" in session.interests


def test_a_decision_asked_in_phone_spelling_is_a_decision(engine):
    reply, _ = talk(engine, "shud i go for data analyst or BI analyst? which is better scope for me")
    line = first_line(reply)
    assert "fits better" in line or line.startswith(("It depends", "On pay alone"))


@pytest.mark.parametrize("message", [
    "I am CTO of a start-up. We need someone to put our fraud model in production. ML engineer or MLOps "
    "engineer, which one do I hire?",
    "What skills should I screen for when I interview an MLOps engineer? I'm the CTO of a fintech",
])
def test_an_employer_hears_nothing_about_what_carries_over_from_their_own_job(engine, message):
    reply, _ = talk(engine, message)
    assert "From your job" not in to_text(reply)


@pytest.mark.parametrize("message", ["data engineer or statistician, which one for me?",
                                     "too much info. just tell me in one line - for me BI analyst or statistician, "
                                     "which one?"])
def test_which_one_for_me_is_a_decision_answered_first(engine, message):
    line = first_line(talk(engine, message)[0])
    assert line.startswith(("It depends", "From ", "For ")) or " fits " in line, line


def test_which_of_the_three_after_a_three_way_comparison_weighs_all_three(engine):
    reply, _ = talk(engine, "compare data analyst, data engineer and data scientist",
                    "i like dashboards. which of the 3 should i pick? one sentence")
    assert reply.intent == "compare" and set(reply.roles) == {"data-analyst", "data-engineer", "data-scientist"}
    assert first_line(reply).startswith("Data Analyst fits better")


def test_what_someone_who_likes_it_should_pick_is_read_from_the_message(engine):
    reply, _ = talk(engine, "data analyst or data engineer for someone who likes dashboards?")
    assert first_line(reply).startswith("Data Analyst fits better for that")


def test_two_likes_each_said_by_one_role_split_the_pick(engine):
    reply, _ = talk(engine, "data engineer or data analyst, I like building pipelines and making dashboards")
    line = first_line(reply)
    assert line.startswith("From what you said, it splits: for building and pipelines, Data Engineer (its profile: “")
    assert "for dashboards, Data Analyst (its profile: “" in line and "dashboard" in line.split("Data Analyst")[1]


@pytest.mark.parametrize("said, not_liked", [
    ("what should i learn for UX research, like R? survey design?", "research"),  # ', like R?' is an example
    ("i'm not avoiding research lol. R or SQL for a data analyst?", ""),
])
def test_examples_and_double_negatives_are_no_likes_or_dislikes(engine, said, not_liked):
    _, session = talk(engine, said)
    assert not_liked not in session.interests and "research" not in " ".join(session.dislikes)


def test_which_of_many_tools_first_says_what_the_source_puts_first(engine):
    line = first_line(talk(engine, "if i go data engineer, which tools i learn first? airflow spark dbt kafka")[0])
    assert line.startswith("My sources don't say which of airflow or spark or dbt or kafka to learn first")
    assert "what they put first is this: “Master SQL and Python first" in line


def test_a_language_or_a_subject_first_reads_programming_in_the_source(engine):
    line = first_line(talk(engine, "ML engineer: what should i learn first, python or math?")[0])
    assert line.startswith("Both programming and mathematics first, for a Machine Learning Engineer: “")


@pytest.mark.parametrize("dislike", ["i no too like heavy coding", "I don't like heavy coding"])
def test_what_they_say_they_dislike_counts_against_not_for(engine, dislike):
    # 'coding' said as a dislike must not be read as a wish that the data scientist's profile meets
    reply, _ = talk(engine, "data analyst vs data scientist", f"which should I pick? i like excel, {dislike}")
    line = first_line(reply)
    assert line.startswith("Data Analyst fits better") and "for coding" not in line


def test_pay_and_the_quickest_way_in_asked_together_are_both_answered(engine):
    reply, _ = talk(engine, "compare data analyst vs bookkeeper, which pays best and which is quickest to get into")
    text = to_text(reply)
    pay, entry = text.find("Comparing the official figures"), text.find("has the lower entry bar")
    assert 0 <= pay < entry  # in the order asked


def test_warehouses_with_trucks_are_buildings_not_data_warehouses(engine):
    reply, _ = talk(engine, "I run operations at a logistics company, about 120 trucks and 3 warehouses. We want to "
                            "hire our first data person. Should it be a data analyst, a BI analyst or a data engineer?")
    line = first_line(reply)
    assert not line.startswith("Data Engineer fits better") and "Data Analyst" in line


def test_roles_bls_lists_the_same_entry_for_are_named_together_not_one_picked(engine):
    """'which is easiest to get with no experience' among three: Data Scientist and Data Analyst share one BLS
    entry (the analyst is counted among data scientists), so neither is said to have the lower bar alone; the
    profiles then say which is the easier start."""
    reply, _ = talk(engine, "which is easiest to get as a fresh grad with no experience, DS, statistician or "
                            "data analyst")
    line = first_line(reply)
    assert line.startswith("Data Scientist and Data Analyst have the lower entry bar: BLS lists bachelor's degree")
    assert "master's degree and no related work experience for Statistician" in line
    assert "Between those, my sources make Data Analyst the easier start" in line


def test_the_least_programming_names_each_roles_languages_and_the_fewest(engine):
    reply, _ = talk(engine, "statistician vs actuary vs data analyst", "which one needs the least programming?")
    line = first_line(reply)
    assert line.startswith("By the tools my sources list, Data Analyst names the fewest programming languages")
    assert "Data Analyst 3 (SQL, Python and R)" in line and "Actuaries" in line and "[1]" in line


def test_not_enjoying_coding_weighs_against_the_role_whose_profile_says_python(engine):
    reply, _ = talk(engine, "I love numbers but I really don't enjoy coding. Would statistician or actuary suit me "
                            "better than data analyst?")
    line = first_line(reply)
    assert line.startswith("Actuaries fit better for that")
    assert "while for Data Analyst its profile says “Python" in line


def test_which_of_the_three_for_me_weighs_what_they_said_and_answers_the_age_after_the_pick(engine):
    """Three roles asked about one by one, then 'which of the three for someone like me, given my age': a pick
    among all three from what they said they like and avoid, then the age; not the age of one role alone."""
    reply, session = talk(engine, "I love numbers but I really don't enjoy coding. Would statistician or actuary "
                                  "suit me better than data analyst?",
                          "Is there much demand for statisticians? I'd hate to retrain and then not find work.",
                          "Thanks. So overall, which of the three would you recommend for someone like me, given my "
                          "age and that I want to avoid coding?")
    line = first_line(reply)
    assert reply.intent == "compare" and len(reply.roles) == 3
    assert "fit better from what you told me (liking numbers; rather avoiding coding)" in line
    assert "On age: none of my sources sets an age limit for any of them" in line
    assert "find" not in session.dislikes  # a fear of the move is no part of a job to avoid


def test_what_they_like_said_after_a_comparison_asks_which_fits_and_is_never_asked_for_again(engine):
    """'i told u am a bank teller. i like numbers and excel' right after 'X or Y, which one is better?': which of
    the two fits them; when nothing the sources say of either matches it, the answer says so instead of asking
    them to say what they enjoy, and the job's own name ('bank') is no liking."""
    reply, session = talk(engine, "hello please am a bank teller in accra",
                          "compare data engineer and cybersecurity for me please, which one is better",
                          "i told u am a bank teller. i like numbers and excel small")
    line = first_line(reply)
    assert reply.intent == "compare" and list(reply.roles) == ["data-engineer", "onet:15-1212.00"]
    assert "what you told me (liking numbers and excel)" in line
    assert "Tell me what you enjoy" not in line
    assert "bank" not in session.interests and "small" not in session.interests


@pytest.mark.parametrize("message", ["cyber or data engineer, which one get more jobs",
                                     "hmm but btw data engineer n cyber which one??"])
def test_cyber_alone_is_the_security_field(engine, message):
    reply, _ = talk(engine, message)
    assert reply.intent == "compare" and set(reply.roles) == {"data-engineer", "onet:15-1212.00"}


def test_a_topic_set_aside_is_not_asked_and_a_build_question_is_a_decision(engine):
    """'stop with industries pls ... is that data engineer job or AI engineer job?': no industries again; who
    builds it is a decision between the two named, first line first."""
    reply, _ = talk(engine, "data engineer vs ai engineer industries",
                    "stop with industries pls. for the pdf invoices, reading them automatic, is that data engineer "
                    "job or AI engineer job?")
    line = first_line(reply)
    assert reply.intent == "compare" and list(reply.roles) == ["data-engineer", "ai-engineer"]
    assert line.startswith(("It depends on what", "My profiles and O*NET don't tie")) and "— industries" not in line


def test_asking_whom_to_hire_is_no_request_for_a_service(engine):
    u = engine.understand("with 60k budget in rotterdam, who you recommend i hire first: analyst, engineer or AI?")
    assert u.intent != "unknown"


def test_a_correction_of_who_they_are_is_no_dislike(engine):
    _, session = talk(engine, "I'm a practice nurse in Leeds",
                      "I'm not a psychiatric nurse, and by nurse educator I meant teaching nurses, not kindergarten. "
                      "Can you compare health data analyst and nurse educator?")
    assert session.dislikes == ()
    assert session.current_job == "onet:29-1141.00"  # a practice nurse is a registered nurse


def test_what_the_work_is_for_decides_between_two_targets_for_someone_with_a_job(engine):
    # the person's own job is said first; a remark on the last answer ('not what I do') adds no third role
    reply, _ = talk(engine, "I'm a mechanical design engineer. What does an ML engineer do vs a data scientist?",
                    "Hm, A/B testing is not really what I do. For predictive maintenance of machines (vibration "
                    "sensors) which is better, ML engineer or data scientist?")
    line = first_line(reply)
    assert list(reply.roles) == ["machine-learning-engineer", "data-scientist"]
    assert line.startswith("Data Scientist fits better for that: its profile says")
    assert "predict outcomes" in line and "The work spans" not in line  # the sentence that says it, not the summary


def test_which_one_would_you_hire_first_weighs_the_roles_against_the_work_described(engine):
    reply, _ = talk(engine, "I've been asked to hire our first data team. Who should I hire first: a data analyst, "
                            "a data engineer, or a data scientist?",
                    "We run Epic and most reporting is done by hand in Excel today. Given that, which one would "
                    "you hire first?")
    line = first_line(reply)
    assert list(reply.roles) == ["data-analyst", "data-engineer", "data-scientist"]
    assert line.startswith("Data Analyst fits better for that hire: its profile says")
    assert "reports" in line


def test_bare_titles_after_three_roles_are_the_ones_in_the_conversation(engine):
    reply, _ = talk(engine, "data analyst vs data engineer vs data scientist",
                    "Can one person do two of these jobs, say analyst and engineer, at least for the first year?")
    assert (reply.intent, list(reply.roles)) == ("compare", ["data-analyst", "data-engineer"])
    assert first_line(reply).startswith("My sources don't cover whether one person can do the work of several roles")


def test_best_for_me_after_pay_was_compared_weighs_the_person_not_the_pay(engine):
    """'which is best for me?' after the pay of the roles was compared: a pick from what they said they like,
    not the pay verdict again."""
    reply, _ = talk(engine, "I really enjoy spreadsheets and reports at work.",
                    "data analyst vs registered nurse pay", "which is best for me?")
    line = first_line(reply)
    assert "from what you told me (liking" in line and "spreadsheets" in line
    assert not line.startswith("For pay")


def test_a_thing_not_recognised_is_no_dislike(engine):
    _, session = talk(engine, "my nursing diploma is not recognised here in the UK, what can I do with it?")
    assert "recognised" not in " ".join(session.dislikes)


def test_a_group_figure_on_top_picks_no_role_for_pay(engine):
    """'data analyst vs production planning clerk, which pays more': the analyst's figure is the Data Scientists'
    occupation's, so the pay does not pick it; the line says it can't pick on pay alone, not 'For pay, Data Analyst'."""
    reply, _ = talk(engine, "data analyst vs production planning clerk, which pays more")
    line = first_line(reply)
    assert line.startswith("On pay alone I can't pick one") and "does not show that Data Analyst pays more" in line
