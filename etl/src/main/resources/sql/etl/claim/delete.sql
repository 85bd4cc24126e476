-- Removes the previous version of every claim this run loads again.
delete from fct_claim
where claim_key in (select claim_key from loadable_claim)
