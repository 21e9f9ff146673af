// Seed concept pages: fourteen explainers across the four Groundwork categories.
import type { SeedConcept } from './types'

export const concepts: SeedConcept[] = [
  {
    title: 'Foundation Model',
    nameInSentence: 'a foundation model',
    slug: 'foundation-model',
    subtitle: 'What it is and why a single pretrained model can sit underneath thousands of different products',
    summary:
      'Foundation models are big, broadly pretrained models that serve as a shared starting point: prompting or fine-tuning adapts them to many tasks they were never specifically built for.',
    category: 'foundations',
    difficulty: 'beginner',
    aliases: ['General-purpose AI model'],
    body: [
      'For most of the history of machine learning, every task got its own model. A team that wanted to catch spam gathered labeled spam and trained a classifier; a team that wanted to translate French gathered parallel text and trained something else entirely. Almost nothing learned in one project carried over to the next, so each new application started close to zero.',
      'That changed as researchers found that a single network trained on a huge, varied corpus picks up knowledge that is useful almost everywhere. In 2021 a group at Stanford’s Center for Research on Foundation Models gave the pattern a name. A foundation model is trained once, at great expense, on broad data, and then serves as the starting point for many downstream systems. The word “foundation” is deliberate: the model is not the finished building, it is what gets built on.',
      '## How a foundation model is made and used',
      'Building one happens in two stages. First comes pretraining, where the model learns from a self-supervised objective such as predicting the next token of text, filling in a hidden patch of an image, or matching pictures with their captions. No human labels are needed, which is what makes training on trillions of tokens feasible. Second comes adaptation: a company writes prompts for it, fine-tunes it on a smaller specialized dataset, connects it to tools or a search index, or distills it into a smaller model. The idea covers far more than chatbots, including image-text models and models trained on protein sequences.',
      'The approach changes the economics of AI. The expensive part is paid once by a handful of well-funded labs, and everyone else builds on top for a small fraction of that cost. The flip side is concentration: flaws, biases and blind spots in the base model are inherited by every product built on it. That is why regulators, including the drafters of the EU AI Act, now treat widely used general-purpose models as a category of their own.',
    ],
    keyTraits: [
      {
        label: 'Broad pretraining data',
        explanation:
          'It learns from a wide mix of sources rather than a dataset curated for one job, so its knowledge spans many domains.',
      },
      {
        label: 'Self-supervised objective',
        explanation:
          'The training signal comes from the data itself, such as the next word in a sentence, which removes the need for costly human labeling at scale.',
      },
      {
        label: 'Large scale',
        explanation:
          'Billions of parameters and enormous compute budgets are typical, and scale is a big part of why general abilities appear.',
      },
      {
        label: 'Adaptable downstream',
        explanation:
          'The same weights can be steered toward translation, coding, summarizing or classification with prompts, fine-tuning or extra components.',
      },
      {
        label: 'A shared base layer',
        explanation:
          'Many applications depend on one model, so improvements and defects alike spread to everything built on it.',
      },
    ],
    pitfalls: [
      {
        title: 'Inherited flaws',
        explanation:
          'Biases, factual gaps and unsafe behaviors in the base model show up in every product built on it unless each team tests for them and mitigates them.',
      },
      {
        title: 'Vendor dependence',
        explanation:
          'Relying on one provider’s hosted model ties your product to their pricing, rate limits, deprecation schedule and usage policies.',
      },
      {
        title: 'Assuming general means expert',
        explanation:
          'Broad competence is not the same as reliability in a specialized field. A model that writes fluent medical prose can still get a dosage wrong.',
      },
      {
        title: 'Opaque training data',
        explanation:
          'Most providers disclose little about what their model was trained on, which makes it hard to judge copyright exposure, benchmark contamination or gaps in coverage.',
      },
    ],
    faqs: [
      {
        question: 'Is a foundation model the same thing as a large language model?',
        answer: [
          'Not quite. Most well-known large language models are foundation models, but the term is wider. Image, audio, video, robotics and protein models can also be foundation models if they are pretrained broadly and then adapted to many tasks.',
          'Conversely, a small language model trained for one narrow job would not usually be called a foundation model, even though it processes language.',
        ],
      },
      {
        question: 'Do I need to train my own foundation model?',
        answer: [
          'Almost certainly not. Pretraining costs millions of dollars in compute and requires data pipelines and expertise that few organizations have. The practical route is to pick an existing model, hosted or open-weight, and adapt it with prompting, retrieval or fine-tuning.',
        ],
      },
      {
        question: 'What is the difference between open-weight and closed foundation models?',
        answer: [
          'With an open-weight model, such as Meta’s Llama or many of Mistral’s releases, you can download the parameters, run them on your own hardware and fine-tune them within the license terms. A closed model, such as GPT-4, is reachable only through the provider’s API or apps.',
          'Open weights give you control and privacy; closed models often lead on raw capability and spare you from running infrastructure. Many teams use both.',
        ],
      },
      {
        question: 'Why did the term only appear in 2021?',
        answer: [
          'The technique was already visible with BERT in 2018 and GPT-3 in 2020. The Stanford report argued that it had become a general paradigm with its own opportunities and risks, and that it deserved a name not tied to language alone.',
        ],
      },
    ],
    related: ['large-language-model', 'fine-tuning', 'transformer'],
    prerequisites: [],
  },
  {
    title: 'Large Language Model',
    nameInSentence: 'a large language model',
    slug: 'large-language-model',
    subtitle: 'What it is and why predicting the next word turned out to teach machines so much more',
    summary:
      'A large language model is a neural network trained on vast amounts of text to predict the next token, which lets it write, summarize, translate, answer questions and generate code.',
    category: 'foundations',
    difficulty: 'beginner',
    aliases: ['LLM'],
    body: [
      'A large language model, or LLM, is a neural network that reads a sequence of text and estimates what should come next. Give it “The capital of France is” and it assigns a high probability to “Paris.” Run that prediction in a loop, appending each chosen piece of text and predicting again, and the model produces whole paragraphs, emails, programs or arguments.',
      'Language models themselves are old; simple statistical versions powered spell checkers and phone keyboards for years. What changed was scale and architecture. After the transformer appeared in 2017, researchers at OpenAI, Google and elsewhere trained ever larger models on ever larger slices of the internet. GPT-2 in 2019 had 1.5 billion parameters. GPT-3 in 2020 had 175 billion and could take on new tasks from a handful of examples placed in its prompt, with no retraining at all. ChatGPT, launched in November 2022, put that ability in front of the general public.',
      '## From text predictor to assistant',
      'A freshly pretrained model is a skilled mimic of documents, not a helpful assistant. Ask it a question and it may respond with more questions, because that is what a lot of text on the web looks like. Labs therefore add further training stages: instruction tuning on examples of good responses, then preference training such as reinforcement learning from human feedback. The result is the conversational model most people interact with.',
      'LLMs matter because language is the interface to so much work. A single model can draft contracts, explain code, triage support tickets and tutor students. They also have well-documented weaknesses. They can state falsehoods confidently, they reflect biases in their training data, and their knowledge stops at a training cutoff unless they are connected to fresher sources.',
    ],
    keyTraits: [
      {
        label: 'Trained on text at scale',
        explanation:
          'Pretraining corpora run to trillions of tokens drawn from web pages, books, code and other sources.',
      },
      {
        label: 'Next-token objective',
        explanation:
          'The core training task is predicting the next piece of text, a simple goal that forces the model to absorb grammar, facts and patterns of reasoning.',
      },
      {
        label: 'Transformer architecture',
        explanation:
          'Nearly all modern LLMs are transformers, whose attention layers let every token draw on the rest of the input.',
      },
      {
        label: 'In-context learning',
        explanation:
          'It can pick up a new task from instructions or a few examples in the prompt, without any change to its weights.',
      },
      {
        label: 'Open-ended output',
        explanation:
          'It generates free-form text rather than choosing from fixed labels, which makes it flexible but harder to verify.',
      },
    ],
    pitfalls: [
      {
        title: 'Treating fluency as truth',
        explanation:
          'Well-formed, confident prose says nothing about accuracy. Check facts, figures and citations before relying on them.',
      },
      {
        title: 'Forgetting the knowledge cutoff',
        explanation:
          'The model only knows what was in its training data. Without retrieval or tools, it cannot know about recent events or your private documents.',
      },
      {
        title: 'Ignoring variability',
        explanation:
          'The same prompt can produce different answers from one run to the next, which complicates testing and needs to be designed for.',
      },
      {
        title: 'Leaking sensitive data',
        explanation:
          'Pasting confidential information into a third-party service can breach policy or law. Read the provider’s data-retention terms first.',
      },
    ],
    faqs: [
      {
        question: 'How large is “large”?',
        answer: [
          'There is no official threshold, and the label has drifted as models grew. A few hundred million parameters counted as large around 2019, while today’s frontier models are widely believed to have hundreds of billions or more. In practice, the term signals a general-purpose text model trained at substantial scale.',
        ],
      },
      {
        question: 'Does an LLM understand what it says?',
        answer: [
          'This is genuinely debated. LLMs clearly build rich internal representations that support translation, multi-step reasoning and code generation. They also make errors no attentive person would, and they have no direct contact with the world beyond their inputs.',
          'A useful working stance is to judge them by their measured behavior on your task rather than by analogy to human understanding.',
        ],
      },
      {
        question: 'What is a token?',
        answer: [
          'A token is the unit of text a model actually processes, often a fragment of a word. Common words are usually a single token, while rare words are split into several pieces. In English, a token averages roughly three-quarters of a word, and pricing, speed and context limits are all measured in tokens.',
        ],
      },
      {
        question: 'Can an LLM learn from my conversations?',
        answer: [
          'Not during the conversation itself; its weights stay fixed while it runs. It can use whatever is in its current context, and some products add memory features that store notes between sessions.',
          'Whether your data is later used to train future models depends on the provider’s policy and your account settings.',
        ],
      },
    ],
    related: ['foundation-model', 'transformer', 'hallucination', 'prompt-engineering'],
    prerequisites: [],
  },
  {
    title: 'Embeddings',
    slug: 'embeddings',
    subtitle: 'What they are and why turning meaning into lists of numbers powers search, recommendations and RAG',
    summary:
      'An embedding is a list of numbers that represents an item such as a word, sentence or image, arranged so that items with similar meanings sit close together in vector space.',
    category: 'foundations',
    difficulty: 'intermediate',
    aliases: ['Vector embeddings', 'Vector representations'],
    body: [
      'Computers compare numbers easily and meanings poorly. Embeddings bridge that gap. An embedding model takes an input, such as a word, a paragraph, a product photo or a song, and outputs a vector: a fixed-length list of numbers, often a few hundred to a few thousand long. The model is trained so that the geometry of those vectors reflects similarity. “Puppy” lands near “dog,” a question lands near passages that answer it, and unrelated items end up far apart.',
      'The idea reached a wide audience with word2vec, released in 2013 by a Google team led by Tomas Mikolov, which learned word vectors by predicting neighboring words. It produced a famous demonstration that arithmetic on vectors could capture relationships: king minus man plus woman lands close to queen. Later models such as BERT produced contextual embeddings, in which the vector for “bank” depends on whether the sentence is about rivers or money. Modern sentence and document embedding models are usually transformers trained with contrastive objectives, which pull matching pairs together and push mismatched pairs apart.',
      '## How embeddings are used',
      'Once items are embedded, many problems reduce to measuring distance, typically with cosine similarity. Semantic search embeds a query and returns the documents whose vectors are nearest, even when they share no keywords. Recommendation systems place users and items in the same space. Clustering, deduplication and anomaly detection work the same way. Vector databases and libraries such as FAISS exist to run these nearest-neighbor lookups quickly across millions or billions of vectors.',
      'Embeddings also sit inside every language model: the first thing a transformer does is map each token to a learned vector. And they are the retrieval backbone of retrieval-augmented generation, which is why choosing and evaluating an embedding model has become a routine engineering decision.',
    ],
    keyTraits: [
      {
        label: 'Fixed-length vectors',
        explanation:
          'Inputs of any size map to vectors of the same dimension, which makes them easy to store, index and compare.',
      },
      {
        label: 'Similarity as distance',
        explanation:
          'Closeness in the vector space is trained to track closeness in meaning, so distance becomes a usable stand-in for relevance.',
      },
      {
        label: 'Learned, not hand-designed',
        explanation:
          'The dimensions are discovered during training and rarely correspond to features a person could name.',
      },
      {
        label: 'Specific to one model',
        explanation:
          'Vectors from different embedding models live in different spaces and cannot be meaningfully compared with each other.',
      },
    ],
    pitfalls: [
      {
        title: 'Mixing models',
        explanation:
          'If you switch embedding models, you must re-embed the whole collection, because old and new vectors are not compatible.',
      },
      {
        title: 'Trusting similarity blindly',
        explanation:
          'Nearest neighbors are not always relevant. Negations, numbers and exact identifiers such as part codes are often handled poorly, so pair vector search with keyword search where precision matters.',
      },
      {
        title: 'Domain mismatch',
        explanation:
          'A general-purpose model may organize specialized jargon badly. Test retrieval quality on your own data before committing.',
      },
      {
        title: 'Careless chunking',
        explanation:
          'Embedding a whole long document blurs its topics together, while tiny fragments lose context. Chunk size often affects results as much as model choice.',
      },
    ],
    faqs: [
      {
        question: 'How many dimensions does an embedding have?',
        answer: [
          'It depends on the model, commonly somewhere between a few hundred and a few thousand. More dimensions can capture finer distinctions but cost more storage and compute. Some newer models are trained so their vectors can be shortened with only a modest loss in quality.',
        ],
      },
      {
        question: 'What is a vector database?',
        answer: [
          'A vector database stores embeddings alongside the original items and supports fast approximate nearest-neighbor search. Dedicated products exist, and many general-purpose databases now offer vector indexes too, including PostgreSQL through the pgvector extension.',
        ],
      },
      {
        question: 'Are embeddings the same as what a chatbot generates?',
        answer: [
          'No. A chat model generates text token by token. An embedding model produces a single vector describing its input and generates no text at all. Both are often transformers, and some providers offer both, but they are trained for different jobs.',
        ],
      },
    ],
    related: ['retrieval-augmented-generation', 'transformer', 'attention-mechanism'],
    prerequisites: ['large-language-model'],
  },
  {
    title: 'Transformer',
    nameInSentence: 'a transformer',
    slug: 'transformer',
    subtitle: 'What it is and why a single 2017 architecture became the engine of modern AI',
    summary:
      'The transformer is a neural network architecture, introduced by Google researchers in 2017, that processes sequences with attention instead of recurrence and underpins nearly every modern language model.',
    category: 'models-and-architectures',
    difficulty: 'intermediate',
    aliases: ['Transformer architecture'],
    body: [
      'Before 2017, the standard way to process language with neural networks was the recurrent neural network, which read text one token at a time and carried a running memory forward. That design had two problems. Information from early in a long passage faded by the time the network reached the end, and the step-by-step processing could not be spread across the thousands of parallel cores in a GPU, so training was slow.',
      'In June 2017, eight researchers at Google published “Attention Is All You Need,” proposing an architecture that dropped recurrence entirely. Their transformer lets every position in a sequence look directly at every other position through a mechanism called self-attention, and it processes all positions at once. On machine translation benchmarks it beat the previous best systems while needing far less training time.',
      '## Inside a transformer',
      'Input text is split into tokens, and each token is mapped to an embedding vector. Because attention on its own ignores word order, positional information is added. The vectors then pass through a stack of identical blocks. Each block has a multi-head attention layer, where tokens exchange information, followed by a feed-forward layer that transforms each token separately, with residual connections and normalization keeping training stable. The original design paired an encoder with a decoder for translation. BERT kept only the encoder, and the GPT family kept only the decoder, which is the form most chat models use today.',
      'The transformer’s real advantage was that it scaled. Because it parallelizes well, labs could feed it far more data and compute than earlier architectures could absorb, and performance kept improving as they did. The same design has since spread beyond text to images, audio, proteins and robotics. Its main cost is that standard attention grows quadratically with sequence length, which is why so much research targets longer and cheaper context.',
    ],
    keyTraits: [
      {
        label: 'Self-attention',
        explanation:
          'Each token computes how much to draw from every other token, capturing long-range relationships directly.',
      },
      {
        label: 'Parallel processing',
        explanation:
          'All positions are processed simultaneously during training, making full use of GPU and TPU hardware.',
      },
      {
        label: 'Stacked identical blocks',
        explanation: 'Depth comes from repeating the same attention-plus-feed-forward block dozens of times.',
      },
      {
        label: 'Explicit position information',
        explanation:
          'Order is added to the input deliberately, since attention by itself treats tokens as an unordered set.',
      },
      {
        label: 'Predictable scaling',
        explanation:
          'Performance tends to improve smoothly as parameters, data and compute grow, a pattern that made very large investments worth the risk.',
      },
    ],
    pitfalls: [
      {
        title: 'Assuming unlimited context',
        explanation:
          'Attention cost grows with the square of the sequence length, so every model has a practical context limit, and long inputs are slower and more expensive.',
      },
      {
        title: 'Confusing the variants',
        explanation:
          'Encoder-only, decoder-only and encoder-decoder transformers suit different jobs. A BERT-style encoder is excellent for classification and retrieval but does not generate text on its own.',
      },
      {
        title: 'Crediting the architecture for everything',
        explanation:
          'Much of a model’s behavior comes from its data and training recipe, so two transformers of the same size can behave very differently.',
      },
    ],
    faqs: [
      {
        question: 'Why is it called a transformer?',
        answer: [
          'The name describes what it does: it transforms one sequence of representations into another, layer after layer. The original paper applied it to translating sentences, but the authors chose a general name, and the architecture has turned out to be general too.',
        ],
      },
      {
        question: 'Are there alternatives to transformers?',
        answer: [
          'Yes. State space models such as Mamba and newer recurrent designs aim to handle long sequences with cost that grows linearly rather than quadratically. Some recent models mix transformer layers with these alternatives. So far, transformers and transformer hybrids still dominate the most capable systems.',
        ],
      },
      {
        question: 'What does GPT have to do with transformers?',
        answer: [
          'GPT stands for Generative Pre-trained Transformer. It is a decoder-only transformer trained to predict the next token, first described by OpenAI in 2018.',
          'The architecture itself is public. What separates one GPT-style model from another is mostly scale, training data and the post-training that shapes its behavior.',
        ],
      },
    ],
    related: ['attention-mechanism', 'large-language-model', 'mixture-of-experts'],
    prerequisites: ['embeddings'],
  },
  {
    title: 'Attention Mechanism',
    nameInSentence: 'the attention mechanism',
    slug: 'attention-mechanism',
    subtitle: 'What it is and why letting every word look at every other word changed how machines read',
    summary:
      'Attention is a neural network operation that lets each element of a sequence weigh and gather information from every other element, so a model can focus on the parts of the input that matter.',
    category: 'models-and-architectures',
    difficulty: 'advanced',
    aliases: ['Self-attention'],
    body: [
      'When you read “The trophy would not fit in the suitcase because it was too big,” you know that “it” means the trophy. Getting that right requires linking words that may sit far apart. Attention is the mechanism that lets a neural network make such links explicitly, by computing for each word how relevant every other word is and blending their information accordingly.',
      'Attention was popularized in 2014, when Dzmitry Bahdanau, Kyunghyun Cho and Yoshua Bengio added it to recurrent translation models. Instead of squeezing an entire source sentence into one fixed vector, their decoder could look back over all of the encoder’s states and focus on the relevant words as it produced each output word. Translation of long sentences improved markedly. In 2017 the transformer went further and built a whole architecture from attention applied within a single sequence, which is what “self-attention” refers to.',
      '## Queries, keys and values',
      'In self-attention, each token’s vector is projected into three new vectors: a query, a key and a value. The query expresses what the token is looking for, and the key advertises what it contains. The model takes the dot product of one token’s query with every token’s key, scales the results, and applies a softmax to turn them into weights that sum to one. The token’s new representation is the weighted sum of all the value vectors. Multi-head attention runs several of these computations side by side with different learned projections, so one head might track grammatical agreement while another follows references across sentences. In text generators, a causal mask prevents each token from attending to positions after it.',
      'Because every token attends to every other, the work grows with the square of the sequence length: doubling a context from 50,000 to 100,000 tokens roughly quadruples the attention computation. Much engineering goes into taming that cost. FlashAttention reorders the computation to use GPU memory far more efficiently, key-value caches avoid recomputing past tokens during generation, and variants such as grouped-query and sliding-window attention give up a little flexibility for large gains in speed and memory.',
    ],
    keyTraits: [
      {
        label: 'Content-based weighting',
        explanation:
          'How much one token draws from another is computed from their content at run time, not fixed in advance.',
      },
      {
        label: 'Global reach',
        explanation: 'Any position can connect to any other in a single step, however far apart they are.',
      },
      {
        label: 'Queries, keys and values',
        explanation:
          'Learned projections turn each token into a question, an address and a payload, which is what makes the weighting trainable.',
      },
      {
        label: 'Multiple heads',
        explanation:
          'Parallel attention heads learn different kinds of relationships, and their outputs are combined afterwards.',
      },
    ],
    pitfalls: [
      {
        title: 'Reading attention maps as explanations',
        explanation:
          'A high attention weight does not prove that a token caused an output. Studies have shown attention patterns can be changed substantially with little effect on predictions, so treat them as hints rather than explanations.',
      },
      {
        title: 'Underestimating memory costs',
        explanation:
          'Long contexts inflate both the attention computation and the key-value cache, and memory often runs out before compute does.',
      },
      {
        title: 'Assuming every part of the context is used equally',
        explanation:
          'Models can make poor use of information placed in the middle of long inputs, an effect researchers documented in 2023 under the name “lost in the middle.”',
      },
    ],
    faqs: [
      {
        question: 'Is attention only used in language models?',
        answer: [
          'No. Vision transformers apply attention to patches of an image, speech models apply it to slices of audio, and AlphaFold 2 used attention over protein sequences and pairs of amino acids to predict 3D structures. Wherever data can be expressed as a set or sequence of elements, attention can relate them.',
        ],
      },
      {
        question: 'What is the difference between self-attention and cross-attention?',
        answer: [
          'In self-attention, queries, keys and values all come from the same sequence. In cross-attention, the queries come from one sequence while the keys and values come from another, for example a translation decoder consulting the source sentence, or an image generator consulting the text prompt.',
        ],
      },
      {
        question: 'What is the KV cache?',
        answer: [
          'When a model generates text one token at a time, the keys and values of earlier tokens do not change. Storing them in a key-value cache means each new token only computes its own projections and attends to the stored ones.',
          'This makes generation much faster, at the price of memory that grows with the length of the context.',
        ],
      },
    ],
    related: ['transformer', 'embeddings', 'mixture-of-experts'],
    prerequisites: ['transformer', 'embeddings'],
  },
  {
    title: 'Mixture of Experts',
    nameInSentence: 'a mixture of experts',
    slug: 'mixture-of-experts',
    subtitle: 'What it is and why a huge model can answer while using only a small fraction of its parameters',
    summary:
      'Mixture of experts is an architecture in which a router sends each token to a few specialized subnetworks, so a model can hold many parameters while using only a fraction of them at each step.',
    category: 'models-and-architectures',
    difficulty: 'advanced',
    aliases: ['MoE', 'Sparse mixture of experts'],
    body: [
      'Making a neural network bigger usually makes it better, but in a standard “dense” model every parameter takes part in processing every token, so cost rises in step with size. Mixture of experts, or MoE, breaks that link. The model contains many parallel subnetworks, called experts, and a small learned router decides which few of them should handle each input. The rest sit idle for that token.',
      'The idea goes back to a 1991 paper by Robert Jacobs, Michael Jordan, Steven Nowlan and Geoffrey Hinton. It became practical at scale in 2017, when Noam Shazeer and colleagues at Google inserted a sparsely gated MoE layer with thousands of experts into a language model. Google’s Switch Transformer in 2021 simplified routing to a single expert per token and passed a trillion parameters. Mistral’s Mixtral 8x7B, released with open weights in December 2023, brought the design into wide use, and Google has said its Gemini 1.5 models use it too.',
      '## How routing works',
      'In a transformer-based MoE, the feed-forward layer in some or all blocks is replaced by a set of experts. For each token, the router scores every expert and keeps the top few, often two. The token is processed only by those experts, and their outputs are combined using the router’s weights. Mixtral, for example, has eight experts per layer and uses two for each token, so of roughly 47 billion total parameters only about 13 billion are active at once. Training adds a load-balancing mechanism so the router does not send everything to a handful of favorite experts.',
      'The payoff is more capability per unit of compute: an MoE model can rival a dense model of similar quality while doing much less arithmetic per token. The costs show up elsewhere. Every expert must be held in memory even though few run at a time, training can be less stable, and serving the model efficiently across many GPUs takes careful engineering of how tokens are dispatched to experts.',
    ],
    keyTraits: [
      {
        label: 'Many experts, few active',
        explanation: 'Only a small subset of the expert subnetworks runs for any given token.',
      },
      {
        label: 'Learned router',
        explanation: 'A lightweight gating network chooses which experts to use, and it is trained together with them.',
      },
      {
        label: 'Total versus active parameters',
        explanation:
          'Quality tends to track total capacity, while speed and compute cost track the much smaller active count.',
      },
      {
        label: 'Load balancing',
        explanation:
          'Training includes mechanisms that spread tokens across experts so none is overloaded or left unused.',
      },
    ],
    pitfalls: [
      {
        title: 'Confusing active and total size',
        explanation:
          'An MoE model with 13 billion active parameters still needs memory for all of its weights. Plan hardware around the total, not the active count.',
      },
      {
        title: 'Expecting tidy specialists',
        explanation:
          'Experts rarely divide up neatly by subject such as law or biology. Mistral’s own analysis of Mixtral found routing followed syntax and token patterns more than topic.',
      },
      {
        title: 'Underestimating serving complexity',
        explanation:
          'Uneven routing can leave some GPUs overloaded while others wait, so real-world throughput depends heavily on the inference stack.',
      },
    ],
    faqs: [
      {
        question: 'Does “8x7B” mean Mixtral has 56 billion parameters?',
        answer: [
          'No. The experts replace only the feed-forward layers, while the attention layers and embeddings are shared. Mixtral 8x7B has about 46.7 billion parameters in total and uses about 12.9 billion for each token.',
        ],
      },
      {
        question: 'Is an MoE model an ensemble of separate models?',
        answer: [
          'No. An ensemble runs several complete models and combines their answers. In an MoE model the experts are components inside each layer, and routing happens token by token and layer by layer, so a single response passes through many different combinations of experts.',
        ],
      },
      {
        question: 'Why not make every model an MoE?',
        answer: [
          'MoE trades compute savings for higher memory use and more engineering complexity. When memory is the binding constraint, as on a phone or a single consumer GPU, a compact dense model is often the better choice.',
          'MoE shines when large volumes of requests are served on big clusters, where compute per token is the dominant cost.',
        ],
      },
    ],
    related: ['transformer', 'quantization', 'foundation-model'],
    prerequisites: ['transformer'],
  },
  {
    title: 'Quantization',
    slug: 'quantization',
    subtitle: 'What it is and why storing weights with fewer bits lets big models run on ordinary hardware',
    summary:
      'Quantization stores a model’s numbers at lower precision, such as 8-bit or 4-bit integers instead of 16-bit floats, cutting memory use and often speeding up inference at a small cost in accuracy.',
    category: 'models-and-architectures',
    difficulty: 'advanced',
    aliases: ['Model quantization'],
    body: [
      'A model’s parameters are just numbers, and how precisely you store them determines how much memory the model needs. Training usually uses 16-bit or 32-bit floating-point values. At 16 bits, a 70-billion-parameter model needs about 140 gigabytes for its weights alone, more than any single consumer graphics card holds. Quantization lowers that precision, mapping each weight to one of a small set of levels that can be stored in 8, 4 or even fewer bits. At 4 bits, the same model needs roughly 35 to 40 gigabytes.',
      'The technique is older than LLMs and has long been used to run image models on phones and embedded chips. It became central to language models in 2022 and 2023, when methods such as LLM.int8(), GPTQ and AWQ showed that large transformers could be compressed to 8 or 4 bits with little measurable loss. Projects like llama.cpp then made quantized models run on laptops, and QLoRA showed that 4-bit models could even be fine-tuned.',
      '## How it works',
      'The simplest scheme picks a scale factor for a block of weights, divides each weight by it and rounds to the nearest integer; at run time the integers are multiplied back by the scale. Rounding introduces error, so practical methods work hard to keep it small. They give small groups of weights their own scales, protect rare outlier values, or use a little calibration data to choose roundings that preserve each layer’s outputs. Weight-only quantization is the most common approach for LLMs, because generating text is usually limited by how fast weights can be read from memory rather than by arithmetic.',
      'Quantization matters because it decides where models can run. It turns a model that needs a data-center GPU into one that fits on a workstation, lowers serving costs in the cloud and makes on-device AI on phones possible. The trade-off is fidelity. Each step down in bits saves memory but risks a drop in quality, especially on demanding tasks such as math and code, and that drop does not always show up in headline benchmark scores.',
    ],
    keyTraits: [
      {
        label: 'Fewer bits per number',
        explanation:
          'Weights, and sometimes activations, are stored in formats such as 8-bit or 4-bit integers instead of 16- or 32-bit floats.',
      },
      {
        label: 'Scale factors',
        explanation:
          'Each group of values keeps a scale so that small integers can be mapped back to approximately their original range.',
      },
      {
        label: 'After training or during it',
        explanation:
          'Most LLM quantization is applied after training, but models can also be trained to tolerate low precision from the start.',
      },
      {
        label: 'Memory and speed gains',
        explanation: 'Smaller weights mean less memory and less data to move, which usually makes generation faster.',
      },
    ],
    pitfalls: [
      {
        title: 'Trusting average scores',
        explanation:
          'A quantized model can match the original on general benchmarks while slipping on long reasoning chains, less common languages or code. Test the tasks you care about.',
      },
      {
        title: 'Going too low',
        explanation:
          'Below about 4 bits, quality often falls off quickly, especially for smaller models, which have less redundancy to absorb the error.',
      },
      {
        title: 'Ignoring hardware support',
        explanation:
          'Speedups appear only if your hardware and inference library have efficient kernels for the chosen format; otherwise you may save memory without gaining speed.',
      },
      {
        title: 'Forgetting the KV cache',
        explanation:
          'With long contexts, the key-value cache can rival the weights in memory use, so quantizing the weights alone may not be enough.',
      },
    ],
    faqs: [
      {
        question: 'How much quality is lost at 4 bits?',
        answer: [
          'With modern methods, often surprisingly little for large models on typical tasks. Losses are larger for small models and for sensitive work such as math or code.',
          'The honest answer is that it depends on the model, the method and the task, so measure it on your own workload.',
        ],
      },
      {
        question: 'What are GGUF, GPTQ and AWQ?',
        answer: [
          'GPTQ and AWQ are methods for choosing quantized weights that lose as little accuracy as possible. GGUF is a file format from the llama.cpp project that packages quantized weights and metadata for local inference. You will see all three names on model download pages.',
        ],
      },
      {
        question: 'Is quantization the same as distillation or pruning?',
        answer: [
          'No, although all three make models smaller. Quantization keeps every parameter but stores it with fewer bits. Pruning removes parameters. Distillation trains a smaller student model to imitate a larger teacher. The techniques can be combined.',
        ],
      },
    ],
    related: ['mixture-of-experts', 'fine-tuning', 'large-language-model'],
    prerequisites: ['large-language-model'],
  },
  {
    title: 'Prompt Engineering',
    slug: 'prompt-engineering',
    subtitle: 'What it is and why the way you phrase a request can matter as much as the model you choose',
    summary:
      'Prompt engineering is the practice of designing the instructions, context and examples given to a language model so that it reliably produces the output you need.',
    category: 'building-with-llms',
    difficulty: 'beginner',
    aliases: ['Prompt design', 'Prompting'],
    body: [
      'A language model responds to whatever text it is given, and small changes in that text can lead to large changes in the result. Prompt engineering is the craft of writing inputs that steer the model well: stating the task clearly, supplying the right background, showing examples of good output and specifying the format you want back. For a one-off question this is little more than clear writing. For a product that sends millions of requests, the prompt becomes a piece of software that is versioned, tested and maintained.',
      'The discipline took shape with GPT-3 in 2020, whose paper showed that a model could perform new tasks when the prompt simply contained a few worked examples, a technique known as few-shot prompting. In 2022 researchers found that asking a model to lay out its reasoning step by step, called chain-of-thought prompting, improved results on math and logic problems. As chat models arrived, the system prompt, a set of standing instructions the end user usually never sees, became the main place where developers define a product’s behavior, tone and limits.',
      '## Techniques that reliably help',
      'Effective prompts share a few habits. They give the model a role and a clear goal, include the relevant facts rather than assuming the model knows them, separate instructions from data with clear delimiters, show one or more examples of the desired output, and ask for a specific structure, such as JSON, when code will consume the answer. For complex tasks it helps to break the work into steps or chain several prompts together, and to tell the model what to do when it is unsure, for instance to say so rather than guess.',
      'Prompt engineering matters because it is the cheapest and fastest lever for changing a model’s behavior: no training run and no new data pipeline, just text. Its limits matter too. A prompt cannot add knowledge the model lacks or guarantee compliance, and a prompt tuned for one model may behave differently on the next version. Teams that treat prompts like code, with test sets and evaluations, get far more dependable results than teams that tweak by feel.',
    ],
    keyTraits: [
      {
        label: 'Clear instructions',
        explanation:
          'The task, audience, constraints and success criteria are spelled out rather than left for the model to infer.',
      },
      {
        label: 'Relevant context',
        explanation:
          'The prompt supplies the facts, documents or data the model needs instead of relying on what it memorized.',
      },
      {
        label: 'Examples',
        explanation:
          'A few demonstrations of input and desired output often convey format and style better than any description.',
      },
      {
        label: 'Defined output format',
        explanation: 'Asking for a specific structure makes responses easier to check and to parse automatically.',
      },
      {
        label: 'Iteration against tests',
        explanation: 'Good prompts are refined by running them on representative cases and measuring the results.',
      },
    ],
    pitfalls: [
      {
        title: 'Relying on magic phrases',
        explanation:
          'Tricks that seem to help one model, such as promising it a tip, often do nothing or backfire on another. Clarity and context carry over between models; incantations do not.',
      },
      {
        title: 'Prompt injection',
        explanation:
          'Text from users, web pages or documents can contain instructions that override yours. Treat outside content as untrusted data and limit what the model is allowed to do with it.',
      },
      {
        title: 'Testing on a handful of examples',
        explanation:
          'A prompt that works on the three cases you tried may fail on the fourth. Build a small evaluation set and rerun it after every change.',
      },
      {
        title: 'Cramming everything into one prompt',
        explanation:
          'Very long prompts full of competing rules can make behavior less predictable. Splitting the work into smaller steps is often more reliable.',
      },
    ],
    faqs: [
      {
        question: 'Is prompt engineering still needed as models get smarter?',
        answer: [
          'The need for tricks has faded, because newer models follow plain instructions well. The need for clear specification has not. A capable model still cannot guess your audience, format, edge cases or quality bar unless you tell it.',
          'The work has shifted from clever phrasing toward writing good briefs and building evaluations to check them.',
        ],
      },
      {
        question: 'What is the difference between zero-shot and few-shot prompting?',
        answer: [
          'A zero-shot prompt gives only instructions. A few-shot prompt adds a handful of examples showing inputs and the desired outputs. Few-shot prompts are longer and cost more per request, but they often pin down format and style more precisely.',
        ],
      },
      {
        question: 'Should I use prompt engineering, RAG or fine-tuning?',
        answer: [
          'Start with prompting, because it is quick and easy to reverse. Add retrieval-augmented generation when the model needs facts it does not have, such as your company’s documents. Consider fine-tuning when you need a consistent style, format or specialized behavior at scale that prompting alone cannot deliver. Many production systems combine all three.',
        ],
      },
    ],
    related: ['large-language-model', 'retrieval-augmented-generation', 'ai-agent', 'hallucination'],
    prerequisites: [],
  },
  {
    title: 'Retrieval-Augmented Generation',
    slug: 'retrieval-augmented-generation',
    subtitle: 'What it is and why letting a model look things up beats hoping it memorized the answer',
    summary:
      'Retrieval-augmented generation fetches relevant documents from a search index at question time and hands them to a language model, so its answer draws on current, specific and checkable sources.',
    category: 'building-with-llms',
    difficulty: 'intermediate',
    aliases: ['RAG'],
    body: [
      'A language model knows only what it absorbed during training, and that knowledge is frozen, incomplete and impossible to cite. Ask about your company’s refund policy or last week’s news and it will either admit ignorance or, worse, invent something plausible. Retrieval-augmented generation, usually shortened to RAG, fixes this by adding a lookup step. Before the model answers, a retrieval system finds passages relevant to the question and inserts them into the prompt.',
      'The term comes from a 2020 paper by Patrick Lewis and colleagues at Facebook AI Research, University College London and New York University, which combined a neural retriever with a text generator and trained them together. The version most teams build today is simpler: it keeps an off-the-shelf language model unchanged and pairs it with a search index. This pattern became the default architecture for company chatbots soon after ChatGPT’s release.',
      '## The basic pipeline',
      'Documents are first split into chunks, and each chunk is converted into an embedding and stored in a vector index, often alongside a traditional keyword index. When a user asks a question, the system embeds the query, retrieves the closest chunks and may rerank them with a more precise model. The top results go into the prompt, with instructions to answer using only that material and to cite it. The model then writes an answer grounded in the retrieved text.',
      'RAG matters because it separates what a model knows from what it can reason about. Updating knowledge becomes a matter of re-indexing documents rather than retraining a model, access controls can be enforced at retrieval time, and answers can link to their sources so people can check them. It does not remove errors. If retrieval returns the wrong passages, or the model misreads the right ones, the answer will still be wrong, only now with a citation attached.',
    ],
    keyTraits: [
      {
        label: 'Retrieval at question time',
        explanation:
          'Relevant material is fetched fresh for every question rather than baked into the model’s weights.',
      },
      {
        label: 'External knowledge store',
        explanation:
          'Facts live in an index that can be updated, audited and permission-controlled independently of the model.',
      },
      {
        label: 'Grounded prompting',
        explanation: 'Retrieved passages are placed in the prompt with instructions to base the answer on them.',
      },
      {
        label: 'Citable sources',
        explanation: 'Because answers draw on specific documents, they can point readers to the evidence.',
      },
    ],
    pitfalls: [
      {
        title: 'Poor retrieval, confident answers',
        explanation:
          'Most RAG failures start with fetching the wrong chunks. Measure retrieval quality separately from answer quality.',
      },
      {
        title: 'Bad chunking',
        explanation:
          'Splitting documents mid-table or mid-argument strips away context the model needs. Chunk along natural boundaries and keep titles and headings attached.',
      },
      {
        title: 'Assuming citations guarantee accuracy',
        explanation:
          'Models sometimes cite a source that does not actually support the claim. Spot-check citations and evaluate faithfulness to sources.',
      },
      {
        title: 'Ignoring permissions',
        explanation:
          'If the index holds documents some users should not see, retrieval must enforce those access rights, or the assistant will leak them.',
      },
    ],
    faqs: [
      {
        question: 'Does RAG stop hallucinations?',
        answer: [
          'It reduces them substantially for questions your documents cover, because the model has the right facts in front of it. It does not eliminate them. Models can still misread, merge or overstate retrieved passages, and they may fill gaps when retrieval finds nothing useful.',
          'Instructing the model to say when the sources do not contain an answer helps considerably.',
        ],
      },
      {
        question: 'RAG or fine-tuning: which should I use to add company knowledge?',
        answer: [
          'For facts, RAG is usually the better choice. It is cheaper to update, easier to audit and can cite sources. Fine-tuning is better at teaching style, format or specialized behavior than at reliably storing facts. The two combine well, since a fine-tuned model can become better at using retrieved context.',
        ],
      },
      {
        question: 'Do long context windows make RAG obsolete?',
        answer: [
          'Not for most applications. Even a model that accepts a million tokens cannot hold an entire corporate knowledge base, and filling the context on every request is slow and expensive. Long contexts do make RAG more forgiving, since you can pass more and larger passages, so the two approaches complement each other.',
        ],
      },
    ],
    related: ['embeddings', 'hallucination', 'prompt-engineering', 'fine-tuning'],
    prerequisites: ['embeddings', 'large-language-model'],
  },
  {
    title: 'Fine-Tuning',
    slug: 'fine-tuning',
    subtitle: 'What it is and why a little extra training can turn a generalist model into a specialist',
    summary:
      'Fine-tuning continues training a pretrained model on a smaller, targeted dataset so it adopts a specific skill, style or format, reusing its general knowledge instead of starting from scratch.',
    category: 'building-with-llms',
    difficulty: 'intermediate',
    aliases: ['Finetuning', 'Supervised fine-tuning', 'SFT'],
    body: [
      'Pretraining gives a model broad abilities, but rarely the exact behavior a product needs. Fine-tuning closes that gap. You take an existing model and keep training it on a curated set of examples: perhaps a few hundred support conversations written in your brand voice, or thousands of radiology reports paired with structured findings. The model’s weights shift so that the new behavior becomes its default, without having to be spelled out in every prompt.',
      'Fine-tuning is a form of transfer learning, which became standard in computer vision in the early 2010s as researchers adapted networks pretrained on ImageNet to new image tasks. In language, the ULMFiT and BERT papers of 2018 showed that pretraining on general text and then fine-tuning on a small labeled dataset beat models trained from scratch across many tasks. Today almost every chat model is itself a product of fine-tuning: instruction tuning and preference training are what turn a raw pretrained model into an assistant.',
      '## Full fine-tuning and parameter-efficient methods',
      'Full fine-tuning updates every parameter, which for large models demands a great deal of GPU memory and produces a full-size copy of the model for each variant. Parameter-efficient methods avoid this. The most popular, LoRA, introduced by Microsoft researchers in 2021, freezes the original weights and trains small low-rank matrices that are added alongside them. The trainable part can be well under one percent of the model’s size, and many LoRA adapters can share one base model. QLoRA goes further by keeping the frozen base in 4-bit form, which brings fine-tuning of large models within reach of a single GPU.',
      'Fine-tuning is worth it when prompting is not enough: when you need consistent formats, a specialized tone, better performance on a narrow task, or a smaller and cheaper model that matches a larger one on your use case. It is less effective at adding large amounts of new factual knowledge, which retrieval usually handles better, and it carries risks such as overfitting to a small dataset or eroding safety behavior the base model was trained to have.',
    ],
    keyTraits: [
      {
        label: 'Starts from a pretrained model',
        explanation: 'It reuses existing knowledge and needs far less data and compute than training from scratch.',
      },
      {
        label: 'Targeted dataset',
        explanation: 'Training examples are chosen to demonstrate exactly the behavior you want.',
      },
      {
        label: 'Changes the weights',
        explanation:
          'Unlike prompting, the new behavior is stored in the model itself and applies without extra instructions.',
      },
      {
        label: 'Full or parameter-efficient',
        explanation: 'You can update every weight or train small add-on modules such as LoRA adapters.',
      },
    ],
    pitfalls: [
      {
        title: 'Low-quality data',
        explanation:
          'The model copies what it sees, including mistakes and inconsistencies. A few hundred clean examples often beat thousands of noisy ones.',
      },
      {
        title: 'Using it to teach facts',
        explanation:
          'Fine-tuning on documents is an unreliable way to make a model recall specific facts and can increase confident errors. Use retrieval for knowledge.',
      },
      {
        title: 'Catastrophic forgetting',
        explanation:
          'Narrow training can degrade general abilities the model used to have. Keep a broad evaluation set alongside your task-specific one.',
      },
      {
        title: 'Weakened safeguards',
        explanation:
          'Research has shown that even small fine-tuning runs can erode a model’s safety training, so re-test refusals and policy behavior after tuning.',
      },
    ],
    faqs: [
      {
        question: 'How much data do I need?',
        answer: [
          'For style and format, less than most people expect: often a few hundred to a few thousand high-quality examples. Harder tasks need more. Start small, evaluate, and add data where the model still fails.',
        ],
      },
      {
        question: 'What is LoRA?',
        answer: [
          'Low-Rank Adaptation leaves the original weights frozen and learns small pairs of matrices whose product is added to selected layers. Because only these small matrices are trained and saved, fine-tuning is cheaper, and one base model can host many interchangeable adapters.',
        ],
      },
      {
        question: 'Can I fine-tune closed models such as GPT-4o?',
        answer: [
          'Some providers offer fine-tuning through their APIs for selected models. You upload training data and receive a private variant that runs on their infrastructure, but you never get the weights.',
          'With open-weight models you can fine-tune on your own hardware and keep full control of the result.',
        ],
      },
    ],
    related: [
      'foundation-model',
      'reinforcement-learning-from-human-feedback',
      'quantization',
      'retrieval-augmented-generation',
    ],
    prerequisites: ['foundation-model'],
  },
  {
    title: 'AI Agent',
    nameInSentence: 'an AI agent',
    slug: 'ai-agent',
    subtitle: 'What it is and why giving a model tools and a loop turns answers into actions',
    summary:
      'An AI agent is a system in which a language model plans and takes actions, such as calling tools, searching or editing files, in a loop until it completes a goal, rather than answering just once.',
    category: 'building-with-llms',
    difficulty: 'intermediate',
    aliases: ['LLM agent', 'Agentic AI'],
    body: [
      'A chatbot answers; an agent acts. In an AI agent, a language model sits inside a loop. It receives a goal, decides on a next step, calls a tool such as a search engine, a code interpreter, a company API or a web browser, looks at the result, and decides again. The loop continues until the goal is met, a limit is reached or the agent asks a person for help.',
      'The word “agent” has a long history in AI, where it describes anything that perceives its environment and acts on it. The current wave began in 2022 and 2023. The ReAct paper from Princeton and Google showed that interleaving reasoning steps with actions improved results, experimental projects such as AutoGPT drew huge attention, and model providers added native function calling so models could request tools in a structured format. Since then agents have moved into products: coding agents that fix bugs across a repository, research agents that browse the web for an extended session, and customer service agents that can process refunds.',
      '## The parts of an agent',
      'Most agents combine the same ingredients. A capable model does the reasoning. A set of tools, each described with a name and parameters, defines what the agent can do. Memory, whether in the context window or an external store, keeps track of progress. An orchestration layer runs the loop, enforces limits on time, cost and permissions, and decides when to bring in a human. Designs range from a single model with a handful of tools to several specialized agents coordinating with one another.',
      'Agents matter because much valuable work is not one question but a sequence of steps. They are also much harder to get right than chatbots. Small error rates compound over long tasks, tools can have real side effects, and content the agent reads can contain instructions designed to hijack it. The most successful deployments keep tasks well scoped, give agents only the permissions they need and build in checkpoints for human review.',
    ],
    keyTraits: [
      {
        label: 'Goal-directed loop',
        explanation: 'The system repeatedly decides, acts and observes rather than producing a single reply.',
      },
      {
        label: 'Tool use',
        explanation:
          'It can call external functions, APIs or software to gather information and to change things in the world.',
      },
      {
        label: 'Planning and adaptation',
        explanation: 'It breaks work into steps and revises its plan based on what its actions return.',
      },
      {
        label: 'Bounded autonomy',
        explanation:
          'It completes multiple steps without a person approving each one, within limits set by its designers.',
      },
    ],
    pitfalls: [
      {
        title: 'Compounding errors',
        explanation:
          'A 95 percent success rate per step falls to roughly 36 percent across twenty independent steps. Keep chains short or add checks along the way.',
      },
      {
        title: 'Excessive permissions',
        explanation:
          'An agent that can delete files, send email or move money will eventually do so by mistake. Grant the minimum access and require confirmation for irreversible actions.',
      },
      {
        title: 'Prompt injection through tools',
        explanation:
          'Web pages, emails and documents the agent reads can contain hidden instructions. Treat all tool output as untrusted.',
      },
      {
        title: 'Runaway loops and costs',
        explanation: 'Agents can repeat failing actions or drift off task. Set budgets for steps, time and tokens.',
      },
    ],
    faqs: [
      {
        question: 'What is the difference between an AI agent and a workflow?',
        answer: [
          'In a workflow, the developer fixes the sequence of steps in code and the model fills in parts of it. In an agent, the model decides which steps to take and in what order.',
          'Workflows are more predictable, agents more flexible. Many production systems are mostly workflow, with agentic pieces where flexibility is genuinely needed.',
        ],
      },
      {
        question: 'Are AI agents reliable enough for real work?',
        answer: [
          'For well-scoped tasks with good tools and oversight, increasingly yes; coding agents and support agents are in daily use. For long, open-ended tasks with irreversible consequences, reliability is still the main obstacle, and human review remains important.',
        ],
      },
      {
        question: 'Do agents need a special kind of model?',
        answer: [
          'No special architecture is required; agents are built on ordinary large language models. Models trained specifically for tool use and long multi-step tasks perform noticeably better, though, which is why providers now report results on agent benchmarks.',
        ],
      },
    ],
    related: ['prompt-engineering', 'retrieval-augmented-generation', 'model-evaluation', 'hallucination'],
    prerequisites: ['large-language-model', 'prompt-engineering'],
  },
  {
    title: 'Hallucination',
    slug: 'hallucination',
    subtitle: 'What it is and why fluent AI systems sometimes state things that are simply not true',
    summary:
      'A hallucination is output from an AI model that sounds plausible and confident but is false or unsupported, such as an invented citation, a wrong date or a policy that does not exist.',
    category: 'safety-and-evaluation',
    difficulty: 'beginner',
    aliases: ['Confabulation', 'AI hallucination'],
    body: [
      'Ask a language model for sources on an obscure topic and it may return a neat list of papers with authors, titles and journals, some of which have never existed. That is what people mean by hallucination: content that is fluent and confidently presented but not grounded in reality or in the material the model was given. Some researchers prefer the word “confabulation,” since the model is not perceiving anything; it is filling gaps with plausible invention.',
      'Hallucination follows from how language models work. They are trained to produce likely continuations of text, not to check claims against a store of verified facts. Where training data is plentiful and consistent, likely and true usually coincide. Where data is sparse, contradictory or missing, the model still produces a likely-sounding answer. Training and testing that reward confident answers over admissions of uncertainty can make matters worse, because a guess is sometimes scored as correct while “I don’t know” never is.',
      '## Why it matters',
      'Hallucinations have had real consequences. In 2023, two New York lawyers were sanctioned after filing a brief that cited court decisions ChatGPT had invented. In 2024, a Canadian tribunal held Air Canada responsible for wrong refund information its website chatbot gave a grieving customer. Both cases carry the same lesson: whoever relies on the output owns the error.',
      'Rates have fallen as models improved, and several techniques reduce them further: grounding answers in retrieved documents, asking models to cite sources, giving them tools such as calculators and search, training them to express uncertainty, and checking outputs automatically or with human review. None of these eliminates the problem, so systems where accuracy matters should be designed on the assumption that some output will be wrong.',
    ],
    keyTraits: [
      {
        label: 'Plausible form',
        explanation: 'The output looks just like a correct answer, with the right structure, tone and level of detail.',
      },
      {
        label: 'False or unsupported content',
        explanation: 'The claim is wrong, or it is not backed by the sources the model was given.',
      },
      {
        label: 'Unwarranted confidence',
        explanation: 'The model rarely signals that it is guessing, so errors are hard to spot without checking.',
      },
      {
        label: 'Concentrated in knowledge gaps',
        explanation:
          'It is most common for obscure facts, precise numbers, citations and questions about recent events.',
      },
    ],
    pitfalls: [
      {
        title: 'Asking the model to check itself',
        explanation:
          'A model asked whether its own answer is correct will often simply confirm it. Verify against independent sources.',
      },
      {
        title: 'Trusting the specifics',
        explanation:
          'Names, numbers, quotations, links and references are the details most often fabricated. Check them first.',
      },
      {
        title: 'Assuming retrieval solves it',
        explanation:
          'Grounding in documents reduces hallucination but does not end it; models can still misstate what their sources say.',
      },
      {
        title: 'Blaming the tool',
        explanation:
          'Courts and tribunals have treated AI output as the responsibility of whoever uses or publishes it.',
      },
    ],
    faqs: [
      {
        question: 'Why don’t models just say “I don’t know”?',
        answer: [
          'They can, and newer models do so more often. But standard training rewards producing a likely answer, and many benchmarks give no credit for abstaining, so models learn that guessing pays. Teaching well-calibrated uncertainty is an active area of research.',
        ],
      },
      {
        question: 'Can hallucinations be eliminated completely?',
        answer: [
          'Not with current methods. They can be made much rarer in well-defined domains through grounding, tools and verification, but any system that generates open-ended text from learned patterns will sometimes be wrong. Design for detection and correction, not perfection.',
        ],
      },
      {
        question: 'Is a hallucination the same as a lie?',
        answer: [
          'No. Lying implies knowing the truth and intending to deceive. A hallucinating model has no such intent; it produces a plausible continuation that happens to be false.',
          'The distinction matters for understanding the cause, though not for the damage a false statement can do.',
        ],
      },
      {
        question: 'How can I tell if an answer is hallucinated?',
        answer: [
          'Look for checkable specifics and check them: follow citations, confirm numbers in a primary source and search for quoted names. Be most cautious when the topic is niche, recent or highly precise. In applications, asking the model to quote the passage supporting each claim makes verification much easier.',
        ],
      },
    ],
    related: ['retrieval-augmented-generation', 'model-evaluation', 'large-language-model'],
    prerequisites: [],
  },
  {
    title: 'Reinforcement Learning from Human Feedback',
    slug: 'reinforcement-learning-from-human-feedback',
    subtitle:
      'What it is and why human preferences, not just more data, turned raw language models into helpful assistants',
    summary:
      'RLHF trains a model on human judgments: people compare its responses, a reward model learns their preferences, and the language model is then optimized to produce responses that score highly.',
    category: 'safety-and-evaluation',
    difficulty: 'advanced',
    aliases: ['RLHF'],
    body: [
      'A pretrained language model has learned to imitate text from the internet, which includes plenty that is unhelpful, rude or false. Writing rules for good behavior is hopeless, because qualities such as “helpful” and “harmless” resist precise definition. Reinforcement learning from human feedback takes a different route. Instead of defining good behavior, it asks people to recognize it, and trains the model on their judgments.',
      'The method was developed by researchers at OpenAI and DeepMind, who showed in 2017 that a simulated robot could learn to do a backflip from under a thousand human comparisons of short video clips. OpenAI applied it to summarization in 2020, and in January 2022 described InstructGPT, where labelers preferred answers from a 1.3-billion-parameter RLHF-trained model over those of the 175-billion-parameter GPT-3. ChatGPT, released that November, was trained the same way, and RLHF and its descendants became a standard step in building chat models.',
      '## The three stages',
      'The classic recipe has three steps. First, supervised fine-tuning: human-written demonstrations teach the model the basic shape of a helpful answer. Second, reward modeling: the model produces several responses to each prompt, people rank them, and a separate reward model is trained to predict which responses humans prefer. Third, reinforcement learning: the language model generates responses, the reward model scores them, and an algorithm such as Proximal Policy Optimization nudges the model toward higher scores, while a penalty keeps it from drifting too far from where it started.',
      'RLHF matters because it aligns a model with what people actually want rather than with what is statistically common. It also has real limits. The model can learn to exploit quirks of the reward model, known as reward hacking, and human raters tend to favor confident, agreeable and lengthy answers, which can encourage sycophancy. Newer variants tackle cost and stability: Direct Preference Optimization drops the separate reward model, and reinforcement learning from AI feedback, used in Anthropic’s Constitutional AI, replaces many human labels with judgments from a model guided by written principles.',
    ],
    keyTraits: [
      {
        label: 'Human preference data',
        explanation:
          'People compare or rank model outputs, which is easier and more consistent than writing ideal answers from scratch.',
      },
      {
        label: 'Learned reward model',
        explanation: 'A separate model turns those comparisons into a score that can be applied to any response.',
      },
      {
        label: 'Reinforcement learning step',
        explanation:
          'The language model is optimized to maximize the learned reward, usually with a penalty for straying far from its original behavior.',
      },
      {
        label: 'Targets hard-to-specify goals',
        explanation: 'It captures qualities like helpfulness and tone that no simple metric or rulebook can define.',
      },
    ],
    pitfalls: [
      {
        title: 'Reward hacking',
        explanation:
          'The model may find responses that score well with the reward model without actually being better, for example by padding answers with extra length.',
      },
      {
        title: 'Sycophancy',
        explanation:
          'Raters often prefer answers that agree with them, so models can learn to tell people what they want to hear.',
      },
      {
        title: 'Narrow or biased raters',
        explanation:
          'Whose preferences are collected shapes the model’s values, and a small or rushed pool of labelers produces narrow behavior.',
      },
      {
        title: 'Mistaking it for a truth filter',
        explanation:
          'RLHF improves how a model behaves, but raters cannot always spot factual errors, so it does not guarantee accuracy.',
      },
    ],
    faqs: [
      {
        question: 'Why not just fine-tune on good examples?',
        answer: [
          'Supervised fine-tuning on demonstrations is the first step, and it helps a lot. But writing excellent answers is slow and expensive, and a demonstration shows only one good answer per prompt.',
          'Comparisons tell the model which of several answers is better, which is cheaper to collect and gives a richer signal about quality.',
        ],
      },
      {
        question: 'What is DPO?',
        answer: [
          'Direct Preference Optimization, introduced by Stanford researchers in 2023, trains the language model directly on pairs of preferred and rejected responses using a simple classification-style loss, with no separate reward model and no reinforcement learning loop. It is simpler and more stable to run, and it is widely used, especially for open models.',
        ],
      },
      {
        question: 'Does RLHF make a model safe?',
        answer: [
          'It makes models far more likely to decline harmful requests and to behave courteously, but it is not a guarantee. Jailbreak prompts can still get around the trained behavior, and further fine-tuning can weaken it. RLHF is one layer of safety alongside evaluations, monitoring and usage policies.',
        ],
      },
    ],
    related: ['fine-tuning', 'model-evaluation', 'hallucination'],
    prerequisites: ['fine-tuning', 'large-language-model'],
  },
  {
    title: 'Model Evaluation and Benchmarks',
    nameInSentence: 'model evaluation',
    slug: 'model-evaluation',
    subtitle: 'What it is and why measuring what an AI model can actually do is harder than it looks',
    summary:
      'Model evaluation measures an AI system’s capabilities, reliability and risks, using shared benchmarks, human judgments and task-specific tests that reflect how the model will really be used.',
    category: 'safety-and-evaluation',
    difficulty: 'intermediate',
    aliases: ['Benchmarks', 'Evals'],
    body: [
      'Every claim that one model is better than another rests on an evaluation. A benchmark is a fixed set of tasks with a scoring method: thousands of multiple-choice questions, coding problems checked by unit tests, or conversations judged by people. Running many models on the same benchmark makes them comparable, and for decades shared benchmarks such as ImageNet for vision and GLUE for language drove progress by giving researchers a common target.',
      'Large language models strained this system. Models began saturating benchmarks within a year or two of release, so the field kept building harder ones. MMLU tested knowledge across 57 subjects, HumanEval measured code generation, GPQA posed graduate-level science questions, and SWE-bench asked models to fix real bugs in open-source projects. Because a single score hides trade-offs, Stanford’s HELM project evaluated models across many scenarios and metrics at once, while Chatbot Arena ranked them using head-to-head votes from the public.',
      '## Evaluating for your own use case',
      'Public leaderboards answer a general question, but teams deploying a model need to answer a specific one. That means building an evaluation set from real or realistic inputs, defining what a good output looks like and scoring systematically. Scoring can use exact checks where answers are verifiable, human review where judgment is needed, or a strong model acting as a judge, validated against human ratings. The set is rerun whenever the prompt, model or retrieval pipeline changes, much like a regression test suite.',
      'Evaluation also covers safety. Before releasing frontier models, labs and government bodies such as the UK AI Security Institute test for dangerous capabilities, including help with cyberattacks or biological weapons, and for behaviors such as deception. As models are increasingly deployed as agents, evaluations are shifting from single answers to long, multi-step tasks, which are harder to design and more expensive to run.',
    ],
    keyTraits: [
      {
        label: 'Defined tasks',
        explanation: 'A fixed set of inputs represents the capability or risk being measured.',
      },
      {
        label: 'Explicit scoring',
        explanation: 'A clear rule, rubric or judge turns outputs into numbers that can be compared.',
      },
      {
        label: 'Reproducibility',
        explanation: 'Others can run the same evaluation with the same settings and get comparable results.',
      },
      {
        label: 'Validity',
        explanation:
          'The score tracks the real-world ability it claims to measure, not just skill at the test’s format.',
      },
    ],
    pitfalls: [
      {
        title: 'Data contamination',
        explanation:
          'Benchmark questions leak onto the web and into training data, so a high score may reflect memorization rather than ability.',
      },
      {
        title: 'Chasing leaderboards',
        explanation:
          'Optimizing for a public benchmark can raise the number without improving usefulness, a textbook case of Goodhart’s law.',
      },
      {
        title: 'Ignoring noise',
        explanation:
          'Small gaps between models often fall within the variation caused by sampling, prompt wording or scoring. Run multiple trials and report uncertainty.',
      },
      {
        title: 'Skipping domain tests',
        explanation:
          'A model that tops general leaderboards may still trail a smaller one on your specific task. Always test on your own data.',
      },
    ],
    faqs: [
      {
        question: 'What does it mean when a benchmark is saturated?',
        answer: [
          'It means top models score so close to the maximum that the benchmark no longer separates them. The remaining errors are often caused by mislabeled or ambiguous questions rather than model weakness. At that point researchers move on to harder benchmarks.',
        ],
      },
      {
        question: 'Can I use one LLM to grade another?',
        answer: [
          'Yes, and it is common, because it is cheap and scales well. Model judges have known biases, though, such as favoring longer answers, answers shown first, or outputs from their own model family.',
          'Check the judge’s agreement with human ratings on a sample before trusting it.',
        ],
      },
      {
        question: 'How many test cases do I need?',
        answer: [
          'Enough to see real differences. A few dozen well-chosen cases can catch obvious regressions during development. To compare two similar models with confidence you usually need hundreds, and more if the differences you care about are small.',
        ],
      },
    ],
    related: ['hallucination', 'reinforcement-learning-from-human-feedback', 'ai-agent'],
    prerequisites: ['large-language-model'],
  },
]
