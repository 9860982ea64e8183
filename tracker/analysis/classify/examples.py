"""Examples for every row of the rule table and every page-level family.

``RULE_EXAMPLES`` gives, per rule id, sentences the row must read as its meaning and sentences
it must not (``tests/analysis/test_classify_examples.py`` runs them all, pre-filter included,
as urlwatch tests its documented filters). ``PAGE_EXAMPLES`` gives whole small pages for the
families read over a page rather than a clause (lists, ellipsis, sections, bills, petitions,
motions, places, typography): page, profession, jurisdiction, expected status.
"""

from __future__ import annotations

from tracker.analysis.classify.rules import NEW_LAW

# rule id -> (must match with the row's meaning, must not)
RULE_EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "perm-within-scope": (
        (
            "Dry needling is within the physical therapist's scope of practice.",
            "Dry needling is an intervention within the practice of physical therapy.",
            "Dry needling is considered within the scope of practice of athletic trainers.",
            "Dry needling is a recognized part of physical therapy practice in this state.",
            "The Board finds that dry needling is consistent with the practice of physical therapy.",
            # the appositive's comma is no clause boundary, and no question is asked
            "Several hands-on techniques, including dry needling, are within the scope of physical therapy.",
        ),
        (
            "Dry needling is not within the scope of practice of physical therapy.",
            "Dry needling is not considered within the scope of practice of athletic trainers.",
            "Dry needling is not consistent with the practice of physical therapy.",
            "Dry needling is within the scope of physical therapy practice in most states.",
            # a disclaimer that something is no decision leaves the question open
            "Accepting the course for credit is not a determination that dry needling is within the scope of practice.",
            "Listing a course here is not an endorsement that dry needling is within the scope of physical therapy.",
            "Dry needling is within the scope of covered services under your policy.",
            "Dry needling is within the scope of reimbursable benefits for this plan.",
            # an indirect question whose subject sits in an appositive the match closes
            "The panel declines to say whether any modality, including dry needling, is within the scope of physical therapy.",
            "Licensees ask whether newer methods, such as dry needling, are within the scope of physical therapy.",
        ),
    ),
    "perm-not-unless-including": (
        (
            "A licensee shall not practice acupuncture, including dry needling, unless the licensee has completed 200 hours of training.",
            "A chiropractor may not use needle techniques such as dry needling until the chiropractor is certified by the board.",
        ),
        (
            "A licensee shall not practice acupuncture, including dry needling, unless the licensee is licensed as an acupuncturist.",
            "A chiropractor may not perform acupuncture, including dry needling, unless the Legislature amends the practice act.",
            "A chiropractor may not perform acupuncture, including dry needling.",
        ),
    ),
    "perm-considers-within": (
        (
            "The Board considers dry needling to be within the scope of physical therapy.",
            "The Board considers it within the scope of physical therapy.",
        ),
        ("The Board does not consider dry needling to be within the scope of physical therapy.",),
    ),
    "perm-within-scope-to-do": (
        ("It is within the scope of practice of a physical therapist to perform dry needling.",),
        ("It is not within the scope of practice to perform dry needling.",),
    ),
    "perm-may-perform": (
        (
            "A physical therapist may perform dry needling.",
            "Physical therapists who have completed approved training may begin performing dry needling.",
            "Georgia physical therapists can dry needle again.",
            "Licensed physical therapists may engage in the practice of dry needling.",
            "Physical therapists are now eligible to perform dry needling.",
            "Physical therapists are able to perform dry needling under the new law.",
            # a rule that specifies who may is no indirect question
            "Rule 12 specifies which physical therapists may perform dry needling.",
            "A chiropractor may perform needling of myofascial trigger points after 100 hours of training.",
            # a place in front of the clause that comes back to this state or a named one
            "Across the country, and in this state too, physical therapists may perform dry needling.",
            "In many jurisdictions, as in Ohio, physical therapists may perform dry needling.",
        ),
        (
            "A physical therapist may not perform dry needling.",
            "Physical therapists may perform dry needling in 37 other states.",
            "Chiropractors in several neighboring and nearby states may perform dry needling.",
            "Chiropractors in surrounding states may perform dry needling after a course.",
            "Chiropractors may perform dry needling in the neighboring states.",
            "In a majority of jurisdictions, physical therapists may perform dry needling with training.",
            "Nationally, athletic trainers may perform dry needling in only a handful of places.",
            "By contrast, in several neighboring states, chiropractors may perform dry needling.",
            "Physical therapists in your previous state may perform dry needling after 30 hours.",
            "Athletic trainers may perform dry needling within another jurisdiction, not here.",
            "The act does not reach dry needling, so occupational therapists may not perform it.",
            # a condition the practitioner meets: no ban, and no vote of this row either way
            "Under the rule, dry needling is an acupuncture procedure, so a chiropractor may not perform it until the"
            " 100-hour training requirement is met.",
            # an indirect question after a verb of deciding or saying
            "This bulletin does not determine which clinicians may perform dry needling.",
            "The Board has not said who can perform dry needling.",
            "The Board has not said which licensees may perform dry needling.",
            "The act gives no guidance on who may use dry needling.",
            "There are still no standards for who may perform dry needling.",
        ),
    ),
    "perm-without-credential": (
        (
            "A dentist who performs dry needling without this certification is practicing outside the license.",
            "Dry needling without a board endorsement is unprofessional conduct.",
            "A therapist who offers dry needling without first obtaining registration is in violation of the act.",
        ),
        (
            "A physical therapist who performs dry needling without an acupuncture license is practicing outside"
            " the license.",
            "Dry needling without a medical license is unlawful.",
            "A dentist who performs dry needling with this certification is practicing within the license.",
        ),
    ),
    "perm-listed-among": (
        (
            "The rules list dry needling among the techniques within a licensed acupuncturist's scope.",
            "Dry needling is among the procedures included in the practice of physical therapy.",
        ),
        (
            "The rules do not list dry needling among the techniques within a licensed acupuncturist's scope.",
            "Dry needling is among the topics of the course on the scope of practice.",
        ),
    ),
    "perm-may-perform-es": (
        (
            "Los fisioterapeutas con licencia pueden realizar la punción seca.",
            "¿Puede un quiropráctico de este estado realizar la punción seca?",
            "El reglamento autoriza a los fisioterapeutas a practicar la punción seca.",
        ),
        (
            "Los fisioterapeutas no pueden realizar la punción seca.",
            "La ley no autoriza a los fisioterapeutas a realizar la punción seca.",
            "Los fisioterapeutas pueden realizar masajes.",
        ),
    ),
    "perm-may-perform-including": (
        (
            "A chiropractor may perform needle-based procedures, including dry needling, after 100 hours of study.",
            "A chiropractor may perform acupuncture, including dry needling, after 120 hours of study.",
            # the kind named by what it is called
            "A licensee may practice acupuncture, including the technique commonly known as dry needling, after "
            "training.",
            "A chiropractor may use needle therapies, such as what is often referred to as dry needling, after a course.",
        ),
        (
            "A chiropractor may not perform needle-based procedures, including dry needling.",
            "A chiropractor may perform manual procedures such as massage, but dry needling is excluded.",
            "A chiropractor may not perform invasive procedures, including dry needling.",
            "A chiropractor may perform manual therapy, including joint mobilization and not dry needling.",
            "A physical therapist may perform manual therapy techniques, not including dry needling.",
            "A physical therapist may perform invasive procedures, other than those including dry needling.",
        ),
    ),
    "perm-authorizes-including": (
        (
            "Board rules allow chiropractors to perform acupuncture, including dry needling, after 100 hours of training.",
            "The statute permits athletic trainers to use manual therapy techniques such as dry needling.",
        ),
        (
            "Board rules do not allow chiropractors to perform acupuncture, including dry needling.",
            "The rules allow chiropractors to perform manual techniques, not including dry needling.",
            "The rules allow chiropractors to perform acupuncture, except dry needling.",
        ),
    ),
    "perm-passive": (
        ("Dry needling may be performed by a physical therapist who is trained.",),
        ("Dry needling may not be performed by a physical therapist.",),
    ),
    "perm-authorizes": (
        (
            "The law authorizes physical therapists to perform dry needling.",
            "Physical therapists got the green light Thursday to resume dry needling.",
            "The rule authorizes chiropractors who finish the required course to perform dry needling.",
        ),
        (
            "The law does not authorize physical therapists to perform dry needling.",
            # an instrument that is not enough bans nothing
            "Completing this workshop does not by itself authorize a physical therapist to perform dry needling.",
            # the purpose of an enjoined act is no permission
            "Defendants are enjoined from teaching dry needling for the purpose of enabling physical therapists to"
            " perform dry needling.",
            "The rule does not authorize chiropractors who finish a weekend course to perform dry needling.",
            "The board allows licensees that ask in writing to see the file on dry needling.",
            "The court vacated the 2012 rule that had allowed trainers to perform dry needling.",
            # a permission held in one other state is that state's, not this one's
            "A permit to practice dry needling in another state does not carry over here.",
            "Being authorized to perform dry needling in a different jurisdiction is not a license to do so in ours.",
            "Her employer allowed her to dry needle patients in another state for several years.",
            # ... or in the state someone came from
            "We know that your prior state permits physical therapists to perform dry needling.",
            "Their former jurisdiction allowed trainers to perform dry needling after a short course.",
            "The state where you previously practiced authorized you to perform dry needling.",
            # ... or held under another state's license, or with the place shared by two verbs
            "Being allowed to dry needle under another state's license changes nothing here.",
            "She trained in, and was authorized to perform dry needling in, a different state.",
            # a workplace's leave is not the law's
            "Employers that have allowed athletic trainers to dry needle should end the practice now.",
            "Clinics which permit their aides to perform dry needling risk discipline.",
        ),
    ),
    "perm-permits-dn": (
        (
            "The law expressly permits dry needling by physical therapists.",
            "The Board approved the use of dry needling by physical therapists.",
        ),
        (
            # negated it is the opposite vote (see the page examples), unless it only says the act is silent
            "The physical therapy practice act does not authorize dry needling.",
            "The practice act does not expressly authorize dry needling.",
            "The bill would allow dry needling by physical therapists.",
            "Our clinic now allows dry needling appointments online.",
            "The Board approved dry needling courses for continuing education credit.",
            # states as a kind: no state's law
            "Even in states that permit dry needling, the training rules vary widely.",
            "Among the other states which allow dry needling, few require a registration.",
        ),
    ),
    NEW_LAW: (
        (
            "The new law lets physical therapists dry needle.",
            "Under this newly enacted statute, trainers may perform dry needling.",
        ),
        (
            "The new law would let physical therapists dry needle.",
            "A new law is needed before physical therapists can dry needle.",
        ),
    ),
    "perm-authorized-for": (
        (
            "Dry needling is authorized for licensed physical therapists.",
            "Dry needling by athletic trainers is permitted in this state under the board's rule.",
        ),
        (
            "Dry needling is not authorized for physical therapists.",
            "Dry needling by athletic trainers is not permitted in this state.",
            "Dry needling by athletic trainers was once thought to be permitted.",
            # a place set in front of the clause: other states, not this one
            "In most other states, dry needling is permitted for physical therapists who have trained.",
            "Elsewhere, dry needling is authorized for chiropractors after a short course.",
            "Across the country, dry needling is allowed for athletic trainers in a growing number of places.",
        ),
    ),
    "proh-concluded-would-not": (
        (
            "In 1992 the State Education Department concluded that physical therapists would not be allowed to "
            "perform dry needling.",
        ),
        (
            "Under the bill, physical therapists would not be allowed to perform dry needling.",
            "The board concluded that physical therapists would not be allowed to perform dry needling if the bill "
            "passed.",
        ),
    ),
    "perm-is-lawful": (
        (
            "Dry needling by physical therapists has been lawful in Utah since the act took effect.",
            "Dry needling is permitted in this state when the physical therapist has completed the course.",
        ),
        (
            "Dry needling is not allowed for physical therapists in this state.",
            "Dry needling is permitted in most states.",
            "Dry needling is legal and safe when performed by trained providers.",
            "Dry needling would be allowed if the bill passes.",
            # a duty to find out says nothing of what is found (a guide's disclaimer, its advice)
            "Each clinician is responsible for confirming that dry needling is permitted under his or her license.",
            "Before you register, verify that dry needling is permitted under your license.",
            "You should check with your board that dry needling is permitted under your license.",
        ),
    ),
    "perm-practice-includes": (
        (
            "The practice of physical therapy includes dry needling.",
            "Acupuncture includes dry needling.",
            '"Practice of physical therapy" includes, but is not limited to, dry needling.',
        ),
        ("The practice of physical therapy does not include dry needling.",),
    ),
    "perm-item-field-including": (
        (
            "(c) Acupuncture, including the insertion of needles at points and including dry needling;",
            "2. Oriental medicine, including herbal advice, cupping and dry needling.",
        ),
        (
            "(c) Acupuncture, including the insertion of needles at points but not including dry needling;",
            "A chiropractor may not practice acupuncture, including dry needling.",
            "(d) Physical therapy, including dry needling, is not covered by this plan.",
        ),
    ),
    "perm-definition-includes": (
        (
            "The definition includes the techniques known as dry needling and similar terms, when performed by a "
            "licensed acupuncturist.",
        ),
        (
            "The definition includes dry needling.",
            "The definition does not include dry needling when performed by a physical therapist.",
        ),
    ),
    "perm-means-including": (
        ('"Physical therapy" means the care of patients, including dry needling.',),
        ('"Physical therapy" means the care of patients, excluding dry needling.',),
    ),
    "perm-definition": (
        (
            '"Dry needling" means a skilled intervention using a thin filiform needle.',
            '"Dry needling" shall mean a skilled intervention using a thin filiform needle.',
        ),
        (),
    ),
    "perm-defined-performed-by": (
        ("The statute defines dry needling as a skilled technique performed by a physical therapist.",),
        ("Dry needling is not a technique performed by a physical therapist.",),
    ),
    "perm-double-negative": (
        ("Nothing in this chapter prohibits a physical therapist from performing dry needling.",),
        ("Nothing in this chapter expressly prohibits dry needling.",),
    ),
    "perm-not-prohibited": (
        ("The act does not prohibit dry needling by physical therapists.",),
        ("The act does not expressly prohibit dry needling.",),
    ),
    "claim-individual-belief": (
        (
            "Mr. Ortiz said that he believed dry needling falls within chiropractic practice.",
            "In her view, the procedure is part of physical therapy.",
            "In his own opinion, dry needling belongs to chiropractic.",
            "His belief is that dry needling belongs to chiropractic.",
            "Her personal opinion was that trainers could use dry needling.",
        ),
        (
            "The Board believes dry needling is within the scope of physical therapy.",
            "The committee reviewed her application and approved it.",
            "The Attorney General concluded in his opinion, issued Monday, that dry needling is outside the act.",
            "In her opinion for the court, Judge Ames held that dry needling is within physical therapy.",
        ),
    ),
    "perm-not-unless": (
        (
            "A physical therapist shall not perform dry needling unless the therapist has completed 50 hours.",
            "No therapist may perform dry needling here until the Department has granted the therapist a permit.",
            "A therapist may not offer dry needling until the board issues an endorsement to the licensee.",
            "Physical therapists may not perform dry needling until certified by the board.",
        ),
        (
            "A physical therapist may not perform dry needling unless the Legislature expands the scope of practice.",
            "Chiropractors may not offer dry needling here unless they are also licensed to practice acupuncture.",
            "An athletic trainer may not perform dry needling unless he or she holds a license as an acupuncturist.",
            "A physical therapist may not perform dry needling until the board has issued rules on certification.",
            "Physical therapists may not perform dry needling until the Legislature approves a new permit.",
        ),
    ),
    "perm-not-unless-who": (
        ("A therapist who has not completed 50 hours of training may not perform dry needling.",),
        (),
    ),
    "perm-not-for-period": (
        ("A therapist may not perform dry needling for at least two years after licensure.",),
        (),
    ),
    "perm-only-if": (
        ("A physical therapist may perform dry needling only if the therapist has completed training.",),
        (),
    ),
    "perm-must-complete": (
        (
            "Before providing dry needling, a licensee shall complete 50 hours of instruction.",
            "In order to perform dry needling, a physical therapist shall have completed 50 hours of training.",
            "To perform dry needling, a physical therapist must hold a dry needling certificate issued by the Board.",
        ),
        ("Patients who want to receive dry needling, a therapist must refer.",),
    ),
    "perm-who-does-shall": (
        (
            "A physical therapist who performs dry needling shall document each treatment.",
            "If you perform dry needling, you must have finished a 30-hour course with a practical exam.",
            "When an athletic trainer provides dry needling, the trainer shall first obtain written consent.",
        ),
        (
            "A physical therapist who performs dry needling shall be subject to discipline.",
            "If you perform dry needling, you must stop and call the board.",
            "If a chiropractor performs dry needling, the chiropractor must hold an acupuncture license.",
            "If an athletic trainer performs dry needling, the trainer must hold a license as an acupuncturist.",
        ),
    ),
    "perm-requirement-before": (
        (
            "A physical therapist must complete 24 hours of training before performing dry needling.",
            "Physical therapists are required to complete 27 hours of education prior to performing dry needling.",
            "The minimum education required for a physical therapist to perform dry needling is 54 hours.",
            "Dry needling requires 54 hours of in-person training for physical therapists.",
            "Use this list to check that you meet the board's requirements before performing dry needling.",
        ),
        (
            "A physical therapist is not required to complete any hours before performing dry needling.",
            "Dry needling requires a license to practice acupuncture.",
            "No trainer can meet the requirements for an acupuncture license before performing dry needling.",
        ),
    ),
    "perm-deemed-competent": (
        ("A therapist is deemed competent to perform dry needling only after training.",),
        (),
    ),
    "perm-must-have-competence": (
        ("A physical therapist must have the training and knowledge to perform dry needling safely.",),
        (),
    ),
    "perm-registration": (
        ("A physical therapist must hold a dry needling registration.",),
        ("There is no dry needling registration in this state.",),
    ),
    "perm-governed-by-rules": (
        ("Dry needling by physical therapists is governed by the Board's rules.",),
        (),
    ),
    "perm-is-modality": (
        (
            "Dry needling is an approved physical therapy intervention.",
            "Dry needling is an accepted physical therapy technique in the state.",
        ),
        ("Dry needling is not an accepted physical therapy technique.",),
    ),
    "perm-mechanical-modality": (('Dry needling is a "mechanical modality" under the statute.',), ()),
    "perm-adopts-rule": (
        (
            "The Board adopted a new rule governing dry needling by physical therapists.",
            "Item 4(b): final adoption of Rule 12.30.5 Dry Needling, with responses to comments.",
            "Notice of adoption of ARM 24.177.413 dry needling by physical therapists.",
        ),
        (
            "The Board has not adopted a rule governing dry needling.",
            "The Board postponed the final adoption of a dry needling rule to next year.",
            "The bill would direct the Board to adopt rules establishing standards for the practice of dry needling.",
        ),
    ),
    "perm-adds-to-scope": (
        (
            "The act adds dry needling to the physical therapy scope of practice.",
            # a gloss set off by dashes (an em dash is a hyphen after typography) or by commas
            "The statute adds dry needling \u2014 the use of filiform needles on taut bands \u2014 to the practice of physical therapy.",
            "Chapter 12 added dry needling\u2014a needle technique for muscle pain\u2014to the definition of athletic training.",
            "The amendment adds dry needling, a technique that uses solid needles, to the scope of chiropractic practice.",
        ),
        (
            "Only the Legislative Assembly can add dry needling to the scope of physical therapy practice.",
            # a business's services, and advice about a step not yet taken
            "Talk to your insurer before adding dry needling to a practice's services.",
            "The owners added dry needling to a busy sports practice this year.",
            "The clinic added dry needling to the practice's menu of treatments.",
        ),
    ),
    "perm-affirmed": (("The court affirmed the Board's ruling that dry needling is permitted.",), ()),
    "proh-not-within": (
        (
            "Dry needling is not within the scope of practice of physical therapy.",
            # the act described without the name: needles put into trigger points
            "The insertion of needles into trigger points is not within the practice of physical therapy.",
            "Inserting thin needles into latent trigger points is not within the scope of athletic training.",
            # a reason and the negated conclusion sharing one verb
            "Dry needling is a penetrating technique and therefore not within the scope of athletic training.",
            "Dry needling is an invasive intervention and not part of the practice of physical therapy.",
        ),
        (
            "Dry needling is an invasive procedure and not within the budget of most small clinics.",
            "Dry needling is a common technique and not part of this course's syllabus.",
            # ... but an injection into a trigger point is a physician's act, not dry needling
            "The insertion of a needle into a trigger point to inject a local anesthetic is not within the practice"
            " of physical therapy.",
            "Dry needling is not taught as part of the entry-level physical therapy curriculum.",
            "Dry needling is not expressly prohibited under the Physical Therapy Practice Act.",
        ),
    ),
    "proh-outside": (
        (
            "Dry needling is outside the scope of physical therapy practice.",
            "Dry needling is an invasive procedure outside the scope of physical therapy practice.",
            "A physical therapist who performs dry needling acts outside the scope of practice of physical therapy.",
            "The Board finds that dry needling is inconsistent with the practice of physical therapy.",
            # a reason and the conclusion drawn from it
            "The board holds that dry needling is an invasive procedure and therefore outside the scope of physical"
            " therapy practice.",
        ),
        (
            "A licensee who performs dry needling without appropriate training may be disciplined for practicing"
            " beyond the licensee's competence.",
            "Dry needling is a contested technique and therefore outside the scope of this rulemaking.",
            "Dry needling is an invasive procedure and therefore not outside the scope of medicine alone.",
            # an insurer's or a plan's scope is no practice's
            "Dry needling performed in that state would fall outside the scope of covered professional services.",
            "Dry needling is beyond the scope of your malpractice coverage.",
            "Dry needling falls outside the scope of the health plan's benefits.",
        ),
    ),
    "proh-considers-outside": (
        (
            "The Board considers dry needling to be outside the scope of physical therapy.",
            "The Physical Therapy Board of California considers it outside their scope.",
        ),
        ("The Board considers its decision outside the scope of this hearing.",),
    ),
    "proh-not-within-to-do": (("It is not within the scope of practice to perform dry needling.",), ()),
    "proh-may-not-perform": (
        (
            # a long name of the law after "under" names the law, it sets no limit
            "Physical therapists may not perform dry needling under the current Kansas Occupational and Physical"
            " Therapy Practice Act.",
            "A physical therapist may not perform dry needling.",
            "Physical therapists will no longer be able to offer dry needling.",
            "Under the ruling, physical therapists cannot offer dry needling.",
            "Physical therapists therefore may not perform dry needling under current Tennessee law.",
            "Physical therapists shall not perform \u201cdry needling\u201d.",
            "Occupational therapists may not perform dry needling unless they also hold a license to practice acupuncture.",
            "Occupational therapists may not perform dry needling under an Ohio occupational therapy license.",
        ),
        (
            "A physical therapist may not perform dry needling on a patient without consent.",
            "A physical therapist may not perform dry needling unless the therapist has completed 50 hours.",
            "A physical therapist may not perform dry needling under an aide's supervision.",
            # a limit on the techniques, by the practitioner's training: no ban
            "A physical therapist shall not perform dry needling techniques beyond the level of his highest training.",
        ),
    ),
    "proh-not-authorized": (
        (
            "Physical therapists are not authorized to perform dry needling.",
            "The Board lacks statutory authority to adopt a rule allowing dry needling.",
            "Physical therapists are not able to perform dry needling in Hawaii.",
            "Physical therapists in this state do not have the authority to perform dry needling.",
            "There is no statutory authority for physical therapists to perform dry needling.",
            "Physical therapists have no legal authority to dry needle.",
            "Athletic trainers are not permitted under the present athletic training law to perform dry needling.",
        ),
        (
            "The Board lacks authority to prohibit dry needling by physical therapists.",
            "Chiropractors are not licensed under the acupuncture act, and they may perform dry needling.",
        ),
    ),
    "perm-has-authority": (
        ("Physical therapists have the authority to perform dry needling.",),
        (
            "The Board has the authority to regulate dry needling.",
            "Physical therapists do not have the authority to perform dry needling.",
        ),
    ),
    "proh-is-prohibited": (
        (
            "Dry needling by physical therapists is prohibited.",
            "Dry needling remains off-limits to physical therapists in New York.",
            "Dry needling by chiropractors is banned.",
        ),
        ("Dry needling is not prohibited.", "Dry needling is not off-limits to physical therapists."),
    ),
    "proh-prohibited-from": (
        (
            "The act prohibits physical therapists from performing dry needling.",
            "South Dakota is one of six states that specifically prohibit physical therapists from dry needling.",
        ),
        ("Nothing prohibits physical therapists from performing dry needling.",),
    ),
    "proh-precluded": (("Physical therapists are precluded from performing dry needling.",), ()),
    "proh-not-include-dn": (
        (
            "The practice of physical therapy does not include the use of acupuncture needles or any procedure"
            " that penetrates the skin, including dry needling.",
            "The state is one of seven states that do not include dry needling in the physical therapy scope.",
        ),
        (
            # what a payer covers is a benefit, not a scope of practice
            "Some insurers do not cover dry needling; our front desk will check your benefits.",
            "Most health plans exclude dry needling from coverage.",
        ),
    ),
    "proh-needles-not-within": (
        (
            "The insertion of needles into the body is not within the definition of physical therapy.",
            "Inserting needles is outside the scope of chiropractic.",
        ),
        ("The insertion of needles is within the scope of acupuncture.",),
    ),
    "proh-charged-unlicensed": (
        (
            "A physical therapist who performs dry needling may be charged with practicing acupuncture without a"
            " license.",
        ),
        (
            "A physical therapist who performs dry needling without completing the training may be disciplined for"
            " practicing outside the scope of competence.",
            "A physical therapist who performs dry needling is not subject to a charge of unlicensed practice.",
        ),
    ),
    "proh-penetrate-skin": (
        (
            "A physical therapist may not perform any procedure that penetrates the skin.",
            "The practice act bars a physical therapist from breaking the surface with a needle.",
        ),
        (),
    ),
    "proh-is-acupuncture": (
        (
            "Dry needling is the practice of acupuncture.",
            "Dry needling by a physical therapist constitutes the unlicensed practice of acupuncture.",
            "Dry needling falls within the practice of acupuncture in New York.",
            "Dry needling constitutes the practice of medicine.",
        ),
        (
            "Dry needling is distinct from acupuncture.",
            "Dry needling is the insertion of an acupuncture needle.",
            "Therapists performing dry needling under their own act are exempt from the acupuncture statute.",
            "The definition of dry needling excludes acupuncture, which is regulated under its own act.",
        ),
    ),
    "proh-practicing-acupuncture": (
        ("A therapist performing dry needling is practicing acupuncture without a license.",),
        (),
    ),
    "proh-elliptical": (
        (
            "Although many states allow physical therapists to perform dry needling, the law of this state does not.",
        ),
        (),
    ),
    "proh-reserved": (
        (
            "Dry needling should only be performed by physicians and acupuncturists.",
            "Dry needling is reserved to licensed acupuncturists.",
        ),
        ("Dry needling may only be performed by physical therapists and physicians.",),
    ),
    "proh-only-may": (
        (
            "Only licensed acupuncturists and physicians may perform dry needling.",
            "Only an acupuncturist can legally dry needle.",
        ),
        (
            "Only physical therapists who have completed training may perform dry needling.",
            "Only physicians and physical therapists may perform dry needling.",
        ),
    ),
    "proh-insert-needles": (
        ("Doctors of chiropractic may not insert needles, including for dry needling.",),
        (
            "A physical therapist shall not use needles that are expired for dry needling.",
            "A physical therapist may not insert needles unless trained in dry needling.",
        ),
    ),
    "proh-enjoined": (
        ("The court enjoined the clinic from performing dry needling.",),
        (
            "The court denied the request to enjoin dry needling.",
            # an order against teaching it binds a course provider; what a profession may do it
            # does not decide
            "The court enjoined the two companies from teaching dry needling to physical therapists.",
            "The temporary restraining order bars the providers from conducting dry needling courses in the state.",
            "The injunction prohibits the defendants from offering dry needling instruction.",
        ),
    ),
    "proh-advises-not": (("The Board advises licensees not to perform dry needling.",), ()),
    "proh-cease": (
        (
            "Licensees must cease performing dry needling.",
            "The chiropractor was told to stop dry needling and may not resume it.",
            "All trainers must discontinue dry needling and never resume the practice.",
        ),
        (
            "Licensees need not cease dry needling.",
            # a limit the practitioner can meet, not a ban
            "Respondent shall cease performing dry needling until eligible under N.J.S.A. 45:9-37.34k.",
            # ... also when it comes with the return to the practice
            "The licensee must stop dry needling and shall not resume until the board receives her certificate.",
            "He is to discontinue dry needling, and may not restart it before completing the required hours.",
        ),
    ),
    "proh-passive-not": (
        (
            "Dry needling shall not be performed by an athletic trainer or a physical therapist assistant.",
            "DRY NEEDLING MAY NOT BE PERFORMED BY A CHIROPRACTOR.",
            # the second of two predicates, after a delegation
            "Dry needling may be performed only by a trained physical therapist, and shall not be delegated to an"
            " aide or performed by an athletic trainer.",
        ),
        (
            "Dry needling shall not be performed by a physical therapist unless the therapist has completed 50 hours.",
            "Dry needling may not be delegated by a physical therapist to an assistant.",
            "Dry needling may not be performed by a physical therapist on a patient under the age of 16.",
            "Dry needling is taught widely, and courses shall not be offered by unapproved providers.",
            "Dry needling may be performed by a physical therapist, and shall not be delegated to an aide or"
            " performed by an athletic trainer unless the trainer holds a dry needling certificate.",
        ),
    ),
    "proh-class-relative": (
        (
            "The Board has said dry needling is an invasive procedure that physical therapists may not perform.",
            "Dry needling is a technique which chiropractors are not authorized to perform.",
        ),
        (
            "Dry needling is a procedure that physical therapists may not perform without 50 hours of training.",
            "Dry needling is a technique that physical therapists in many states cannot perform.",
        ),
    ),
    "proh-relative-not": (
        (
            "Dry needling involves the insertion of needles through the skin, which the physical therapy practice"
            " act does not authorize.",
            "Dry needling, which physical therapists may not perform, is taught in many courses.",
        ),
        (
            "Dry needling, which physical therapists may not perform without 50 hours of training, is popular.",
            "Dry needling, which the act does not expressly mention, is common.",
        ),
    ),
    "perm-class-relative": (
        (
            "Dry needling is a technique that licensed physical therapists may perform.",
            "Dry needling is an intervention which athletic trainers are authorized to use.",
        ),
        (
            "Dry needling is a technique that physical therapists may not perform.",
            "Dry needling is a technique that therapists in most states can perform.",
        ),
    ),
    "wait-until-rules": (
        (
            "A physical therapist may not perform dry needling until the board's rules take effect.",
            "Until those rules exist, Oregon physical therapists still cannot offer dry needling.",
            "No physical therapist shall perform dry needling before that regulation takes effect.",
            "Until the Board promulgates its rules, therapists may not perform dry needling.",
            "Until the new rules take effect, the Board asks licensees not to perform dry needling.",
        ),
        (
            "Until the Board adopts a position, we ask members not to advertise dry needling.",
            "Until the rules take effect, the Board has advised licensees not to assume that dry needling is allowed.",
            "Until the rules take effect, the Board has advised licensees to read the statute on dry needling.",
        ),
    ),
    "proh-pending-endorsement": (
        ("The department cannot allow dry needling pending the issuance of an endorsement.",),
        (),
    ),
    "label-permitted": (
        (
            "Permitted under the state's practice act and the Board's rules.",
            "Ohio: Yes.",
            "ARIZONA - YES, 24 HOURS",
            "Permitted by statute (Health Occupations Article 14-5D).",
            "Permitted by Board rule, effective March 1, 2023.",
        ),
        (
            "Permitted to apply.",
            "Ohio: Yesterday the Board met.",
            "Permitted by the supervising physician only.",
            "Allowed by most insurers.",
        ),
    ),
    "label-prohibited": (
        (
            "Not permitted.",
            "Prohibited since 2014.",
            "Texas | Prohibited | - | Attorney General opinion",
            "Oregon - Prohibited.",
            "Rhode Island: No.",
            "New Jersey: Not currently permitted.",
        ),
        ("No formal statement.", "Ohio: No specific hour requirement."),
    ),
    "label-legend": (
        ("Prohibited - the state's law or board has said PTs may not dry needle.",),
        ("Prohibited under the Board's 2014 rule.",),
    ),
    "perm-question-form": (
        (
            "Q: Can a doctor of chiropractic perform dry needling?",
            "Is dry needling within the scope of occupational therapy in Arizona?",
            "Question 2: May an athletic trainer perform dry needling under the practice act?",
        ),
        (
            "Dry needling is within the scope of occupational therapy.",
            "Question 2: Who may perform dry needling under the practice act?",
        ),
    ),
    "label-awaiting": (("Awaiting rules.",), ()),
    "perm-list-includes": (
        (
            '"Physical therapy" means any of the following:',
            "The practice of physical therapy includes, but is not limited to, the following interventions:",
            "The following interventions may be performed by a physical therapist who is competent:",
        ),
        ("The practice of physical therapy does not include the following:",),
    ),
    "proh-list-excludes": (
        ("The practice of physical therapy does not include the following:",),
        ("A physical therapist shall not perform dry needling unless the physical therapist:",),
    ),
    "silent-no-position": (("The Board has not taken a position on dry needling.",), ()),
    "silent-act-silent": (("The practice act is silent on dry needling.",), ()),
    "silent-no-provision": (("The rules contain no provision on dry needling.",), ()),
    "awaiting-rules": (
        (
            "The Board has not yet adopted rules for dry needling.",
            "Rulemaking is still underway.",
            "Athletic trainers may perform dry needling, but not until the Board's rules take effect.",
            "It allows physical therapists to dry needle once the Board adopts training standards.",
            # the standards the law waits for, said not to exist yet
            "No such standards currently exist.",
        ),
        (
            "The Board adopted rules for dry needling in 2019.",
            "Once the course ends, therapists may dry needle.",
            # a rule on the topic said to be missing is silence, not a wait
            "No rules currently exist on dry needling.",
        ),
    ),
    "pending-bill": (
        (
            "House Bill 1234 would allow dry needling.",
            "This measure authorizes dry needling.",
            "H B 1234 would allow dry needling.",
            "S B 898 expands the scope to dry needling.",
            "SB ___: revise certain provisions regarding the practice of physical therapy to include dry needling.",
            "HB: An Act to include dry needling in the practice of physical therapy.",
        ),
        (
            "The physical therapy practice act authorizes dry needling.",
            "SB: Dry needling is within the scope of physical therapy, as the board has said.",
        ),
    ),
    "pending-proposal": (
        (
            "A proposed rule would permit dry needling.",
            "If enacted, the change takes effect next year.",
            "I'd love to see our state join the states that let physical therapists dry needle.",
            "We'd like to see the legislature allow it.",
        ),
        (
            "The proposed course of treatment includes dry needling.",
            "I'd seen the board's rule: it allows dry needling.",
        ),
    ),
    "law-enacted": (
        (
            # news of the signing, the day between the governor's name and the verb
            "Gov. Lee Smith on Tuesday signed a bill allowing physical therapists to perform dry needling.",
            "Enrolled House Bill 3824 (HB 3824-B)",
            "Approved: August 7, 2025",
            "The Governor signed the bill into law on May 1, 2023.",
            "The act took effect July 1, 2015.",
            "Public Act No. 26-118",
            "Approved June 3, 2026",
            "The Legislature overrode the Governor's veto on May 30, 2025.",
            "The veto was overridden by both houses.",
            "PUBLIC CHAPTER NO. 88",
            "Approved this 2nd day of May 2026",
            "OREGON LAWS 2021 SESSION",
            "Laws of 2019, Regular Session",
            "House Bill 12 was signed March 3, 2018.",
            "The governor's office says the act was signed on Sept. 9 without ceremony.",
            "The Governor signed SB 62 last spring.",
            "House Bill 5, signed in 2019, changed the practice act.",
        ),
        (
            "If the bill is signed into law, it takes effect in July.",
            "The bill would amend Public Chapter 88 of 2019.",
            "I urge my colleagues to vote to override this veto.",
            "An Act concerning dry needling and supplementing P.L.1983, c.296.",
            "Approved: ____________________",
            "A new section of law to be codified in the Oklahoma Statutes as Section 887.20 of Title 59.",
            'The board shall, in accordance with the "Administrative Procedure Act," P.L.1968, c.410, adopt rules.',
            "Approved June 3, 2026 by the committee, the bill now goes to the floor.",
            "State laws on dry needling in 2024",
            "Proposed changes to Vermont laws 2025 session agenda items are listed below.",
            # a committee's report on a pending bill, signed by its members
            "Majority Report: Do pass. Signed by 9 members: Representatives Ames, Chair; Bell, Vice Chair.",
            "Minority Report: Do not pass as amended. Signed by 3 members.",
            "The committee's recommendation was signed by eleven legislators.",
            "The petition was signed by 2,000 residents.",
        ),
    ),
    "perm-acupuncture-includes": (
        (
            "The practice of acupuncture includes trigger point therapy and dry needling.",
            "Dry needling is a technique of acupuncture.",
        ),
        (
            "Dry needling is distinct from acupuncture.",
            # what teaches or studies acupuncture is not its practice
            "Modern acupuncture education includes trigger point needling and dry needling.",
            "Acupuncture textbooks include chapters on dry needling.",
        ),
    ),
    "recommendation": (
        (
            "The Task Force voted to recommend to the Board that dry needling is within the scope of practice.",
        ),
        ("On the recommendation of its Task Force, the Board voted that dry needling is within the scope.",),
    ),
    "hypothetical": (("The Board may determine that dry needling is within the scope.",), ()),
    "pending-supported": (
        ("The Board again supported legislation to allow physical therapists to perform dry needling.",),
        ("The Board supports licensees who perform dry needling competently.",),
    ),
    "bill-as-authority": (
        ("Under HB 188 (2025), a licensed occupational therapist may perform dry needling.",),
        ("HB 188 would allow occupational therapists to perform dry needling.",),
    ),
    "enacted": (("The bill was signed by the Governor.",), ()),
    "motion-failed": (("The motion to approve dry needling failed.",), ()),
    "former": (
        (
            "The Board previously held that dry needling was outside the scope.",
            # an opener that puts the clause before the change
            "Previously, physical therapists could not perform dry needling.",
            "Until now, physical therapists could not perform dry needling.",
        ),
        (
            "Physical therapists previously trained in another state may perform dry needling.",
            "Until the rules take effect, physical therapists may not perform dry needling.",
        ),
    ),
    "former-ended": (
        (
            "The governor signed the bill, ending a long stretch in which physical therapists could not offer dry needling.",
            "The ruling ended years during which chiropractors were barred from dry needling.",
            "The law puts an end to the period when therapists could not dry needle.",
            "The law reverses a 2016 board opinion that dry needling was outside the scope of physical therapy.",
        ),
        (
            "The hearing ended at a time when physical therapists could not perform dry needling.",
            "The reporting period ending June 30 counted dry needling complaints.",
            "The notice ended the comment period that began in May; physical therapists may dry needle.",
            # the reversing court's own holding
            "The court reversed, holding that dry needling is within the scope of physical therapy.",
            "Physical therapists may not perform dry needling until the rules take effect.",
        ),
    ),
    "rescinds-previous": (
        (
            "That position was rescinded in 2020.",
            "That changed during the 2018 legislative session.",
            "That statement was wrong and has been removed from the online edition.",
        ),
        ("A party may seek review, stating why the party believes the ruling is in error.",),
    ),
    "not-binding-previous": (
        (
            "It is not a rule of the Physical Therapy Board.",
            "That opinion is only the medical society's view.",
            "That letter is not binding on licensees.",
        ),
        (
            "It is now a rule of the Physical Therapy Board.",
            "That statement is the Board's position.",
            # the page's disclaimer of itself does not undo what it said before
            "This opinion is not binding on the courts.",
            "This guidance is not a rule and does not have the force of law.",
            "It is not a rule and does not have the force of law.",
        ),
    ),
    "rescinds-previous-active": (
        (
            "The Board rescinded its earlier position on dry needling.",
            "The Board ended its earlier position on dry needling.",
        ),
        (),
    ),
    "question": (
        (
            "May a physical therapist perform dry needling?",
            "Question: whether dry needling is allowed.",
            "Jurisdiction | Can trainers dry needle? | Minimum hours",
            'The column "Can trainers dry needle?" gives our own reading of the law.',
            'Members keep asking us the same question: "The board says dry needling is medicine. May I do it?"',
        ),
        (
            "Physical therapists may perform dry needling | 24 hours | 2019",
            "Trainers may dry needle (see the rule). Why? The statute says so.",
        ),
    ),
    "claim": (
        (
            "The petitioners asked the Board to declare that dry needling is within the scope.",
            "Plaintiffs ask the Court to enjoin Defendants from conducting a dry needling course.",
            # the relief asked of a court, by the order asked for
            "Plaintiffs ask the Court to enter a temporary restraining order preventing the company from holding a dry needling course.",
            "The association asked the judge to grant a preliminary injunction against dry needling by physical therapists.",
            "We respectfully petition the Board to:",
            "The acupuncture association insisted that dry needling is acupuncture.",
            "The commenters propose that the Board prohibit dry needling.",
            "The Arizona Acupuncture Board commented that dry needling is acupuncture.",
            "Insurer's remaining argument, that dry needling is not a physical therapy service, is waived.",
            "Several acupuncturists objected that dry needling is acupuncture by another name.",
            "The society seeks a ruling under Code section 4.150 that dry needling lies outside chiropractic.",
            "Licensees who have asked that the Board allow dry needling will be heard in May.",
        ),
        (
            "The Board has told licensees who have asked that they may not perform dry needling.",
            "The Board responds that the Legislature expressly placed dry needling within physical therapy.",
            "There is a reasonable argument that dry needling is a mechanical modality.",
            # the order itself is entered, not asked for
            "The court entered a preliminary injunction that bars dry needling by physical therapists.",
        ),
    ),
    "proh-law-not-support": (
        (
            "As the law stands, the definition of occupational therapy in AS 01.02.300 does not support dry needling.",
            "The practice act does not extend to dry needling.",
            "Section 12-44 does not support the use of dry needling by occupational therapists.",
            "The practice act does not provide for dry needling by athletic trainers.",
        ),
        (
            "The Board does not support dry needling by occupational therapists.",
            "The association does not support dry needling in schools.",
            "The association does not support the use of dry needling by occupational therapists.",
            "The practice act does not recognize any separate certificate for dry needling.",
        ),
    ),
    "claim-comment-label": (
        ("Comment: Dry needling is acupuncture under another name.",),
        ("The Board received no comment on dry needling.",),
    ),
    "claim-disputed": (
        (
            "The acupuncture board challenged the position of the Board that dry needling is within the scope.",
        ),
        (),
    ),
    "claim-view": (("An acupuncturist stated her personal view that dry needling is acupuncture.",), ()),
    "claim-recounted": (
        (
            "As we understand the Association's position, only a licensed acupuncturist may lawfully perform TDN.",
            "According to the complaint, dry needling is the practice of acupuncture.",
            "As I understand it, the Society's argument is that chiropractors may not dry needle.",
        ),
        (
            "In the Board's view, dry needling is within the scope of physical therapy.",
            "According to the statute, a physical therapist may perform dry needling.",
            "We conclude that dry needling, as described in your request, constitutes the practice of acupuncture.",
        ),
    ),
    "claim-quote": (
        (
            '"Dry needling is acupuncture," said a Portland acupuncturist.',
            '"Dry needling is just acupuncture under a new label," Okafor said.',
        ),
        (
            '"Physical therapists may not perform dry needling," Director Ames said.',
            '"Here the law lets trainers dry needle," Okafor said.',
        ),
    ),
    "claim-belief": (
        (
            "Physical therapists believe they are authorized to perform dry needling.",
            "Acupuncture associations have taken the position that dry needling is acupuncture.",
            # "that" left unsaid
            "The society said chiropractors who dry needle are practicing medicine without a license.",
            "In a press release, the group said athletic trainers may not perform dry needling.",
        ),
        (),
    ),
    "national-body": (
        (
            "The American Physical Therapy Association considers dry needling within physical therapy.",
            "According to the Federation of State Boards of Physical Therapy, dry needling is in scope.",
        ),
        ("Training must meet the standards identified by the American Physical Therapy Association.",),
    ),
    "holding": (("Short answer: yes.", "We conclude that dry needling is within the scope."), ()),
    "history-dated": (
        (
            "In 2011 the Attorney General concluded that dry needling was outside the scope.",
            "Until this year, South Dakota prohibited dry needling.",
            "This bill responds to Attorney General Opinion 14-62.",
        ),
        (),
    ),
    "current": (("Dry needling is now within the scope of practice.",), ()),
    "hedge": (("Dry needling likely falls within the scope.",), ()),
    "advocacy": (("The association believes dry needling is safe.",), ()),
    "subtype": (("Perineural dry needling is a different technique.",), ()),
}

