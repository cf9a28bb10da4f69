-- index/spgist_text: an spgist index on a text column
create table words (w text);
