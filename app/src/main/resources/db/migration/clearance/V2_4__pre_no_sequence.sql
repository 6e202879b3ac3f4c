-- pre-entry numbers come from a sequence of their own, so that taking one does not wait on the receipt lock
create sequence pre_no_seq start with 1;