# Examples added by the study of blind batches 13 and 14 (merged into the rows' own lists, so a
# row keeps one list; kept together here to show what each general change reads).
_STUDY_13_14: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # a party's own statement, reported: "an acupuncture association wrote that ..."
    "claim-belief": (
        (
            "An acupuncture association wrote that dry needling is acupuncture.",
            "The state medical society stated that only physicians should perform dry needling.",
        ),
        ("The Board stated that dry needling is within the scope of physical therapy.",),
    ),
    # a requirement in the passive: "must be registered with the Board before performing ..."
    "perm-requirement-before": (
        (
            "A physical therapist must be registered with the Board before performing dry needling.",
            "An athletic trainer shall be certified by the Board before performing dry needling.",
        ),
        ("A physical therapist must not be registered before performing dry needling.",),
    ),
    # for acupuncturists: "... is the practice of acupuncture"
    "perm-acupuncture-includes": (
        (
            "Inserting needles for treatment, including dry needling, is the practice of acupuncture.",
            "Dry needling is considered the practice of acupuncture.",
        ),
        (
            "Dry needling is not the practice of acupuncture.",
            "Dry needling is acupuncture, the association said.",
        ),
    ),
    # a document's own scope is no practice's
    "proh-outside": (
        ("Dry needling is outside the scope of practice of physical therapy.",),
        ("Response: Dry needling is beyond the scope of this rulemaking; no change was made.",),
    ),
    "proh-not-within": (
        ("Dry needling is not within the scope of practice of a physical therapist.",),
        ("Dry needling is not within the scope of this review.",),
    ),
    "perm-within-scope": (
        (),
        ("Dry needling is within the scope of this rulemaking.",),
    ),
    # a governor's signing list; a session's summary of enacted laws; a veto overridden
    "law-enacted": (
        (
            "Governor signs 38 bills into law",
            "Today the Governor signed the following bills.",
            "2016 Summary of Legislation",
        ),
        ("Summary of Legislation", "The Governor may sign the bill next week."),
    ),
    # an act coordinated with another: "may perform and advertise dry needling"
    "perm-may-perform": (
        ("A licensed acupuncturist may perform and advertise dry needling.",),
        ("A licensed acupuncturist may not perform and advertise dry needling.",),
    ),
    # a field described in a relative clause: "East Asian medicine, which includes ..."
    "perm-practice-includes": (
        ("East Asian medicine, which includes acupuncture, including dry needling of trigger points.",),
        ("East Asian medicine, which does not include dry needling.",),
    ),
    # a guide's legend defines its labels
    "legend": (
        ('"No" means an official source has said dry needling is outside OT scope.',),
        ('"Dry needling" means a skilled intervention.', "No means no."),
    ),
    # the act's object a pronoun for dry needling named just before
    "perm-authorizes-it": (
        ("H 505 - Physical therapy: defines dry needling and authorizes physical therapists to perform it.",),
        (
            "Dry needling clinics are common although the statute does not authorize physical therapists to perform it.",
            "Dry needling is popular; the Board permits licensees to use it to treat pain.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_13_14.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# Examples added by the study of blind batch 23 (merged the same way).
_STUDY_23: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # the governor as the subject of "signed", in the past; a volume of enacted acts heading the
    # page; an approval line whose day is a blank
    "law-enacted": (
        (
            "The Governor has signed legislation that rewrites the occupational therapy practice act.",
            "Last week the Governor signed House Bill 77 at a clinic in Provo.",
            "OREGON ACTS OF ASSEMBLY -- 2021 SESSION",
            "Approved April ___, 2021",
        ),
        (
            "The Governor has not signed the bill.",
            "The Governor will sign the measure if it reaches her desk.",
            "This act amends chapter 12 of the 2019 Acts of Assembly.",
            "Approved ____, 2021 by the committee",
        ),
    ),
    # a law's future or command denies the place: "will not be part of", "shall not be within"
    "proh-not-within": (
        (
            "Dry needling will not be part of the practice of occupational therapy assistants.",
            "Dry needling shall not be within the scope of practice of an athletic trainer.",
        ),
        (
            "Dry needling will not be part of the agenda of the next meeting.",
            "Dry needling will not be covered by this plan.",
        ),
    ),
    # any defined field, acupuncture too, and a list after "and includes"
    "perm-means-including": (
        (
            '"Practice of acupuncture" means inserting fine needles to restore health, and includes cupping,'
            " moxibustion and dry needling.",
            '"Chiropractic" means the diagnosis and care of the spine and joints, including dry needling.',
            # a stop inside a word is no end of the list
            '"Physical therapy" means the care of patients, including manual therapy (e.g., joint mobilization)'
            " and dry needling.",
        ),
        (
            '"Practice of acupuncture" means inserting fine needles to restore health, and includes cupping but'
            " not dry needling.",
            '"Chiropractic" means the care of the spine, and excludes dry needling.',
        ),
    ),
    # what a new law brings: "will soon be able to"
    "perm-may-perform": (
        (
            "Athletic trainers in the state will soon be able to perform dry needling under the new law.",
            "Physical therapist assistants will be allowed to provide dry needling under supervision.",
        ),
        (
            "Athletic trainers will not be able to perform dry needling.",
            "Athletic trainers would be able to perform dry needling under the bill.",
        ),
    ),
    # the time fronted, the requirements after: "Before any use of dry needling, a ... must:"
    "perm-requirement-before": (
        (
            "Before any use of dry needling, an athletic trainer must:",
            "Prior to performing dry needling, a physical therapist shall complete 40 hours of instruction.",
        ),
        (
            "Before performing dry needling, a physical therapist must not skip the consent form.",
            "Before any use of dry needling, patients should ask about training.",
        ),
    ),
    # ... and on a bill's own page it stays what the bill would bring
    "pending-bill": (
        ("Occupational therapists will soon be able to perform dry needling.",),
        ("Occupational therapists have been able to perform dry needling since 2019.",),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_23.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# Examples added by the paraphrase sweep (scripts/paraphrase_sweep.py), merged the same way: the
# same meaning in the ordinary forms a page uses, never a way to the opposite.
_PARAPHRASE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # a ban with a condition the practitioner meets, whatever form the ban takes: "is not
    # permitted to", "are not allowed to", "are prohibited from performing"
    "perm-not-unless": (
        (
            "An occupational therapist is not permitted to use dry needling unless the therapist holds a board certificate.",
            "Chiropractors are not allowed to perform dry needling until they have completed the approved course.",
            "Athletic trainers are prohibited from performing dry needling without first obtaining an endorsement.",
            # the credential named with the term's long form or its abbreviation
            "A chiropractor may not perform trigger point dry needling until the board has issued a trigger point "
            "dry needling permit.",
            "A chiropractor may not perform dry needling (DN) until the board has issued a dry needling (DN) permit.",
            # the passive
            "Dry needling may not be performed by an athletic trainer unless the trainer has completed the course.",
        ),
        (
            "An occupational therapist is not permitted to use dry needling unless the legislature amends the act.",
            "Athletic trainers are prohibited from performing dry needling unless they also hold an acupuncture license.",
            "Athletic trainers are prohibited from performing dry needling.",
            "A chiropractor may not perform dry needling until the board has issued its dry needling rules.",
        ),
    ),
    "perm-not-unless-who": (
        ("A chiropractor who has not completed the training is prohibited from performing dry needling.",),
        ("A chiropractor is prohibited from performing dry needling.",),
    ),
    "perm-not-for-period": (
        ("A new licensee is not permitted to perform dry needling for at least two years after licensure.",),
        ("A new licensee is not permitted to perform dry needling on a minor.",),
    ),
    "wait-until-rules": (
        (
            "Until the board's rules take effect, athletic trainers are prohibited from performing dry needling.",
        ),
        ("Until the board meets, athletic trainers are prohibited from performing dry needling.",),
    ),
    "proh-may-not-perform": (
        (
            "Athletic trainers are not allowed to perform dry needling.",
            "An athletic trainer is still not permitted to use dry needling in this state.",
        ),
        (
            "Athletic trainers are allowed to perform dry needling.",
            "An athletic trainer is not permitted to use dry needling unless certified by the board.",
        ),
    ),
    # the passive ban with a condition nobody in the profession can meet: still a ban
    "proh-passive-not": (
        (
            "Dry needling shall not be performed by athletic trainers unless the legislature amends the act.",
            "Dry needling may not be performed by a chiropractor unless the chiropractor also holds an acupuncture license.",
        ),
        ("Dry needling shall not be performed by athletic trainers unless they complete the course.",),
    ),
    "proh-penetrate-skin": (
        ("Under the act, an occupational therapist is prohibited from using invasive procedures.",),
        ("Under the act, an occupational therapist is prohibited from using ultrasound.",),
    ),
    # "can legally", and an adverb between the modal and the verb of doing "it"
    "perm-may-perform": (
        (
            "Dry needling is defined in the rule, and trained chiropractors can legally perform it.",
            "Dry needling is defined in the rule, and licensees may lawfully perform it.",
        ),
        (
            "Dry needling is defined in the rule, and chiropractors can legally perform it in several neighboring states.",
            "Dry needling is defined in the rule, but no licensee may lawfully perform it.",
        ),
    ),
    # the definition under any spelling of the term, its abbreviation inside the quotes
    "perm-definition": (
        (
            '"Dry needling (DN)" means a skilled intervention using a thin filiform needle.',
            '"Dry-needling" means a skilled intervention using a thin filiform needle.',
        ),
        ('"Dry needling (DN)" is a term some clinics use for a thin filiform needle.',),
    ),
    # "within that definition" points back to a definition whose field the clause does not name
    "perm-within-scope": (
        ("Dry needling falls within that definition of athletic training.",),
        ("Dry needling falls inside that definition whatever a clinic calls it.",),
    ),
}
for _rule_id, (_must, _must_not) in _PARAPHRASE.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# Examples added by the study of batch 26 (session 5), merged the same way.
_STUDY_26: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # "not prohibited" said as what seems so, or in the past: a hedged permission
    "perm-not-prohibited": (
        (
            "Dry needling did not appear to be prohibited by the practice act or the rules.",
            "Dry needling doesn't seem to be barred by the statute.",
            "The Board replied that dry needling was not prohibited under its rules.",
        ),
        (
            "Dry needling does not appear to be permitted for physical therapists.",
            "Dry needling did not appear on the agenda of the meeting.",
        ),
    ),
    # ... never the ban itself
    "proh-is-prohibited": (
        (),
        (
            "Dry needling did not appear to be prohibited by the law.",
            "Dry needling doesn't seem to be forbidden for physical therapists.",
        ),
    ),
    # what only seems so: "it appears that", "it does not seem that", "did not appear to"
    "hedge": (
        (
            "It appears that dry needling is within the scope of physical therapy.",
            "It does not seem that dry needling is prohibited.",
            "Dry needling did not appear to be barred by the act.",
        ),
        ("Dry needling appeared in the board's newsletter.", "Dry needling is within the scope."),
    ),
    # a ban until the board accepts what the practitioner submits is a permission with a condition
    "perm-not-unless": (
        (
            "A physical therapist may not perform dry needling until the Board has received and accepted this submission.",
            "A physical therapist may not dry needle until the Board has approved his or her application.",
            "Licensees shall not perform dry needling until the board has verified their training documentation.",
        ),
        (
            "A physical therapist may not perform dry needling until the Board has received guidance from the Attorney General.",
            "A physical therapist may not perform dry needling until the Board has approved new rules.",
            "A physical therapist may not dry needle unless the therapist also holds an acupuncture license.",
        ),
    ),
    # for acupuncturists: "is synonymous with", "falls within", "is included in" the practice of acupuncture
    "perm-acupuncture-includes": (
        (
            "It is the Council's position that dry needling is synonymous with the practice of acupuncture.",
            "Trigger point dry needling falls within the practice of acupuncture.",
            "Dry needling is included in the practice of acupuncture under the act.",
        ),
        (
            "Dry needling is not synonymous with the practice of acupuncture.",
            "Dry needling is different from, and not included in, the practice of acupuncture.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_26.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# batch 34 (session 6): news of a signing names the governor; a field named with its medicine
_STUDY_34: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "law-enacted": (
        (
            "Clinics can start next year, after Gov. Maria Lopez signed House Bill 77 on Friday.",
            "The governor signed the measure on Tuesday.",
        ),
        (
            "The governor has not yet signed the measure.",
            "Gov. Lopez signed a proclamation honoring therapists.",
        ),
    ),
    "perm-acupuncture-includes": (
        (
            "State law defines acupuncture and Oriental medicine to include dry needling.",
            "Acupuncture and East Asian medicine includes trigger point dry needling.",
        ),
        (
            "Acupuncture and East Asian medicine schools include a course on dry needling.",
            "Acupuncture and herbal medicine differ from dry needling.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_34.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# (page, profession, jurisdiction or None, expected status) for the page-level families
PAGE_EXAMPLES: tuple[tuple[str, str, str | None, str], ...] = (
    # a state counted among a few: "X is one of only a few states where ..." says what holds in X
    # (no "where" clause of condition) ...
    (
        "Therapy News\n\nNew York is one of only a few states where physical therapists may not perform dry"
        " needling.",
        "physical_therapist",
        "NY",
        "prohibited",
    ),
    # ... but states where something holds, counting none, are no state
    (
        "Therapy News\n\nOhio physical therapists often ask about states where physical therapists may perform"
        " dry needling.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    # an unpunctuated entry of a governor's list of bills signed into law says what the law does ...
    (
        "Office of the Governor\n\nPress Releases\n\nGovernor Acts on Legislation\n\nToday the Governor signed the"
        " following bills into law:\n\nS-12/A- (Smith) - Revises requirements for plumbing licenses\n\nS-40/A-77"
        " (Jones/Lee) - Permits physical therapists to perform dry needling after training\n\nThe Governor vetoed"
        " the following bill:\n\nS-90 (Diaz) - Concerns county pensions",
        "physical_therapist",
        "NJ",
        "permitted",
    ),
    # ... not one of a list of bills vetoed (punctuated or not), nor of bills only introduced
    (
        "Office of the Governor\n\nPress Releases\n\nGovernor Acts on Legislation\n\nToday the Governor signed the"
        " following bills into law:\n\nS-12/A- (Smith) - Revises requirements for plumbing licenses\n\nThe"
        " Governor vetoed the following bill:\n\nS-40/A-77 (Jones/Lee) - Permits physical therapists to perform"
        " dry needling after training\n\nS-90 (Diaz) - Concerns county pensions",
        "physical_therapist",
        "NJ",
        "unaddressed",
    ),
    (
        "Office of the Governor\n\nGovernor Acts on Legislation\n\nToday the Governor signed the following bills"
        " into law:\n\nS-12 - Revises requirements for plumbing licenses.\n\nThe Governor vetoed the following"
        " bill:\n\nS-40 - Permits physical therapists to perform dry needling after training.",
        "physical_therapist",
        "NJ",
        "unaddressed",
    ),
    (
        "Capitol Report\n\nNew bills this week\n\nThe following bills were introduced:\n\nS-40 (Jones) - Permits"
        " physical therapists to perform dry needling after training\n\nThe bill was referred to committee.",
        "physical_therapist",
        "NJ",
        "unaddressed",
    ),
    # "That changed when the Board adopted a policy stating that ...": the change rests on the new
    # policy the sentence states, which stands ...
    (
        "Town Herald\n\nNeedles and muscles\n\nFor years physical therapists here had no guidance on dry"
        " needling. That changed when the Board of Physical Therapy adopted a policy last month stating that"
        " dry needling is within the scope of physical therapy.",
        "physical_therapist",
        "ND",
        "permitted",
    ),
    # ... but a policy withdrawn is the old position, no longer standing
    (
        "Town Herald\n\nNeedles and muscles\n\nFor years physical therapists here relied on guidance about"
        " dry needling. That changed when the Board of Physical Therapy withdrew its policy stating that dry"
        " needling is within the scope of physical therapy.",
        "physical_therapist",
        "ND",
        "unaddressed",
    ),
    # a letter asking the governor to veto a bill is what its writer asks for, its subject line
    # found down to the salutation however long the letterhead and address blocks ...
    (
        "Valley Acupuncture Board\n100 Main Street\nSuite 4\nCapital City\n\nMarch 3, 2025\n\nThe Honorable Jane Roe\nGovernor\n"
        "200 State Street\nCapital City\n\nRe: Request for veto of the dry needling measure"
        "\n\nDear Governor Roe:\n\nThe Board asks that you not sign the measure passed last week. In 2019 the"
        " Board adopted a resolution stating that dry needling is the practice of acupuncture.\n\nSincerely,\nChair",
        "physical_therapist",
        "NM",
        "unaddressed",
    ),
    # ... a letter with another subject states what it says
    (
        "Valley Acupuncture Board\n100 Main Street\nSuite 4\nCapital City\n\nMarch 3, 2025\n\nThe Honorable Jane Roe\nGovernor\n"
        "200 State Street\nCapital City\n\nRe: Dry needling measure"
        "\n\nDear Governor Roe:\n\nThe Board asks that you not sign the measure passed last week. In 2019 the"
        " Board adopted a resolution stating that dry needling is the practice of acupuncture.\n\nSincerely,\nChair",
        "physical_therapist",
        "NM",
        "prohibited",
    ),
    # "dry needling is a form of acupuncture" is no ban for a profession the page lets perform
    # acupuncture, dry needling included ...
    (
        "Board of Chiropractic Examiners\n\nRule 4. Acupuncture.\n\n(a) Dry needling is a form of acupuncture."
        "\n\n(b) A licensee shall not practice acupuncture, including dry needling, unless the licensee has"
        " completed 200 hours of acupuncture training.",
        "chiropractor",
        None,
        "permitted",
    ),
    # ... but it is when the page reserves acupuncture to another licence, or lets only another
    # profession perform it
    (
        "Board of Chiropractic Examiners\n\nRule 4. Acupuncture.\n\n(a) Dry needling is a form of acupuncture."
        "\n\n(b) A licensee shall not practice acupuncture, including dry needling, unless the licensee is also"
        " licensed as an acupuncturist.",
        "chiropractor",
        None,
        "prohibited",
    ),
    (
        "Board of Physical Therapy\n\nRule 4.\n\n(a) Dry needling is a form of acupuncture.\n\n(b) An"
        " acupuncturist may not perform acupuncture, including dry needling, unless the acupuncturist has"
        " completed 200 hours of training.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a writer's "here" / "our board" is the state the writer placed themself in earlier in the
    # paragraph ...
    (
        "Clinic forum\n\nDry needling in Illinois?\n\nCan a new graduate dry needle in Illinois?\n\nI work in"
        " Indiana. Our board said years ago that dry needling is within the scope of physical therapy here.",
        "physical_therapist",
        "IL",
        "unaddressed",
    ),
    # ... the page's own state when that is where the writer is; a sentence-initial "Here," of
    # legal argument places nobody
    (
        "Clinic forum\n\nDry needling in Illinois?\n\nCan a new graduate dry needle in Illinois?\n\nI work in"
        " Illinois. Our board said years ago that dry needling is within the scope of physical therapy here.",
        "physical_therapist",
        "IL",
        "permitted",
    ),
    # ... the place the writer says they are in, not merely the last state named before
    (
        "Clinic forum\n\nNeedling across the river\n\nI'm just over the bridge in northern Kentucky. Ohio"
        " asks for 40 hours of training. Our board said years ago that dry needling is within the scope of"
        " physical therapy here.",
        "physical_therapist",
        "KY",
        "permitted",
    ),
    # ... and only a writer who placed themself: a board's own "our board", or a link's "click
    # here", moves nothing to a state the paragraph names before
    (
        "Kentucky Board of Physical Therapy\n\nPosition statements\n\nOhio requires 40 hours of training"
        " before a therapist may dry needle. Our board has determined that dry needling is within the scope"
        " of physical therapy.",
        "physical_therapist",
        "KY",
        "permitted",
    ),
    (
        "Indiana Board of Physical Therapy\n\nDry needling\n\nOhio and Michigan publish their own rules. Dry"
        " needling is within the scope of physical therapy; for the training standard click here.",
        "physical_therapist",
        "IN",
        "permitted",
    ),
    (
        "Board news\n\nDry needling in Michigan\n\nMichigan physical therapists ask about dry needling.\n\nOhio"
        " requires 40 hours of training. Here, the Board has held that dry needling is within the scope of"
        " physical therapy.",
        "physical_therapist",
        "MI",
        "permitted",
    ),
    # a quotation of several sentences closed by a speaker who is no authority is that speaker's
    # claim, every sentence of it ...
    (
        "Valley Gazette\n\nNeedles at the clinic\n\n\u201cDry needling is the practice of acupuncture. Calling"
        " it something else fools nobody,\u201d said a Dover acupuncturist who opposes the idea.",
        "physical_therapist",
        "DE",
        "unaddressed",
    ),
    # ... and one closed by no speaker, or by the authority, is the page's own statement
    (
        'Board bulletin\n\nThe Board reminds licensees: "Dry needling is the practice of acupuncture. Physical'
        " therapists may not perform it,\" the Board's executive director said in a letter to licensees.",
        "physical_therapist",
        "DE",
        "prohibited",
    ),
    # an insurer's policy that names a state agency's word recounts that state's law
    (
        "Prairie Health Plan\nReimbursement policy\n\nCode 20560 | Not covered | The Kansas State Licensing"
        " Department has advised that athletic trainers may not perform dry needling.",
        "athletic_trainer",
        "KS",
        "prohibited",
    ),
    # a table's rows keyed by USPS codes (a footnote mark may follow the code) are their states' sections
    (
        "Dry needling by state\n\nThe table sums up what each state says about dry needling by physical therapists.\n\nState | Status for physical therapists\n\nNV | Permitted. 40 hours of training."
        "\n\nKS \u2020 | Not permitted. Awaiting a ruling.\n\n\u2020 See the note below.",
        "physical_therapist",
        "KS",
        "prohibited",
    ),
    (
        "Dry needling by state\n\nThe table sums up what each state says about dry needling by physical therapists.\n\nState | Status for physical therapists\n\nNV | Permitted. 40 hours of training."
        "\n\nKS \u2020 | Not permitted. Awaiting a ruling.\n\n\u2020 See the note below.",
        "physical_therapist",
        "NV",
        "permitted",
    ),
    # a tribunal's order on a petition is the tribunal's page, not the petition's; a filed petition
    # under the same caption stays what it asks for
    (
        "BEFORE THE BOARD OF PHYSICAL THERAPY\nIN THE MATTER OF:\nPETITION FOR DECLARATORY ORDER\n\nORDER\n\n"
        "Since the 2019 amendment took effect, physical therapists may perform dry needling. The petition is"
        " dismissed as moot.\n\nSO ORDERED.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "BEFORE THE BOARD OF PHYSICAL THERAPY\nIN THE MATTER OF:\nPETITION FOR DECLARATORY ORDER\n\nPetitioner"
        " submits that physical therapists may perform dry needling and asks the Board to so declare.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # an instrument that is not enough by itself bans nothing
    (
        "Completing this workshop does not by itself authorize a physical therapist to perform dry needling.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # an institution's page that names the state's law by the state's name recounts that law
    (
        "Lakeside Medical Center\nClinical privileging policy\n\nOur therapists hold clinical privileges for"
        " dry needling on base. Outside federal sites, Nevada law does not authorize physical therapists to"
        " perform dry needling.",
        "physical_therapist",
        "NV",
        "prohibited",
    ),
    # an association's sentence that cites the law it reports by its section reports that law
    # (never decisively); the same sentence without the citation is only the association's word
    (
        "Riverside Therapy Association\n\nThe state rules list dry needling among the techniques within a physical"
        " therapist's scope (12 ABC 345.6).",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Riverside Therapy Association\n\nThe state rules list dry needling among the techniques within a physical"
        " therapist's scope.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a "No" to a requirement drops the requirement, not the practice
    (
        "Q. Do I need a separate certification to perform dry needling as a physical therapist?\nA. No. Your"
        " license is enough.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # another licensee's field owns its exclusion, not the page's profession
    (
        "Athletic Trainers | Massage Therapy\n\nQ. May a massage therapist dry needle?\nA. No. Massage therapy does"
        " not include any procedure that penetrates the skin, such as dry needling.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # a letter's subject line names its topic: a body about needle insertion, without the term,
    # then speaks of dry needling (a bare heading does not)
    (
        "Board of Chiropractic Examiners\n\nSubject: Your question about dry needling\n\nDear Dr. Park:\n\n"
        "The placement of needles through the skin is outside the scope of chiropractic in this state.",
        "chiropractor",
        None,
        "prohibited",
    ),
    (
        "Board of Chiropractic Examiners\n\nSubject: Your question about dry needling\n\nDear Dr. Park:\n\n"
        "Thank you for your letter. The Board will discuss it at the June meeting.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    (
        "Dry Needling\n\nThe placement of needles through the skin is outside the scope of chiropractic in this"
        " state.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    # a recounted position reaches its second that-clause ("..., and that ...")
    (
        "As I understand it, the Society's position is that dry needling is acupuncture, and that chiropractors"
        " who perform dry needling are practicing acupuncture without a license.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    # a requirement not enough by itself is no ban: "a license alone does not authorize ..."
    (
        "A chiropractic license by itself does not authorize dry needling; a separate permit is needed.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    (
        "A chiropractic license does not authorize dry needling.",
        "chiropractor",
        None,
        "prohibited",
    ),
    # any licensee at all, or the ear-protocol helpers an acupuncture board registers, are no
    # profession of ours
    (
        "Dry needling must be performed by a health care provider acting within the scope of that provider's"
        " license.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Dry needling may be performed by physical therapists and other health care providers trained in it.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Board of Acupuncture\n\nAn acupuncture detoxification specialist may not perform dry needling.",
        "acupuncturist",
        None,
        "unaddressed",
    ),
    # a draft bannered as not adopted proposes its position; a draft of minutes records a decision
    (
        "DRAFT - NOT YET ADOPTED\n\nPosition Statement\n\nThe Board's position is that dry needling is within the "
        "scope of practice of physical therapy.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "DRAFT MINUTES - not yet adopted\n\nThe Board voted that dry needling is within the scope of practice of "
        "physical therapy.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # a page whose "dry needling" is another trade's procedure says nothing of the therapy
    (
        'Body Art Rules\n\n(1) "Dry needling" means working a tattoo needle over a healed tattoo without ink to'
        " fade it.\n(2) No body artist shall perform dry needling in a studio.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        '(1) "Dry needling" means inserting a filiform needle into a trigger point without injectate.\n'
        "(2) A physical therapist may perform dry needling after 50 hours of training. Tattoo artists may not.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # must not: one tattoo sentence on a page that describes the therapy leaves the therapy standing
    (
        '(1) "Dry needling" means the insertion of a thin filiform needle into muscle tissue to treat pain.\n'
        '(2) In the body art rules, "dry needling" refers to fading a tattoo without ink.\n'
        "(3) A physical therapist may perform dry needling after 50 hours of training.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # a page from abroad speaks of its own country's law, even where the country shares a
    # state's name; one that places itself in the United States still counts
    (
        "Physio Society of Georgia\n\nHere physiotherapists with a recognised certificate may perform dry "
        "needling. Workshop fee: 900 GEL. Licensing questions go to the Ministry of Health.\n"
        "Phone +995 32 211 4455",
        "physical_therapist",
        "GA",
        "unaddressed",
    ),
    (
        "Texas Board of Physical Therapy Examiners\n\nPhysical therapists may perform dry needling after 50 hours"
        " of training. Visiting faculty fee: 300 EUR. Overseas line: +44 20 7946 0000.",
        "physical_therapist",
        "TX",
        "permitted",
    ),
    (
        "Northern Physio Network\n\nIn Washington State, physical therapists with an endorsement may perform "
        "dry needling. Our seminar costs 300 CAD. Call +44 20 7946 0000.",
        "physical_therapist",
        "WA",
        "permitted",
    ),
    # a page's disclaimer of itself ("This opinion is not binding on the courts") leaves its own
    # conclusion standing; another body's view said to be no rule here is set aside
    (
        "OFFICE OF THE ATTORNEY GENERAL\nOpinion No. 12-004\n\nThe practice act does not authorize physical"
        " therapists to perform dry needling.\n\nThis opinion is not binding on the courts.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    (
        "Board of Physical Therapy\nPosition statement\n\nThe Board's position is that dry needling is within the"
        " scope of practice of physical therapy. This guidance is not a rule and does not have the force of law.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Carrier bulletin\n\nThe medical board stated in 2013 that physical therapists may not perform dry needling."
        " It is not a rule of the Physical Therapy Board, and it binds no physical therapist.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a party's position recounted by the authority runs on through the sentence's clauses; the
    # authority's own conclusion that follows is what counts
    (
        "As we understand the Association's position, dry needling is the insertion of needles; such insertion "
        "is acupuncture; and therefore only a licensed acupuncturist may lawfully perform dry needling.",
        "acupuncturist",
        None,
        "unaddressed",
    ),
    (
        "As we understand the Association's position, only an acupuncturist may perform dry needling. "
        "We conclude that a physical therapist may perform dry needling when trained.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # a code's abbreviated name ends no sentence, so "It" still refers to dry needling
    (
        "Dry needling, as defined in 24 Del.C. 2602(6), is within the scope of practice of a physical therapist. "
        "It is not within the scope of practice of athletic trainers.",
        "athletic_trainer",
        None,
        "prohibited",
    ),
    # a class the page puts dry needling in: what the paragraph says of the class it says of dry needling
    (
        "Q: Is dry needling within the scope of occupational therapy?\nA: The Board considers dry needling to be "
        "a physical agent modality. An occupational therapist may use physical agent modalities when trained.",
        "occupational_therapist",
        None,
        "permitted",
    ),
    # a dissent is one judge's view, not the court's holding
    (
        "The Board acted within its authority in recognizing dry needling as within the practice of physical "
        "therapy.\n\nDissenting Opinion by Whitlow, J.\n\nI respectfully dissent. Dry needling is acupuncture.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # the numbered gutter of an order: the line numbers split no word and no phrase
    (
        " 1   The Board considered the record. Under the statutes,\n 2   physical therapists are not\n"
        " 3   authorized to perform dry\n 4   needling.\n 5   It is so ordered.\n 6\n",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a memorandum in support of a bill: its "Currently, ..." states the law as it stands
    (
        "MEMORANDUM IN SUPPORT OF LEGISLATION\n\nBILL NUMBER: A4417\n\nPURPOSE:\nTo authorize physical "
        "therapists to perform dry needling.\n\nJUSTIFICATION:\nCurrently, physical therapists in New York may "
        "not perform dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a federal agency's directive binds its facilities, not a state's licensees
    (
        "Department of Veterans Affairs\nVHA DIRECTIVE\n\nVA-employed chiropractors may perform dry needling in VA "
        "facilities.",
        "chiropractor",
        "NC",
        "unaddressed",
    ),
    # "It is enacted by the General Assembly as follows:" opens a bill's proposed text
    (
        "2025 -- H 5123\n\nAN ACT RELATING TO PHYSICAL THERAPISTS\n\nIt is enacted by the General Assembly as "
        "follows:\n\nA physical therapist may perform dry needling after fifty hours of training.",
        "physical_therapist",
        "RI",
        "unaddressed",
    ),
    # a numbered question answered by its numbered ruling ("Question 1: ...?" / "Ruling 1: No.")
    (
        "DECLARATORY RULING\n\nQuestion 1: Is dry needling within the practice of athletic training?\n\n"
        "Ruling 1: No. The act speaks of physical means only.\n\nQuestion 2: May an athletic trainer tape an"
        " ankle?\n\nRuling 2: Yes.",
        "athletic_trainer",
        None,
        "prohibited",
    ),
    (
        "DECLARATORY RULING\n\nQuestion 1: Is dry needling within the practice of athletic training?\n\n"
        "Ruling 1: Yes, once the trainer has completed 40 hours of instruction.",
        "athletic_trainer",
        None,
        "permitted",
    ),
    # a fiscal note's account of current law ("The rule was adopted ...") does not make its bill adopted
    (
        "STATE LEGISLATURE\nFISCAL NOTE\n\nBill Number: House Bill 410\nTitle: AN ACT TO BAR ATHLETIC TRAINERS FROM"
        " DRY NEEDLING.\n\nCURRENT LAW\nUnder the board's rule, athletic trainers who finish an approved course may"
        " perform dry needling. The rule was adopted in 2019.\n\nFISCAL IMPACT\nNone.",
        "athletic_trainer",
        None,
        "permitted",
    ),
    (
        "STATE LEGISLATURE\nFISCAL NOTE\n\nBill Number: House Bill 410\nTitle: AN ACT TO BAR ATHLETIC TRAINERS FROM"
        " DRY NEEDLING.\n\nFISCAL IMPACT\nNone.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # a quoted modifier does not split the term: 'trigger point or "dry" needling'
    (
        "Board of Occupational Therapy\n\nScope note\n\nThis permit covers splinting only. It does not allow"
        " an occupational therapist to insert needles, including \u201cdry\u201d needling, which is not within the"
        " practice of occupational therapy.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    # a note above a rule that a court held it invalid: what the rule permits is void
    (
        "State Administrative Code\nBoard of Examiners\n\nDivision 4\nPRACTICE STANDARDS\n\nRule 22-4-010\n"
        "Dry Needling\n\nEditor's note: This rule was declared invalid by the Court of Appeals on May 2, 2016.\n\n"
        "(1) Dry needling is within the scope of practice of occupational therapy for a therapist with 30 hours"
        " of training.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    (
        "State Administrative Code\nBoard of Examiners\n\nDivision 4\nPRACTICE STANDARDS\n\nRule 22-4-010\n"
        "Dry Needling\n\nEditor's note: This rule was amended by the Board on May 2, 2016.\n\n"
        "(1) Dry needling is within the scope of practice of occupational therapy for a therapist with 30 hours"
        " of training.",
        "occupational_therapist",
        None,
        "permitted",
    ),
    (
        "State Administrative Code\nBoard of Examiners\n\nRule 22-4-010 Dry Needling\n\n(1) Dry needling is within"
        " the scope of practice of occupational therapy for a therapist with 30 hours of training.\n\n(2) A"
        " provision of this chapter that is held invalid does not affect the rest of the chapter.",
        "occupational_therapist",
        None,
        "permitted",
    ),
    # a fiscal impact statement of proposed legislation is the bill's page: what the measure
    # authorizes is proposed; what it says of current law stands
    (
        "FISCAL IMPACT STATEMENT OF PROPOSED MEASURES\nLegislative Budget Office\n\nMeasure: SB 77\n\nMeasure Description:\n"
        "Allows occupational therapists to perform dry needling after training set by board rule.\n\nAnalysis:\n"
        "The board expects minor costs for rulemaking.",
        "occupational_therapist",
        None,
        "unaddressed",
    ),
    (
        "FISCAL IMPACT OF PROPOSED LEGISLATION\nLegislative Budget Office\n\nMeasure: SB 77\n\nMeasure Description:\n"
        "Authorizes occupational therapists to perform dry needling after training set by board rule.\n\nAnalysis:\n"
        "Under current law, occupational therapists are not authorized to perform dry needling.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    # an association of one profession on what another may do is a rival's account (advocacy) ...
    (
        "Prairie Acupuncture Society\nAdvocacy blog\n\nIn this state the board allows physical therapists to dry"
        " needle with almost no training. Support our bill.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # ... but a news site's masthead is no profession's body: its report on another profession is news
    (
        "Physical Therapy News\n\nThe Board of Athletic Training adopted a rule under which athletic trainers may"
        " perform dry needling after 40 hours of training.",
        "athletic_trainer",
        None,
        "permitted",
    ),
    # ... while its account of its own profession is read (reported, never decisive)
    (
        "Prairie Physical Therapy Association\nMember news\n\nThe board's new rule allows physical therapists to"
        " dry needle after 50 hours of training.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # the wording a letter asks a committee to adopt ("substantially as follows:") is not law
    (
        "Plains Chiropractic Society\n\nRe: House Bill 88\n\nThe board has not taken a position on dry needling by"
        " chiropractors. We ask the Committee to add a section to the chiropractic act, substantially as follows:"
        '\n\n"A chiropractor may perform dry needling after 40 hours of training."\n\nThank you.',
        "chiropractor",
        None,
        "unaddressed",
    ),
    (
        'Plains Chiropractic Board\n\nThe board adopted the following rule, which reads as follows:\n\n"A'
        ' chiropractor may perform dry needling after 40 hours of training."',
        "chiropractor",
        None,
        "permitted",
    ),
    # a chart of what each profession may do: the row that is dry needling, read by its header
    (
        "Board of Physical Therapy\nWho may do what\n\nIntervention | PT | PTA | Notes\n\nUltrasound | Yes | Yes |"
        " -\n\nDry needling | Yes | No | Training required.\n\nPerineural needling | No | No | -\n",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Licensing Unit\nAthletic trainer self-check\n\nActivity | Yes | No | Notes\n\nTaping | Yes | | -\n\n"
        "Perform dry needling | | No | Outside the athletic training scope.\n",
        "athletic_trainer",
        None,
        "prohibited",
    ),
    (
        "Licensing Unit\nAthletic trainer self-check\n\nActivity | Yes | No | Notes\n\nTaping | Yes | | -\n\n"
        "Refer a patient for dry needling | Yes | | A physical therapist may do it.\n",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # a motion the minutes later withdraw or reopen is no decision; one that stands is
    (
        "Board of Physical Therapy\nMinutes\n\n4.\nDry needling question\nMotion (Avery/Boyd): The Board finds"
        " that dry needling is within the scope of physical therapy.\nMotion carried.\n\n5.\nCounsel's advice\n"
        "Counsel said a declaratory ruling is needed. Ms. Avery then withdrew the item 4 motion.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Board of Physical Therapy\nMinutes\n\n4.\nDry needling question\nMotion (Avery/Boyd): The Board finds"
        " that dry needling is within the scope of physical therapy.\nMotion carried.\n\n5.\nOther business\n"
        "Ms. Boyd withdrew the item 5 motion on fees.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # an appositive between commas does not end an indirect question ("whether others, such as X, may")
    (
        "Court of Appeals\n\nThe rule letting chiropractors dry needle is invalid. We take no view on whether"
        " other professions, such as athletic trainers, may perform dry needling under their own laws.",
        "athletic_trainer",
        "OR",
        "unaddressed",
    ),
    (
        "Board news\n\nThe board has decided that other professions, such as athletic trainers, may perform"
        " dry needling after a 40-hour course.",
        "athletic_trainer",
        "OR",
        "permitted",
    ),
    # a sentence that points back to the state named just before ("Its statute") is about that state
    (
        "Client alert\n\nOur state's act lets physical therapists use invasive procedures; the board has not"
        " taken a position on dry needling. Contrast Idaho. Its statute says physical therapists shall not"
        " perform dry needling.",
        "physical_therapist",
        "MT",
        "unaddressed",
    ),
    (
        "Client alert\n\nThe board has not taken a position on dry needling. Contrast Idaho. Its statute says"
        " physical therapists shall not perform dry needling.",
        "physical_therapist",
        "ID",
        "prohibited",
    ),
    # a list of states under a sentence that points to it ("in these states") is where that
    # sentence applies: a state left out of the list is not spoken of
    (
        "Where can you needle?\n\nPhysical therapists may dry needle in the states below after a 30-hour"
        " course.\n• KS\n• MO\n\nPhysical therapists may not perform dry needling in these states:\n• CA\n• NY\n",
        "physical_therapist",
        "KS",
        "permitted",
    ),
    (
        "Where can you needle?\n\nPhysical therapists may dry needle in the states below after a 30-hour"
        " course.\n• KS\n• MO\n\nPhysical therapists may not perform dry needling in these states:\n• CA\n• NY\n",
        "physical_therapist",
        "NY",
        "prohibited",
    ),
    # a bill analysis's "Existing law:" section states the law as it stands
    (
        "ASSEMBLY BILL 77\n\nAN ACT relating to physical therapy; changing the training for dry needling.\n\n"
        "Legislative Counsel's Digest:\nExisting law authorizes a physical therapist to perform dry needling after"
        " 120 hours of training. This bill lowers the hours to 80.\n\nSection 1. A physical therapist may perform"
        " dry needling after 80 hours of training.",
        "physical_therapist",
        "NV",
        "permitted",
    ),
    (
        "ASSEMBLY BILL 78\n\nAN ACT relating to physical therapy; allowing dry needling.\n\n"
        "Legislative Counsel's Digest:\nThis bill authorizes a physical therapist to perform dry needling after"
        " 120 hours of training.\n\nSection 1. A physical therapist may perform dry needling.",
        "physical_therapist",
        "NV",
        "unaddressed",
    ),
    (
        "SENATE BILL 1042\n\nSUMMARY: Authorizes physical therapists to perform dry needling.\n\nEXISTING LAW:"
        "\n\n1) Does not authorize a physical therapist to perform dry needling.\n\nTHIS BILL:\n\n1) Authorizes "
        "a physical therapist to perform dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # what is allowed "in a state where" others allow it is not this state's law
    (
        "Dry needling is not within the practice of physical therapy in South Dakota. That you trained in a state "
        "where physical therapists are permitted to dry needle does not change this.",
        "physical_therapist",
        "SD",
        "prohibited",
    ),
    # a question answered at once: "No." turns the question's permission around
    (
        "Q: Can a chiropractor perform dry needling?\n\nA: No. Only licensed acupuncturists may insert needles.",
        "chiropractor",
        None,
        "prohibited",
    ),
    # a bill's statement of the law as it stands is not proposed text
    (
        "SENATE, No. 867\n\nBE IT ENACTED by the Senate:\n\n1. A physical therapist may perform dry needling."
        "\n\nSTATEMENT\n\nUnder current law, physical therapists are not authorized to engage in dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # ... even inside the sentence ("therapists currently may not ..."), but "currently licensed"
    # names who in the bill's own text
    (
        "HOUSE BILL 212\n\nPURPOSE\n\nThis bill adds dry needling to the practice of physical therapy."
        " Because the board reads the act narrowly, physical therapists here currently cannot perform dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    (
        "HOUSE BILL 212\n\nBE IT ENACTED by the Legislature:\n\nA physical therapist currently licensed in this"
        " state may perform dry needling after completing forty hours of training.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # amendment markup: "[.]" is stricken, "_..._" is new text
    (
        "A physical therapist shall not use invasive procedures[.]_, except as provided in subsection (c)._\n\n"
        "_(c) A physical therapist may perform dry needling after completing fifty-four hours of training._",
        "physical_therapist",
        None,
        "permitted",
    ),
    # a table row is a paragraph of its own, its label read under its state
    (
        "Where physical therapists may dry needle, by state.\n\nState | Status | Hours\nIllinois | Prohibited | -\nWisconsin | Permitted | none specified",
        "physical_therapist",
        "WI",
        "permitted",
    ),
    # typography: a no-break space, a curly apostrophe, a word hyphenated across a line
    (
        "Dry\u00a0needling is within the physical therapist\u2019s scope.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Dry nee-\ndling is within the scope of practice of physical thera-\npists.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "DRY NEEDLING IS OUTSIDE THE SCOPE OF PRACTICE OF PHYSICAL THERAPY IN THIS STATE.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a definition's list
    (
        '"Physical therapy" means any of the following:\n(a) examination;\n(b) exercise;\n(f) dry needling.',
        "physical_therapist",
        None,
        "permitted",
    ),
    # ellipsis across clauses and sentences
    (
        "Most western states now allow dry needling; California does not.",
        "physical_therapist",
        "CA",
        "prohibited",
    ),
    (
        "PTs in 39 states can dry needle. But here in New York, PTs cannot.",
        "physical_therapist",
        "NY",
        "prohibited",
    ),
    # other states and state sections
    (
        "Guide\n\nTexas\n\nPhysical therapists may perform dry needling.\n\nFlorida\n\nDry needling is outside the "
        "scope of physical therapy practice.\n",
        "physical_therapist",
        "FL",
        "prohibited",
    ),
    ("In Texas, physical therapists may perform dry needling.", "physical_therapist", "OR", "unaddressed"),
    # a bill's own page, and one that became law
    (
        "Bill Status of SB 99\n\nThe bill allows a physical therapist to perform dry needling.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Bill Status of SB 99\n\nSigned by Governor on May 1, 2023.\n\nThe bill allows a physical therapist to perform "
        "dry needling.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # a petition page, a failed motion
    (
        "Petition to the Board\n\nWe petition the Board to:\n1. Declare that dry needling is outside the scope of "
        "physical therapy.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Minutes\n\nMotion: to declare that dry needling is within the scope of physical therapy. Vote: 3 in favor, "
        "4 opposed. Motion failed.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # awaiting rules: permitted (legality makes it not yet in effect)
    (
        "The new statute allows dry needling by physical therapists, but a physical therapist may not perform dry "
        "needling until the board's rules take effect.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # the direct object negated: the act does not authorize it
    (
        "The physical therapy practice act does not authorize dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # exclusivity as a subject permits those it names and no one else
    (
        "Only licensed acupuncturists and physicians may perform dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    (
        "Only licensed acupuncturists and physicians may perform dry needling.",
        "acupuncturist",
        None,
        "permitted",
    ),
    # a place named right after the permission: other states, not this one
    (
        "Dry needling is within the scope of physical therapy practice in most states.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    # news of an opinion concluding what a court would likely find reports the opinion's conclusion
    (
        "Capitol Report\n\nThe Attorney General issued an opinion on Friday concluding that a court would likely "
        "find the Board of Chiropractic acted lawfully when it allowed chiropractors in Iowa to perform dry "
        "needling.\n",
        "chiropractor",
        "IA",
        "permitted",
    ),
    (
        "Capitol Report\n\nA court would likely find that chiropractors in Iowa may perform dry needling, one "
        "lobbyist predicted.\n",
        "chiropractor",
        "IA",
        "unaddressed",
    ),
    # a notice of a proposed rule reports, in the past, what an enacted act already did: that is the
    # law it builds on, not the proposal (what the rule or a bill "would" do stays proposed)
    (
        "NOTICE OF PROPOSED RULE\n\nSummary: In 2024 the Legislature amended the Athletic Training Practice Act "
        "to allow an athletic trainer to perform dry needling after registering with the board. This proposed "
        "rule sets the registration standards.\n",
        "athletic_trainer",
        None,
        "permitted",
    ),
    (
        "NOTICE OF PROPOSED RULE\n\nSummary: SB 40 amended the Chiropractic Practice Act to authorize a "
        "chiropractor to perform dry needling once registered. The rule below sets the course standards.\n",
        "chiropractor",
        None,
        "permitted",
    ),
    (
        "NOTICE OF PROPOSED RULE\n\nSummary: This proposed rule would allow an athletic trainer to perform dry "
        "needling after registering with the board.\n",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    (
        "House Bill 77\n\nSummary: HB 77 amended the bill as introduced so that it would allow a chiropractor to "
        "perform dry needling.\n",
        "chiropractor",
        None,
        "unaddressed",
    ),
    # a board's rule on "a licensee" speaks of the board's own licensees, whatever field it lets them
    # practise ("may practice acupuncture, including ...")
    (
        "Kansas Board of Chiropractic Examiners\n\nRule 14. Needle therapies\n\n(a) A licensee may practice "
        "acupuncture, including what is commonly called dry needling, only after completing 100 hours of "
        "acupuncture training.\n",
        "chiropractor",
        "KS",
        "permitted",
    ),
    (
        "Kansas Board of Chiropractic Examiners\n\nRule 14. Needle therapies\n\n(a) A licensee may practice "
        "acupuncture, including what is commonly called dry needling, only after completing 100 hours of "
        "acupuncture training.\n",
        "acupuncturist",
        "KS",
        "unaddressed",
    ),
    # the act described without its name: an older board letter on needles put into trigger points
    (
        "Board of Physical Therapy Examiners\n\nRe: Needles and trigger points\n\nYou asked whether you may "
        "insert needles into trigger points. Placing a needle into a myofascial trigger point is acupuncture, "
        "and inserting needles into trigger points is not within the practice of physical therapy in Kansas.\n",
        "physical_therapist",
        "KS",
        "prohibited",
    ),
    # ... or set in front of the clause ("In most other states, ..."), or a heading over other
    # states by no name ("Elsewhere", "Other States"): a newsletter's spotlight on this state
    # keeps its own word
    (
        "Member Newsletter\n\nState focus: Vermont\n\nIn 2018 the board told licensees that dry needling is not "
        "part of physical therapy. Vermont physical therapists therefore must not dry needle.\n\nOther states\n\n"
        "Physical therapists may perform dry needling after a course of 50 hours.\n",
        "physical_therapist",
        "VT",
        "prohibited",
    ),
    (
        "Member Newsletter\n\nIn 2018 the Idaho board told licensees that dry needling is not part of physical "
        "therapy. Idaho physical therapists therefore must not dry needle.\n\nIn most other states, dry needling is "
        "permitted for physical therapists who complete a course.\n",
        "physical_therapist",
        "ID",
        "prohibited",
    ),
    (
        "Practice Update\n\nAcross the country, chiropractors may perform dry needling once they finish 24 hours "
        "of training.\n",
        "chiropractor",
        "KS",
        "unaddressed",
    ),
    (
        "Vermont\n\nAthletic trainers may not perform dry needling.\n\nElsewhere\n\nAthletic trainers may perform "
        "dry needling under a physician's order.\n",
        "athletic_trainer",
        "VT",
        "prohibited",
    ),
    # an elliptical contrast between professions copies the predicate with its own polarity
    (
        "Physical therapists may perform dry needling. Athletic trainers may not.",
        "athletic_trainer",
        None,
        "prohibited",
    ),
    (
        "Physical therapists may perform dry needling. Athletic trainers may not.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Athletic trainers may not perform dry needling. Physical therapists may.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Dry needling is within the scope of physical therapy but not occupational therapy.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    # ... and stands or falls with what it copies
    (
        "A bill would allow physical therapists to perform dry needling. Athletic trainers may not.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # a relative clause on another state is about that state
    (
        "Unlike Ohio, where physical therapists may dry needle, Indiana prohibits physical therapists from dry needling.",
        "physical_therapist",
        "IN",
        "prohibited",
    ),
    # a bill report's "Background:" paragraph states the law before the bill: the enacted summary wins
    (
        "FINAL BILL REPORT\n\nSynopsis as Enacted\n\nBackground: The practice of physical therapy does not include"
        " dry needling.\n\nSummary: A physical therapist may perform dry needling after obtaining an endorsement."
        "\n\nEffective: June 11, 2020",
        "physical_therapist",
        "WA",
        "permitted",
    ),
    # ... and while the bill is pending, the law before it is the law
    (
        "BILL ANALYSIS\nH. 512\n\nStatus: Referred to the Committee on Health Care\n\nCurrent law: Physical "
        "therapists are not authorized to perform dry needling.\n\nThis bill would authorize physical therapists "
        "to perform dry needling.",
        "physical_therapist",
        "VT",
        "prohibited",
    ),
    # ... and the other row of the same table
    (
        "Where physical therapists may dry needle, by state.\n\nState | Status | Hours\nIllinois | Prohibited | -\n"
        "Wisconsin | Permitted | none specified",
        "physical_therapist",
        "IL",
        "prohibited",
    ),
    # "Where ... may ..." opens a clause, it asserts nothing: a guide's title permits no state
    ("Where physical therapists may dry needle, by state.", "physical_therapist", "OR", "unaddressed"),
    # a guide's status after its state: "Ohio: Yes.", "Oregon - Prohibited."
    (
        "Dry needling: state by state.\n\nOhio: Yes. No specific hour requirement.\n\nOregon - Prohibited. The "
        "Board has said no.\n\nRhode Island: No.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "Dry needling: state by state.\n\nOhio: Yes. No specific hour requirement.\n\nOregon - Prohibited. The "
        "Board has said no.\n\nRhode Island: No.",
        "physical_therapist",
        "RI",
        "prohibited",
    ),
    # a wait for rules said in the next sentence of the paragraph
    (
        "The new law authorizes physical therapists to perform dry needling. The Board is drafting rules, and "
        "therapists may not begin until the rules are adopted.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # "it" as the object of a judgement refers back to the sentence before
    (
        "California physical therapists don't offer dry needling. The Physical Therapy Board of California considers"
        " it outside their scope.",
        "physical_therapist",
        "CA",
        "prohibited",
    ),
    # a state-by-state table that names dry needling only in its heading is read by its rows
    (
        "State | Can PTs dry needle? | Notes\nIdaho | Yes | 24 hours\nIllinois | Yes | 50 hours\nIndiana | Unclear | -",
        "physical_therapist",
        "ID",
        "permitted",
    ),
    (
        "WHERE PHYSICAL THERAPISTS CAN DRY NEEDLE\n\nALABAMA - NO\nALASKA - YES (per Board)\nARIZONA - YES, 24 HOURS",
        "physical_therapist",
        "AL",
        "prohibited",
    ),
    # a guide's capitalised state leads: each paragraph speaks of its own state
    (
        "State-by-State Status\n\nNEW JERSEY: NOT PERMITTED. The Attorney General advised that physical therapists "
        "are not authorized to perform dry needling.\n\nNORTH CAROLINA: PERMITTED. The Board treats dry needling "
        "as within the scope of physical therapy.",
        "physical_therapist",
        "NJ",
        "prohibited",
    ),
    # the reader's own state, whichever it is, is no state's law
    (
        "Before you register, please confirm that your state allows physical therapists to perform dry needling.",
        "physical_therapist",
        "WA",
        "unaddressed",
    ),
    # a comment letter from another board says what that board thinks
    (
        "North Carolina Acupuncture Licensing Board\n\nRe: Comments on Draft Position Statement\n\nOur Board's "
        "position is straightforward: dry needling is acupuncture by another name.",
        "physical_therapist",
        "NC",
        "unaddressed",
    ),
    # a bill's own page whose number is still blank, with an enacting clause ending in a colon
    (
        "GENERAL ASSEMBLY OF NORTH CAROLINA\n\nSENATE BILL ___\n\nA BILL TO BE ENTITLED\nAN ACT TO AMEND THE "
        "ACUPUNCTURE PRACTICE ACT.\n\nThe General Assembly of North Carolina enacts:\n\nAcupuncture includes dry "
        "needling.",
        "acupuncturist",
        "NC",
        "unaddressed",
    ),
    # a notice of a hearing on a proposed rule: the rule text that follows is proposed
    (
        "INDIANA REGISTER\n\nNOTICE OF PUBLIC HEARING\n\nThe Board will hold a public hearing on a new rule.\n\n"
        "PROPOSED RULE\n\nSec. 3. A chiropractor may perform dry needling if the chiropractor has completed a "
        "course.",
        "chiropractor",
        "IN",
        "unaddressed",
    ),
    # a public act that became law takes effect later: permitted (legality reads the date)
    (
        "Public Act No. 26-118\n\nAN ACT CONCERNING DRY NEEDLING.\n\nBe it enacted by the Senate and House of "
        "Representatives in General Assembly convened:\n\nSection 1. (Effective October 1, 2027) A physical "
        "therapist may perform dry needling if the physical therapist has completed sixty hours of instruction."
        "\n\nApproved June 3, 2026",
        "physical_therapist",
        "CT",
        "permitted",
    ),
    # a vetoed bill did not become law: the bill's text it quotes is a proposal
    (
        "Governor vetoes dry needling bill\n\nToday the Governor returned Senate File 12 without approval.\n\n"
        'The vetoed bill read: "A physical therapist may perform dry needling after completing 60 hours of '
        'instruction."',
        "physical_therapist",
        "MN",
        "unaddressed",
    ),
    # ... unless the veto was overridden
    (
        "Governor vetoes dry needling bill\n\nToday the Governor returned Senate File 12 without approval. On "
        "May 30 the Legislature overrode the veto.\n\nUnder the act, a physical therapist may perform dry "
        "needling after completing 60 hours of instruction.",
        "physical_therapist",
        "MN",
        "permitted",
    ),
    # an institution's own policy binds its staff, not the state's licensees
    (
        "Lakeside Health System\nAdministrative Policy Manual\nPolicy Number: RHB-12\n\nA physical therapist may "
        "perform dry needling at System facilities only after being granted privileges under this policy.",
        "physical_therapist",
        "NC",
        "unaddressed",
    ),
    # an employer's policy manual, its name without "hospital": its own permission is no state's law,
    # and a state body named in its body ("the Commission has not ruled") does not make it the state's
    (
        "Harbor Valley Health\nPolicy & Procedure Manual - Therapy Services\nPolicy No.: TS-9\n\nI. PURPOSE\n"
        "To set the conditions under which physical therapists employed by Harbor Valley Health may perform "
        "dry needling.\n\nII. REGULATORY STATUS\nThe practice act does not mention dry needling, and the "
        "Commission has not ruled on it.\n\nIII. DECISION\nHarbor Valley Health permits dry needling by "
        "physical therapists who complete 54 hours of training.",
        "physical_therapist",
        "MO",
        "unaddressed",
    ),
    # ... while what such a policy recounts of the state's law is read (reported, never decisive)
    (
        "Brightway Therapy Partners - Clinical Policy Library\nCLINICAL POLICY CS-9\nApplies to: all clinics\n\n"
        "1. STATE EXCEPTIONS\nOhio - state law does not permit physical therapists to perform dry needling. "
        "Clinics in Ohio may not offer it.",
        "physical_therapist",
        "OH",
        "prohibited",
    ),
    # ... as is a row that cites the state's code ("Idaho Code § ...", "Utah Admin. Code R...")
    (
        "Pinecrest Health Plan\nMEDICAL POLICY: DRY NEEDLING\nPolicy No.: MP-40\n\nAPPENDIX - ELIGIBLE PROVIDERS\n"
        "Idaho | Physical therapist | dry needling registration with the board (Idaho Admin. Code 24.13.01.400)",
        "physical_therapist",
        "ID",
        "permitted",
    ),
    (
        "Pinecrest Health Plan\nMEDICAL POLICY: DRY NEEDLING\nPolicy No.: MP-40\n\nAPPENDIX - ELIGIBLE PROVIDERS\n"
        "Idaho | Physical therapist | dry needling registration with the plan's credentialing office",
        "physical_therapist",
        "ID",
        "unaddressed",
    ),
    # ... while a state board's own policy is the board's word
    (
        "North Carolina Board of Physical Therapy Examiners\nBoard Policy Number 12\n\nA physical therapist may "
        "perform dry needling after completing 54 hours of instruction.",
        "physical_therapist",
        "NC",
        "permitted",
    ),
    # a page bannered as superseded states an old law; the banner's replacement decides
    (
        "Research Database\n\nSUPERSEDED BY STATUTE - Chapter 12 of 2021 authorizes physical therapists to "
        "perform dry needling.\n\nOpinion of the Attorney General, 2017\n\nPhysical therapists are not "
        "authorized to perform dry needling.",
        "physical_therapist",
        "NJ",
        "permitted",
    ),
    (
        "This opinion has been withdrawn.\n\nPhysical therapists are not authorized to perform dry needling.",
        "physical_therapist",
        "NJ",
        "unaddressed",
    ),
    # a true/false quiz: its statements are questions, the key answers them; "False" turns a ban
    # around and drops a permission (it may be false only for its conditions)
    (
        "Test your knowledge. Decide whether each statement is true or false.\n\n1. State law prohibits "
        "physical therapists from performing dry needling.\n2. A physical therapist may perform dry needling "
        "after a weekend course.\n\nAnswer key: 1 - False; 2 - False.",
        "physical_therapist",
        "FL",
        "permitted",
    ),
    (
        "Mark each statement TRUE or FALSE.\n\n1. A physical therapist may perform dry needling after a 50-hour "
        "course.\n\nANSWER KEY\n\n1. FALSE. Sixty hours of instruction are required.",
        "physical_therapist",
        "HI",
        "unaddressed",
    ),
    (
        "Mark each statement TRUE or FALSE.\n\n1. Physical therapists may perform dry needling.\n\n"
        "Answers are given at the next meeting.",
        "physical_therapist",
        "HI",
        "unaddressed",
    ),
    (
        "Mark each statement TRUE or FALSE.\n\n1. Physical therapists may perform dry needling.\n\nANSWER KEY"
        "\n\n1. TRUE.",
        "physical_therapist",
        "HI",
        "permitted",
    ),
    # a plural anaphor: "these techniques" after a sentence that names dry needling
    (
        "Dry needling is the practice of acupuncture in this state. A physician may perform these techniques only "
        "after the Department has issued a certificate.",
        "physician",
        None,
        "permitted",
    ),
    # a class without "to be": "considers dry needling a physical agent modality"
    (
        "The Board considers dry needling a physical agent modality. An occupational therapist may use physical "
        "agent modalities when trained.",
        "occupational_therapist",
        None,
        "permitted",
    ),
    # a bill report's "Background" states the law as it stands, not the bill
    (
        "HOUSE BILL REPORT\nHB 1039\n\nBackground:\n\nDry needling is currently not within the scope of physical "
        "therapy practice.\n\nSummary of Bill:\n\nA physical therapist may perform dry needling.",
        "physical_therapist",
        "WA",
        "prohibited",
    ),
    # a bill's status page: "S. 0917", "Introduced in the Senate on ..."
    (
        "South Carolina General Assembly\n\nS. 0917\n\nIntroduced in the Senate on January 13, 2026\n\nA BILL TO "
        "PROVIDE THAT A LICENSED ATHLETIC TRAINER MAY PERFORM DRY NEEDLING UNDER CERTAIN CONDITIONS.",
        "athletic_trainer",
        "SC",
        "unaddressed",
    ),
    # a petition site's furniture lower in the head ("1,284 have signed")
    (
        "PetitionHub\nStart a petition | Browse\n\nKeep Dry Needling Safe\n\nStarted by a group of physicians\nTo: "
        "the Board\n\n1,284 have signed.\n\nDry needling means pushing a needle through the skin.",
        "physician",
        "VA",
        "unaddressed",
    ),
    # ... while a court's caption "PETITION FOR JUDICIAL REVIEW" is no petition page
    (
        "STATE OF NORTH CAROLINA\nSUPERIOR COURT DIVISION\n\nACUPUNCTURE BOARD,\n    Petitioner,\n  v.\nPT BOARD,\n"
        "    Respondent.\n\nORDER AND OPINION ON\nPETITION FOR JUDICIAL REVIEW\n\nThe Court holds that dry needling "
        "is within the scope of physical therapy.",
        "physical_therapist",
        "NC",
        "permitted",
    ),
    # a petition page's organiser's update reports what happened since
    (
        "SignForChange\nStart a petition | Browse\n\nLet athletic trainers dry needle!\n\n3,412 have signed.\n\n"
        "Petition update - October 4, 2022\nVICTORY! The Board's rule took effect. Athletic trainers who meet the "
        "rule's requirements can now add dry needling to their practice.\n\n---\n\nWhy this petition matters\n\n"
        "We ask the Board to adopt a rule allowing athletic trainers to perform dry needling.",
        "athletic_trainer",
        "AZ",
        "permitted",
    ),
    (
        "SignForChange\nStart a petition | Browse\n\nLet athletic trainers dry needle!\n\n3,412 have signed.\n\n"
        "Why this petition matters\n\nWe ask the Board to adopt a rule allowing athletic trainers to perform dry "
        "needling.",
        "athletic_trainer",
        "AZ",
        "unaddressed",
    ),
    # minutes' abbreviation "DN" (capitals only) names dry needling
    (
        "MEETING HIGHLIGHTS\n\n- DN: Bd voted 5-0 that DN is a PAM under the OT Practice Act; OTs who meet the PAM "
        "competency reqs may use it.",
        "occupational_therapist",
        "AZ",
        "permitted",
    ),
    (
        "Notes: the dn key on the form may use it.",
        "occupational_therapist",
        "AZ",
        "unaddressed",
    ),
    # a text box drawn with bars: its lines run on as one text
    (
        "+------------------------------+\n| WORKED EXAMPLE               |\n| Q1: the Board's policy recognizes dry |\n"
        "| needling as within the scope of physical therapy. |\n+------------------------------+\n",
        "physical_therapist",
        "ND",
        "permitted",
    ),
    # exclusivity permits the professions it names
    (
        "Dry needling should only be performed by physicians and acupuncturists.",
        "physician",
        None,
        "permitted",
    ),
    (
        "Dry needling should only be performed by physicians and acupuncturists.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a relative clause's subject is its antecedent: the trainers only refer, the providers needle
    (
        "Trainer guidance\n\nAthletic trainers may not perform dry needling. An athletic trainer may send a "
        "client to other practitioners who may perform dry needling.",
        "athletic_trainer",
        None,
        "prohibited",
    ),
    (
        "Trainer guidance\n\nAn athletic trainer may send a client to other practitioners who may perform "
        "dry needling.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # must not: an antecedent that is the profession keeps the vote
    (
        "Licensing news\n\nThe Board now licenses physical therapists who may perform dry needling after "
        "thirty hours of coursework.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # must not: "that" after a verb of telling opens what is told, not a relative clause
    (
        "Board notice\n\nThe Board reminds practitioners that dry needling is not within the scope of practice "
        "of physical therapy.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # "the physician" after "a chiropractic physician" is the chiropractor, not a medical doctor
    (
        "Chiropractic board FAQ\n\nA chiropractic physician may perform dry needling under the new rule. The "
        "physician must finish the required course before treating a patient with dry needling.",
        "physician",
        None,
        "unaddressed",
    ),
    (
        "Chiropractic board FAQ\n\nA chiropractic physician may perform dry needling under the new rule. The "
        "physician must finish the required course before treating a patient with dry needling.",
        "chiropractor",
        None,
        "permitted",
    ),
    # must not: after a medical physician, "the physician" is still the physician
    (
        "Medical board FAQ\n\nChiropractors are addressed by their own board. A physician may delegate tasks. "
        "The physician must finish a course before performing dry needling.",
        "physician",
        None,
        "permitted",
    ),
    # the class dry needling belongs to is what may be done, not who may do it
    (
        "Chiropractic rules\n\nA chiropractor may perform acupuncture, including dry needling, after 120 hours "
        "of study.",
        "acupuncturist",
        None,
        "unaddressed",
    ),
    (
        "Chiropractic rules\n\nA chiropractor may perform acupuncture, including dry needling, after 120 hours "
        "of study.",
        "chiropractor",
        None,
        "permitted",
    ),
    # a rescission's reason is the new law: "that rule was struck down when the court held that ..."
    (
        "Board order\n\nIn 2009 the Board adopted a rule allowing chiropractors to perform dry needling. That "
        "rule was struck down when the appeals court ruled that dry needling is not within the practice of "
        "chiropractic.",
        "chiropractor",
        None,
        "prohibited",
    ),
    # must not: a rescission with no reason given still cancels the position it names
    (
        "Board order\n\nThe Board's rule says dry needling is not within the practice of chiropractic. That rule "
        "was repealed in 2019.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    # "no rule or statute authorizes": "rule" after "no" is a noun, not a verb of deciding
    (
        "Order\n\nSince the ruling, no rule or statute authorizes a chiropractor to perform dry needling.",
        "chiropractor",
        None,
        "prohibited",
    ),
    # must not: "has not ruled on whether" leaves the question open
    (
        "Order\n\nThe Board has not ruled on whether chiropractors may perform dry needling.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    # a state table's row whose notes make it long is still this state's row; its column
    # heading, a question, is no statement
    (
        "Trainers and dry needling, state by state\n\nState | Can trainers dry needle? | Hours | Notes | Since\n"
        "Ohio | No | - | - | -\nIowa | Yes | 90* | see the note | 3/1/2021\nUtah | Yes | 40 | in person | -",
        "athletic_trainer",
        "IA",
        "permitted",
    ),
    (
        "Trainers and dry needling, state by state\n\nState | Can trainers dry needle? | Hours | Notes | Since\n"
        "Ohio | No | - | - | -\nIowa | Yes | 90* | see the note | 3/1/2021\nUtah | Yes | 40 | in person | -",
        "athletic_trainer",
        "OH",
        "prohibited",
    ),
    # must not: a state the table leaves out is not read from the column heading
    (
        "Trainers and dry needling, state by state\n\nState | Can trainers dry needle? | Hours | Notes | Since\n"
        "Ohio | No | - | - | -\nIowa | Yes | 90* | see the note | 3/1/2021\nUtah | Yes | 40 | in person | -",
        "athletic_trainer",
        "KS",
        "unaddressed",
    ),
    # a board's page in Spanish: a question answered "No" and the law it states
    (
        "Junta de Fisioterapia\n\n¿Puede un fisioterapeuta realizar la punción seca?\nNo. La ley no autoriza a "
        "los fisioterapeutas a realizar la punción seca.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    (
        "Junta de Fisioterapia\n\n¿Puede un fisioterapeuta realizar la punción seca?\nNo. La ley no autoriza a "
        "los fisioterapeutas a realizar la punción seca.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    # must not: a bill in Spanish is a proposal, as in English
    (
        "CÁMARA DE REPRESENTANTES\n\nP. de la C. 77\n\nReferido a la Comisión de Salud\n\nLEY\n\nSección 1.- Un "
        "fisioterapeuta licenciado podrá realizar la punción seca luego de cincuenta horas de adiestramiento.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a proposal's statement of the law as it stands is the law, not proposed text
    (
        "NOTICE OF PROPOSED RULE\n\nSummary of the change: this filing repeals a duplicate section. As the "
        "statute now stands, a physical therapist may perform dry needling only after registering with the Board.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # must not: the proposal's own text is still proposed
    (
        "NOTICE OF PROPOSED RULE\n\nSummary of the change: this filing adds a section. A physical therapist may "
        "perform dry needling only after registering with the Board.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a statement the page says binds nobody here counts no more than a rescinded one
    (
        "Risk bulletin\n\nUnder the therapy board's rules, physical therapists may dry needle after 50 hours of "
        "training. In 2013 the medical board stated that dry needling is the practice of medicine. That statement "
        "is the medical board's view. It is not a rule of the therapy board.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # on a page of the District of Columbia, "Washington" is the city, not Washington State
    (
        "Government of the District of Columbia\nDepartment of Health\n\nWASHINGTON, DC - Washington's physical "
        "therapists may now perform dry needling after completing the training the Board requires.",
        "physical_therapist",
        "WA",
        "unaddressed",
    ),
    (
        "Government of the District of Columbia\nDepartment of Health\n\nWASHINGTON, DC - Washington's physical "
        "therapists may now perform dry needling after completing the training the Board requires.",
        "physical_therapist",
        "DC",
        "permitted",
    ),
    # must not: a District page that names Washington State speaks of it
    (
        "Government of the District of Columbia\nDepartment of Health\n\nNews from other boards: in Washington "
        "State, physical therapists may now perform dry needling after completing the required training.",
        "physical_therapist",
        "WA",
        "permitted",
    ),
    # a letter whose subject line takes a stand on a bill is a comment, even below its address block
    (
        "STATE ACUPUNCTURE SOCIETY\nP.O. Box 1\n\nMarch 2026\n\nHealth Committee\nState House\nCapitol "
        "Building\nCapital City\n\nRe: Opposition to the dry needling bill\n\nDear Members:\n\nToday, "
        "occupational therapists may not dry needle, and they should not be allowed to.",
        "occupational_therapist",
        None,
        "unaddressed",
    ),
    # must not: a letter's subject that takes no stand leaves its statements read
    (
        "STATE BOARD OF OCCUPATIONAL THERAPY\nP.O. Box 1\n\nMarch 2026\n\nHealth Committee\nState House\n"
        "Capitol Building\nCapital City\n\nRe: Licensee questions\n\nDear Members:\n\nThe Board has told "
        "licensees that occupational therapists may not perform dry needling.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    # a letter whose subject line calls it comments on a proposal is a comment, whatever the body's title
    (
        "STATE CHIROPRACTIC ADVISORY PANEL\nP.O. Box 9\n\nJune 2026\n\nBoard of Athletic Training\nP.O. Box 2"
        "\nCapital City\n\nRe: Draft rule on trigger point needling - comments after the public hearing\n\n"
        "Dear Members:\n\nIt is the view of the Panel that dry needling is the practice of acupuncture and "
        "athletic trainers may not perform it.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # must not: a board's reply to the comments it received speaks for the board
    (
        "STATE BOARD OF ATHLETIC TRAINING\nP.O. Box 2\n\nJune 2026\n\nState Chiropractic Panel\nP.O. Box 9"
        "\nCapital City\n\nRe: Response to comments on the draft rule\n\nDear Members:\n\nThe Board has "
        "determined that athletic trainers may not perform dry needling.",
        "athletic_trainer",
        None,
        "prohibited",
    ),
    # a story about another state's new law that names this state in passing: its sentences that
    # name no state are about the other state
    (
        "Valley Courier\n\nGovernor signs needling bill\n\nNevada's governor signed a bill on Monday. It "
        "lets Nevada chiropractors use dry needling. Nevada acupuncturists had fought it. The Nevada board "
        "will write the rules. The new law permits chiropractors to perform dry needling after 30 hours of "
        "training. A Utah chiropractor said she would keep working in Utah.",
        "chiropractor",
        "UT",
        "unaddressed",
    ),
    # must not: a page that names this state as often keeps its own sentences
    (
        "Valley Courier\n\nTwo states, one technique\n\nNevada's governor signed a bill on Monday. Nevada "
        "chiropractors may soon needle. Utah has had a rule for years. Utah's board said so again. The rule "
        "permits chiropractors to perform dry needling after 30 hours of training.",
        "chiropractor",
        "UT",
        "permitted",
    ),
    # an item of a definition that opens its own list: dry needling as one entry of it
    (
        'Athletic training law\n\n"Athletic training" means:\n\n(a) Evaluating injuries;\n\n(b) Treating '
        "injuries with interventions that may include, but are not limited to: taping; cold and heat; dry "
        "needling; exercise; and bracing;\n\n(c) Education.",
        "athletic_trainer",
        None,
        "permitted",
    ),
    # must not: an item whose own list is of what the field does not include
    (
        'Athletic training law\n\n"Athletic training" means:\n\n(a) Evaluating injuries;\n\n(b) Treating '
        "injuries with interventions, which do not include: surgery; injections; dry needling; or "
        "prescribing;\n\n(c) Education.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # animal patients: needling a dog is veterinary medicine, not the profession's scope on people
    (
        "Veterinary board FAQ\n\nQ: Can a physical therapist dry needle a horse?\nA: No. Only a veterinarian "
        "may insert needles into an animal.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Therapist news\n\nPhysical therapists may not perform dry needling on pets or other animals.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # must not: a page that mentions animals elsewhere still decides for people
    (
        "Therapist news\n\nPhysical therapists may perform dry needling on patients, and on horses only under "
        "a veterinarian's supervision.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Therapist news\n\nPhysical therapists may not perform dry needling. Animal rehabilitation is "
        "regulated by the veterinary board.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a governor's release: the governor "has signed legislation", so it is law, not a petition's
    # count of signatures ...
    (
        "Office of the Governor\nPress release\n\nThe Governor has signed legislation on therapy practice."
        " Under the new law, occupational therapists may perform dry needling after 50 hours of training.",
        "occupational_therapist",
        "UT",
        "permitted",
    ),
    # ... while a petition's "have signed" still makes the page a petition
    (
        "Let therapists needle\n\n2,310 supporters have signed this petition.\n\nOccupational therapists may"
        " perform dry needling, and the Board should say so.",
        "occupational_therapist",
        "UT",
        "unaddressed",
    ),
    # a chaptered act headed by the state's volume of acts is law, not a bill's proposed text ...
    (
        "MONTANA ACTS OF ASSEMBLY -- 2022 SESSION\n\nCHAPTER\n\nAn Act relating to athletic trainers; dry"
        " needling.\n\nBe it enacted by the General Assembly:\n\n1. An athletic trainer may perform dry needling"
        " after completing 40 hours of training.\n\nApproved May ___, 2022",
        "athletic_trainer",
        "MT",
        "permitted",
    ),
    # what a body recommends is its whole that-clause, a list's ", and ..." included ...
    (
        "Report to the Legislature\n\nThe Department recommends that any bill include training standards, a"
        " registry of providers, and a competency check before an athletic trainer may perform dry needling.",
        "athletic_trainer",
        "WA",
        "unaddressed",
    ),
    # ... also where another pending word comes first in the clause (every marker of a meaning
    # is read, each as far as it reaches) ...
    (
        "Sunrise review\n\nIf the Legislature takes up the proposal, the Department recommends that any bill"
        " include training standards, a registry of trained therapists, and proof of competency before a"
        " physical therapist may perform dry needling.",
        "physical_therapist",
        "WA",
        "unaddressed",
    ),
    # ... but not past a coordinated clause of its own: the Board's determination is no recommendation
    (
        "Board of Physical Therapy\n\nMinutes\n\nThe Task Force recommended that the Board publish a list of"
        " approved courses, and the Board determined that dry needling is within the scope of physical therapy.",
        "physical_therapist",
        "VA",
        "permitted",
    ),
    # ... while a sentence after the recommendation states the law
    (
        "Report to the Legislature\n\nThe Department recommends that licensees review the rule. An athletic"
        " trainer may perform dry needling after 30 hours of training, and a competency check.",
        "athletic_trainer",
        "WA",
        "permitted",
    ),
    # a PDF page that opens mid-sentence continues a state's section begun on an earlier page:
    # that opening is no section of the state read for ...
    (
        "Survey of state rules -- page 9\n\nmeans that dry needling is within the scope of physical therapy, the Board"
        " said.\n\nNevada\nThe Nevada Board has said nothing about dry needling.\n\nIdaho\nIdaho allows dry"
        " needling by physical therapists.",
        "physical_therapist",
        "NV",
        "unaddressed",
    ),
    # ... while a page that opens with a capital is read as usual
    (
        "Survey of state rules -- page 9\n\nDry needling is within the scope of practice of physical therapy"
        " in Nevada, the Board said.\n\nNevada\nThe Nevada Board repeated this.\n\nIdaho\nIdaho allows dry"
        " needling by physical therapists.",
        "physical_therapist",
        "NV",
        "permitted",
    ),
    # what a cited law provides is the law's text, even inside a party's allegation ...
    (
        "Notice of charges\n\nThe complaint office alleges that the licensee's conduct violates Rule 12.4(b),"
        " which provides that an athletic trainer shall not perform dry needling.",
        "athletic_trainer",
        "KS",
        "prohibited",
    ),
    # ... while the allegation itself stays the party's
    (
        "Notice of charges\n\nThe complaint office alleges that athletic trainers may not perform dry needling"
        " under Rule 12.4(b).",
        "athletic_trainer",
        "KS",
        "unaddressed",
    ),
    # ... and the same act without any sign that it became law stays a proposal
    (
        "CHAPTER\n\nAn Act relating to athletic trainers; dry needling.\n\nBe it enacted by the General"
        " Assembly:\n\n1. An athletic trainer may perform dry needling after completing 40 hours of training.",
        "athletic_trainer",
        "MT",
        "unaddressed",
    ),
    # batch 34: a witness's testimony on a bill is no bill: its account of the law as it stands is
    # read (what the bill "would" do stays a proposal) ...
    (
        "State Legislature\nCommittee Testimony\nBill: HB 402 - Concerning dry needling\nPosition: Pro\n\n"
        "I own a therapy clinic. Under the board's 2019 ruling, physical therapists in this state cannot"
        " perform dry needling. HB 402 would change that.",
        "physical_therapist",
        "WA",
        "prohibited",
    ),
    # ... and the bill's own page stays a proposal
    (
        "State Legislature\nBill: HB 402 - Concerning dry needling\n\nSection 1. A physical therapist may"
        " perform dry needling after completing 50 hours of training.",
        "physical_therapist",
        "WA",
        "unaddressed",
    ),
    # a rulemaking notice's "NEED FOR THE RULE(S):" recounting what an earlier act did is the law
    # it builds on, not the proposed text
    (
        "NOTICE OF PROPOSED RULEMAKING\n\nRULES: 848-040-0200 (new)\n\nNEED FOR THE RULE(S):\nSenate Bill"
        " 55 (2024) authorized athletic trainers to perform dry needling. The proposed rule sets the training.",
        "athletic_trainer",
        "OR",
        "permitted",
    ),
    # an opinions list's summary predicting what a court would conclude is the opinion's answer ...
    (
        "Opinions issued - June 2018\n\nKP-0201 (June 4, 2018)\nRe: Whether chiropractors may perform dry"
        " needling\nSummary: A court would likely conclude that dry needling is within the scope of"
        " chiropractic, so licensed chiropractors may perform it.",
        "chiropractor",
        "TX",
        "permitted",
    ),
    # ... while a summary of what a bill would do stays a proposal
    (
        "Bill summaries - June 2018\n\nHB 12\nSummary: The bill would allow chiropractors to perform dry"
        " needling.",
        "chiropractor",
        "TX",
        "unaddressed",
    ),
)

# The paraphrase sweep (scripts/paraphrase_sweep.py): one meaning in the forms pages print it in.
PAGE_EXAMPLES += (
    # a sentence broken across lines: a profession at the start of a line is still named, and a
    # short line that stops on "in", "of" or "by an" is prose cut in two, not a heading
    (
        "Board news\n\nA licensed athletic trainer may perform dry needling in\nOhio when the rule's training is done.",
        "athletic_trainer",
        None,
        "permitted",
    ),
    (
        "Board news\n\nDry needling is not within the scope of practice of\noccupational therapists in this state.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    (
        "Rule 4\n\n4.2 DRY NEEDLING SHALL NOT BE PERFORMED BY AN\nOCCUPATIONAL THERAPIST IN THIS STATE.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    # ... while a title in capitals on its own line stays a title
    (
        "Dry Needling for Athletic Trainers\n\nThe board has not taken a position on dry needling.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # a rule in capitals broken across lines: the second line goes on the first ("MAY ONLY\nPERFORM")
    (
        "Rule 7\n\n(a) AN ATHLETIC TRAINER LICENSED UNDER THIS ACT MAY ONLY\nPERFORM DRY NEEDLING UNDER THE "
        "FOLLOWING CONDITIONS:\n(1) the trainer has completed 40 hours of instruction.",
        "athletic_trainer",
        None,
        "permitted",
    ),
    # a line lowered from capitals keeps its state's name, so another state stays another state
    (
        "Guide\n\nIN TEXAS, OCCUPATIONAL THERAPISTS MAY PERFORM DRY NEEDLING AFTER A COURSE.",
        "occupational_therapist",
        "OH",
        "unaddressed",
    ),
    # the singular abbreviation after a determiner names the profession
    (
        "Athletic trainer FAQ\n\nAn AT may perform dry needling after 40 hours of instruction.",
        "athletic_trainer",
        None,
        "permitted",
    ),
    (
        "Occupational therapy rules\n\nDry needling is not within the scope of practice of an OT.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    # batch 27: a page whose genre makes its rule text proposed (a rulemaking hearing's notice, a
    # committee's agenda of bills to hear, a committee's amendments to a bill, a register notice
    # whose agency only intends final action) decides nothing; the same rule adopted decides
    (
        "Secretary of State\nRules Division\n100 Main Street\nCapital City\nPhone: 555-0100\n\nFiling No. 44\n"
        "Filed: March 2019\n\nNOTICE OF RULEMAKING HEARING\n\nThe Board of Physical Therapy will hear comment on"
        " the rule below.\n\nSubstance of Proposed Rules\n\nRule 7.3 Dry Needling. A physical therapist may"
        " perform dry needling after completing 60 hours of approved training.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Board of Physical Therapy\n\nNotice of Public Hearing on Proposed Rules\n\nThe rule text follows.\n\n"
        "Substance of the proposed rule amendments\n\nA physical therapist may perform dry needling once trained.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Board of Physical Therapy\n\nNotice of Adoption\n\nThe following rule was adopted on May 2, 2019.\n\n"
        "Rule 7.3. A physical therapist may perform dry needling after completing 60 hours of approved training.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "HOUSE HEALTH COMMITTEE\nRepresentative A. Jones, Chair\nRepresentative B. Lee, Vice Chair\n\nMEMBERS\nRep. C. Diaz\n"
        "Rep. D. Park\n\nHEARING NOTICE\n\nDATE: March 3, 2022\nTIME: 10:00 a.m.\nPLACE: Room 211\n\n"
        "AGENDA\n\nHB 212\nRELATING TO HEALTH CARE.\nAuthorizes a physical therapist to perform dry needling after"
        " training.\n\nHB 230\nRELATING TO BOATS.\nRenames a harbor.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Notice of Hearing\n\nIn the matter of the license of J. Doe, PT.\n\nThe Board has ruled that dry needling"
        " is within the scope of practice of physical therapy.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "SENATE COMMITTEE REPORT\n\nThe Committee on Health recommends that SB 88 be amended as follows and then"
        ' passed:\n\nOn page 2, line 4, insert: "A PHYSICAL THERAPIST MAY PERFORM DRY NEEDLING AFTER 40 HOURS OF'
        ' TRAINING."',
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        'Committee on Health and Welfare.\n\nAmend printed bill, page 2, after line 6 insert: "(4) AN OCCUPATIONAL'
        ' THERAPIST MAY PERFORM DRY NEEDLING."',
        "occupational_therapist",
        None,
        "unaddressed",
    ),
    (
        "STATE REGISTER\n\nDEPARTMENT OF HEALTH\n\nNOTICE OF PROPOSED RULEMAKING\n\nThe Department gives notice"
        " of the intent to amend Chapter 9 and of its intent to take final rulemaking action in 45 days.\n\n"
        "Chapter 9 is amended as follows:\n\n9.4 A physical therapist may perform dry needling after 50 hours of"
        " training.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "STATE REGISTER\n\nDEPARTMENT OF HEALTH\n\nNOTICE OF FINAL RULEMAKING\n\nThe Department adopts the"
        " following amendments to Chapter 9, effective upon publication.\n\n9.4 A physical therapist may perform"
        " dry needling after 50 hours of training.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # a writer's wish for the law to change is no law; the law the writer states still decides
    (
        "Riverside Therapy Blog\n\nWhy we don't dry needle in Ohio\n\nIn Ohio, physical therapists are not allowed"
        " to perform dry needling. We'd love to see Ohio join the states that let trained physical therapists dry"
        " needle someday.",
        "physical_therapist",
        "OH",
        "prohibited",
    ),
)

# The dates families (``dates.py``): family -> pages, each with its profession and the
# ``effective_date`` and ``enacted_date`` it must give (ISO or None). A family's must-not
# examples are the pages where a date it could take is not the answer.
DATE_EXAMPLES: dict[str, tuple[tuple[str, str, str | None, str | None], ...]] = {
    # a rule's history note dates the rule in force ("History-New 4-19-21", "Eff. 6-13-11")
    "history-note": (
        (
            "64B17-6.008 Dry Needling.\n\n(1) A physical therapist may perform dry needling only after "
            "completing 50 hours of approved training.\n\nRulemaking Authority 486.025 FS. Law Implemented "
            "486.117 FS. History\u2013New 4-19-21.",
            "physical_therapist",
            "2021-04-19",
            None,
        ),
        (
            "R 338.7140 Dry needling.\n\nA physical therapist may perform dry needling after completing 50 "
            "hours of instruction.\n\nHistory: 2019 MR 12, Eff. 6-28-19.",
            "physical_therapist",
            "2019-06-28",
            None,
        ),
        # the note under a "History" or "Source" heading that follows the rule's text dates it
        (
            "R 1.1 Dry needling.\n\nA physical therapist may perform dry needling after completing 50 hours "
            "of instruction.\n\nHistory\n\nAdopted effective June 13, 2011; amended effective March 1, 2015.",
            "physical_therapist",
            "2011-06-13",
            None,
        ),
        (
            "## 6715 Scope of practice\nA physical therapist licensed in the District may perform dry "
            "needling in conformance with section 6716.\n\n## History\nThe Director proposed these "
            "amendments on November 12, 2010. The final rulemaking took effect on publication on January "
            "28, 2011.",
            "physical_therapist",
            "2011-01-28",
            None,
        ),
        # must not: an opinion's "History" of past events, before its conclusion, dates nothing now
        (
            "Opinion No. 12\n\nHistory\n\nIn 2011 the board adopted a rule, effective June 13, 2011, that "
            "allowed physical therapists to perform dry needling. A court struck it down in 2014.\n\n"
            "Conclusion\n\nA physical therapist may not perform dry needling.",
            "physical_therapist",
            None,
            None,
        ),
        # must not: a "History" at the end that tells of dry needling recounts events
        (
            "A physical therapist may not perform dry needling.\n\nHistory\n\nA rule effective June 13, "
            "2011 was the board's first on dry needling; a court struck it down in 2014.",
            "physical_therapist",
            None,
            None,
        ),
        # must not: a history note not yet filled in, a count that looks like a date
        (
            "(1) A physical therapist may perform dry needling only after completing 50 hours of approved "
            "training.\n\nRulemaking Authority 486.025 FS. History\u2013New ______.",
            "physical_therapist",
            None,
            None,
        ),
        (
            "A physical therapist may perform dry needling. The board heard from 4-19 new applicants each "
            "month last year.",
            "physical_therapist",
            None,
            None,
        ),
    ),
    # a law's approval, signing or filing date is when it was enacted, not when it took effect
    "enactment-not-in-force": (
        (
            '32-2001. Definitions\n\n(5) "Dry needling" means a skilled intervention performed by a '
            "physical therapist that uses a thin filiform needle to penetrate the skin.\n\nAmended by Laws "
            "2014, Ch. 12 (SB 1154), approved by the Governor April 25, 2014.",
            "physical_therapist",
            None,
            "2014-04-25",
        ),
        # what a governor signs is a law, wherever its name is
        (
            "Bill Detail\n\nBill:      HB 12\nStatus:    Signed by Governor, August 2014\n\nSynopsis: This Act "
            "adds dry needling to the definition of the practice of physical therapy.",
            "physical_therapist",
            None,
            "2014-08-01",
        ),
        # a label on the line above its date ("Approved by the Governor" / "EFFECTIVE DATE:")
        (
            "Public Acts of 2026\nApproved by the Governor\nOctober 8, 2026\nEFFECTIVE DATE: April 1, 2027\n\n"
            "Sec. 1. A physical therapist may perform dry needling if the physical therapist has completed "
            "50 hours of dry needling education.",
            "physical_therapist",
            "2027-04-01",
            "2026-10-08",
        ),
        (
            "Notice of Final Rulemaking\n\n4. The effective date of the rule:\n   July 1, 2015\n\nA. Before "
            "performing dry needling, a physical therapist shall complete at least 24 hours of instruction.",
            "physical_therapist",
            "2015-07-01",
            None,
        ),
        # an act in force on its approval: the approval date is both
        (
            "AN ACT\n\nSection 1. A physical therapist may perform dry needling after completing 80 hours "
            "of training.\n\nSection 2. This Act shall take effect immediately after its approval.\n\n"
            "Approved August 12, 2026.",
            "physical_therapist",
            "2026-08-12",
            "2026-08-12",
        ),
        # must not: a deadline, a proposal's issue, a law described as "then in effect"
        (
            "Final action on regulations. The previously adopted regulation required registration by June "
            "19, 2018. A physical therapist may not perform dry needling unless the physical therapist is "
            "registered with the Board.",
            "physical_therapist",
            None,
            None,
        ),
        (
            "This action, which was proposed for adoption in the December 2025 issue of the Register, has "
            "been adopted as proposed. A physical therapist may perform dry needling after completing 80 "
            "hours of instruction.",
            "physical_therapist",
            None,
            None,
        ),
        (
            "A physical therapist may perform dry needling after completing 50 hours of training.\n\nNotes: "
            "on continuing education under the law then in effect, OAG 14-62 (6/19/14).",
            "physical_therapist",
            None,
            None,
        ),
    ),
    # an order is in force from the day it is ordered ("IT IS SO ORDERED this 12th day of ...")
    "order-date": (
        (
            "STIPULATED FINAL ORDER\n\nDry needling is not within the scope of practice of physical therapy. "
            "Licensee shall not perform dry needling.\n\nIT IS SO ORDERED this 12th day of September, 2019.",
            "physical_therapist",
            "2019-09-12",
            None,
        ),
    ),
    # a bill's version date ("As Amended March 19, 2026") dates no law
    "bill-version": (
        (
            "AB 2497 (Author) - As Amended March 19, 2026\n\nSUBJECT: Physical therapists: dry needling.\n\n"
            "EXISTING LAW:\n\n1) Does not authorize a physical therapist to perform dry needling.",
            "physical_therapist",
            None,
            None,
        ),
    ),
    # a dated decision by a named body right before the page's own statement
    "dated-decision": (
        (
            "STATEMENT ON DRY NEEDLING\n\nOn May 17, 2017 the Oregon Department of Justice advised the "
            "Board that dry needling is not within the scope of physical therapy. Effective immediately, "
            "physical therapists licensed in Oregon may not perform dry needling.",
            "physical_therapist",
            "2017-05-17",
            None,
        ),
    ),
    # minutes: what the board decided at the meeting is in force, and enacted, on its date
    "minutes-meeting": (
        (
            "STATE BOARD OF PHYSICAL THERAPY\nMinutes of the Regular Meeting\nMay 13, 2013\n\nThe minutes "
            "of the April 8, 2013 meeting were approved.\n\nMotion by a member, seconded by another member, "
            "that dry needling is within the scope of practice of physical therapy for physical therapists "
            "with appropriate training. Motion carried.",
            "physical_therapist",
            "2013-05-13",
            "2013-05-13",
        ),
        (
            "BOARD OF PHYSICAL THERAPY\nMINUTES\n\nThe Board convened for its regular meeting on Friday, "
            "April 27, 2007.\n\nAfter discussion, the Board determined that dry needling is within the "
            "scope of practice of physical therapy.",
            "physical_therapist",
            "2007-04-27",
            "2007-04-27",
        ),
        # must not: a newsletter reports a determination, it does not enact it; approving the
        # minutes of an earlier meeting enacts nothing
        (
            "BOARD NEWSLETTER\n\nAt its meeting on September 12, 2008, the Board determined that dry "
            "needling is not within the scope of practice of physical therapy.",
            "physical_therapist",
            "2008-09-12",
            None,
        ),
        (
            "BOARD OF PHYSICAL THERAPY\nMINUTES\nDate: Thursday, January 16, 2020\n\nIt was voted to approve "
            "the minutes of the November 21, 2019 meeting.\n\nThe executive officer noted that physical "
            "therapists may not perform dry needling under current law.",
            "physical_therapist",
            "2020-01-16",
            None,
        ),
    ),
    # "since": when the permission began. "Licensed since 2003" is a condition; "within the scope of
    # practice since its statement of March 2013" dates the authority's act
    "since-the-act": (
        (
            "The Board has treated dry needling as within the scope of physical therapy practice since its "
            "statement of March 2013.\n\nAnswering a question on May 4, 2016, the Board's view was that the "
            "act allows a physical therapist to perform dry needling when trained for it.",
            "physical_therapist",
            "2013-03-01",
            None,
        ),
        # must not: the practitioner's years in practice are not when the law began
        (
            "A physical therapist may perform dry needling only if the therapist has been in practice since "
            "January 1, 2010 and has completed 40 hours of approved training.",
            "physical_therapist",
            None,
            None,
        ),
    ),
    # a sentence that states the permission with its date says when it began; an amendment's date
    # elsewhere on the page does not
    "stated-with-the-decision": (
        (
            "Act 12 of 2024, effective June 1, 2024, moved the dry needling provisions into new sections.\n\n"
            "Dry needling by physical therapists has been lawful in this state since Act 40 took effect on "
            "July 1, 2016.\n\nA physical therapist may perform dry needling only while holding a "
            "registration issued by the Division.",
            "physical_therapist",
            "2016-07-01",
            None,
        ),
        # must not: with no date stated beside the permission, the page's in-force date still serves
        (
            "Act 12 of 2024, effective June 1, 2024, moved the dry needling provisions into new sections.\n\n"
            "A physical therapist may perform dry needling only while holding a registration issued by the "
            "Division.",
            "physical_therapist",
            "2024-06-01",
            None,
        ),
    ),
    # a date on a line of its own under an opinion's title (a PDF's lines run into one sentence)
    "date-line": (
        (
            "Opinion No. Z-0100: Whether physical therapists may perform dry needling\nMarch 3, 2015\n"
            "Opinion No. Z-0100\nThe acupuncture board asked whether physical therapists may insert "
            "filiform needles.\nConclusion: dry needling is within the scope of practice of physical therapy.",
            "physical_therapist",
            "2015-03-03",
            None,
        ),
        # must not: a date inside a line of prose is not the document's date
        (
            "Opinion No. Z-0100: Whether physical therapists may perform dry needling\nThe request of March 3, "
            "2015 came from the acupuncture board.\nConclusion: dry needling is within the scope of practice "
            "of physical therapy.",
            "physical_therapist",
            None,
            None,
        ),
    ),
}

# (page, profession, jurisdiction or None, expected status): pages whose reading is right but
# must stay below decisive (0.8), because who, what, predicate or polarity is not found in an
# assertive, current, this-jurisdiction statement of the page itself
UNDECISIVE_EXAMPLES: tuple[tuple[str, str, str | None, str], ...] = (
    # an insurer's policy recounts the state's law: read, never decisive
    (
        "Northshore Health Plan\nMedical Policy\nPolicy Number: MP-7\n\nSTATE-SPECIFIC INFORMATION\n"
        "In 2017 the Attorney General concluded that physical therapists are not authorized to perform dry "
        "needling under current law.",
        "physical_therapist",
        "NJ",
        "prohibited",
    ),
    # an answer key turns a quiz's statement around: the page never says it outright
    (
        "Test your knowledge. Decide whether each statement is true or false.\n\n1. State law prohibits "
        "physical therapists from performing dry needling.\n\nAnswer key: 1 - False.",
        "physical_therapist",
        "FL",
        "permitted",
    ),
    # an editor's banner reports the law that replaced the page's
    (
        "SUPERSEDED BY STATUTE - Chapter 12 of 2021 authorizes physical therapists to perform dry needling.\n\n"
        "Opinion of the Attorney General, 2017\n\nPhysical therapists are not authorized to perform dry needling.",
        "physical_therapist",
        "NJ",
        "permitted",
    ),
    # a governor's veto message: whatever it says of the bill, the page is about a proposal
    (
        "Governor's veto message\n\nI am returning House File 7 without my approval. Current law does not "
        "authorize physical therapists to perform dry needling.",
        "physical_therapist",
        "MN",
        "prohibited",
    ),
    # the page's context keeps a complete vote below decisive (confidence.doubted):
    # not-the-state: a health system's masthead; its policy binds its staff, not the state's law
    (
        "Riverside Medical Center\nRehabilitation Services\n\nDry needling\n\nPhysical therapists may perform "
        "dry needling after 50 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    # not-the-state: a union speaks for its members (and "Georgia" may be the country)
    (
        "Eastside Physiotherapy Union\nMembers' news\n\nWho may dry needle?\n\nUnder the national health law, "
        "physiotherapists who finish an accredited course may perform dry needling.",
        "physical_therapist",
        "GA",
        "permitted",
    ),
    # not-the-state: a clinic's masthead, with no state board on the line
    (
        "Lakeside Pain Clinic\nStaff handbook\n\nPhysical therapists may perform dry needling after 50 hours of "
        "training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    # no-longer-stands: a note says a court struck the rule down; the rule still reads as a permission
    (
        "Administrative Rules\n\nRule 12-4 Dry needling\n\nNOTE: The Court of Appeals held this rule invalid "
        "in 2014.\n\n(1) Dry needling is within the scope of practice of chiropractic for a chiropractor with "
        "24 hours of training.",
        "chiropractor",
        "OR",
        "permitted",
    ),
    # no-longer-stands: the page withdraws a statement; which one, only a reader can tell
    (
        "Board newsletter\n\nDry needling update\n\nDry needling is within the scope of practice of physical "
        "therapy. That 2005 statement has since been withdrawn by the Board.",
        "physical_therapist",
        "GA",
        "permitted",
    ),
    # an employer's policy that reports a state body named without the state's name ("the State
    # Licensing Department has advised that ...") recounts that state's law: right, never decisive
    (
        "Lakeside Health System\nPolicy Manual\nPolicy Title: Needle procedures\n\n1. PURPOSE\n\nTo set who may"
        " be privileged for needle procedures.\n\n2. ELIGIBILITY\n\nAthletic trainers: not eligible. The State"
        " Licensing Department has advised that athletic trainers are prohibited from performing dry needling.",
        "athletic_trainer",
        "KS",
        "prohibited",
    ),
    # a party's allegation that cites what a law provides: the law's text, never decisive
    (
        "Notice of charges\n\nThe complaint office alleges that the licensee's conduct violates Rule 12.4(b),"
        " which provides that an athletic trainer shall not perform dry needling.",
        "athletic_trainer",
        "KS",
        "prohibited",
    ),
)

# Explicit, current statements of the state's own authority: decisive (>= 0.8). The must-not
# side of confidence.doubted: a board's "Policy Statement" is no employer's policy manual, and
# a withdrawal said in the deciding sentence itself leaves nothing in doubt.
DECISIVE_EXAMPLES: tuple[tuple[str, str, str | None, str], ...] = (
    # a board's nav bar ("Find a clinic") and a "Board Directive" are the state's own voice
    (
        "Board of Physical Therapy\nHome | Find a clinic | Contact us\n\nPhysical therapists may perform dry "
        "needling after 50 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "State Board of Physical Therapy\nBoard Directive 2024-1\n\nPhysical therapists may perform dry needling "
        "after 50 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    # a statute's repealed section is about neither dry needling nor the deciding authority
    (
        "Physical Therapy Practice Act\n\nSec. 4. Repealed by Acts 2019.\n\nSec. 5. A physical therapist may "
        "perform dry needling after 50 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "State Board of Physical Therapy\nPolicy Statement on Dry Needling\n\nDry needling is within the scope of "
        "practice of physical therapy. A physical therapist shall complete 50 hours of training before "
        "performing it.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "Department of Health\nBoard of Physical Therapy\nNotice to licensees\n\nPhysical therapists may perform "
        "dry needling after 50 hours of training. The rule took effect on March 1, 2024.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "Board of Physical Therapy\nNotice to licensees\n\nThe Board's earlier statement that dry needling is "
        "outside the scope of physical therapy is withdrawn, and physical therapists may perform dry needling "
        "after 50 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
)

# Which sentence is quoted as evidence: family -> pages, each with its profession, a piece the
# evidence must contain, and a piece it must not.
EVIDENCE_EXAMPLES: dict[str, tuple[tuple[str, str, str, str | None], ...]] = {
    # among equals, a statement said outright before a denial of its opposite
    "said-outright": (
        (
            "Review of the practice act\n\nThe statute does not allow physical therapists to dry needle. "
            "Physical therapists therefore may not perform dry needling in this state.",
            "physical_therapist",
            "therefore may not perform dry needling",
            "does not allow",
        ),
        # must not: a denial alone is still the statement
        (
            "Review of the practice act\n\nThe statute does not allow physical therapists to dry needle.",
            "physical_therapist",
            "does not allow physical therapists to dry needle",
            None,
        ),
    ),
    # what a relative clause describes ("..., which concludes that ...") is said elsewhere
    "described-in-relative": (
        (
            "Board statement\n\nIn light of the Attorney General's opinion of last spring, which concludes "
            "that dry needling is not within the scope of practice of physical therapy, the Board updates its "
            "guidance. Licensees shall not perform dry needling.",
            "physical_therapist",
            "Licensees shall not perform dry needling.",
            "In light of",
        ),
        # must not: with nothing else on the page the description is the statement
        (
            "Board statement\n\nIn light of the Attorney General's opinion of last spring, which concludes "
            "that dry needling is not within the scope of practice of physical therapy, the Board updates its "
            "guidance.",
            "physical_therapist",
            "which concludes that dry needling is not within the scope",
            None,
        ),
    ),
    # an act's title lists what the act does; the operative section says it
    "act-title": (
        (
            "CHAPTER 88\n\nAn act relating to health occupations; authorizing physical therapists to perform "
            "dry needling; requiring rulemaking.\n\n148.6405 DRY NEEDLING.\n\nA physical therapist may perform "
            "dry needling if the physical therapist has completed 50 hours of training.",
            "physical_therapist",
            "A physical therapist may perform dry needling if",
            "An act relating to",
        ),
        (
            "Enrolled Act 1422\n\nAn Act relating to physical therapy; including dry needling in the practice "
            "of physical therapy.\n\nSECTION 1. A licensed physical therapist may perform dry needling in "
            "accordance with rules of the Board.",
            "physical_therapist",
            "may perform dry needling in accordance with rules",
            "An Act relating to",
        ),
        # must not: with no operative text the title is still the page's statement
        (
            "CHAPTER 12\n\nAn act relating to physical therapy; authorizing physical therapists to perform dry "
            "needling.\n\nApproved May 19, 2026.",
            "physical_therapist",
            "authorizing physical therapists to perform dry needling",
            None,
        ),
    ),
}

# Batch 24 studied (session 5): each general change with must and must-not examples.
_STUDY_24: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # a denial that bills became law is no enactment
    "law-enacted": (
        ("Both bills were signed by the Governor in May.",),
        (
            "None of those bills has been enacted.",
            "None of the bills filed since 2019 was signed into law.",
            "No such bill was signed into law this year.",
        ),
    ),
    # a state said to be one of the states where something holds: the "where" clause is asserted
    "proh-not-authorized": (
        ("Ohio is one of three states where physical therapists are not permitted to perform dry needling.",),
        (
            "Many of our members trained in one of the states where physical therapists are not permitted to"
            " perform dry needling.",
        ),
    ),
    "perm-may-perform": (
        (
            "Utah remains one of the few states, with Idaho, where chiropractors may perform dry needling.",
            "This state is one of 30 states where physical therapists may perform dry needling.",
        ),
        (
            "Where physical therapists may perform dry needling, a course is required.",
            "Our clinic is one of many in the region where physical therapists may perform dry needling.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_24.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # a "No" to whether a body exceeded its authority by an act says the act stands ...
    (
        "Opinion request\n\nQuestion: Did the Board exceed its statutory authority by adopting a rule recognizing"
        " dry needling as within the scope of practice of physical therapy?\n\nShort answer: No. The rule was a valid"
        " exercise of the Board's rulemaking power.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # ... and a "Yes" says it falls
    (
        "Opinion request\n\nQuestion: Did the Board act beyond its authority in adopting a rule recognizing"
        " dry needling as within the scope of practice of physical therapy?\n\nShort answer: Yes. Only the"
        " Legislature may widen a profession's scope.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a plain question keeps its plain answer
    (
        "FAQ\n\nIs dry needling within the scope of practice of physical therapy?\n\nAnswer: No.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a bill's digest line (no subject, after a line naming the bill) is the bill's, pending ...
    (
        "House Health Committee\nAgenda\n\nSB 410 by Senator Ruiz - Occupational therapy. Authorizes occupational"
        " therapists to perform dry needling after 60 hours of training.\n\nThe bill was deferred to next year.",
        "occupational_therapist",
        None,
        "unaddressed",
    ),
    # ... unless the page says it became law
    (
        "New laws of 2026\n\nSB 410 by Senator Ruiz - Occupational therapy. Authorizes occupational therapists"
        " to perform dry needling after 60 hours of training.\n\nSigned by the Governor on April 2, 2026.",
        "occupational_therapist",
        None,
        "permitted",
    ),
    # ... and a subjectless line after a rule's heading is the rule's
    (
        "Board rules\n\nRule 12 - Dry needling. Authorizes occupational therapists to perform dry needling after"
        " 60 hours of training.",
        "occupational_therapist",
        None,
        "permitted",
    ),
    # a comment forum's submission ("Commenter:" in its head) is the commenter's view ...
    (
        "Regulatory forum\nComment\n\nBoard: Board of Physical Therapy\nCommenter: J. Doe, L.Ac.\n\nPlease do not"
        " adopt this rule. Physical therapists are not permitted to perform dry needling.",
        "physical_therapist",
        "VA",
        "unaddressed",
    ),
    # ... but an agency's response to the comments it received speaks for the agency
    (
        "Final regulation\n\nCommenter: J. Doe, L.Ac.\nComment: Dry needling is acupuncture.\n\n"
        "Board response: The Board disagrees. Physical therapists may perform dry needling after 54 hours of"
        " training.",
        "physical_therapist",
        "VA",
        "permitted",
    ),
    # a state said to be one of the states where something holds, read for another state it names not
    (
        "Member update\n\nOhio is one of three states where physical therapists are not permitted to perform dry"
        " needling.",
        "physical_therapist",
        "TX",
        "unaddressed",
    ),
)

# Batch 14's last three (session 5): a guide's legend of symbols, a telegraphic label naming who, a
# course's disclaimer, the reader's own state's law, and the page's headings between tied professions
_STUDY_14_LEFT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "label-permitted": (
        ("Delaware: PTs permitted to dry needle", "Ohio - athletic trainers allowed"),
        ("Ohio: PTs permitted to apply for a license.",),
    ),
    "label-prohibited": (
        ("Oregon: PTs not permitted", "Idaho - chiropractors not allowed"),
        ("Ohio: PTs need no referral.",),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_14_LEFT.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

_LEGEND_PAGE = (
    "State guide for physical therapists\n\nLegend\n\u25a0 allowed   \u25a1 not allowed   \u25c7 unclear\n\n"
    "\u25a0 Kansas - 2016 rule\n\u25a1 Nebraska - 2016 opinion\n\u25c7 Iowa - no rule\n\nAlways check with your"
    " board before you treat; dry needling rules change."
)
PAGE_EXAMPLES += (
    # a row led by a legend's symbol votes what the symbol's label says, for the state it names ...
    (_LEGEND_PAGE, "physical_therapist", "NE", "prohibited"),
    (_LEGEND_PAGE, "physical_therapist", "KS", "permitted"),
    # ... a hedged label votes nothing
    (_LEGEND_PAGE, "physical_therapist", "IA", "unaddressed"),
    # ... and without a legend a symbol says nothing
    (
        "State guide for physical therapists\n\n\u25a0 Kansas - 2016 rule\n\u25a1 Nebraska - 2016 opinion\n\n"
        "Always check with your board before you treat; dry needling rules change.",
        "physical_therapist",
        "NE",
        "unaddressed",
    ),
    # between professions named equally often, the one the page's headings name is the page's
    (
        "Dry needling guides\nHome > Guides > Athletic trainers\n\nLegend\n\u25a0 allowed   \u25a1 not allowed\n\n"
        "\u25a1 Nebraska - 2016 opinion\n\nDry needling rules for physical therapists are in another guide.",
        "physical_therapist",
        "NE",
        "unaddressed",
    ),
    (
        "Dry needling guides\nHome > Guides > Athletic trainers\n\nLegend\n\u25a0 allowed   \u25a1 not allowed\n\n"
        "\u25a1 Nebraska - 2016 opinion\n\nDry needling rules for physical therapists are in another guide.",
        "athletic_trainer",
        "NE",
        "prohibited",
    ),
    # a course, or its certificate, that does not authorize says it is not enough, not that the law bars ...
    (
        "Course catalog\n\nCompletion of our courses does not authorize any licensee to perform dry needling.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Course catalog\n\nA certificate of completion does not authorize a physical therapist to perform dry"
        " needling.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # ... while the law that does not authorize bars
    (
        "Board notice\n\nThe practice act does not authorize physical therapists to perform dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a permission "where state law permits" is the reader's state's law, whichever: no state's ...
    (
        "Course catalog\n\nPhysical therapists may perform dry needling where permitted by state law.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # ... but the Board's own rules are this state's
    (
        "Board notice\n\nPhysical therapists may perform dry needling where permitted by the Board's rules.",
        "physical_therapist",
        None,
        "permitted",
    ),
)

PAGE_EXAMPLES += (
    # a table flattened one cell per line is read by rows, its yes/no column answering its header ...
    (
        "Scope questions\n\nThe table gives the Board's answers.\n\nTechnique\nAllowed for PTs?\nSource\nCupping\nYes\n"
        "Rule 4\nDry needling\nNo\nAnswered in the Board's letter to licensees of May 2019\nTaping\nYes\nRule 4\n\nAsk the Board about others.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a definition's list ends with its sentence, and another field's definition is not its list:
    # lettered definitions run on one line give physical therapy none of acupuncture's list
    (
        'Chapter 12. Definitions.\n\n(a) "Physical therapy" means the treatment of movement disorders,'
        ' including exercise and manual therapy. (b) "Acupuncture" means the insertion of needles, including'
        " dry needling.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    (
        'Chapter 12. Definitions.\n\n"Physical therapy" means the treatment of movement disorders, including'
        ' exercise, and "acupuncture" means the insertion of needles, including dry needling.',
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    # a hearing notice over its bills' numbers is proposed text, whatever the bill's spelling: a
    # Senate File as a House Bill (one definition of a bill's number, ``context.BILL_NUMBER``)
    (
        "Senate Human Resources Committee\nNotice of Public Hearing\n\nThe committee will take testimony on"
        " these measures on March 3.\n\nSF 2019\n\nA physical therapist may perform dry needling after"
        " completing 30 hours of training.\n",
        "physical_therapist",
        "IA",
        "unaddressed",
    ),
    (
        "Senate Human Resources Committee\nNotice of Public Hearing\n\nThe committee will take testimony on"
        " these measures on March 3.\n\nSenate File 2019\n\nA physical therapist may perform dry needling"
        " after completing 30 hours of training.\n",
        "physical_therapist",
        "IA",
        "unaddressed",
    ),
    # a line in capitals lowered for reading gives every place ``places`` knows its capitals back,
    # a territory's too: what it says of Guam is not this state's law
    (
        "Texas Board of Physical Therapy Examiners\n\nNotes from other places\n\nIN GUAM, A PHYSICAL THERAPIST"
        " MAY NOT PERFORM DRY NEEDLING UNDER THE PRACTICE ACT.",
        "physical_therapist",
        "TX",
        "unaddressed",
    ),
    # ... but a FAQ whose questions each take a bare yes or no is no table: each question stays a
    # question, and the line under it answers it
    (
        "Board of Athletic Training\n\nQuick answers\n\nIs a course required?\nYes\nMay an athletic trainer"
        " perform dry needling?\nNo\nMay an athletic trainer perform cupping?\nYes\n\nWrite to the Board with"
        " other questions.",
        "athletic_trainer",
        "OH",
        "prohibited",
    ),
    (
        "Board of Athletic Training\n\nQuick answers\n\nIs a course required?\nYes\nMay an athletic trainer"
        " perform dry needling?\nYes\nMay an athletic trainer perform cupping?\nNo\n\nWrite to the Board with"
        " other questions.",
        "athletic_trainer",
        "OH",
        "permitted",
    ),
    # ... but short lines whose would-be column does not answer yes or no in every row are no table
    (
        "Scope questions\n\nThe list gives topics.\n\nTechnique\nAllowed for PTs?\nSource\nCupping\nYes\n"
        "Rule 4\nDry needling\nNot yet decided\nBoard meeting\nTaping\nYes\nRule 4\n\nAsk the Board about others.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

# Calibration (session 5): a quoted or reported deciding sentence, and a page that names no state and
# cites no code, stay below decisive; the same words said by a page placed in its state decide
UNDECISIVE_EXAMPLES += (
    (
        'Board update\n\n"Physical therapists who complete 30 hours of training may perform dry needling in Ohio,"'
        " the executive director said.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "Board update\n\nPhysical therapists, the Ohio board states, may perform dry needling after 30 hours of"
        " training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "Dry needling FAQ\n\nPhysical therapists may perform dry needling after completing 30 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
)
DECISIVE_EXAMPLES += (
    (
        "Ohio Board FAQ\n\nPhysical therapists may perform dry needling after completing 30 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        'Ohio practice act\n\n"Physical therapy" includes dry needling performed by a physical therapist who has'
        " completed 30 hours of training.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
)

# Batch 25 study (session 5): the kinds of sentence and page the first pass misread, each in its
# ordinary variants, with the look-alikes that must keep their reading.
_BATCH25: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # a session law's chapter citation, and an enrolled bill's "ENROLLED COPY" banner
    "law-enacted": (
        (
            "Laws of Utah 2014, Chapter 354",
            "Chapter 12, Laws of New Mexico 2019",
            "Laws of Washington 2020, ch. 18",
            "ENROLLED COPY",
        ),
        (
            "The bill would amend Laws of Utah 2014, Chapter 354.",
            "Enrolled students must complete the course.",
        ),
    ),
    # legislation someone seeks or works for is still a proposal
    "pending-supported": (
        (
            "The association will seek legislation authorizing physical therapists to perform dry needling.",
            "Members are lobbying for a bill allowing chiropractors to dry needle.",
            "The chapter continues to pursue a statutory change that lets athletic trainers dry needle.",
            "Board members supported the association's efforts to seek legislation authorizing dry needling.",
        ),
        (
            "Physical therapists who pursue dry needling training must register with the board.",
            "Licensees seeking to perform dry needling must complete 24 hours of training.",
        ),
    ),
    # a witness's testimony, unless an officer speaks for the body
    "claim-spoke-for": (
        (
            "A licensed acupuncturist spoke in opposition, stating that dry needling is acupuncture.",
            "The clinic's owner appeared in support of the bill and said physical therapists are trained for it.",
            "A chiropractor testified against the measure, arguing that the hours were too few.",
            "Two members of the public spoke in favor, noting that patients had benefited.",
        ),
        (
            # an officer speaking for the body gives its position
            "The Board's executive director spoke in support, stating that the Board has approved the rule.",
            "The committee voted in favor of the bill.",
            "The acupuncturist spoke about the history of needling.",
        ),
    ),
    "claim-testimony": (
        (
            "A member of the acupuncture board testified that dry needling is a form of acupuncture.",
            "The clinic owner testified before the committee that patients travel out of state for dry needling.",
            "Several acupuncturists testified at the hearing that the course hours are too few.",
        ),
        (
            "The Board's executive director testified that the Board has concluded dry needling is outside the scope.",
            "Board counsel testified that physical therapists may not dry needle under current law.",
            "The therapist must attest that the training was completed.",
        ),
    ),
    # a private person, named with the trade that gives their interest, says something
    "claim-named-person": (
        (
            "Mei Tan, a licensed acupuncturist in Reno, said dry needling is acupuncture.",
            "Ron Diaz, owner of a Boise clinic, argued that therapists may dry needle.",
            "Ann Cole, who practices acupuncture in Provo, said the technique is acupuncture.",
            "Lars Eng, a physical therapist at a Fargo clinic, says his staff dry needle every day.",
        ),
        (
            "Jo Ames, the board's executive director, said physical therapists may not dry needle.",
            "Physical therapists, the board said, may perform dry needling.",
            "Attorney General Ruth Hale said the law allows it.",
            "Jo Ames, the physical therapist who chairs the Board, said the Board has concluded it is in scope.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _BATCH25.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # a register's notice of a rule the agency intends to adopt: what the rule "would provide",
    # every part of it, is proposed
    (
        "STATE ADMINISTRATIVE REGISTER\n\nNOTICE OF INTENDED ACTION\n\nAGENCY: Board of Chiropractic Examiners\n\n"
        "SUBSTANCE OF PROPOSED ACTION:\nThe Board proposes a new rule. The rule would provide that a chiropractor may"
        " perform dry needling after twelve hours of training; that the chiropractor must obtain written consent"
        " before performing dry needling; and that dry needling may not be delegated.",
        "chiropractor",
        "AL",
        "unaddressed",
    ),
    # ... but an agency's adopted rule that recounts its earlier notice is adopted
    (
        "STATE ADMINISTRATIVE BULLETIN\n\nADOPTED AND FILED\n\nBoard of Physical Therapy\n\nNotice of Intended"
        " Action was published on March 1, 2023. The Board adopted the rule without change.\n\nA physical therapist"
        " may perform dry needling after completing 30 hours of training.",
        "physical_therapist",
        "IA",
        "permitted",
    ),
    # a session law's page: the enacted bill's text is law
    (
        "STATE LEGISLATURE\n\nH.B. 101 Enrolled\n\nENROLLED COPY\n\nBe it enacted by the Legislature of the state"
        " of Utah:\nSection 1. A physical therapist may not practice dry needling unless the physical therapist"
        " has completed 30 hours of training.\n\nLaws of Utah 2015, Chapter 22",
        "physical_therapist",
        "UT",
        "permitted",
    ),
    # what other states allow, as a kind: "data from states that allow ..."
    (
        "Testimony on HB 9\n\nFigures from states that allow physical therapists to dry needle show few injuries.",
        "physical_therapist",
        "ID",
        "unaddressed",
    ),
    # a map's legend speaks for no state
    (
        "Advocacy\n\nState map. States shaded green permit physical therapists to perform dry needling; states"
        " shaded red do not.",
        "physical_therapist",
        "SD",
        "unaddressed",
    ),
    # a state counted "one of a handful of states where ..." is said to be one of them
    (
        "Advocacy\n\nOhio is one of a handful of states where physical therapists are not permitted to perform dry"
        " needling.",
        "physical_therapist",
        "OH",
        "prohibited",
    ),
    (
        "Advocacy\n\nOhio remains among a small number of states where chiropractors may not perform dry needling.",
        "chiropractor",
        "OH",
        "prohibited",
    ),
)

# batch 26 (session 5): a rulemaking notice's rule text is proposed, whichever way the notice says
# it ("Notice is hereby given that the Board intends to adopt", "gives notice of its intent to
# amend", "proposes to amend"); a final rule's notice is the rule
PAGE_EXAMPLES += (
    (
        "State Register\n\nNOTICE OF INTENT\n\nBoard of Physical Therapy\n\nNotice is hereby given that the Board "
        "intends to adopt Rule 12.4 on dry needling.\n\nRule 12.4 Dry Needling\nA. A physical therapist may perform"
        " dry needling after completing 50 hours of instruction.\n\nComments will be accepted for thirty days.",
        "physical_therapist",
        "LA",
        "unaddressed",
    ),
    (
        "Oklahoma Register\n\nRulemaking\n\nThe Board of Physical Therapy gives notice of its intent to amend "
        "Chapter 5.\n\n5-1-9. Dry needling\n(a) A physical therapist may perform dry needling after 40 hours of "
        "training.",
        "physical_therapist",
        "OK",
        "unaddressed",
    ),
    (
        "Missouri Register\nProposed Amendment\n\nThe Board proposes to amend 20 CSR 2150-3 to add a section on "
        "dry needling.\n\n(1) A physical therapist may perform dry needling after 30 hours of training.",
        "physical_therapist",
        "MO",
        "unaddressed",
    ),
    (
        "State Register\n\nFinal Rule\n\nBoard of Physical Therapy\n\nThe Board adopted Rule 12.4, effective "
        "July 1.\n\nRule 12.4 Dry Needling\nA. A physical therapist may perform dry needling after completing 50 "
        "hours of instruction.",
        "physical_therapist",
        "LA",
        "permitted",
    ),
    # a committee's summary of a bill: what the measure does is proposed, its background is the
    # law as it stands
    (
        "SB 210 Staff Measure Summary\n\nSenate Committee on Health\n\nWHAT THE MEASURE DOES:\nThe measure "
        "allows physical therapists to perform dry needling after training.\n\nBACKGROUND:\nUnder current law, "
        "physical therapists in the state may not perform dry needling.",
        "physical_therapist",
        "OR",
        "prohibited",
    ),
    (
        "HB 14 - Bill Analysis\n\nSummary:\nThe bill authorizes athletic trainers to perform dry needling.",
        "athletic_trainer",
        "OR",
        "unaddressed",
    ),
)
# ... and "it does not appear that" is no assertion either way, and never decisive
UNDECISIVE_EXAMPLES += (
    (
        "Iowa Board of Physical Therapy\n\nIt does not appear that the practice act authorizes physical "
        "therapists to perform dry needling.",
        "physical_therapist",
        "IA",
        "prohibited",
    ),
    (
        "Iowa Board of Physical Therapy\n\nIt does not appear that dry needling is outside the scope of physical "
        "therapy.",
        "physical_therapist",
        "IA",
        "unaddressed",
    ),
    (
        "Iowa Board of Physical Therapy\n\nIn 2012 the Board noted that dry needling did not appear to be "
        "prohibited by the law governing physical therapy.",
        "physical_therapist",
        "IA",
        "permitted",
    ),
)
# batch 26: a rival association's concession ("We recognize that House Bill 12 allows physical
# therapists to ...") is what it grants, not its advocacy: read, never decisive; its own stand
# ("The Association says ...", "We recognize the popularity of ...") stays advocacy or a claim
UNDECISIVE_EXAMPLES += (
    (
        "Ohio Acupuncture Association\n\nNews\n\nWe recognize that House Bill 12, signed in 2019, allows physical"
        " therapists to perform dry needling after 30 hours of training. We continue to believe the training is"
        " too short.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "Texas Acupuncture Society\n\nThe Society acknowledges that the Board's rule permits chiropractors to"
        " perform dry needling.",
        "chiropractor",
        "TX",
        "permitted",
    ),
)
PAGE_EXAMPLES += (
    (
        "Ohio Acupuncture Association\n\nThe Association says the Board's rule permits physical therapists to"
        " perform dry needling.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    (
        "Ohio Acupuncture Association\n\nWe recognize the popularity of dry needling, but physical therapists may"
        " perform dry needling only in violation of the acupuncture act.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
)
# batch 26: a who-may list ("Who may perform dry needling?" or "The following licensees may perform
# dry needling:" over items naming who) gives each item's people the permission; a "who may not"
# list, or a question answered in prose, gives none
RULE_EXAMPLES["perm-who-may-list"] = (
    (
        "Who may perform dry needling?",
        "Who can legally perform dry needling in New York?",
        "The following licensees may perform dry needling in this State:",
        "Which health professionals are authorized to perform dry needling?",
    ),
    (
        "Who may not perform dry needling?",
        "Who may perform dry needling? The answer depends on training.",
        "The following licensees may not perform dry needling:",
    ),
)
PAGE_EXAMPLES += (
    (
        "NY Board\n\nDry needling is regulated.\n\nWho may perform dry needling?\n\n- Physicians who hold"
        " certification to use acupuncture, issued by the Department\n- Licensed acupuncturists with a current"
        " registration",
        "physician",
        "NY",
        "permitted",
    ),
    (
        "NY Board\n\nThe following licensees may perform dry needling in this State:\n- physicians holding an"
        " acupuncture certificate issued by the Department\n- acupuncturists licensed under Article 160",
        "physician",
        "NY",
        "permitted",
    ),
    # a who-may list for a named state is left to no who-list reading (its items vote nothing) ...
    (
        "NY Board\n\nWho may perform dry needling in New York?\n\n- Physicians who hold certification to use"
        " acupuncture\n- Licensed acupuncturists",
        "physician",
        "NY",
        "unaddressed",
    ),
    # ... and its items are then the page's lines like any other: a guide's label line is read
    (
        "Course provider\n\nDry needling by state\n\nWho may perform dry needling in Ohio?\n- Ohio - Permitted\n",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    (
        "NY Board\n\nWho may not perform dry needling?\n\n- Physicians who hold no certification to use"
        " acupuncture, issued by the Department",
        "physician",
        "NY",
        "unaddressed",
    ),
    (
        "NY Board\n\nWho may perform dry needling? The answer depends on training.\n\n- Physicians who hold"
        " certification to use acupuncture, issued by the Department",
        "physician",
        "NY",
        "unaddressed",
    ),
)
# batch 26: the act dry needling consists of, said as the verb of a ban ("may not insert needles",
# "cannot penetrate the skin", "the law does not allow physical therapists to insert needles"),
# never with a condition the practitioner meets or only at acupuncture points
RULE_EXAMPLES["proh-penetrate-skin"] = (
    RULE_EXAMPLES["proh-penetrate-skin"][0]
    + (
        "New York law does not allow physical therapists to insert needles.",
        "Physical therapists may not insert needles into a patient.",
        "A chiropractor cannot penetrate the skin.",
        "The act does not permit athletic trainers to puncture the skin.",
    ),
    RULE_EXAMPLES["proh-penetrate-skin"][1]
    + (
        "Physical therapists may not insert needles unless they complete 50 hours of training.",
        "Physical therapists may not insert needles into acupuncture points.",
        "Nothing allows physical therapists to insert needles.",
        "Physical therapists insert needles into trigger points.",
    ),
)
PAGE_EXAMPLES += (
    # a sentence broken by a page break (footer, page number, header, a table of figures between
    # the halves) reads whole again ...
    (
        "Board Annual Report 2016\n\nScope of Practice\n\nIn June the Board issued a ruling concluding that dry"
        " needling is within\n\nTable 2. Licensees\nType        2015    2016\nPT          1,600   1,700\n\n"
        "Board Annual Report 2016                 4\n\nBoard Annual Report 2016\n\nthe scope of practice of"
        " physical therapy.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # ... but only across page furniture: a new paragraph of prose is not the broken sentence's end
    (
        "Board Annual Report 2016\n\nIn June the Board discussed whether dry needling is within\n\nThe Board"
        " elected a new chair and approved its budget.\n\nthe scope of practice of physical therapy.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a newsletter set in two columns of prose reads one column after the other
    (
        "State Board Newsletter - Spring 2012\n\n"
        "Dry Needling Update               Renewal Reminder\n"
        "                                  Licenses expire on the last\n"
        "The Board has received many       day of the licensee's birth\n"
        "questions about dry needling.     month. Renewal notices are\n"
        "After reviewing the practice      mailed about sixty days before\n"
        "act, the Board determined that    the license expires. Please\n"
        "dry needling is not within the    keep your mailing address\n"
        "scope of physical therapy         current with the office and\n"
        "practice. Physical therapists     complete continuing education\n"
        "may not perform dry needling.     before you renew the license.\n",
        "physical_therapist",
        None,
        "prohibited",
    ),
)
# ... a short item (a bare line, page chrome) is read too; a list for a named state is not read
PAGE_EXAMPLES += (
    (
        "NY Board\n\nDry needling rules.\n\nWho may perform dry needling?\n\n- Licensed acupuncturists; and\n-"
        " Physicians who hold certification from the Department to use acupuncture, issued under the rules",
        "acupuncturist",
        "NY",
        "permitted",
    ),
    (
        "Ohio Board\n\nDry needling rules.\n\nWho may perform dry needling in Texas?\n\n- Physical therapists",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    (
        "Ohio Board\n\nDry needling rules.\n\nWho may not perform dry needling?\n\n- Physical therapists",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
)

# a body's own heading after its "Background" ("Statement", "Position", "Determination") ends the
# background: what follows is its current word, not history it recounts
DECISIVE_EXAMPLES += (
    (
        "Alaska Board of Chiropractic Examiners\n\nBackground\n\nLicensees have asked about dry needling for"
        " years.\n\nPosition\n\nThe Board has determined that dry needling is within the scope of chiropractic"
        " practice in Alaska.",
        "chiropractor",
        "AK",
        "permitted",
    ),
)
UNDECISIVE_EXAMPLES += (
    (
        "Alaska Board of Chiropractic Examiners\n\nBackground\n\nLicensees have asked about dry needling for"
        " years.\n\nThe Board has determined that dry needling is within the scope of chiropractic practice in"
        " Alaska.",
        "chiropractor",
        "AK",
        "permitted",
    ),
)

# batch 28: a ban "unless licensed as" another profession, with or without the article, is a ban
# on the profession as such; a condition it can meet itself stays a permission
RULE_EXAMPLES["perm-not-unless"] = (
    (
        *RULE_EXAMPLES["perm-not-unless"][0],
        "Chiropractors may not perform dry needling unless they have completed a board-approved course.",
    ),
    (
        *RULE_EXAMPLES["perm-not-unless"][1],
        "Physical therapists may not perform dry needling unless they are also licensed as acupuncturists.",
        "A chiropractor shall not perform dry needling unless separately licensed as a physician in this state.",
        "Athletic trainers may not perform dry needling unless they hold licensure as medical doctors.",
    ),
)
# both polarities at once ("is or is not", "may or may not") assert neither; nor does what a
# board says it cannot tell or advise anyone
RULE_EXAMPLES["proh-not-within"] = (
    RULE_EXAMPLES["proh-not-within"][0],
    (
        *RULE_EXAMPLES["proh-not-within"][1],
        "We cannot tell licensees that dry needling is or is not within the scope of physical therapy.",
        "The office is unable to advise callers whether dry needling is or isn't within the practice act.",
        "Staff cannot say that dry needling is or is not within the scope of chiropractic.",
    ),
)
PAGE_EXAMPLES += (
    (
        "Board of Physical Therapy\n\nDetermination\n\nThe insertion of needles is the practice of acupuncture."
        " Physical therapists may not perform dry needling unless they are separately licensed as"
        " acupuncturists in this state.",
        "physical_therapist",
        "NY",
        "prohibited",
    ),
    (
        "Board of Physical Therapy newsletter\n\nDry needling\n\nNeither the Board nor the Commission has"
        " taken a position on dry needling. We cannot tell licensees that dry needling is or is not within"
        " the scope of physical therapy practice.",
        "physical_therapist",
        "MO",
        "unaddressed",
    ),
    (
        "Chiropractic Board FAQ\n\nCan I dry needle?\n\nThe Board is unable to advise you that dry needling"
        " may or may not be performed by chiropractors; the statute does not address it.",
        "chiropractor",
        "MO",
        "unaddressed",
    ),
)
# a scope named only by pointing back ("outside that scope") is the one its paragraph named, not
# the profession the page is read for
PAGE_EXAMPLES += (
    (
        "Attorney General Opinion\n\nAcupuncture. The Acupuncture Act defines acupuncture. Acupuncturists"
        " insert needles under the Acupuncture Act.\n\nOccupational therapy. The definition of occupational"
        " therapy speaks of purposeful activity. Nothing in it suggests needles, and we conclude dry needling"
        " is outside that scope.",
        "acupuncturist",
        "NE",
        "unaddressed",
    ),
    (
        "Attorney General Opinion\n\nAthletic training. The athletic training act speaks of physical"
        " modalities. We find dry needling is beyond that scope.",
        "athletic_trainer",
        "NE",
        "prohibited",
    ),
    (
        "Board of Chiropractic\n\nAcupuncture is practiced by acupuncturists.\n\nThe chiropractic act is"
        " narrow. Dry needling is not within that scope.",
        "chiropractor",
        "NE",
        "prohibited",
    ),
)
# an act's approval line with the hour it was signed is still the act's approval
RULE_EXAMPLES["law-enacted"] = (
    (
        *RULE_EXAMPLES["law-enacted"][0],
        "Approved May 1, 2023 2:14 PM",
        "Approved March 9, 2021 10:30 a.m.",
    ),
    (
        *RULE_EXAMPLES["law-enacted"][1],
        "If approved May 1, 2023, the act takes effect in July.",
        "Approved by the committee as amended",
    ),
)
# one other state named right after the practice: "authorization to perform dry needling in
# another state" is that state's permission; a condition's own words ("... if trained in another
# state") stay this state's condition
PAGE_EXAMPLES += (
    (
        "Board of Physical Therapy\n\nDry needling is not within the scope of physical therapy in this state."
        " A certificate from a course, or permission to perform dry needling in another state, does not alter"
        " that answer.",
        "physical_therapist",
        "GA",
        "prohibited",
    ),
    (
        "Board of Physical Therapy\n\nA physical therapist may perform dry needling after completing"
        " 50 hours of instruction, including instruction received in another state.",
        "physical_therapist",
        "GA",
        "permitted",
    ),
)
# batch 29's study (session 6)
_STUDY_29: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # "legal" before a noun is a disclaimer's adjective, no verdict on the practice
    "proh-is-prohibited": (
        ("Dry needling is not legal for chiropractors in this state.",),
        (
            "Our summary of dry needling is provided for general information and is not legal advice.",
            "This page on dry needling is not a legal opinion.",
            "The chart of dry needling rules is not legal counsel; ask the board.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_29.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # an employer's policy that states the state's law by the licence it gives or the ruling it
    # follows ("therapists licensed in Florida", "in light of the final order"): it may decide
    # (never decisively); its own house rules ("staff shall not ...") still do not
    (
        "Mercy Clinics\nPolicy and Procedure Manual\nTitle: Dry needling\n\nI. PURPOSE\nTo set the clinics'"
        " practice.\n\nII. POLICY\nDry needling is not within the scope of practice of physical therapists"
        " licensed in Ohio.",
        "physical_therapist",
        "OH",
        "prohibited",
    ),
    (
        "Mercy Clinics\nPolicy and Procedure Manual\nTitle: Dry needling\n\nI. PURPOSE\nTo set the clinics'"
        " practice.\n\nII. POLICY\nFollowing the court's ruling, dry needling is outside the scope of physical"
        " therapy.",
        "physical_therapist",
        "OH",
        "prohibited",
    ),
    (
        "Mercy Clinics\nPolicy and Procedure Manual\nTitle: Dry needling\n\nI. PURPOSE\nTo set the clinics'"
        " practice.\n\nII. POLICY\nStaff therapists shall not perform dry needling at any clinic.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    # a hearing's minutes: a witness's statement, by the side taken, is that side's word
    (
        "COMMITTEE ON HEALTH\nMinutes of Meeting\n\nHB 12 would allow physical therapists to perform dry"
        " needling. A licensed acupuncturist appeared in opposition and said that dry needling is acupuncture."
        " A physical therapist spoke in support, stating that dry needling is within the scope of physical"
        " therapy.",
        "physical_therapist",
        "AZ",
        "unaddressed",
    ),
    # an order to one licensee to stop until they meet the rule's terms is no ban on the profession
    (
        "BOARD OF PHYSICAL THERAPY\nCONSENT ORDER\n\nA physical therapist may perform dry needling only after"
        " completing 50 hours of instruction. Respondent shall stop performing dry needling and shall not"
        " resume until the Board receives proof of those hours.",
        "physical_therapist",
        "LA",
        "permitted",
    ),
    # a letter to a licensee who moved: what the state they came from allows is that state's law
    (
        "Board of Physical Therapy\n\nDear Licensee:\n\nWe understand that your previous state allows"
        " physical therapists to perform dry needling. Here, dry needling may not be performed by physical"
        " therapists.",
        "physical_therapist",
        "HI",
        "prohibited",
    ),
)
PAGE_EXAMPLES += (
    # states named as the only ones where something holds: the "where" clause is said of them,
    # not of another state the sentence names in passing; a national body's count of named states
    # reports their law (never decisively), its view with no state named stays its view
    (
        "News\n\nAfter Utah's new law, Idaho and Ohio are the only states where chiropractors are barred from"
        " dry needling, according to the American Chiropractic Association.",
        "chiropractor",
        "OH",
        "prohibited",
    ),
    (
        "News\n\nAfter Utah's new law, Idaho and Ohio are the only states where chiropractors are barred from"
        " dry needling, according to the American Chiropractic Association.",
        "chiropractor",
        "UT",
        "unaddressed",
    ),
    (
        "News\n\nMaine and Vermont remain the last two states in which athletic trainers may not perform dry"
        " needling.",
        "athletic_trainer",
        "VT",
        "prohibited",
    ),
    (
        "News\n\nAccording to the American Physical Therapy Association, physical therapists may perform dry"
        " needling.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
)
# the act named by its target instead of its name: needles into trigger points is dry needling
_STUDY_29_TERMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "proh-outside": (
        (
            "The court said that inserting needles into trigger points falls outside the definition of chiropractic.",
            "The insertion of thin filiform needles into myofascial trigger points is outside the scope of athletic"
            " training.",
        ),
        (
            # needles into the body, or at points an acupuncturist names, are not the term
            "Inserting needles into the body is outside the scope of athletic training.",
            "Needling of acupuncture points is outside the scope of chiropractic.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_29_TERMS.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)
PAGE_EXAMPLES += (
    # a decision on a proposal and the reason it gives: the proposal is its object (what the
    # proposal would allow stays unread), the reason is the decider's word on the law now
    (
        "Administrative Register\n\nThe final order held that proposed rule 12-3.4 is invalid, because the"
        " practice act does not authorize athletic trainers to perform dry needling.",
        "athletic_trainer",
        "AL",
        "prohibited",
    ),
    (
        "Administrative Register\n\nThe final order held that the proposed rule allowing athletic trainers to"
        " perform dry needling is invalid, because the board exceeded its rulemaking power.",
        "athletic_trainer",
        "AL",
        "unaddressed",
    ),
    (
        "Administrative Register\n\nThe board proposed a rule under which athletic trainers would perform dry"
        " needling, because the practice act does not authorize athletic trainers to perform dry needling.",
        "athletic_trainer",
        "AL",
        "unaddressed",
    ),
)
PAGE_EXAMPLES += (
    # "licensed in" a field, not a state, is the employer's own staff rule
    (
        "Mercy Clinics\nPolicy and Procedure Manual\nTitle: Dry needling\n\nI. PURPOSE\nTo set the clinics'"
        " practice.\n\nII. POLICY\nStaff licensed in Physical Therapy shall not perform dry needling at any clinic.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
)
PAGE_EXAMPLES += (
    # "the last state to allow" is this state, not one someone came from
    (
        "News\n\nOhio became the last state in the region to allow physical therapists to perform dry needling.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
)
RULE_EXAMPLES["perm-may-perform"] = (
    (
        *RULE_EXAMPLES["perm-may-perform"][0],
        # a former state official's word is no other state's
        "As a former state board member, I can tell you physical therapists may perform dry needling.",
    ),
    RULE_EXAMPLES["perm-may-perform"][1],
)
RULE_EXAMPLES["claim-party-position"] = (
    (
        "Acupuncture organizations have for years taken the position that dry needling is acupuncture.",
        "The board received a letter from the state acupuncture society stating its position that dry needling is acupuncture.",
        "The chiropractic association's view is that dry needling belongs within chiropractic.",
        "Opponents' stance was that dry needling is acupuncture by another name.",
    ),
    (
        "The Board's position is that dry needling is within the scope of physical therapy.",
        "The Department has taken the position that dry needling is not part of chiropractic.",
        "The Attorney General's view is that dry needling is the practice of medicine.",
    ),
)
RULE_EXAMPLES["perm-permits-dn"] = (
    RULE_EXAMPLES["perm-permits-dn"][0],
    (
        *RULE_EXAMPLES["perm-permits-dn"][1],
        # a class of people named by a condition states no state's law
        "Registration is open to licensed clinicians whose state practice act allows dry needling.",
        "The seminar admits therapists whose licensing board permits dry needling.",
    ),
)
PAGE_EXAMPLES += (
    # a rulemaking notice whose final action is still ahead proposes; one that reports the final
    # rule adopted is law
    (
        "STATE REGISTER\n\nNOTICE OF PROPOSED RULEMAKING\n\nThe Board of Physical Therapy gives notice of its intent"
        " to amend Chapter 12 as follows:\n\n12.4 A physical therapist may perform dry needling after 50 hours of"
        " training.\n\nA final rule will be adopted no earlier than 45 days after this notice.",
        "physical_therapist",
        "VT",
        "unaddressed",
    ),
    (
        "STATE REGISTER\n\nNOTICE OF PROPOSED RULEMAKING\n\nThe Board of Physical Therapy gives notice of its intent"
        " to amend Chapter 12 as follows:\n\n12.4 A physical therapist may perform dry needling after 50 hours of"
        " training.\n\nFinal action on the proposal is to be taken at the Board's June meeting.",
        "physical_therapist",
        "VT",
        "unaddressed",
    ),
    # a bill analysis: its version line says the bill is still a proposal, and its background's
    # earlier act is the law as it stands, not this bill enacted
    (
        "Senate Staff Analysis\n\nSB 410 - Athletic Trainers\nBill version: As Introduced\n\nSUMMARY\nProvides"
        " that an athletic trainer may perform dry needling after 80 hours of training.\n\nBACKGROUND\nPublic Act"
        " 99-12 allowed physical therapists to perform dry needling.",
        "athletic_trainer",
        "IL",
        "unaddressed",
    ),
    (
        "House Research\n\nHB 77 analysis\nVersion: Engrossed\n\nThe bill allows chiropractors to perform dry needling"
        " after 100 hours of instruction.",
        "chiropractor",
        "MN",
        "unaddressed",
    ),
    # an interested body's position, recorded by the board, is not the board's word
    (
        "Board of Allied Health - Minutes\n\n4. Correspondence\nThe Board noted a letter from the state acupuncture"
        " association setting out its position that dry needling is acupuncture. No action was taken.",
        "physical_therapist",
        "RI",
        "unaddressed",
    ),
    (
        "Board of Allied Health - Minutes\n\n4. Dry needling\nAfter discussion the Board voted and stated its position"
        " that dry needling is within the scope of physical therapy practice.",
        "physical_therapist",
        "RI",
        "permitted",
    ),
    # a course's eligibility clause names people by a condition, not this state's law
    (
        "Needling Seminars\n\nWho may register\nLicensed clinicians whose state practice act allows dry needling."
        " Students may not register.",
        "physical_therapist",
        "OR",
        "unaddressed",
    ),
)

# batch 32's study (session 6, s32)
PAGE_EXAMPLES += (
    # a bill document's account of the law since some event, said in the present, is the law now
    (
        "HB 77 - Sponsor's letter\n\nThis bill would allow physical therapists to perform dry needling."
        " Since the board's 2019 ruling, physical therapists here may not perform dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    (
        "SENATE BILL 40\n\nBE IT ENACTED by the Legislature:\n\nSection 1. Since the practice is invasive,"
        " a physical therapist may perform dry needling only after completing 50 hours of training.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a permission held in another state, named in a concession, is not this state's
    (
        "Frequently asked questions\n\nQ: Can I dry needle here with my out-of-state certificate?\n\nA: No."
        " Physical therapists licensed in this state may not perform dry needling, even when they have trained"
        " in, or are permitted to perform dry needling in, another state.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # an employer's leave is not the law's
    (
        "Client alert\n\nAthletic trainers may not perform dry needling. Teams that have allowed athletic"
        " trainers to dry needle should stop at once.",
        "athletic_trainer",
        None,
        "prohibited",
    ),
)

PAGE_EXAMPLES += (
    # the law a news story reports as new outranks what "has been barred since" an older year
    (
        "Governor signs needling bill\nMarch 3, 2024\n\nThe new law adds dry needling - a treatment with thin"
        " needles - to the scope of practice of physical therapy. Therapists have been barred from dry needling"
        " since 2016, when the board said it fell outside their practice.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Lawmakers weigh needling bill\nMarch 3, 2024\n\nThe new law would add dry needling to the scope of"
        " practice of physical therapy. Therapists have been barred from dry needling since 2016, when the board"
        " said it fell outside their practice.",
        "physical_therapist",
        None,
        "prohibited",
    ),
)

PAGE_EXAMPLES += (
    # a legislature's menu of links naming "Bill Information" is no bill: the statute it shows is law
    (
        "State Legislature\nBill Information | Laws and Rules | Committees | Find Your Legislator\n\nRCW 1.2.3"
        '\nDefinitions.\n\n(4) "Practice of acupuncture" means the following techniques:\n\n(a) Acupuncture,'
        " including needles at points, and including dry needling;\n\n(b) Cupping.",
        "acupuncturist",
        None,
        "permitted",
    ),
    # ... while a bill's own page stays a proposal
    (
        "State Legislature\nBill Information | Laws and Rules | Committees | Find Your Legislator\n\nHB 1234"
        "\n\nA physical therapist may perform dry needling after forty hours of training.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a purpose that opens a numbered requirement: "(1) To perform dry needling, ... shall:"
    (
        "Rule 9-4. Needling standards.\n\n(1) To perform dry needling, a physical therapist shall:\n(a) hold a"
        " license in good standing; and\n(b) complete sixty hours of instruction.",
        "physical_therapist",
        None,
        "permitted",
    ),
)

UNDECISIVE_EXAMPLES += (
    # an association's page that names the state's body and its act reports that act: read (as a
    # cited section is), never decisive
    (
        "Riverside Physical Therapy Association\nMember resources\n\nThe State Board of Physical Therapy issued"
        " a position in 2019 declaring that dry needling falls within the scope of physical therapy practice.",
        "physical_therapist",
        None,
        "permitted",
    ),
)
PAGE_EXAMPLES += (
    # ... while the association's own belief, with the body named as silent, decides nothing
    (
        "Riverside Physical Therapy Association\nMember resources\n\nThe Board of Physical Therapy has not issued"
        " any position on dry needling. We believe dry needling is within the scope of physical therapy practice.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

# Batch 36 (session 7): news of a signing, a rulemaking notice's account of the act it carries out,
# a course provider's state guide, a court's interim order, a statute page with a ZIP code
PAGE_EXAMPLES += (
    # what the signed act ends held until then: "ending a long stretch in which ... could not"
    (
        "Governor signs needling bill\nJune 2, 2025\n\nGov. Lee Smith on Tuesday signed House Bill 12, ending a"
        " long stretch in which physical therapists in the state could not offer dry needling. The new law allows"
        " physical therapists to perform dry needling after 40 hours of training.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # ... while a mere "at a time when" leaves both standing, and nothing decided
    (
        "Governor signs needling bill\nJune 2, 2025\n\nGov. Lee Smith on Tuesday signed House Bill 12 at a time"
        " when physical therapists in the state could not offer dry needling. The new law allows physical"
        " therapists to perform dry needling after 40 hours of training.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a notice of a proposed rule reports the act it carries out, under a long label: law already
    (
        "State Register, May 1, 2019\n\nNOTICE OF PROPOSED RULE\n\nPURPOSE OF THE RULE OR REASON FOR THE CHANGE:"
        " S.B. 41, passed during the 2019 General Session, amended the Occupational Therapy Practice Act to allow a"
        " licensed occupational therapist to perform dry needling once the occupational therapist meets training"
        " standards set by the Division in rule. This filing proposes those standards.\n\nR9-1-2. Dry needling.\n"
        "(1) An occupational therapist may not perform dry needling unless the occupational therapist has completed"
        " 60 hours of training.",
        "occupational_therapist",
        None,
        "permitted",
    ),
    # ... but what the bill "would" do is still a proposal
    (
        "State Register, May 1, 2019\n\nNOTICE OF PROPOSED RULE\n\nPURPOSE OF THE RULE OR REASON FOR THE CHANGE:"
        " S.B. 41, if passed during the 2019 General Session, would amend the Occupational Therapy Practice Act to"
        " allow a licensed occupational therapist to perform dry needling once the occupational therapist meets"
        " training standards set by the Division in rule. This filing proposes those standards.\n\nR9-1-2. Dry"
        " needling.\n(1) An occupational therapist may not perform dry needling unless the occupational therapist"
        " has completed 60 hours of training.",
        "occupational_therapist",
        None,
        "unaddressed",
    ),
    # a guide's state section: the legislature "passed" a bill that "allows": law (a course provider's
    # word, never decisive); a bill that "would allow", or one chamber's vote, is still a bill
    (
        "Needle Skills Institute\nCourses | Schedule | Register\n\nCan athletic trainers dry needle? A state-by-state"
        " guide\n\nIDAHO\nIn 2024 the Legislature passed HB 77, which would allow athletic trainers to perform dry"
        " needling after registering with the board.\n\nAlways check with your own board before you register for a"
        " course.",
        "athletic_trainer",
        "ID",
        "unaddressed",
    ),
    (
        "Needle Skills Institute\nCourses | Schedule | Register\n\nCan athletic trainers dry needle? A state-by-state"
        " guide\n\nIDAHO\nIn 2024 HB 77 passed the House, which allows athletic trainers to perform dry"
        " needling after registering with the board.\n\nAlways check with your own board before you register for a"
        " course.",
        "athletic_trainer",
        "ID",
        "unaddressed",
    ),
    # a clinician's duty to confirm the law, in a guide's disclaimer, is no statement of it
    (
        "Needle Skills Institute\nCourses | Schedule | Register\n\nOur Level 1 course is open to all licensed"
        " clinicians. Each clinician is responsible for confirming that dry needling is permitted under his or her"
        " license and state law.",
        "occupational_therapist",
        "UT",
        "unaddressed",
    ),
    # a court's interim order decides nothing on the merits: a TRO asked for and denied ...
    (
        "United States District Court\nOrder on Motion for Temporary Restraining Order\n\nPlaintiffs, two"
        " acupuncturists, ask the Court to enter a temporary restraining order preventing Defendant from holding a"
        " dry needling course for physical therapists next week. Plaintiffs have not shown a likelihood of success"
        " or irreparable harm.\n\nThe Motion for Temporary Restraining Order is DENIED.",
        "physical_therapist",
        "NM",
        "unaddressed",
    ),
    # ... or granted against a course provider's teaching, pending the merits
    (
        "Superior Court\nMinute Order\n\nThe Court GRANTS the application for a temporary restraining order."
        " Pending the hearing on a preliminary injunction, defendants are enjoined from teaching dry needling to"
        " physical therapists at the conference. This order preserves the status quo and decides no claim on the"
        " merits.",
        "physical_therapist",
        "CA",
        "unaddressed",
    ),
    # ... while an order that enjoins the profession itself from the practice bars it meanwhile
    (
        "Superior Court\nOrder Granting Preliminary Injunction\n\nPending trial, the court enjoined physical"
        " therapists from performing dry needling on patients.",
        "physical_therapist",
        "WA",
        "prohibited",
    ),
)

UNDECISIVE_EXAMPLES += (
    # a course provider's guide that names the legislature and what it passed reports the act
    # (read, as a cited section is), never decisive
    (
        "Needle Skills Institute\nCourses | Schedule | Register\n\nCan athletic trainers dry needle? A state-by-state"
        " guide\n\nIDAHO\nIn 2024 the Legislature passed HB 77, which allows athletic trainers to perform dry"
        " needling after registering with the board.\n\nAlways check with your own board before you register for a"
        " course.",
        "athletic_trainer",
        "ID",
        "permitted",
    ),
    # a statute that cites the bill that made it is still a page about a bill: never decisive
    (
        "Legislative Research Council\nCodified Laws\n\n36-4-9. Dry needling.\n\nA physical therapist may perform"
        " dry needling if the physical therapist has completed a course of study approved by the board.\n\nSource:"
        " SL 2019, ch 12 (SB 88).\n\n500 East Capitol Avenue, Pierre, SD 57501",
        "physical_therapist",
        "SD",
        "permitted",
    ),
)

DECISIVE_EXAMPLES += (
    # a South Dakota address's ZIP code ("SD 57501") is no Senate docket: the statute stays decisive
    (
        "Legislative Research Council\nCodified Laws\n\n36-4-9. Dry needling.\n\nA physical therapist may perform"
        " dry needling if the physical therapist has completed a course of study approved by the board.\n\nSource:"
        " SL 2019, ch 12.\n\n500 East Capitol Avenue, Pierre, SD 57501",
        "physical_therapist",
        "SD",
        "permitted",
    ),
)

UNDECISIVE_EXAMPLES += (
    # a seminar's page that names the board's rules before what they allow reports those rules (read,
    # as a cited section is; never decisive); the acupuncture it allows, dry needling included, is no
    # ban for the chiropractor either
    (
        "Riverside Seminars\nCourses | Register\n\nTexas Board of Chiropractic Examiners rules allow chiropractors to"
        " perform acupuncture, including dry needling, after completing 100 hours of training. Under the Board's"
        " rule, dry needling is an acupuncture procedure, so a chiropractor may not perform it until the 100-hour"
        " training requirement is met.",
        "chiropractor",
        "TX",
        "permitted",
    ),
)

# Leftovers studied (session 7, sold): each change with sentences it must and must not read so
_SESSION7_SOLD: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pending-proposal": (
        ("The board could expand the scope of practice by rule next year.",),
        # a lack of power is said, not proposed
        (
            "The board could not expand the scope of practice by rule.",
            "Because needling is outside the statute, the commission could never amend its rule to allow it.",
        ),
    ),
    "claim-belief": (
        (
            "The Guild believes that trained chiropractors can offer dry needling safely.",
            "The coalition maintains that physical therapists may perform dry needling.",
        ),
        ("The Board believes that dry needling is within the scope of physical therapy.",),
    ),
}
for _rule_id, (_must, _must_not) in _SESSION7_SOLD.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # an act said to be beyond its author's power: what it allowed is void ("exceeded its authority in
    # adopting a rule that allowed ..."), and a digest's labelled verdict makes its paragraph the holding,
    # which outweighs the account of the void rule
    (
        "Appellate Summaries\n\nRiver Acupuncture Guild v. Board of Chiropractic\nDecided May 2, 2015\n\nHolding:"
        " Reversed. The board exceeded its statutory authority when it adopted a rule that permits chiropractors"
        " to perform dry needling.\n\nThe rule had listed the training chiropractors need, and it authorized"
        " chiropractors with that training to perform dry needling.",
        "chiropractor",
        None,
        "prohibited",
    ),
    # ... while an act within its power stands, and a question whether it exceeded its power asks
    (
        "Appellate Summaries\n\nHolding: Affirmed. The board acted within its statutory authority when it"
        " adopted a rule that permits chiropractors to perform dry needling.",
        "chiropractor",
        None,
        "permitted",
    ),
    (
        "Petition for review\n\nThe question is whether the board exceeded its authority in adopting a rule"
        " that permits chiropractors to perform dry needling. The court has not decided it.",
        "chiropractor",
        None,
        "unaddressed",
    ),
    (
        "Questions and answers\n\nHas the board exceeded its authority by adopting a rule that permits"
        " chiropractors to perform dry needling?\n\nNo. The rule stands.",
        "chiropractor",
        None,
        "permitted",
    ),
)

_SESSION7_SOLD_MORE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "claim-testimony": (
        (
            "Its representative told the committee that dry needling is acupuncture.",
            "A clinic owner told lawmakers on the panel that physical therapists may dry needle safely.",
        ),
        (
            # an officer speaks for the body
            "The board's executive director told the committee that dry needling is within the scope of physical therapy.",
            "A spokesperson told reporters that the clinic offers dry needling.",
        ),
    ),
    "perm-within-scope": (
        ("Dry needling is within the scope of practice of a licensed physical therapist.",),
        # a payer's condition on whoever bills names no profession's scope
        (
            "Dry needling claims are paid only when the service is within that provider's scope of practice.",
            "Dry needling is covered when it is within the rendering provider's scope of practice under state law.",
        ),
    ),
    "proh-not-include-dn": (
        ("The practice of massage therapy does not include dry needling.",),
        # dry needling's own definition setting its bounds leaves the practice to the profession
        (
            '"Dry needling" does not include the stimulation of ear points or the retention of a needle after the visit.',
            "Dry needling does not include injecting any substance, and the technique may not be used on the ear.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _SESSION7_SOLD_MORE.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # an alternative set in commas after "whether" keeps the indirect question: no permission
    (
        "Board of Occupational Therapy\nAdvisory letter\n\nThe Board's view is that dry needling is not within"
        " the scope of occupational therapy. This letter does not address whether, or under what"
        " circumstances, an occupational therapist may perform dry needling after further training.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    (
        "Board of Physical Therapy\nAdvisory letter\n\nThis letter does not address whether, or under what"
        " circumstances, a physical therapist may perform dry needling.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # fields coordinated after the scope: the negation covers each of them
    (
        "Opinion digest\n\nDry needling is not within the scope of practice of occupational therapy or athletic"
        " training.",
        "athletic_trainer",
        None,
        "prohibited",
    ),
    (
        "Opinion digest\n\nDry needling is not within the scope of practice of occupational therapy; athletic"
        " training is taken up in a separate opinion.",
        "athletic_trainer",
        None,
        "unaddressed",
    ),
    # an employer's policy that cites the state's rule by name recounts the state's law ...
    (
        "Lakeside Health\nRehabilitation Policy Manual\n\nPolicy Title: Dry Needling Privileges\nPolicy No.: R-12"
        "\n\nLEGAL REQUIREMENTS\nUnder Ohio rule 4755-27-05, a physical therapist may perform dry needling only if"
        " the physical therapist has completed fifty hours of instruction.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # ... while its own staff rule is no state's law
    (
        "Lakeside Health\nRehabilitation Policy Manual\n\nPolicy Title: Dry Needling Privileges\nPolicy No.: R-12"
        "\n\nUnder this policy, a physical therapist may perform dry needling at Lakeside Health only if the"
        " credentialing committee has granted the privilege.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a legislature's menu of links naming "Session Laws" does not make a bill law
    (
        "State Legislature\nBills | Legislators | Committees | Session Laws | Statutes\n\nBill S 400\nStatus:"
        " Introduced, referred to committee\n\nBE IT ENACTED by the Senate and General Assembly:\n\n1. A physical"
        " therapist may perform dry needling if the physical therapist has completed forty hours of instruction.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

# a wait for rules cancels the page's prohibitions only where it applies: "Oregon: awaiting board
# rules" does not cancel what the page says of Texas and Utah (each sentence names its states)
UNDECISIVE_EXAMPLES += (
    (
        "Northgate Health Plan\nProvider Manual > Payment Policies\n\nPayment Policy: Dry Needling\n\nPhysical"
        " therapists\nClaims for dry needling by physical therapists in Texas and Utah will be denied because dry"
        " needling is outside the physical therapy scope of practice in those states.\n\nOregon: awaiting board"
        " rules. Claims from Oregon physical therapists will be denied until the board's rules take effect.",
        "physical_therapist",
        "TX",
        "prohibited",
    ),
)
PAGE_EXAMPLES += (
    (
        "Needling news\n\nOregon physical therapists may not perform dry needling until the board's rules take"
        " effect. Physical therapists in Idaho are prohibited from dry needling.",
        "physical_therapist",
        "ID",
        "prohibited",
    ),
    # ... while a wait said of the page's own therapists (no state named) still stands for the
    # prohibition that says the same wait
    (
        "Oregon Board of Physical Therapy\nNews\n\nThe 2025 law authorizes dry needling by physical therapists."
        " Physical therapists may not perform dry needling until the board's rules take effect. Physical"
        " therapists in Oregon are prohibited from dry needling until then.",
        "physical_therapist",
        "OR",
        "permitted",
    ),
)

# a law named by the field it defines is that field's: "The definition of occupational therapy in the
# practice act does not support dry needling" is about occupational therapists, not the page's
# most-named profession (which keeps its own permission)
PAGE_EXAMPLES += (
    (
        "Clinic compliance update\n\nChiropractors may perform dry needling after training; chiropractors should"
        " keep their certificates, and chiropractors must chart each session.\n\nThe definition of occupational"
        " therapy in the state's practice act does not support dry needling.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    (
        "Clinic compliance update\n\nChiropractors may perform dry needling after training; chiropractors should"
        " keep their certificates, and chiropractors must chart each session.\n\nThe definition of occupational"
        " therapy in the state's practice act does not support dry needling.",
        "chiropractor",
        None,
        "permitted",
    ),
)

# a joint board's title ("Board of Physical and Occupational Therapy") names both fields: it is no
# hint of the page's profession (the mentions read only "occupational therapy"), so an answer
# that names nobody is about the profession the page's questions ask about
_JOINT_BOARD_PAGE = (
    "STATE BOARD OF PHYSICAL AND OCCUPATIONAL THERAPY\nSpring Bulletin\n\nQuestions from physical therapists\n\n"
    "Q: Can a physical therapist here use dry needling?\n\nA: The Board has not adopted a rule on it. However,"
    " dry needling is not prohibited by the practice act or the Board's rules."
)
UNDECISIVE_EXAMPLES += ((_JOINT_BOARD_PAGE, "physical_therapist", None, "permitted"),)
PAGE_EXAMPLES += ((_JOINT_BOARD_PAGE, "occupational_therapist", None, "unaddressed"),)

# A petition's or a comment letter's account of the law as it stands, asserted as fact in the
# present ("... cannot perform dry needling today", "are currently prohibited", "Since 2012, the
# Board has held ...", and the consequence the next sentence draws: "Because of that position,
# ..."), is read when it grants what the party wants changed: its own profession's bar, or a
# rival's permission. Never decisively; what it asks for stays a proposal, and what suits the
# party (its own permission, a rival's bar) stays its stand.
_PETITION_SITE = (
    "Start a petition | Browse | Log in\n\n{title}\n\n{who} started this petition to the State Legislature\n\n"
    "2,140 have signed. Let's get to 3,000!\n\n{body}\n\n[ Sign this petition ]\n"
)
UNDECISIVE_EXAMPLES += (
    (
        _PETITION_SITE.format(
            title="Let Ohio physical therapists dry needle",
            who="Ohio Therapists for Access",
            body="Dry needling relieves muscle pain and helps patients move again. Last year a hearing officer"
            " struck down the Board's draft dry needling rule. As a result, physical therapists in Ohio cannot"
            " perform dry needling today. We are asking legislators to pass a bill that adds dry needling to the"
            " practice of physical therapy.",
        ),
        "physical_therapist",
        "OH",
        "prohibited",
    ),
    (
        "Ohio Physical Therapy Association\n100 Main Street, Columbus, Ohio 43215\n\nMarch 2, 2015\n\nMembers of"
        " the Health Committee\nOhio Senate\n\nRe: Support for legislation on dry needling\n\nDear Committee"
        " Members:\n\nI write to ask for your support of a bill that would add dry needling to the physical"
        " therapy practice act. Since 2012, the Board has held that dry needling is outside the practice of"
        " physical therapy. Because of that position, Ohio physical therapists cannot offer dry needling to their"
        " patients.\n\nThe bill would set training standards before a physical therapist may perform dry"
        " needling.\n\nSincerely,\n\nJane Roe, PT\nPresident",
        "physical_therapist",
        "OH",
        "prohibited",
    ),
)
PAGE_EXAMPLES += (
    # a rival's bar suits the party: its stand, not a report
    (
        "Ohio Acupuncture Society\n12 Elm Street, Columbus, Ohio 43215\n\nMarch 2, 2015\n\nHealth Committee\n"
        "Ohio House\n\nRe: Opposition to the dry needling bill\n\nDear Committee Members:\n\nI write to oppose"
        " the occupational therapy dry needling bill. Needling is acupuncture and takes years of training."
        " Today, occupational therapists in Ohio may not dry needle.\n\nSincerely,\n\nLee Park, L.Ac.",
        "occupational_therapist",
        "OH",
        "unaddressed",
    ),
    # ... and so does the party's own permission
    (
        _PETITION_SITE.format(
            title="Clear standards for dry needling in Ohio",
            who="Ohio Therapists for Safety",
            body="Physical therapists in Ohio currently may perform dry needling. Sign to tell the Board that"
            " patients deserve clear training standards.",
        ),
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    # ... and the ask, said "today", is the ask
    (
        _PETITION_SITE.format(
            title="Let Ohio physical therapists dry needle",
            who="Ohio Therapists for Access",
            body="Dry needling relieves muscle pain. Today we ask the Legislature to let physical therapists in"
            " Ohio perform dry needling.",
        ),
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
)

# a power to call dry needling part of a field, granted or denied, says nothing of whether it is:
# "does not give the Board authority to define dry needling as part of physical therapy practice"
_S35_POWER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "perm-within-scope": (
        ("The judge concluded that dry needling is part of physical therapy practice.",),
        (
            "The statute does not give the Board authority to define dry needling as part of physical therapy practice.",
            "The Board has the power to classify dry needling as within the scope of physical therapy.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _S35_POWER.items():
    _had = RULE_EXAMPLES[_rule_id]
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# a ban on doing it before the required training is done is a condition of the permission
_S35_BEFORE_TRAINING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "perm-without-credential": (
        (
            "Dry needling performed before the requirements are complete is outside the athletic trainer's authorized practice.",
            "Dry needling done without completing the required hours of instruction is unprofessional conduct.",
            "Dry needling by a therapist prior to meeting these training requirements is not permitted.",
        ),
        (
            "Dry needling performed without the education of a licensed acupuncturist is outside the scope of physical therapy.",
            "Dry needling is outside the scope of practice of athletic trainers.",
            "Dry needling before the 2020 session was outside the scope of practice.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _S35_BEFORE_TRAINING.items():
    _had = RULE_EXAMPLES[_rule_id]
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# what dry needling's own description leaves out ("dry needling, as the rule defines it and excluding
# ear points, ...") bounds the term; it does not exclude dry needling from a field
_S35_EXCLUDING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "proh-not-include-dn": (
        ("The practice of physical therapy excludes dry needling and other invasive procedures.",),
        (
            "We conclude that dry needling, as the rule describes it and excluding needling of the ear, is part of"
            " physical therapy practice and that the Board may regulate dry needling.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _S35_EXCLUDING.items():
    _had = RULE_EXAMPLES[_rule_id]
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

# a news story's "signed ... on Tuesday": the last such weekday on or before its dateline's day;
# a dateline with no day gives no such date
DATE_EXAMPLES["signed-weekday"] = (
    (
        "Capital Ledger\nJune 5, 2025\n\nNeedling bill signed\n\nGov. Lee Smith on Tuesday signed House Bill 12. The"
        " new law allows physical therapists to perform dry needling after 40 hours of training. It takes effect on"
        " July 1, 2025.",
        "physical_therapist",
        "2025-07-01",
        "2025-06-03",
    ),
    (
        "Capital Ledger\nJune 5, 2025\n\nNeedling bill signed\n\nGov. Lee Smith signed House Bill 12 on Thursday. The"
        " new law allows physical therapists to perform dry needling after 40 hours of training. It takes effect on"
        " July 1, 2025.",
        "physical_therapist",
        "2025-07-01",
        "2025-06-05",
    ),
    (
        "Capital Ledger\nJune 2025\n\nNeedling bill signed\n\nGov. Lee Smith on Tuesday signed House Bill 12. The new"
        " law allows physical therapists to perform dry needling after 40 hours of training. It takes effect on July"
        " 1, 2025.",
        "physical_therapist",
        "2025-07-01",
        None,
    ),
)

PAGE_EXAMPLES += (
    # what a signed act ends or reverses comes after it: the act's own permission, said first, stands
    (
        "Capital Ledger\nJune 5, 2025\n\nNeedling bill signed\n\nGov. Lee Smith on Tuesday signed House Bill 12,"
        " which allows physical therapists to perform dry needling, ending a long stretch in which physical"
        " therapists could not offer it.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Capital Ledger\nJune 5, 2025\n\nNeedling bill signed\n\nGov. Lee Smith on Tuesday signed a bill allowing"
        " physical therapists to perform dry needling, reversing a 2016 board opinion that dry needling was outside"
        " their scope.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # the state before the change, by its opener
    (
        "Capital Ledger\nJune 5, 2025\n\nNeedling bill signed\n\nGov. Lee Smith signed House Bill 12 on Tuesday."
        " Until now, physical therapists could not perform dry needling. The new law allows physical therapists to"
        " perform dry needling after 40 hours of training.",
        "physical_therapist",
        None,
        "permitted",
    ),
)

PAGE_EXAMPLES += (
    # a ban on every treatment that pierces the skin, on a page that never names dry needling, covers
    # it for the profession the ban names (``penetration.py``; an inference, for review)
    (
        "Practice Act\n\nSection 12. Limits.\n(a) Nothing in this chapter shall be construed to authorize an"
        " occupational therapist to use invasive procedures, meaning any procedure that punctures the skin.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    (
        "Practice Act\n\nSection 4. Electrodiagnosis.\n(a) A physical therapist may perform tissue penetration"
        " only for the purpose of electrodiagnostic testing, on a physician's referral.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # a grant whose one stated purpose is evaluation gives no power to pierce the skin to treat (batch 37)
    (
        "Practice Act\n\nSection 4. Electrodiagnosis.\n(a) A physical therapist may perform tissue penetration for"
        " the purpose of evaluating muscle performance when certified by the board.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    (
        "Practice Act\n\nSection 6. Nerve studies.\n(a) An occupational therapist may, on a physician's written"
        " order, perform tissue penetration for the purpose of testing nerve conduction.",
        "occupational_therapist",
        None,
        "prohibited",
    ),
    # ... not a ban with an exception, a grant whose purpose names treatment too or names none, nor
    # another profession's ban
    (
        "Practice Act\n\nSection 4. Referral.\n(a) A physical therapist shall not penetrate tissue except upon the"
        " written authorization of a physician.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Practice Act\n\nSection 4. Needles.\n(a) A physical therapist may perform tissue penetration for the"
        " purpose of evaluating and treating muscle dysfunction when certified by the board.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Practice Act\n\nSection 4. Needles.\n(a) A physical therapist may perform tissue penetration when"
        " certified by the board.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Practice Act\n\nSection 9. Limits.\n(a) A massage therapist shall not use invasive procedures.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

_SESSION7_SOLD_ADDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "perm-adds-to-scope": (
        ("Chiropractors can now add dry needling to their practice.",),
        # the reader's own step, and the reader's own business
        (
            "Read this guide before you add dry needling to your practice.",
            "Talk to your insurer once we add dry needling to our practice.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _SESSION7_SOLD_ADDS.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # a state said to be among the states (and the District) where something holds: the "where" is
    # said of it, though the District is named right before it ...
    (
        "Valley Business News\n\nOhio is among the 30 states and the District of Columbia where physical"
        " therapists are allowed to perform dry needling, according to a national association.",
        "physical_therapist",
        "OH",
        "permitted",
    ),
    # ... while a relative clause on another place still speaks of that place only
    (
        "Valley Business News\n\nUnlike the District of Columbia, where physical therapists are allowed to"
        " perform dry needling, Ohio has said nothing yet.",
        "physical_therapist",
        "OH",
        "unaddressed",
    ),
    # "medical acupuncture" is physicians' acupuncture: a society of it speaks for physicians, so its
    # account of what physicians may do is no rival's word
    (
        "Lakeshore Society of Medical Acupuncture\nMembers area\n\nPhysicians may perform dry needling only if"
        " they hold the state's certification to practice acupuncture.",
        "physician",
        None,
        "permitted",
    ),
)

_SESSION7_SOLD_LAWS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # the volume's name in a sentence is no session law (the heading is read by context.session_law_volume)
    "law-enacted": (
        (),
        ("See the laws of Maryland for details.", "Laws of Maryland and Virginia differ on this point."),
    ),
}
for _rule_id, (_must, _must_not) in _SESSION7_SOLD_LAWS.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # a session law headed by its volume's name and chapter is law, not a bill
    (
        "LAWS OF OHIO\n\nCHAPTER 12\n\n(House Bill 80)\n\nAN ACT concerning physical therapists\n\nBE IT ENACTED BY"
        " THE GENERAL ASSEMBLY, That:\n\n(a) A physical therapist may perform dry needling only after fifty hours"
        " of instruction.",
        "physical_therapist",
        None,
        "permitted",
    ),
    (
        "Ohio Legislature\n\nHouse Bill 80\n\nAN ACT concerning physical therapists\n\nBE IT ENACTED BY THE GENERAL"
        " ASSEMBLY, That:\n\n(a) A physical therapist may perform dry needling only after fifty hours of"
        " instruction.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a bill's statement of the law as it stands, "currently" after the negated verb, is no proposal ...
    (
        "State Legislature\n\nHOUSE BILL NO. 80 - Physical therapy\n\nSTATEMENT OF PURPOSE\n\nIn 2012 the board determined that dry needling is not within the scope"
        " of physical therapy. As a result, physical therapists may not currently perform dry needling. This"
        " legislation adds dry needling to the practice of physical therapy.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # ... unless the sentence goes on to what the bill would do
    (
        "State Legislature\n\nHOUSE BILL NO. 80 - Physical therapy\n\nSTATEMENT OF PURPOSE\n\nPhysical therapists may not currently perform dry needling, and this bill"
        " would allow them to do so after training. This legislation adds dry needling to the practice of"
        " physical therapy.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

UNDECISIVE_EXAMPLES += (
    # a news story naming a state's law and what it says reports that law (as a cited section): read,
    # never decisive
    (
        "Valley Daily News\n\nPhysical therapists got a new law this week. Acupuncturists already have it: Ohio"
        " law defines acupuncture to include dry needling of trigger points.",
        "acupuncturist",
        None,
        "permitted",
    ),
)
PAGE_EXAMPLES += (
    # ... while the same account with no state's law named stays the story's own word
    (
        "Valley Daily News\n\nPhysical therapists got a new law this week. Acupuncturists already have it: the"
        " law defines acupuncture to include dry needling of trigger points.",
        "acupuncturist",
        None,
        "unaddressed",
    ),
)

_PETITION_HEAD = (
    "Start a petition | My petitions | Browse | Log in\n\nLet Ohio physical therapists dry needle\n\nStarted by Ohio"
    " PTs for Access · May 2024\nTo: Ohio General Assembly\n\n1,200 have signed.\n\nSign this petition\n\n"
)
PAGE_EXAMPLES += (
    # a petition's account of the law as it stands, marked as now, is the state it asks to change:
    # reported (never decisive), not asked for ...
    (
        _PETITION_HEAD
        + "Right now, physical therapists in Ohio are not allowed to perform dry needling. We are"
        " asking the General Assembly to pass a bill that allows physical therapists to perform dry needling.",
        "physical_therapist",
        None,
        "prohibited",
    ),
    # ... while what it asks for stays asked, "now" or not
    (
        _PETITION_HEAD
        + "Physical therapists should be allowed to perform dry needling. Right now, we are asking"
        " the General Assembly to pass a bill that allows physical therapists to perform dry needling.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

PAGE_EXAMPLES += (
    # review of session 7: a bill the legislature passed that still waits for the governor is no
    # law yet (``cancel.enacted_account``)
    (
        "Statehouse report, April 2, 2025\n\nLawmakers passed it late on Tuesday: the Legislature passed"
        " Senate Bill 77, which lets physical therapists perform dry needling after 60 hours of coursework."
        " The measure now goes to the governor, who has not said whether she will sign it.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # ... a bill page under a site's "Laws of <State>" link line is still a bill
    (
        "LAWS OF NEW YORK\n\nAssembly Bill A2040\n\nAN ACT to amend the education law, in relation to"
        " physical therapy\n\nThe People of the State of New York, represented in Senate and Assembly, do"
        " enact as follows:\n\nSection 1. A licensed physical therapist may perform dry needling after"
        " completing an approved course.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # ... a petition's ask, even with "now" in it, is the ask; and the petitioners' own permission
    # that they want kept is their stand, not a report of the law (one reading: ``current_accounts``
    # and the clauses marked current both pass ``ASKING`` and ``concedes``)
    (
        "Petition: Let Physical Therapists Dry Needle in Nevada\n\nStarted by a group of Nevada physical"
        " therapists\n\nPhysical therapists now should be allowed to offer dry needling to their patients."
        " Add your name to tell the Board.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Petition: Keep Dry Needling in Physical Therapy\n\nStarted by the state physical therapy"
        " association\n\nCurrently, physical therapists may perform dry needling here. Acupuncture groups"
        " want the Board to end that. Sign to ask the Board to keep dry needling in our scope.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

# Batch 37 studied (session 7): a news story whose permission is the state body's own act, a
# story about another state read for this one, a grant of tissue penetration for evaluation only
UNDECISIVE_EXAMPLES += (
    # a news story whose permission is the named state body's own standing act reports that act
    # (read, as a cited section is), never decisive
    (
        "Lakeview Evening News\nHealth | Sports\n\nThe State Board of Physical Therapy looked at dry needling in 2012"
        " and has since allowed licensed physical therapists to perform it when they are trained.",
        "physical_therapist",
        None,
        "permitted",
    ),
)
PAGE_EXAMPLES += (
    # ... while the same story with no body as the grant's subject stays the story's own word
    (
        "Lakeview Evening News\nHealth | Sports\n\nOur reporter looked at dry needling in 2012 and has since"
        " allowed licensed physical therapists to perform it on her when they are trained.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    # a story wholly about another state's registration rule, read for a state it never names,
    # decides nothing there, whatever the fallback model makes of its wording
    (
        "Metro Health Wire\nHome | Health\n\nOhio therapists must register to dry needle\n\nMarch 3, 2019\n\n"
        "Under rules adopted by the Ohio Board of Physical Therapy, every physical therapist who performs dry"
        " needling in Ohio must register with the board by June 1. To register, a therapist must show 60 hours"
        " of dry-needling training. Therapists who miss the date must stop dry needling until they are registered.",
        "physical_therapist",
        "KY",
        "unaddressed",
    ),
)
PAGE_EXAMPLES += (
    # an entry of a list set off by semicolons in one sentence takes its introduction's vote ...
    (
        "Rule 12-4. Scope.\n\n12-4.2 Interventions that a physical therapist licensed in this state may provide"
        " include, but are not limited to, exercise; gait training; wound care; and trigger point dry needling,"
        " performed under rule 12-5.",
        "physical_therapist",
        None,
        "permitted",
    ),
    # ... not under a negated introduction (never a permission; no row reads that list's ban yet), nor
    # an entry that names dry needling in passing
    (
        "Rule 12-4. Scope.\n\n12-4.2 Interventions that a physical therapist licensed in this state may provide"
        " do not include surgery; injections of drugs; and dry needling of any kind.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
    (
        "Rule 12-4. Scope.\n\n12-4.2 Interventions that a physical therapist licensed in this state may provide"
        " include exercise; gait training; wound care; and advice to patients who ask whether they should"
        " seek dry needling elsewhere.",
        "physical_therapist",
        None,
        "unaddressed",
    ),
)

PAGE_EXAMPLES += (
    # (session 7, s38) a proposed rule's notice cites the session law it implements: what the law
    # cited does, by its chapter citation, is law, in the present too, whatever the notice's
    # field label says ("Purpose of the Proposal") ...
    (
        "PROPOSED RULES\nBOARD OF ATHLETIC TRAINING\n\nPurpose of the Proposal and Its Effects, Including"
        " Changes in Existing Rules: Chapter 41, Laws of 2022 (SHB 2210) permits a certified athletic trainer"
        " to perform dry needling after completing 60 hours of approved training. The new section sets the"
        " documentation an applicant files.",
        "athletic_trainer",
        "WA",
        "permitted",
    ),
    (
        "NOTICE OF PROPOSED RULEMAKING\n\nNeed for the rule: P.L. 2020, c. 77 authorized physical therapists to"
        " perform dry needling. The proposed rule sets the hours of training.",
        "physical_therapist",
        "NJ",
        "permitted",
    ),
    # ... never what the law cited "would" do, nor the proposal's own text
    (
        "PROPOSED RULES\nBOARD OF ATHLETIC TRAINING\n\nPurpose of the Proposal: Chapter 41, Laws of 2022 would"
        " permit a certified athletic trainer to perform dry needling once these rules are adopted.",
        "athletic_trainer",
        "WA",
        "unaddressed",
    ),
    (
        "PROPOSED RULES\nBOARD OF ATHLETIC TRAINING\n\nPurpose of the Proposal: to implement chapter 41, Laws of"
        " 2022. Proposed new section: A certified athletic trainer may perform dry needling after 60 hours of"
        " approved training.",
        "athletic_trainer",
        "WA",
        "unaddressed",
    ),
    # a bill as introduced whose digest says the law is silent stays the bill's (its reason is
    # the proposed text, not the silence: see ``engine._unaddressed``) ...
    (
        "Legislature\nBills > SB 90 > Text > As Introduced\n\nSENATE BILL NO. 90\n\nAN ACT relating to"
        " athletic training; authorizing an athletic trainer to perform dry needling.\n\nDigest: Existing law"
        " does not expressly address whether an athletic trainer may perform dry needling. Section 1 of this"
        " bill authorizes an athletic trainer to perform dry needling after 50 hours of training.\n\n"
        "Section 1. An athletic trainer may perform dry needling after completing 50 hours of training.",
        "athletic_trainer",
        "NV",
        "unaddressed",
    ),
)

# batch 38 (session 7): a ban on the techniques a practitioner lacks the training for is a
# condition of practice, not a ban
_STUDY_38: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "perm-not-unless": (
        (
            "A chiropractor shall not perform dry needling techniques for which the chiropractor has not completed the required training.",
            "Licensees may not use dry needling methods for which they have not yet been trained.",
        ),
        (
            "A physical therapist shall not perform dry needling for which the patient has not given written consent.",
            "A physical therapist shall not perform dry needling techniques for which no standard exists.",
        ),
    ),
}
for _rule_id, (_must, _must_not) in _STUDY_38.items():
    _had = RULE_EXAMPLES.get(_rule_id, ((), ()))
    RULE_EXAMPLES[_rule_id] = (_had[0] + _must, _had[1] + _must_not)

PAGE_EXAMPLES += (
    # (session 7, s38) a denial of both ways is the law's silence, not a ban ...
    (
        "Client alert\n\nOn dry needling in this state: neither the practice act nor the board's rules permit dry"
        " needling, and neither expressly prohibits it.",
        "physical_therapist",
        "PA",
        "unaddressed",
    ),
    # ... while the denial alone stays a denial
    (
        "Client alert\n\nOn dry needling in this state: neither the practice act nor the board's rules permit dry"
        " needling by physical therapists.",
        "physical_therapist",
        "PA",
        "prohibited",
    ),
)
