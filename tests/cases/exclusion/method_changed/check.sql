select count(*) = 2 as t from api_keys;
