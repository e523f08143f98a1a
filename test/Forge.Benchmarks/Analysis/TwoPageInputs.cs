namespace Forge.Benchmarks.Analysis;

/// <summary>
/// A two-page text resume (about 4,800 characters, 730 words: summary, five dated roles, projects, skills,
/// education) and a full posting, as the document extractor would hand them to the engine.
/// </summary>
internal static class TwoPageInputs
{
    public const string Posting = """
        Senior Backend Engineer (Java/Kotlin)
        We run the payments platform behind 40,000 online shops and are growing the core team.
        Responsibilities
        - Design, build and operate high-throughput payment and settlement services
        - Own services end to end: design reviews, on-call, incident response and postmortems
        - Improve reliability and observability across the platform
        Requirements
        - 5+ years of professional backend development
        - Strong Java or Kotlin with Spring Boot and JPA
        - Experience with PostgreSQL or MySQL, including query optimization
        - Event-driven systems with Kafka
        - Docker and Kubernetes in production, on AWS
        - REST API design and testing (JUnit, integration tests)
        - Clear written communication and collaboration across teams
        Preferred
        - Redis, Elasticsearch
        - Terraform, GitHub Actions
        - Experience with payment systems or PG integration
        - Mentoring junior engineers
        Benefits
        - Remote-friendly, stock options, learning budget
        """;

    public const string Resume = """
        JI-HOON SEO
        Senior Backend Engineer · Seoul · jihoon.seo@example.com · github.com/jhseo

        SUMMARY
        Backend engineer with nine years of experience building payment, settlement and order systems in Java and
        Kotlin. I like owning a service from design to production, measuring it, and making it boring to operate.
        Led teams of up to six engineers, introduced event-driven architecture with Kafka at two companies, and
        cut infrastructure cost by 35% through right-sizing and caching. Comfortable with Korean and English.

        WORK EXPERIENCE
        Staff Backend Engineer — PayLane (payments platform) — Mar 2022 – Present
        - Led the redesign of the settlement engine in Kotlin and Spring Boot; 3M transactions a day, p99 latency
          from 900 ms to 120 ms.
        - Introduced Kafka-based event sourcing for ledger entries; replaced nightly batch jobs with streams.
        - Moved 40 services to Kubernetes (EKS) on AWS with Terraform and GitHub Actions pipelines.
        - PostgreSQL partitioning and query optimization; reduced the largest table scans by 80%.
        - Incident commander on the on-call rotation; wrote 25 postmortems and the incident response playbook.
        - Mentored four junior engineers; two were promoted within a year.
        - Designed the idempotency layer for payment APIs (request keys, stored responses, replay detection) that
          removed duplicate charges after client retries; adopted by all 12 teams that expose payment endpoints.
        - Built reconciliation jobs with Spring Batch that match 3M ledger entries against bank statements nightly
          and raise exceptions for the finance team within 15 minutes of file arrival.
        - Introduced Prometheus and Grafana dashboards per service with SLOs; paging alerts dropped by half.
        - Ran the quarterly capacity review; right-sized RDS and EKS node groups, saving $40k a month.

        Senior Backend Engineer — ShopCart (e-commerce) — Jan 2019 – Feb 2022
        - Built the order and payment services in Java 11, Spring Boot, JPA and QueryDSL.
        - Integrated three PG providers (payment gateway) with idempotent retries and reconciliation.
        - Redis caching for product pages (hit rate 92%) and Elasticsearch for search.
        - Wrote JUnit and integration tests with Testcontainers; coverage from 45% to 82%.
        - Docker-based local environments for 60 engineers.
        - Split the checkout monolith into five services with clear ownership and contract tests; deployment
          frequency went from weekly to 20 times a day.
        - Led the Black Friday readiness programme: load tests with k6 at 5x peak, feature flags, runbooks;
          zero downtime on the busiest day of the year (1.2M orders).
        - Worked with product managers and designers on the one-click checkout, conversion +7%.

        Backend Engineer — Fintory (lending) — Jul 2016 – Dec 2018
        - REST APIs for loan applications in Java 8 and Spring MVC on MySQL.
        - Designed the credit-scoring data model and the audit trail.
        - Migrated a monolith module to a separate service behind an API gateway.
        - Wrote the batch that sends daily repayment reminders by SMS and e-mail; late payments fell 18%.
        - On-call for the lending core; automated the three most frequent manual fixes.

        Backend Engineer (contract) — Gamepot — Jan 2017 – Jun 2017
        - Leaderboard service in Java with Redis sorted sets, 200k concurrent users.

        Junior Developer — WebWorks — Mar 2015 – Jun 2016
        - PHP and MySQL websites for small businesses; jQuery front ends.

        PROJECTS
        Open-source contributor — resilience4j (2021 – 2023)
        - Contributed bulkhead metrics and documentation fixes.
        Side project — Budget tracker (2024)
        - Kotlin Multiplatform experiment; currently learning Rust for a CLI version.

        SKILLS
        Languages: Java, Kotlin, SQL, Python (scripts), Bash
        Frameworks: Spring Boot, Spring Batch, JPA/Hibernate, QueryDSL
        Data: PostgreSQL, MySQL, Redis, Elasticsearch, Kafka
        Infrastructure: AWS (EKS, RDS, S3), Docker, Kubernetes, Terraform, GitHub Actions, Jenkins
        Practices: Domain-driven design, TDD, code review, system design, observability (Prometheus, Grafana)

        EDUCATION
        B.S. Computer Science — Korea University — 2011.03 ~ 2015.02

        CERTIFICATIONS & LANGUAGES
        AWS Certified Solutions Architect – Associate (2021)
        English: TOEIC 915, OPIc AL; Korean: native

        AWARDS
        PayLane Engineering Award 2023 — settlement engine redesign
        ShopCart Hackathon 2020 — 1st place, real-time inventory alerts

        ADDITIONAL
        - Speaker at Spring Camp 2023: "Idempotency in payment APIs"
        - Writes a technical blog on distributed systems and payments (30k monthly readers)
        - Interviewed 80+ backend candidates; designed the structured interview rubric
        - Led the migration from Jenkins to GitHub Actions, halving build times
        - Ran weekly architecture reviews for the payments domain
        - Organised the internal Kotlin study group (12 members, 2023-2024)
        - Volunteer mentor at a coding bootcamp for career changers
        """;
}
