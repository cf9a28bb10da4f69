select count(*) = 2 and sum(length(message)) = 5007 as t from logs;
