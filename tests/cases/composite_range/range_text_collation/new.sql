-- a range type over text with collation "C" is created for a new column
create type word_span as range (subtype = text, collation = "C");
create table dictionary (id int primary key, volume word_span);
