-- a range type over text with collation "C" is created for a new column
create table dictionary (id int primary key);
