-- a collation's comment changes
create collation c1 (provider = icu, locale = 'de-DE');
comment on collation c1 is 'German, phonebook order aside';
