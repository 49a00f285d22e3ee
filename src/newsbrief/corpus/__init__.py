"""Corpus mode: a mixed feed grouped into stories as articles arrive
(`clusterer`), scored against gold stories (`score`), each story briefed by the
unchanged brief pipeline (`briefs`). The store is `newsbrief.store`."""
