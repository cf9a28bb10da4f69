-- index/spgist_text: an spgist index on a text column
create table words (w text);
create index words_w_idx on words using spgist (w);
