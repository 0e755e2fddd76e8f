-- Search inside words: a query word now matches anywhere in the stored search text ("securite" finds
-- "cybersecurite"), not only as a word's prefix. The word indexes of the agreement_search and visit_search
-- migrations become FTS5 trigram indexes of the same columns, under the same names, so the triggers those
-- migrations made (which name the table, not its tokenizer) keep them in step, and db:synth's rebuild and
-- prisma.config.ts's list of external tables stay as they are.
--
-- searchText is already lower-cased and accent-free (lib/search/normalize.ts), so the tokenizer compares
-- characters exactly (case_sensitive 1): a match is then exactly a substring, as PostgreSQL's LIKE on the
-- same text will find. detail=full keeps the trigrams' positions, which FTS5 needs to check a word as a
-- phrase of its trigrams; without them (detail=none, 46 MB) each candidate row's text had to be read again,
-- which made some of the bench's text views slower. Measured at 250,000 agreements on 2 cores: the
-- agreements' index takes 167 MB (the word index took 23 MB) and this migration ran in 13 s; see README,
-- "Speed at 250,000 agreements".

DROP TABLE "AgreementFts";

CREATE VIRTUAL TABLE "AgreementFts" USING fts5(
    "searchText",
    content = 'Agreement',
    content_rowid = 'id',
    tokenize = 'trigram case_sensitive 1',
    detail = full
);

INSERT INTO "AgreementFts" ("AgreementFts") VALUES ('rebuild');

DROP TABLE "VisitFts";

CREATE VIRTUAL TABLE "VisitFts" USING fts5(
    "searchText",
    content = 'Visit',
    content_rowid = 'id',
    tokenize = 'trigram case_sensitive 1',
    detail = full
);

INSERT INTO "VisitFts" ("VisitFts") VALUES ('rebuild');
